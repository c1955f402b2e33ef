import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isDrawn } from "./charts";

// lib/data reads the database named by DATABASE_PATH when first used: a private copy here.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "data-"));
let data: typeof import("./data");

beforeAll(async () => {
  vi.stubEnv("DATABASE_PATH", path.join(folder, "t.sqlite"));
  vi.resetModules();
  data = await import("./data");
});

afterAll(async () => {
  const db = await (await import("./db/client")).getDb();
  await db.destroy();
  vi.unstubAllEnvs();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("reads for the overview", () => {
  it("select in SQL exactly the figures the charts can draw", async () => {
    const all = await data.getFigures();
    const drawn = await data.getFigures({ drawnOnly: true });
    expect(drawn.length).toBeLessThan(all.length);
    expect(drawn.map((f) => f.id)).toEqual(all.filter(isDrawn).map((f) => f.id));
  });

  it("count the whole record, not only what is drawn", async () => {
    const overview = await data.getOverview((await import("./view-state")).DEFAULT_VIEW);
    expect(overview.figureCount).toBe((await data.getFigures()).length);
  });
});
