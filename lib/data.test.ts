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

describe("a filter's total", () => {
  it("is what reading its figures gives, from the kept counts or counted", async () => {
    const slug = (await data.getOffensives())[0]!.slug;
    const filters: import("./data").FigureFilter[] = [
      {},
      { metrics: ["killed"] },
      { metrics: ["refugees", "internally_displaced"], sources: ["UNHCR", "unattributed"] },
      { sources: ["unattributed"] },
      { includeMachine: false },
      { machineOnly: true },
      { metrics: ["killed"], offensive: slug },
      { offensiveIn: [slug] },
      { metrics: ["killed"], from: "2015-01-01" },
      { to: "2013-12-31" },
      { reportId: (await data.getFigures({ limit: 1 }))[0]!.reportId },
      { scope: "national", sources: ["SOHR"] },
    ];
    for (const filter of filters) {
      const read = (await data.getFigures(filter)).length;
      expect({ filter, total: await data.countFigures(filter) }).toEqual({ filter, total: read });
    }
    expect(await data.countFigures({ metrics: ["killed"] })).toBeGreaterThan(100);
  });
});

describe("the reports list", () => {
  // Three reports of their own, found by a word none of the dataset's reports holds ("zqx").
  const mine = [
    { id: "zqx-a", outlet: "Le Monde", headline: "Zqx : bilan à Genève", published: "2014-02-01", figures: 2 },
    { id: "zqx-b", outlet: "Reuters", headline: "Zqx death toll 100% up", published: "2013-05-01", figures: 9 },
    {
      id: "zqx-c",
      outlet: "al Jazeera",
      headline: "Zqx refugees top two million",
      published: "2015-01-01",
      figures: 4,
    },
  ];
  const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

  beforeAll(async () => {
    const db = await (await import("./db/client")).getDb();
    const { toReportRow, toFigureRow } = await import("./db/mappers");
    const [template] = await data.getFigures({ limit: 1 });
    for (const r of mine) {
      await db
        .insertInto("reports")
        .values(toReportRow({ ...r, url: `https://example.org/${r.id}`, language: "fr" }, "ingest", r.id))
        .execute();
      for (let i = 0; i < r.figures; i++)
        await db
          .insertInto("figures")
          .values(toFigureRow({ ...template!, id: `${r.id}-${i}`, reportId: r.id }))
          .execute();
    }
  });

  it("finds reports holding every word, in the database, ignoring case and accents", async () => {
    const find = async (q: string) => ids(await data.getReportPage({ q, order: "published", dir: "asc" }, 1));
    expect(await find("zqx")).toEqual(["zqx-b", "zqx-a", "zqx-c"]);
    expect(await find("ZQX geneve MONDE")).toEqual(["zqx-a"]);
    expect(await find("zqx toll reuters")).toEqual(["zqx-b"]);
    expect(await find("zqx toll monde")).toEqual([]);
    // "%" and "_" are letters to look for, not patterns
    expect(await find("zqx 100%")).toEqual(["zqx-b"]);
    expect(await find("zqx %")).toEqual(["zqx-b"]);
    expect(await find("zqx _")).toEqual([]);
    // nothing found is one empty page, whatever page was asked for
    const none = await data.getReportPage({ q: "zqx _", order: "published", dir: "asc" }, 3);
    expect([none.page, none.pages, none.total]).toEqual([1, 1, 0]);
  });

  it("orders by outlet ignoring case, and by figure count, either way, with each report's count", async () => {
    const page = (order: "outlet" | "figures", dir: "asc" | "desc") => data.getReportPage({ q: "zqx", order, dir }, 1);
    expect(ids(await page("outlet", "asc"))).toEqual(["zqx-c", "zqx-a", "zqx-b"]);
    const byCount = await page("figures", "desc");
    expect(ids(byCount)).toEqual(["zqx-b", "zqx-c", "zqx-a"]);
    expect(byCount.rows.map((r) => r.figureCount)).toEqual([9, 4, 2]);
  });

  it("pages through the whole list, a page past the end showing the last", async () => {
    const all: string[] = [];
    for await (const r of data.streamReports()) all.push(r.id);
    const query = { q: null, order: "published" as const, dir: "asc" as const };
    const first = await data.getReportPage(query, 1, 7);
    expect(first.total).toBe(all.length);
    expect(first.pages).toBe(Math.ceil(all.length / 7));
    const pages = [];
    for (let p = 1; p <= first.pages; p++) pages.push(...ids(await data.getReportPage(query, p, 7)));
    expect(pages).toEqual(all);
    const past = await data.getReportPage(query, first.pages + 5, 7);
    expect(past.page).toBe(first.pages);
    expect(past.first).toBe((first.pages - 1) * 7 + 1);
    expect(ids(past)).toEqual(all.slice((first.pages - 1) * 7));
  });

  it("streams every report once, oldest first, with its figure count", async () => {
    const streamed = [];
    for await (const r of data.streamReports()) streamed.push(r);
    expect(new Set(streamed.map((r) => r.id)).size).toBe(streamed.length);
    const dates = streamed.map((r) => r.published);
    expect(dates).toEqual([...dates].sort());
    expect(streamed.find((r) => r.id === "zqx-b")?.figureCount).toBe(9);
    const counted = new Map<string, number>();
    for (const f of await data.getFigures()) counted.set(f.reportId, (counted.get(f.reportId) ?? 0) + 1);
    for (const r of streamed) expect(r.figureCount).toBe(counted.get(r.id) ?? 0);
  });
});
