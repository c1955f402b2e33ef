import "server-only";
/**
 * Every read the pages and the API make. Pages import these functions and get
 * the app's own types back; no SQL or row shape leaves this module.
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type Selectable, type SqlBool } from "kysely";
import { cache } from "react";
import { getDb } from "./db/client";
import { readDataVersion } from "./db/data-version";
import { reshapeFigure, reshapeOffensive, reshapeReport } from "./db/mappers";
import type { DB, FiguresTable } from "./db/tables";
import type { FigureWithReport, Metric, Offensive, Report, Scope } from "./schema";
import { DISPLACEMENT_METRICS } from "./vocabulary";
import { buildChart, CHART_IDS, chartRead, chartShowsMetrics, viewRange, type ChartData, type ChartId } from "./charts";
import {
  buildOffensiveBreakdown,
  buildOffensiveSeries,
  countReported,
  pickHeadlines,
  thinLine,
  type ReportedCounts,
  type Series,
} from "./series";
import { offensiveTimeRange } from "./offensives";
import { figureSortKey, type FigureSortKey } from "./figure-cursor";
import { containsPattern, searchWords } from "./report-search";
import { changedFields, type HistoryAction, type HistoryEntry } from "./review/history";
import {
  DATA_PARAMETERS,
  DEFAULT_VIEW,
  PAGE_SIZE,
  serializeViewState,
  type ReportOrder,
  type SortColumn,
  type SortDirection,
  type ViewState,
} from "./view-state";

export interface FigureFilter {
  metrics?: readonly Metric[];
  offensive?: string;
  reportId?: string;
  /** Sources as `attributedTo` values; `unattributed` selects figures with none. */
  sources?: readonly string[];
  /** Inclusive bounds on the as-of date (periodEnd). */
  from?: string;
  to?: string;
  includeMachine?: boolean;
  /** Only machine-extracted figures: the editors' queue. */
  machineOnly?: boolean;
  scope?: Scope;
  /**
   * Only figures linked to one of these offensives. Given the whole catalogue, every figure
   * linked to any (the column is a foreign key), read through the offensive index one
   * offensive at a time: "linked to any" (IS NOT NULL) beside a date range led SQLite to
   * read every figure in the range by date (0.66 s against 0.19 s at a million figures).
   */
  offensiveIn?: readonly string[];
  sort?: SortColumn;
  dir?: SortDirection;
  /** Keyset paging: only figures after (or before) this sort key (lib/figure-cursor.ts), at most `limit` of them. */
  after?: FigureSortKey;
  before?: FigureSortKey;
  limit?: number;
}

const SORT_EXPRESSIONS = {
  asOf: "figures.period_end",
  metric: "figures.metric",
  value: "figures.value",
  source: "figures.attributed_to",
  offensive: "figures.offensive_slug",
  published: "reports.published",
} as const satisfies Record<SortColumn, string>;

/** The column a list is sorted by, as SQL: missing text sorts as "", so every key compares. */
function sortExpression(sort: SortColumn): Expression<string | number> {
  const column = sql.ref<string | number>(SORT_EXPRESSIONS[sort]);
  return sort === "source" || sort === "offensive" ? sql<string>`coalesce(${column}, '')` : column;
}

/**
 * What a filter asks of the figures themselves, as one condition (true when it asks nothing). A new
 * condition goes in keptCountConditions too, which must refuse it.
 */
function figureConditions(eb: ExpressionBuilder<DB, "figures">, filter: FigureFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (filter.metrics && filter.metrics.length > 0) all.push(eb("figures.metric", "in", [...filter.metrics]));
  if (filter.offensive) all.push(eb("figures.offensive_slug", "=", filter.offensive));
  if (filter.reportId) all.push(eb("figures.report_id", "=", filter.reportId));
  if (filter.from) all.push(eb("figures.period_end", ">=", filter.from));
  if (filter.to) all.push(eb("figures.period_end", "<=", filter.to));
  if (filter.includeMachine === false) all.push(eb("figures.review", "=", "reviewed"));
  if (filter.machineOnly) all.push(eb("figures.review", "=", "machine"));
  if (filter.scope) all.push(eb("figures.scope", "=", filter.scope));
  if (filter.offensiveIn) {
    all.push(
      filter.offensiveIn.length > 0 ? eb("figures.offensive_slug", "in", [...filter.offensiveIn]) : eb.lit(false),
    );
  }
  if (filter.sources && filter.sources.length > 0) {
    const named = filter.sources.filter((s) => s !== "unattributed");
    const wantsNone = named.length < filter.sources.length;
    all.push(
      eb.or([
        ...(named.length > 0 ? [eb("figures.attributed_to", "in", named)] : []),
        ...(wantsNone ? [eb("figures.attributed_to", "is", null)] : []),
      ]),
    );
  }
  return eb.and(all);
}

