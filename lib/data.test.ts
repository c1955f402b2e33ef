import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isDrawn } from "./charts";
import { databaseEnv } from "./db/location";
import { createTestDatabase, type TestDatabase } from "./testing/databases";

// lib/data reads the database the environment names when first used: a private one here.
let database: TestDatabase;
let data: typeof import("./data");

beforeAll(async () => {
  database = await createTestDatabase("data");
  for (const [name, value] of Object.entries(databaseEnv(database.location))) vi.stubEnv(name, value);
  vi.resetModules();
  data = await import("./data");
});

afterAll(async () => {
  const db = await (await import("./db/client")).getDb();
  await db.destroy();
  vi.unstubAllEnvs();
  await database.drop();
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
