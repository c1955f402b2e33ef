import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CHART_IDS, chartRead, isReadFor } from "./charts";
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
  it("read in SQL exactly the figures each chart can draw", async () => {
    const all = await data.getFigures();
    for (const id of CHART_IDS) {
      const read = await data.getFigures(chartRead(id));
      expect(read.length).toBeLessThan(all.length);
      expect(read.map((f) => f.id)).toEqual(all.filter((f) => isReadFor(id, f)).map((f) => f.id));
    }
  });

  it("draw the same charts through the overview as through the API", async () => {
    const { DEFAULT_VIEW } = await import("./view-state");
    const overview = await data.getOverview(DEFAULT_VIEW);
    for (const chart of overview.charts) expect(chart).toEqual(await data.getChart(chart.id, DEFAULT_VIEW));
    expect(overview.charts.map((c) => c.id)).toEqual([...CHART_IDS]);
  });

  it("count the whole record, not only what is drawn", async () => {
    const overview = await data.getOverview((await import("./view-state")).DEFAULT_VIEW);
    expect(overview.figureCount).toBe((await data.getFigures()).length);
  });
});