function figuresQuery(db: Kysely<DB>, filter: FigureFilter) {
  // Sorted by publication day, the list reads reports in that order first (SQLite takes CROSS JOIN's
  // order as given): otherwise it would sort every figure to find one page.
  const joined =
    filter.sort === "published"
      ? db.selectFrom("reports").crossJoin("figures").whereRef("reports.id", "=", "figures.report_id")
      : db.selectFrom("figures").innerJoin("reports", "reports.id", "figures.report_id");
  let query = joined
    .selectAll("figures")
    .select([
      "reports.outlet as r_outlet",
      "reports.headline as r_headline",
      "reports.published as r_published",
      "reports.url as r_url",
      "reports.language as r_language",
    ]);
  query = query.where((eb) => figureConditions(eb, filter));
  // The list's order, one column after another; the last ones make every key unique (lib/figure-cursor.ts).
  // Ties follow the list's direction: newest first is then the exact reverse of oldest first, read from
  // the same index backwards, where mixed directions made SQLite sort every page's rows in a temporary tree.
  const dir = filter.dir ?? "asc";
  const order: [Expression<string | number>, SortDirection][] = [
    [sortExpression(filter.sort ?? "asOf"), dir],
    [sql.ref("figures.period_end"), dir],
    [sql.ref("reports.published"), dir],
    [sql.ref("figures.id"), dir],
  ];
  // Paging backwards reads the order reversed from the key (the caller turns the rows round).
  const backwards = filter.before !== undefined;
  const key = filter.after ?? filter.before;
  if (key) {
    // The first column's bound on its own, so the index is searched from the key rather than scanned
    // from its start: without it every page, and every batch of an export, costs its depth.
    const [first, firstDir] = order[0]!;
    const onward = (firstDir === "asc") !== backwards ? ">=" : "<=";
    query = query.where(first, onward, key[0]!);
    // Sorted by another column of the figure, its index goes on with the as-of date: both bound as
    // one row value, so the search starts at the key even among the thousands that share its first
    // column (a source, a round value), rather than walking them.
    const sort = filter.sort ?? "asOf";
    if (sort !== "asOf" && sort !== "published")
      query = query.where(sql<SqlBool>`(${first}, ${order[1]![0]}) ${sql.raw(onward)} (${key[0]}, ${key[1]})`);
    // Rows past the key: past it on the first column, or equal there and past it on the rest.
    query = query.where((eb) =>
      order.reduceRight<Expression<SqlBool> | null>((rest, [column, dir], i) => {
        const past = eb(column, (dir === "asc") !== backwards ? ">" : "<", key[i]!);
        return rest ? eb.or([past, eb.and([eb(column, "=", key[i]!), rest])]) : past;
      }, null)!,
    );
  }
  const flip = (d: SortDirection): SortDirection => (backwards ? (d === "asc" ? "desc" : "asc") : d);
  const ordered = order.reduce((q, [column, dir]) => q.orderBy(column, flip(dir)), query);
  return filter.limit === undefined ? ordered : ordered.limit(filter.limit);
}

type FigureRow = Selectable<FiguresTable> & {
  r_outlet: string;
  r_headline: string;
  r_published: string;
  r_url: string | null;
  r_language: string;
};

function reshapeFigureWithReport(row: FigureRow): FigureWithReport {
  return {
    ...reshapeFigure(row),
    report: {
      id: row.report_id,
      outlet: row.r_outlet,
      headline: row.r_headline,
      published: row.r_published,
      url: row.r_url,
      language: row.r_language,
    },
  };
}

/** Figures with the report each came from, oldest as-of date first unless sorted otherwise. */
export async function getFigures(filter: FigureFilter = {}): Promise<FigureWithReport[]> {
  const db = await getDb();
  const rows = await figuresQuery(db, filter).execute();
  return rows.map(reshapeFigureWithReport);
}

/** What a filter selects, without its order, keys or limit: the part a count depends on. */
function selection(filter: FigureFilter): FigureFilter {
  return { ...filter, after: undefined, before: undefined, limit: undefined, sort: undefined, dir: undefined };
}

