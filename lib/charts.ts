/**
 * The charts the dashboard draws and what each holds for a given view. The
 * overview page, the embed page, the API and the downloads all build a chart
 * here, so "the displayed data" means the same thing everywhere.
 */
import { offensiveTimeRange } from "./offensives";
import type { FigureWithReport, Metric, Offensive } from "./schema";
import { DISPLACEMENT_METRICS } from "./vocabulary";
import {
  buildOffensiveBreakdown,
  buildSeries,
  combineSeries,
  isUnreviewed,
  NATIONAL_SPECS,
  type OffensiveBreakdownRow,
  type ReportedCounts,
  type Series,
  mainLineKeys,
  type SeriesLine,
  thinLine,
} from "./series";
import { chartState, type Scale, type ViewState } from "./view-state";

export const CHART_IDS = ["deaths", "daily-deaths", "displacement", "offensives"] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** The war from its first year to the end of 2020, the span of the seed reports. */
export const DEFAULT_RANGE = ["2011-01-01", "2023-01-01"] as const;

export interface TrendChartData {
  kind: "trend";
  id: ChartId;
  title: string;
  description: string;
  lines: SeriesLine[];
  /** The time axis as ISO days. */
  range: readonly [string, string];
  /** Join a line's points (running totals) or not (separate days). */
  connect: boolean;
  defaultScale: Scale;
  metrics: readonly Metric[];
}

export interface BreakdownChartData {
  kind: "breakdown";
  id: ChartId;
  title: string;
  description: string;
  rows: OffensiveBreakdownRow[];
  defaultScale: Scale;
  metrics: readonly Metric[];
}

export type ChartData = TrendChartData | BreakdownChartData;

const CHART_METRICS: Record<ChartId, readonly Metric[]> = {
  deaths: ["killed"],
  "daily-deaths": ["killed"],
  displacement: DISPLACEMENT_METRICS,
  offensives: ["killed", ...DISPLACEMENT_METRICS],
};

/**
 * The figures each chart can draw, as a read: the trends draw national
 * figures of their own metrics; the breakdown, every figure linked to an
 * offensive (it counts them all). A chart built from its read alone is the
 * chart the whole record gives (charts.test), and at scale the read is a
 * small part of the record: most rows are local tolls no chart draws.
 */
export interface ChartRead {
  /** Absent: any metric. */
  metrics?: readonly Metric[];
  scope?: "national";
  offensiveLinked?: boolean;
}

export function chartRead(id: ChartId): ChartRead {
  return id === "offensives" ? { offensiveLinked: true } : { metrics: CHART_METRICS[id], scope: "national" };
}

export function isReadFor(id: ChartId, f: Pick<FigureWithReport, "scope" | "offensive" | "metric">): boolean {
  const read = chartRead(id);
  return (
    (read.metrics === undefined || read.metrics.includes(f.metric)) &&
    (read.scope === undefined || f.scope === read.scope) &&
    (!read.offensiveLinked || f.offensive !== null)
  );
}

/** Whether a chart has anything to show under the view's metric choice (none chosen = all). */
export function chartShowsMetrics(id: ChartId, metrics: readonly Metric[]): boolean {
  return metrics.length === 0 || CHART_METRICS[id].some((m) => metrics.includes(m));
}

/** The time axis of a view: its from/to if given, else the offensive it names, else the whole war. */
export function viewRange(
  view: Pick<ViewState, "from" | "to">,
  offensive: Offensive | null,
): readonly [string, string] {
  const base = offensive ? offensiveTimeRange(offensive, []) : DEFAULT_RANGE;
  return [view.from ?? base[0], view.to ?? base[1]];
}

function trendChart(
  id: ChartId,
  series: Series,
  range: readonly [string, string],
  options: Pick<TrendChartData, "connect" | "defaultScale">,
): TrendChartData {
  const { title, description, lines } = series;
  return { kind: "trend", id, title, description, lines, range, ...options, metrics: CHART_METRICS[id] };
}

/**
 * A trend chart as a first paint sends it: the lines shown at first without
 * the reports behind their points, and the lines a reader must switch on
 * without their points (counted in `pointsDeferred`). The reports (outlet,
 * headline, address, note) are most of a chart's weight, and at scale the
 * hidden subgroup lines most of its points; the page fetches the whole
 * chart from the API when a reader reaches for it (a point's details, the
 * table, a line switched on). Breakdown charts are small and stay whole.
 */
