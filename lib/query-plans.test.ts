/**
 * Every query the pages make reads through an index: none scans the figures
 * or reports tables row by row, which at a million figures would cost
 * seconds. The pages' reads run against a database holding data/ and 20,000
 * generated figures; each query they send is explained (EXPLAIN QUERY PLAN)
 * and its plan read.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadDataset } from "./dataset";
import { databaseEnv } from "./db/location";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "plans-"));
const file = path.join(folder, "plans.sqlite");
/**
 * Reads of the reports list that no B-tree index can serve, each read whole on
 * purpose: a search for words inside the text (57 ms at 200,000 reports, when
 * the total of a new search is counted) and the order by figure count (0.4 s).
 */
const READ_WHOLE_ON_PURPOSE = [
  /^select count\(\*\) as "n" from "reports" where search_text like /,
  /order by \(select count\(\*\) from figures where figures\.report_id = reports\.id\)/,
];
/** Tables small enough that reading them whole is the right plan. */
const SMALL_TABLES = new Set(["offensives", "dataset_meta", "editors", "kysely_migration", "kysely_migration_lock"]);

let data: typeof import("./data");
const queries = new Set<string>();

beforeAll(async () => {
  for (const [name, value] of Object.entries(databaseEnv(file))) vi.stubEnv(name, value);
  vi.resetModules();
  const client = await import("./db/client");
  const { toFigureRow, toReportRow } = await import("./db/mappers");
  const { syntheticBatch } = await import("./testing/synthetic");
  data = await import("./data");
  const db = await client.getDb();
  const batch = syntheticBatch(3, 1, 4_000, loadDataset().offensives);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < batch.reports.length; i += 400) {
      await trx
        .insertInto("reports")
        .values(batch.reports.slice(i, i + 400).map((r) => toReportRow(r, "ingest", `plans:${r.id}`)))
        .execute();
    }
    for (let i = 0; i < batch.figures.length; i += 400) {
      await trx
        .insertInto("figures")
        .values(batch.figures.slice(i, i + 400).map(toFigureRow))
        .execute();
    }
  });
  client.queryObservers.add((sql) => queries.add(sql));
}, 60_000);

afterAll(async () => {
  const db = await (await import("./db/client")).getDb();
  await db.destroy();
  vi.unstubAllEnvs();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** What each page reads, as the pages call it. */
async function readLikeThePages() {
  const { DEFAULT_VIEW } = await import("./view-state");
  await data.getOverview(DEFAULT_VIEW);
  await data.getOverview({ ...DEFAULT_VIEW, metrics: ["refugees"], sources: ["UNHCR"], from: "2015-01-01" });
  await data.getSources();
  await data.getHeadlines();
  await data.getOffensives();
  await data.getOffensive("battle-of-aleppo-2012");
  await data.getOffensiveView("battle-of-aleppo-2012");
  await data.getOffensiveBreakdownRow("battle-of-aleppo-2012");
  for (const order of ["published", "outlet", "figures"] as const) {
    await data.getReportPage({ q: null, order, dir: "desc" }, 2);
    await data.getReportPage({ q: "aleppo 2016", order, dir: "asc" }, 1);
  }
  // two batches of the reports export, the second after a keyset bound
  const reports = data.streamReports();
  for (let i = 0; i < 600; i++) await reports.next();
  await reports.return(undefined);
  const reportId = "synthetic-0000042";
  await data.getReport(reportId);
  await data.getFigures({ reportId });
  for (const [sort, metrics] of [
    ["asOf", []],
    ["value", []],
    ["source", []],
    ["published", []],
    ["asOf", ["killed"]],
    ["value", ["refugees"]],
    ["source", ["killed"]],
  ] as const) {
    const filter = { ...data.figureFilter({ ...DEFAULT_VIEW, metrics: [...metrics] }), sort, dir: "desc" as const };
    const first = await data.getFigurePage(filter, { size: 50 });
    const last = first.figures.at(-1)!;
    const { figureSortKey } = await import("./figure-cursor");
    await data.getFigurePage(filter, { size: 50, after: figureSortKey(last, sort) });
    await data.getFigurePage(filter, { size: 50, before: figureSortKey(last, sort) });
  }
  const figure = (await data.getFigures({ reportId }))[0]!;
  await data.getFigure(figure.id);
  await data.getFigureHistory(figure.id);
  await data.isAppFigure(figure.id);
  await data.getReviewQueue();
  await data.getReviewQueue(reportId);
  // The API's export metadata counts what an export would hold.
  await data.countFiguresByMetric(data.figureFilter(DEFAULT_VIEW));
  await data.countFiguresByMetric({ metrics: ["refugees"], sources: ["UNHCR"], from: "2015-01-01" });
}

/** The lines of a plan that read a large table row by row. */
function fullScans(sqlite: Database.Database, sql: string): string[] {
  const parameters = (sql.match(/\?/g) ?? []).map(() => null);
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[];
  return plan
    .map((row) => row.detail)
    .filter((detail) => {
      const scan = /^SCAN (\w+)/.exec(detail);
      return scan !== null && !SMALL_TABLES.has(scan[1]!) && !/USING (?:COVERING )?INDEX/.test(detail);
    });
}

/** Whether a plan sorts every row it selects (rather than only ties on the order's last columns). */
function sortsEverything(sqlite: Database.Database, sql: string): boolean {
  const parameters = (sql.match(/\?/g) ?? []).map(() => null);
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[];
  return plan.some((row) => row.detail === "USE TEMP B-TREE FOR ORDER BY");
}

describe("query plans", () => {
  it("read figures and reports through an index on every page", async () => {
    await readLikeThePages();
    expect(queries.size).toBeGreaterThan(10);
    const sqlite = new Database(file, { readonly: true });
    try {
      const scans = [...queries]
        .filter((sql) => !READ_WHOLE_ON_PURPOSE.some((re) => re.test(sql)))
        .flatMap((sql) =>
          fullScans(sqlite, sql).map(
            (line) => `${line}  ←  ${sql.replace(/^select .*? from "figures"/, "…").slice(0, 400)}`,
          ),
        );
      expect(scans).toEqual([]);
    } finally {
      sqlite.close();
    }
  }, 60_000);

  it("read a page of the figures list in the list's order, without sorting all it selects", async () => {
    await readLikeThePages();
    const sqlite = new Database(file, { readonly: true });
    try {
      const pages = [...queries].filter((sql) => /^select "figures"\.\*.* limit \?$/.test(sql));
      expect(pages.length).toBeGreaterThan(10);
      expect(pages.filter((sql) => sortsEverything(sqlite, sql)).map((sql) => sql.slice(-300))).toEqual([]);
    } finally {
      sqlite.close();
    }
  }, 60_000);
});