/**
 * The conditions of a filter on the counts the database keeps by metric, review and source
 * (migration 0012), or null when it selects by anything else and its figures must be counted.
 * Keep in step with figureConditions: a condition missing here would give a wrong total.
 */
function keptCountConditions(filter: FigureFilter) {
  if (filter.offensive || filter.reportId || filter.from || filter.to || filter.scope) return null;
  if (filter.offensiveIn !== undefined) return null;
  return (eb: ExpressionBuilder<DB, "figure_counts">): Expression<SqlBool> => {
    const all: Expression<SqlBool>[] = [];
    if (filter.metrics && filter.metrics.length > 0) all.push(eb("metric", "in", [...filter.metrics]));
    if (filter.includeMachine === false) all.push(eb("review", "=", "reviewed"));
    if (filter.machineOnly) all.push(eb("review", "=", "machine"));
    if (filter.sources && filter.sources.length > 0)
      all.push(
        eb(
          "source",
          "in",
          filter.sources.map((s) => (s === "unattributed" ? "" : s)),
        ),
      );
    return eb.and(all);
  };
}

const sumOf = (counts: Partial<Record<Metric, number>>) => Object.values(counts).reduce((a, n) => a + n, 0);

/**
 * How many figures a filter selects, metric by metric (metrics with none left out): read from
 * the kept counts when the filter allows, else counted.
 */
async function countByMetric(filter: FigureFilter): Promise<Partial<Record<Metric, number>>> {
  const db = await getDb();
  const kept = keptCountConditions(filter);
  const rows = kept
    ? await db
        .selectFrom("figure_counts")
        .where(kept)
        .groupBy("metric")
        .select((eb) => ["metric", eb.fn.sum<number>("n").as("n")])
        .execute()
    : await db
        .selectFrom("figures")
        .where((eb) => figureConditions(eb, filter))
        .groupBy("figures.metric")
        .select((eb) => ["figures.metric", eb.fn.countAll<number>().as("n")])
        .execute();
  return Object.fromEntries(rows.filter((r) => Number(r.n) > 0).map((r) => [r.metric, Number(r.n)])) as Partial<
    Record<Metric, number>
  >;
}

/**
 * How many figures a filter selects, whatever its keys and limit. A filter's total is kept
 * per data version: every page of a list shows the same total, and one selecting by offensive
 * or date is counted figure by figure (seconds at a million, from a cold disk).
 */
export async function countFigures(filter: FigureFilter = {}): Promise<number> {
  const whole = selection(filter);
  return byDataVersion("count", whole, async () => {
    if (keptCountConditions(whole)) return sumOf(await countByMetric(whole));
    const db = await getDb();
    // A total needs no report: every figure has one. Counting one table is several times faster.
    const row = await db
      .selectFrom("figures")
      .where((eb) => figureConditions(eb, whole))
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  });
}

/**
 * How many figures a filter selects, metric by metric (metrics with none left out): what an
 * export's metadata says of its rows, without reading them. Kept per data version, as totals are.
 */
export function countFiguresByMetric(filter: FigureFilter = {}): Promise<Partial<Record<Metric, number>>> {
  const whole = selection(filter);
  return byDataVersion("count-by-metric", whole, () => countByMetric(whole));
}