export function leanChart(chart: ChartData): ChartData {
  return chart.kind === "trend" ? { ...chart, lines: leanLines(chart.lines) } : chart;
}

/** Lines as a first paint sends them (see `leanChart`). */
export function leanLines(lines: readonly SeriesLine[]): SeriesLine[] {
  const shown = mainLineKeys(lines);
  return lines.map((line) =>
    shown.has(line.key)
      ? {
          ...line,
          points: line.points.map((point) => ({
            ...point,
            sources: [],
            sourcesLeftOut: { count: point.sources.length, machineOnly: isUnreviewed(point) },
          })),
        }
      : { ...line, points: [], pointsDeferred: line.points.length },
  );
}

/**
 * A chart as it is drawn: each trend line within the points a chart can
 * show (lib/series.ts `thinLine`), the others counted. What pages and the
 * chart's JSON carry; a chart's CSV keeps every point.
 */
export function forDrawing(chart: ChartData): ChartData {
  if (chart.kind !== "trend") return chart;
  const lines = chart.lines.map((line) => thinLine(line, chart.range));
  return lines.every((line, i) => line === chart.lines[i]) ? chart : { ...chart, lines };
}

/** The chart a page renders first for a view: as drawn, without its reports when it shows as a chart. */
export function forFirstPaint(chart: ChartData, view: ViewState): ChartData {
  const drawn = forDrawing(chart);
  return chartState(view, chart.id).tab === "chart" ? leanChart(drawn) : drawn;
}

/** Whether a chart came whole: every line with its points, every point with its reports (false after `leanChart`). */
export function isWhole(chart: ChartData): boolean {
  return chart.kind !== "trend" || chart.lines.every(isWholeLine);
}

/** Whether a line came with all its points, each with its reports (false after `leanLines`). */
export function isWholeLine(line: SeriesLine): boolean {
  return line.pointsDeferred === undefined && line.points.every((p) => !p.sourcesLeftOut);
}

/**
 * Builds one chart from figures already filtered by the view (metrics,
 * sources, dates, machine-extracted). Nothing is added up here either.
 */
export function buildChart(
  id: ChartId,
  figures: readonly FigureWithReport[],
  offensives: readonly Offensive[],
  range: readonly [string, string],
  /** Each offensive's figures in the whole dataset; defaults to those in `figures`. */
  reported?: ReportedCounts,
  /** Each offensive's figures in the view, when `figures` holds only the largest counts (lib/data.ts). */
  figureCounts?: Readonly<Record<string, number>>,
): ChartData {
  switch (id) {
    case "deaths":
      return trendChart(id, buildSeries(figures, NATIONAL_SPECS.deaths), range, { connect: true, defaultScale: "log" });
    case "daily-deaths":
      // Separate days are not a trend: their points stay unjoined.
      return trendChart(id, buildSeries(figures, NATIONAL_SPECS.dailyDeaths), range, {
        connect: false,
        defaultScale: "linear",
      });
    case "displacement":
      return {
        kind: "trend",
        id,
        title: "Displaced since 2011",
        description:
          "National figures for refugees, the internally displaced, and displacement the report does not split. Each kind and each source is its own line; they are never added.",
        lines: combineSeries(
          [NATIONAL_SPECS.displaced, NATIONAL_SPECS.internallyDisplaced, NATIONAL_SPECS.refugees].map((spec) =>
            buildSeries(figures, spec),
          ),
        ),
        range,
        connect: true,
        defaultScale: "log",
        metrics: CHART_METRICS[id],
      };
    case "offensives":
      return {
        kind: "breakdown",
        id,
        title: "What each offensive cost",
        description:
          "For each offensive, the largest single count of all the dead and of all the displaced that any report gave, on a linear scale. Figures are not added up: reports count different groups over different days. A count of one group only (rebels, civilians) is named as such and not drawn as a bar.",
        rows: buildOffensiveBreakdown(figures, offensives, reported, figureCounts),
        defaultScale: "linear",
        metrics: CHART_METRICS[id],
      };
  }
}
