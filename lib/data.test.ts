import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildChart, CHART_IDS, DEFAULT_RANGE, isReadFor, type BreakdownChartData } from "./charts";
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
    const offensives = await data.getOffensives();
    for (const id of CHART_IDS) {
      const read = await data.getFigures(data.chartReadFilter(id, offensives));
      expect(read.length).toBeLessThan(all.length);
      expect(read.map((f) => f.id)).toEqual(all.filter((f) => isReadFor(id, f)).map((f) => f.id));
    }
  });

  it("draw the offensives chart from each offensive's largest counts as from all its figures", async () => {
    const { DEFAULT_VIEW } = await import("./view-state");
    const views = [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, sources: ["SOHR", "unattributed"], from: "2013-01-01" },
      { ...DEFAULT_VIEW, metrics: ["refugees" as const, "killed" as const] },
      { ...DEFAULT_VIEW, to: "2016-12-31", machine: false },
    ];
    const offensives = await data.getOffensives();
    for (const view of views) {
      const chart = (await data.getChart("offensives", view)) as BreakdownChartData;
      const reported = Object.fromEntries(chart.rows.map((r) => [r.offensive.slug, r.reported]));
      const all = (await data.getFigures(data.viewFilter(view))).filter((f) => f.offensive !== null);
      expect(chart).toEqual(buildChart("offensives", all, offensives, DEFAULT_RANGE, reported));
      expect(chart.rows.some((r) => r.killed !== null)).toBe(true);
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

describe("counts for an export's metadata", () => {
  it("count a filter's figures metric by metric as reading them would, leaving out metrics with none", async () => {
    const { DEFAULT_VIEW } = await import("./view-state");
    const views = [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, metrics: ["refugees" as const, "killed" as const], from: "2013-01-01" },
      { ...DEFAULT_VIEW, sources: ["unattributed"], machine: false },
    ];
    for (const view of views) {
      const filter = data.figureFilter(view);
      const expected: Record<string, number> = {};
      for (const f of await data.getFigures(filter)) expected[f.metric] = (expected[f.metric] ?? 0) + 1;
      expect(await data.countFiguresByMetric(filter)).toEqual(expected);
    }
    const narrow = await data.countFiguresByMetric({ metrics: ["refugees"] });
    expect(Object.keys(narrow)).toEqual(["refugees"]);
  });
});