export interface FigurePage {
  figures: FigureWithReport[];
  /** How many figures the filter selects in all. */
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

/**
 * One page of a sorted list of figures by keyset: the `size` figures after
 * `after`, or before `before`, or the first ones. Costs the same on any page.
 */
export async function getFigurePage(
  filter: FigureFilter,
  { after, before, size }: { after?: FigureSortKey; before?: FigureSortKey; size: number },
): Promise<FigurePage> {
  const base = { ...filter, after: undefined, before: undefined, limit: undefined };
  // One more than the page holds: whether there is another page beyond it, without counting.
  const [read, total] = await Promise.all([
    getFigures({ ...base, after, before, limit: size + 1 }),
    countFigures(base),
  ]);
  const more = read.length > size;
  return {
    figures: before ? read.slice(0, size).reverse() : read.slice(0, size),
    total,
    hasPrevious: before ? more : after !== undefined,
    hasNext: before ? true : more,
  };
}

/** One figure with its report; memoised per request (the segment's layout, metadata and page all ask). */
export const getFigure = cache(async (id: string): Promise<FigureWithReport | null> => {
  const db = await getDb();
  const row = await figuresQuery(db, {}).where("figures.id", "=", id).executeTakeFirst();
  return row ? reshapeFigureWithReport(row) : null;
});

/**
 * Rows per read of an export: one indexed page at a time. The CSV of a million figures on a
 * fresh server peaked 23-30 MB above its resting size with 2,000 (246-249 MB in all, against a
 * 250 MB budget) and 11-20 MB with 500, and streamed in 41 s rather than 44-45.
 */
const STREAM_BATCH = 500;

/**
 * The same figures one at a time, for exports too large to hold in memory. Read by keyset in
 * batches: one unbounded ordered query would have SQLite sort every row in memory (1.7 GB
 * at a million figures), where each batch reads a few hundred rows through an index.
 */
export async function* streamFigures(filter: FigureFilter = {}): AsyncGenerator<FigureWithReport> {
  const db = await getDb();
  if (filter.limit !== undefined) {
    for (const row of await figuresQuery(db, filter).execute()) yield reshapeFigureWithReport(row);
    return;
  }
  const sort = filter.sort ?? "asOf";
  let after = filter.after;
  for (;;) {
    const rows = await figuresQuery(db, { ...filter, after, before: undefined, limit: STREAM_BATCH }).execute();
    for (const row of rows) yield reshapeFigureWithReport(row);
    if (rows.length < STREAM_BATCH) return;
    after = figureSortKey(reshapeFigureWithReport(rows.at(-1)!), sort);
  }
}

export interface DatasetInfo {
  /** Content hash of data/ as last seeded, plus the count of writes since (an editor's change moves it). */
  version: string;
  figureCount: number;
  reportCount: number;
  /** The latest publication date of any report. */
  latestPublished: string | null;
}

/**
 * Kept per data version: exports, the metadata endpoint and the reports list ask on every
 * request, a 304 included, and counting every figure costs seconds at a million.
 */
export function getDatasetInfo(): Promise<DatasetInfo> {
  return byDataVersion("dataset-info", null, readDatasetInfo);
}

async function readDatasetInfo(version: string): Promise<DatasetInfo> {
  const db = await getDb();
  const [figures, reports] = await Promise.all([
    countByMetric({}),
    db
      .selectFrom("reports")
      .select((eb) => [eb.fn.countAll().as("n"), eb.fn.max("published").as("latest")])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    version,
    figureCount: sumOf(figures),
    reportCount: Number(reports.n),
    latestPublished: (reports.latest as string | null) ?? null,
  };
}

export async function getOffensives(): Promise<Offensive[]> {
  const db = await getDb();
  const rows = await db.selectFrom("offensives").selectAll().orderBy("start_date").execute();
  return rows.map(reshapeOffensive);
}

/** Memoised per request: the segment's layout and its page both ask. */
export const getOffensive = cache(async (slug: string): Promise<Offensive | null> => {
  const db = await getDb();
  const row = await db.selectFrom("offensives").selectAll().where("slug", "=", slug).executeTakeFirst();
  return row ? reshapeOffensive(row) : null;
});

export interface ReportSummary extends Report {
  figureCount: number;
}

/** What the reports list shows: the reports holding every word of `q`, in an order. */
export interface ReportListQuery {
  q: string | null;
  order: ReportOrder;
  dir: SortDirection;
}

export interface ReportPage {
  rows: ReportSummary[];
  /** The page shown (a page past the end shows the last), of how many. */
  page: number;
  pages: number;
  /** The list place of the first row shown, from 1. */
  first: number;
  /** The reports the query selects, on all pages. */
  total: number;
}

/** A report's figure count, read through the figures' report index for each row selected. */
const figureCount = sql<number>`(select count(*) from figures where figures.report_id = reports.id)`;

function reportsQuery(db: Kysely<DB>, words: readonly string[]) {
  let query = db.selectFrom("reports");
  // (SQLite's LIKE ignores ASCII case, PostgreSQL's does not: both sides are folded to lower case)
  for (const word of words) query = query.where(sql<SqlBool>`search_text like ${containsPattern(word)} escape '\\'`);
  return query;
}

/**
 * One page of the reports list, searched and ordered in the database: by date
 * and by outlet each page reads an index; by figure count every selected
 * report is counted and sorted (0.4 s at 200,000 reports). The total is
 * counted once per data version and search.
 */
export async function getReportPage(
  { q, order, dir }: ReportListQuery,
  page: number,
  size = PAGE_SIZE,
): Promise<ReportPage> {
  const db = await getDb();
  const words = searchWords(q);
  const total = await byDataVersion("reportCount", words, async () => {
    const row = await reportsQuery(db, words)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  });
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(page, pages);
  let query = reportsQuery(db, words).selectAll("reports").select(figureCount.as("figure_count"));
  if (order === "outlet") query = query.orderBy(sql`lower(outlet)`, dir);
  else if (order === "figures") query = query.orderBy(figureCount, dir);
  const rows = await query
    .orderBy("published", dir)
    .orderBy("id", dir)
    .limit(size)
    .offset((current - 1) * size)
    .execute();
  return {
    rows: rows.map((r) => ({ ...reshapeReport(r), figureCount: Number(r.figure_count) })),
    page: current,
    pages,
    first: (current - 1) * size + 1,
    total,
  };
}

/**
 * Every report with its figure count, oldest first, read by keyset in
 * batches so an export of all of them holds one batch at a time.
 */
export async function* streamReports(): AsyncGenerator<ReportSummary> {
  const db = await getDb();
  let after: { published: string; id: string } | null = null;
  for (;;) {
    let query = db.selectFrom("reports").selectAll("reports").select(figureCount.as("figure_count"));
    // a row value, which both databases seek in the index (an OR of the two columns walks it from the start)
    if (after) query = query.where(sql<SqlBool>`(published, id) > (${after.published}, ${after.id})`);
    const rows = await query.orderBy("published").orderBy("id").limit(STREAM_BATCH).execute();
    for (const r of rows) yield { ...reshapeReport(r), figureCount: Number(r.figure_count) };
    if (rows.length < STREAM_BATCH) return;
    const last = rows.at(-1)!;
    after = { published: last.published, id: last.id };
  }
}

/** Memoised per request: the segment's layout, its metadata and its page all ask. */
export const getReport = cache(async (id: string): Promise<Report | null> => {
  const db = await getDb();
  const row = await db.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? reshapeReport(row) : null;
});

/** The distinct sources (`attributedTo`) present, `unattributed` standing for none. */
export function getSources(): Promise<string[]> {
  // Read through an index, but over every figure: kept per data version like the counts.
  return byDataVersion("sources", null, async () => {
    const db = await getDb();
    const rows = await db.selectFrom("figures").select("attributed_to").distinct().execute();
    return rows.map((r) => r.attributed_to ?? "unattributed").sort((a, b) => a.localeCompare(b));
  });
}

/** The figure filter a view asks for. */
export function viewFilter(view: ViewState): FigureFilter {
  return {
    metrics: view.metrics,
    sources: view.sources,
    from: view.from ?? undefined,
    to: view.to ?? undefined,
    includeMachine: view.machine,
  };
}

/**
 * The figures a chart view holds. Zooming to an offensive narrows the dates
 * to its period, so the table and the downloads hold what the axis shows.
 */
function chartFilter(view: ViewState, range: readonly [string, string], zoomed: boolean): FigureFilter {
  return zoomed ? { ...viewFilter(view), from: range[0], to: range[1] } : viewFilter(view);
}

/** The figure filter of a table view: the chart filter plus the offensive and the sort order. */
export function figureFilter(view: ViewState): FigureFilter {
  return { ...viewFilter(view), offensive: view.offensive ?? undefined, sort: view.sort, dir: view.dir };
}

/**
 * Results built from the whole dataset, kept per data version: the data only
 * changes on a write, and every write changes the version (db/data-version),
 * so a warm request costs one small read and no rebuild, in any process.
 */
const built = new Map<string, Promise<unknown>>();

/** The data version now (db/data-version): one small indexed read. */
export async function currentDataVersion(): Promise<string> {
  return readDataVersion(await getDb());
}
const BUILT_ENTRIES = 128;

/** What a built result depends on in a view: its data parameters (scales and tabs only change the drawing). */
const dataQuery = (view: ViewState) => serializeViewState(view, DATA_PARAMETERS);

/** `build` is given the version it is kept under, for results that report it. */
async function byDataVersion<T>(name: string, args: unknown, build: (version: string) => Promise<T>): Promise<T> {
  const version = await currentDataVersion();
  const key = `${version}|${name}|${JSON.stringify(args)}`;
  if (built.has(key)) {
    const value = built.get(key) as Promise<T>;
    // Most recently used last: the first entry is the one to drop.
    built.delete(key);
    built.set(key, value);
    return value;
  }
  // The promise is kept, so requests arriving during a rebuild share it rather than each building.
  const value = build(version);
  built.set(key, value);
  if (built.size > BUILT_ENTRIES) built.delete(built.keys().next().value!);
  value.catch(() => {
    if (built.get(key) === value) built.delete(key);
  });
  return value;
}

/**
 * The page cache of scripts/server.mjs keeps rendered pages per data version
 * and asks for the version here before a page renders: the same small read,
 * so no process sends a page older than a write, whichever process wrote.
 */
(globalThis as { dashboardDataVersion?: () => Promise<string> }).dashboardDataVersion = currentDataVersion;

/** One chart as a view shows it; null when the view names an offensive that does not exist. */
export function getChart(id: ChartId, view: ViewState): Promise<ChartData | null> {
  return byDataVersion("chart", [id, dataQuery(view)], () => buildChartFor(id, view));
}

/** What a chart can draw (lib/charts.ts chartRead) as a read: "linked to an offensive" names the catalogue's. */
export function chartReadFilter(id: ChartId, offensives: readonly Offensive[]): FigureFilter {
  const { metrics, scope, offensiveLinked } = chartRead(id);
  return { metrics, scope, offensiveIn: offensiveLinked ? offensives.map((o) => o.slug) : undefined };
}

async function buildChartFor(id: ChartId, view: ViewState): Promise<ChartData | null> {
  const offensive = view.offensive ? await getOffensive(view.offensive) : null;
  if (view.offensive && !offensive) return null;
  const range = viewRange(view, offensive);
  // Only what this chart can draw is read (lib/charts.ts chartRead), of the metrics the view keeps.
  const offensives = await getOffensives();
  const read = chartReadFilter(id, offensives);
  const { metrics } = chartRead(id);
  const kept =
    metrics && view.metrics.length > 0 ? metrics.filter((m) => view.metrics.includes(m)) : (metrics ?? view.metrics);
  const filter: FigureFilter = { ...chartFilter(view, range, offensive !== null), ...read, metrics: kept };
  if (id === "offensives") {
    const [{ figures, counts }, reported] = await Promise.all([breakdownFigures(filter), getReportedCounts()]);
    return buildChart(id, figures, offensives, range, reported, counts);
  }
  const figures = metrics && kept.length === 0 ? [] : await getFigures(filter);
  return buildChart(id, figures, offensives, range);
}

/**
 * What the offensives chart draws from a view's figures, without reading them
 * all: how many each offensive has, and the figures holding its largest count
 * of each kind (killed, displaced), of everyone and of one group, with every
 * report of them. The series builder picks the same points from these as from
 * the whole read (data.test); at scale one offensive has tens of thousands.
 */
async function breakdownFigures(
  filter: FigureFilter,
): Promise<{ figures: FigureWithReport[]; counts: Record<string, number> }> {
  const db = await getDb();
  // One pass over the offensives' figures (through the offensive index): per offensive, kind and
  // wholeness, how many and the largest. Other metrics (injured…) count but have no kind.
  // Literals, not parameters: PostgreSQL matches a GROUP BY expression to the selected one by its text.
  const displacement = sql.join(DISPLACEMENT_METRICS.map((m) => sql.lit(m)));
  const kind = sql<
    string | null
  >`case when figures.metric = 'killed' then 'killed' when figures.metric in (${displacement}) then 'displaced' else null end`;
  const whole = sql<number>`case when figures.group_name is null then 1 else 0 end`;
  const groups = await db
    .selectFrom("figures")
    .where((eb) => figureConditions(eb, filter))
    .select((eb) => [
      "figures.offensive_slug as slug",
      kind.as("kind"),
      whole.as("whole"),
      eb.fn.countAll<number>().as("n"),
      eb.fn.max("figures.value").as("top"),
    ])
    .groupBy(["figures.offensive_slug", kind, whole])
    .execute();
  const counts: Record<string, number> = {};
  for (const g of groups) if (g.slug !== null) counts[g.slug] = (counts[g.slug] ?? 0) + Number(g.n);
  const tops = groups.filter((g) => g.slug !== null && g.kind !== null);
  if (tops.length === 0) return { figures: [], counts };
  // Each largest count found on its own through the offensive's value index, the ids joined with
  // UNION ALL: one OR of them all made the planner walk every linked figure of the range again
  // (120 -> 25 ms for 376 rows among a million, cold).
  const holders = tops
    .map((t) =>
      db
        .selectFrom("figures")
        .select("figures.id")
        .where((eb) =>
          eb.and([
            figureConditions(eb, filter),
            eb("figures.offensive_slug", "=", t.slug!),
            // The group's kind as the group read it: a condition on the metric itself would let the
            // planner search the metric's value index, across every offensive, instead of this one's.
            eb(kind, "=", t.kind!),
            Number(t.whole) === 1 ? eb("figures.group_name", "is", null) : eb("figures.group_name", "is not", null),
            eb("figures.value", "=", Number(t.top)),
          ]),
        ),
    )
    .reduce((all, one) => all.unionAll(one));
  const rows = await figuresQuery(db, {}).where("figures.id", "in", holders).execute();
  return { figures: rows.map(reshapeFigureWithReport), counts };
}

/** Each offensive's killed and displacement figures in the whole dataset, whatever a view filters. */
function getReportedCounts(): Promise<ReportedCounts> {
  return byDataVersion("reported", null, countReportedNow);
}

async function countReportedNow(): Promise<ReportedCounts> {
  const db = await getDb();
  const rows = await db
    .selectFrom("figures")
    .select(["offensive_slug", "metric"])
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("offensive_slug", "is not", null)
    .groupBy(["offensive_slug", "metric"])
    .execute();
  return countReported(rows.map((r) => ({ offensive: r.offensive_slug, metric: r.metric as Metric, n: Number(r.n) })));
}

/** Everything the overview draws for a view, built from one read of the figures. */
export function getOverview(view: ViewState) {
  keepDefaultOverviewWarm();
  return byDataVersion("overview", dataQuery(view), () => buildOverview(view));
}

const warming = globalThis as unknown as { dashboardOverviewWarming?: boolean };

/**
 * After a write (here or in another process), rebuilds the overview's default
 * view before anyone asks: one indexed read a second notices the new data
 * version. The first visitor after an ingest or a publish then finds the page
 * built, or joins the build under way, instead of waiting for all of it.
 * Production servers only; tests build on demand.
 */
function keepDefaultOverviewWarm() {
  if (warming.dashboardOverviewWarming || process.env.NODE_ENV !== "production") return;
  warming.dashboardOverviewWarming = true;
  let seen = "";
  const timer = setInterval(async () => {
    try {
      const version = await currentDataVersion();
      if (version === seen) return;
      seen = version;
      await getOverview(DEFAULT_VIEW);
    } catch {
      // The next tick tries again; a request meanwhile builds for itself.
    }
  }, 1000);
  timer.unref();
}

async function buildOverview(view: ViewState) {
  const offensive = view.offensive ? await getOffensive(view.offensive) : null;
  // A view naming an unknown offensive is drawn without it (the page says so).
  const drawn = offensive ? view : { ...view, offensive: null };
  // Each chart reads only what it draws, and is kept per view like the API's.
  const [charts, headlines, offensives, figureCount] = await Promise.all([
    Promise.all(CHART_IDS.filter((id) => chartShowsMetrics(id, view.metrics)).map((id) => getChart(id, drawn))),
    getHeadlines(),
    getOffensives(),
    countFigures(),
  ]);
  return {
    figureCount,
    // The headline numbers are the latest of the whole dataset, whatever the view filters.
    headlines,
    charts: charts.filter((c): c is ChartData => c !== null),
    offensives,
    /** The offensive the view names, or null (also when it names an unknown one). */
    offensive,
  };
}

/**
 * The latest national figures of the whole dataset, for the overview's cards and social previews:
 * read from the national figures and the last day's local displacement (lib/series.ts pickHeadlines).
 */
export function getHeadlines() {
  return byDataVersion("headlines", "", async () => {
    const [national, local] = await Promise.all([getFigures({ scope: "national" }), latestLocalDisplacement()]);
    return pickHeadlines([...national, ...local]);
  });
}

/** The local displacement figures of the latest day any is dated: one index probe per metric, then that day. */
async function latestLocalDisplacement(): Promise<FigureWithReport[]> {
  const db = await getDb();
  const days = await Promise.all(
    DISPLACEMENT_METRICS.map((metric) =>
      db
        .selectFrom("figures")
        .select("period_end")
        .where("metric", "=", metric)
        .where("scope", "=", "local")
        .orderBy("period_end", "desc")
        .limit(1)
        .executeTakeFirst(),
    ),
  );
  const last = days.reduce((day, row) => (row && row.period_end > day ? row.period_end : day), "");
  return last ? getFigures({ scope: "local", metrics: DISPLACEMENT_METRICS, from: last, to: last }) : [];
}

/** One offensive's largest counts of the dead and the displaced, as the breakdown chart shows them. */
export async function getOffensiveBreakdownRow(slug: string) {
  const offensive = await getOffensive(slug);
  if (!offensive) return null;
  return buildOffensiveBreakdown(await getFigures({ offensive: slug }), [offensive])[0] ?? null;
}

/** How many figures and reports an offensive's page lists itself; the figures list pages through the rest. */
export const LISTED_FIGURES = 200;
export const LISTED_REPORTS = 100;

export interface OffensiveView {
  offensive: Offensive;
  /** Its figures in all, and the first LISTED_FIGURES of them (oldest as-of date first). */
  figureCount: number;
  listed: FigureWithReport[];
  /** The reports of its figures in all, and the first LISTED_REPORTS of them, in the figures' order. */
  reportCount: number;
  reports: Report[];
  /** One series per metric it has figures of, as drawn (lib/series.ts thinLine), each point with its reports. */
  series: Series[];
  /** The days its charts span. */
  range: [string, string];
  /** The reports its start and end dates were read from. */
  dateReports: Report[];
}

/**
 * What an offensive's page and its series endpoint show, built from one read
 * of its figures and kept per data version: at scale one offensive has tens
 * of thousands, and the page keeps only what it lists and draws.
 */
export function getOffensiveView(slug: string): Promise<OffensiveView | null> {
  return byDataVersion("offensive", slug, () => buildOffensiveView(slug));
}

async function buildOffensiveView(slug: string): Promise<OffensiveView | null> {
  const offensive = await getOffensive(slug);
  if (!offensive) return null;
  const [figures, dateReports] = await Promise.all([
    getFigures({ offensive: slug }),
    Promise.all(offensive.dateReportIds.map((id) => getReport(id))),
  ]);
  const reports = [...new Map(figures.map((f) => [f.report.id, f.report])).values()];
  const range = offensiveTimeRange(offensive, figures);
  return {
    offensive,
    figureCount: figures.length,
    listed: figures.slice(0, LISTED_FIGURES),
    reportCount: reports.length,
    reports: reports.slice(0, LISTED_REPORTS),
    series: buildOffensiveSeries(figures, slug)
      .filter((s) => s.lines.length > 0)
      .map((s) => ({ ...s, lines: s.lines.map((line) => thinLine(line, range)) })),
    range,
    dateReports: dateReports.filter((r): r is Report => r !== null),
  };
}

/** Every change editors made to a figure, oldest first (lib/review/history.ts). */
export async function getFigureHistory(figureId: string): Promise<HistoryEntry[]> {
  const db = await getDb();
  const rows = await db
    .selectFrom("figure_history")
    .selectAll()
    .where("figure_id", "=", figureId)
    .orderBy("id")
    .execute();
  return rows.map((r) => {
    const before = r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>);
    const after = r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>);
    return {
      id: r.id,
      figureId: r.figure_id,
      reportId: r.report_id,
      editor: r.editor,
      action: r.action as HistoryAction,
      at: r.at,
      changes: changedFields(before, after),
      hadBefore: before !== null,
    };
  });
}

/** How many machine-extracted figures the queue shows at once. */
export const QUEUE_PAGE = 25;

/**
 * The editors' queue: machine-extracted figures waiting for review, oldest
 * report first, optionally of one report; the first QUEUE_PAGE of them and
 * how many wait in all.
 */
export async function getReviewQueue(reportId?: string): Promise<{ figures: FigureWithReport[]; total: number }> {
  const filter: FigureFilter = { machineOnly: true, reportId, sort: "published" };
  const [figures, total] = await Promise.all([getFigures({ ...filter, limit: QUEUE_PAGE }), countFigures(filter)]);
  return { figures, total };
}

/** Whether editors can change a figure in the app: one of a report ingested or published here, not of data/. */
export async function isAppFigure(figureId: string): Promise<boolean> {
  const db = await getDb();
  const row = await db
    .selectFrom("figures")
    .innerJoin("reports", "reports.id", "figures.report_id")
    .select("reports.origin")
    .where("figures.id", "=", figureId)
    .executeTakeFirst();
  return row?.origin === "ingest";
}
