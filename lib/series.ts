/**
 * The series builder: turns figures into what the charts draw, without ever
 * making a number say more than its report did.
 *
 * - Figures are never added together: not across metrics, scopes, periods,
 *   groups or sources. A series only selects and arranges them.
 * - One line per source (`attributedTo`, "unattributed" for none) and group,
 *   so UN and SOHR estimates stand side by side and a subset ("205 fighters")
 *   is never drawn on the same line as its total ("236 people").
 * - A running total and a one-day toll are different series.
 * - Vague and hedged figures keep `vague` and `qualifier` on every point.
 * - The same figure from two reports is one point listing both reports.
 */
import { parseISO } from "date-fns";
import type { FigureWithReport, Offensive } from "./schema";
import {
  DISPLACEMENT_METRICS,
  isEstimateNote,
  METRIC_LABELS,
  WAR_START,
  type Metric,
  type Qualifier,
  type Review,
  type Scope,
} from "./vocabulary";

export const UNATTRIBUTED = "unattributed";

/** A report that gave a plotted figure. */
export interface PointSource {
  figureId: string;
  reportId: string;
  outlet: string;
  published: string;
  headline: string;
  url: string | null;
  review: Review;
  /** When an editor reviewed the figure in the app; null for data/ and machine-extracted figures. */
  reviewedAt: string | null;
  note: string;
}

export interface SeriesPoint {
  /** Stable across requests: the line it sits on plus the figure's identity. */
  id: string;
  /** The as-of day (periodEnd) as milliseconds since the epoch, for the time axis. */
  t: number;
  metric: Metric;
  value: number;
  high: number | null;
  qualifier: Qualifier;
  vague: boolean;
  periodStart: string | null;
  periodEnd: string;
  scope: Scope;
  location: string | null;
  group: string | null;
  attributedTo: string | null;
  offensive: string | null;
  /** Every report that gave this same figure, earliest first (empty when left out: `sourcesLeftOut`). */
  sources: PointSource[];
  /**
   * Set when a first paint's data left the reports out (lib/charts.ts
   * `leanChart`): how many there are, and whether every one is
   * machine-extracted. The whole chart comes from the API when a reader
   * reaches for the details.
   */
  sourcesLeftOut?: { count: number; machineOnly: boolean };
}

/** A point's id: its line and what it counts (the reports behind it are not part of it). */
export function pointId(
  lineKey: string,
  f: Pick<SeriesPoint, "periodStart" | "periodEnd" | "value" | "qualifier">,
): string {
  return `${lineKey}@${f.periodStart ?? ""}@${f.periodEnd}@${f.value}@${f.qualifier}`;
}

/** Whether no person has reviewed any report of a point (drawn with a dotted outline). */
export function isUnreviewed(point: SeriesPoint): boolean {
  return point.sourcesLeftOut ? point.sourcesLeftOut.machineOnly : point.sources.every((s) => s.review === "machine");
}

/** What a figure counts, apart from who printed it: the fields a plotted point and an exported row share. */
export type CountedFields = Pick<
  SeriesPoint,
  | "metric"
  | "value"
  | "high"
  | "qualifier"
  | "vague"
  | "periodStart"
  | "periodEnd"
  | "scope"
  | "location"
  | "group"
  | "attributedTo"
  | "offensive"
>;

export function countedFields(f: CountedFields): CountedFields {
  return {
    metric: f.metric,
    value: f.value,
    high: f.high,
    qualifier: f.qualifier,
    vague: f.vague,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    scope: f.scope,
    location: f.location,
    group: f.group,
    attributedTo: f.attributedTo,
    offensive: f.offensive,
  };
}

export interface SeriesLine {
  /** Data key for the chart: stable identifier, not a display label. */
  key: string;
  source: string;
  group: string | null;
  metric: Metric;
  label: string;
  points: SeriesPoint[];
  /** Points of this line not drawn, when it had more than a chart can show (`thinLine`). */
  pointsLeftOut?: number;
  /**
   * Set when a first paint left out the points of a line it does not show
   * (lib/charts.ts `leanLines`): how many it has. They come with the
   * whole chart, fetched when a reader reaches for it.
   */
  pointsDeferred?: number;
}

export interface Series {
  id: string;
  title: string;
  description: string;
  lines: SeriesLine[];
}

export interface SeriesSpec {
  id: string;
  title: string;
  description: string;
  includes: (f: FigureWithReport) => boolean;
}

const isRunningTotal = (f: FigureWithReport) => f.periodStart === WAR_START;
const isOneDay = (f: FigureWithReport) => f.periodStart !== null && f.periodStart === f.periodEnd;
/** A national displacement stock: since the war began, or with no start given. */
const isNationalStock = (f: FigureWithReport) =>
  f.scope === "national" && (f.periodStart === null || f.periodStart === WAR_START);

export const NATIONAL_SPECS = {
  deaths: {
    id: "national-deaths",
    title: "Death toll since March 2011",
    description: "National running totals: people killed since the uprising began, as reported.",
    includes: (f) => f.metric === "killed" && f.scope === "national" && isRunningTotal(f),
  },
  dailyDeaths: {
    id: "national-daily-deaths",
    title: "One-day national death tolls",
    description: "People killed across Syria on a single day. Not part of the running total.",
    includes: (f) => f.metric === "killed" && f.scope === "national" && isOneDay(f),
  },
  refugees: {
    id: "refugees",
    title: "Refugees",
    description: "Syrians who crossed into another country since 2011.",
    includes: (f) => f.metric === "refugees" && isNationalStock(f),
  },
  internallyDisplaced: {
    id: "internally-displaced",
    title: "Internally displaced",
    description: "People displaced inside Syria since 2011.",
    includes: (f) => f.metric === "internally_displaced" && isNationalStock(f),
  },
  displaced: {
    id: "displaced",
    title: "Displaced (inside or outside Syria)",
    description: "People driven from their homes, where the report does not say whether they crossed a border.",
    includes: (f) => f.metric === "displaced" && isNationalStock(f),
  },
} satisfies Record<string, SeriesSpec>;

export const OFFENSIVE_SERIES_METRICS = ["killed", "injured", "killed_or_injured", "displaced"] as const;
export type OffensiveSeriesMetric = (typeof OFFENSIVE_SERIES_METRICS)[number];

/** Per-offensive series; "displaced" gathers every displacement metric, each on its own lines. */
export function offensiveSpec(slug: string, metric: OffensiveSeriesMetric): SeriesSpec {
  const metrics: readonly Metric[] = metric === "displaced" ? DISPLACEMENT_METRICS : [metric];
  return {
    id: `offensive-${slug}-${metric}`,
    title: metric === "displaced" ? "Displaced" : METRIC_LABELS[metric],
    description:
      metric === "displaced"
        ? "People displaced by this offensive: refugees, internally displaced and unspecified, each kept apart."
        : `${METRIC_LABELS[metric]} in this offensive, as each report counted them.`,
    includes: (f) => f.offensive === slug && metrics.includes(f.metric),
  };
}

function dayToTime(iso: string): number {
  return parseISO(`${iso}T00:00:00Z`).getTime();
}

/** What a figure counts, apart from who printed it: equal identities are the same figure. */
export function figureIdentity(f: CountedFields): string {
  return [
    f.metric,
    f.value,
    f.high ?? "",
    f.qualifier,
    f.vague ? 1 : 0,
    f.periodStart ?? "",
    f.periodEnd,
    f.scope,
    (f.location ?? "").toLowerCase(),
    (f.group ?? "").toLowerCase(),
    f.attributedTo ?? "",
  ].join("|");
}

function sourceOf(f: FigureWithReport): PointSource {
  return {
    figureId: f.id,
    reportId: f.report.id,
    outlet: f.report.outlet,
    published: f.report.published,
    headline: f.report.headline,
    url: f.report.url,
    review: f.review,
    reviewedAt: f.reviewedAt,
    note: f.note,
  };
}

function lineLabel(
  source: string,
  group: string | null,
  metric: Metric,
  showMetric: boolean,
  estimate: boolean,
): string {
  const parts = [(source === UNATTRIBUTED ? "Unattributed" : source) + (estimate ? " (estimate)" : "")];
  if (group) parts.push(group);
  if (showMetric) parts.push(METRIC_LABELS[metric].toLowerCase());
  return parts.join(" · ");
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "x"
  );
}

export function buildSeries(figures: readonly FigureWithReport[], spec: SeriesSpec): Series {
  const selected = figures.filter(spec.includes);
  const showMetric = new Set(selected.map((f) => f.metric)).size > 1;
  const lines = new Map<string, SeriesLine>();
  const points = new Map<string, SeriesPoint>();

  for (const f of selected) {
    const source = f.attributedTo ?? UNATTRIBUTED;
    const estimate = isEstimateNote(f.note);
    const key = [slug(source), f.group ? slug(f.group) : "all", f.metric, ...(estimate ? ["estimate"] : [])].join("--");
    let line = lines.get(key);
    if (!line) {
      line = {
        key,
        source,
        group: f.group,
        metric: f.metric,
        label: lineLabel(source, f.group, f.metric, showMetric, estimate),
        points: [],
      };
      lines.set(key, line);
    }
    const identity = figureIdentity(f);
    const existing = points.get(identity);
    if (existing) {
      existing.sources.push(sourceOf(f));
      continue;
    }
    const point: SeriesPoint = {
      id: pointId(key, f),
      t: dayToTime(f.periodEnd),
      ...countedFields(f),
      sources: [sourceOf(f)],
    };
    points.set(identity, point);
    line.points.push(point);
  }

  for (const line of lines.values()) {
    line.points.sort((a, b) => a.t - b.t || a.value - b.value);
    for (const p of line.points) p.sources.sort((a, b) => a.published.localeCompare(b.published));
  }
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    lines: [...lines.values()].sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/**
 * The lines of several series drawn on one chart. When they count different
 * things (refugees and internally displaced), each label says which.
 */
export function combineSeries(series: readonly Series[]): SeriesLine[] {
  const lines = series.flatMap((s) => s.lines);
  if (new Set(lines.map((l) => l.metric)).size <= 1) return lines;
  return lines.map((l) =>
    l.label.toLowerCase().includes(METRIC_LABELS[l.metric].toLowerCase())
      ? l
      : { ...l, label: `${METRIC_LABELS[l.metric]} · ${l.label}` },
  );
}

export function seriesPoints(series: Series): SeriesPoint[] {
  return series.lines.flatMap((l) => l.points).sort((a, b) => a.t - b.t || a.value - b.value);
}

/**
 * The most points one line draws. A chart is some 800 pixels wide: beyond
 * this, points only hide one another, and each costs the page bytes and
 * render time. Lines of the reviewed record have fewer; generated or
 * ingested archives can have thousands.
 */
export const MAX_DRAWN_POINTS = 300;

/**
 * A line as a chart can draw it. With more than `max` points, the time axis
 * is cut into `max / 2` equal spans and each span keeps its lowest and its
 * highest point (the earliest of equal ones), so every rise, fall and
 * revision still shows; the others are counted in `pointsLeftOut`, and the
 * downloads keep them all. A line within the bound comes back as it was.
 */
export function thinLine(line: SeriesLine, range: readonly [string, string], max = MAX_DRAWN_POINTS): SeriesLine {
  if (line.points.length <= max) return line;
  const start = Date.parse(range[0]);
  const spans = Math.max(1, Math.floor(max / 2));
  const width = Math.max(1, (Date.parse(range[1]) - start) / spans);
  const kept = new Map<number, { low: SeriesPoint; high: SeriesPoint }>();
  for (const p of line.points) {
    const span = Math.min(spans - 1, Math.max(0, Math.floor((p.t - start) / width)));
    const k = kept.get(span);
    if (!k) kept.set(span, { low: p, high: p });
    else {
      if (p.value < k.low.value) k.low = p;
      if (p.value > k.high.value) k.high = p;
    }
  }
  const points = [...new Set([...kept.values()].flatMap((k) => [k.low, k.high]))].sort(
    (a, b) => a.t - b.t || a.value - b.value,
  );
  return { ...line, points, pointsLeftOut: (line.pointsLeftOut ?? 0) + line.points.length - points.length };
}

/** How many points a line has, drawn or not, sent or not. */
export const linePointCount = (line: Pick<SeriesLine, "points" | "pointsLeftOut" | "pointsDeferred">) =>
  line.points.length + (line.pointsDeferred ?? 0) + (line.pointsLeftOut ?? 0);

/** Up to this many lines, a chart shows them all; beyond it, only its main lines until the reader adds others. */
export const MAX_DEFAULT_LINES = 8;
/** A whole-population line needs this many points to be a main line of a crowded chart. */
const MAIN_LINE_POINTS = 3;

/**
 * The lines a chart shows before the reader chooses: all of them when there
 * are few; otherwise the whole-population lines with a real run of points,
 * the MAX_DEFAULT_LINES with most points if there are more (subgroups,
 * one-off sources and the rest can be switched on beside them).
 */
export function mainLineKeys(
  lines: readonly Pick<SeriesLine, "key" | "group" | "points" | "pointsLeftOut" | "pointsDeferred">[],
): Set<string> {
  if (lines.length <= MAX_DEFAULT_LINES) return new Set(lines.map((l) => l.key));
  const main = lines.filter((l) => l.group === null && linePointCount(l) >= MAIN_LINE_POINTS);
  // at most MAX_DEFAULT_LINES of them, those with most points: more lines than markers and colours
  // cannot be told apart (and a crowded offensive would send thousands of points to draw)
  const ranked = [...(main.length > 0 ? main : lines)].sort((a, b) => linePointCount(b) - linePointCount(a));
  const chosen = new Set(ranked.slice(0, main.length > 0 ? MAX_DEFAULT_LINES : 5).map((l) => l.key));
  return new Set(lines.filter((l) => chosen.has(l.key)).map((l) => l.key));
}

export function buildOffensiveSeries(figures: readonly FigureWithReport[], slug: string): Series[] {
  return OFFENSIVE_SERIES_METRICS.map((m) => buildSeries(figures, offensiveSpec(slug, m)));
}

/** The newer point wins; on the same day, the one covering more people, then the larger value. */
function latest(points: SeriesPoint[], preferMetric?: Metric): SeriesPoint | null {
  const ranked = [...points].sort(
    (a, b) => b.t - a.t || Number(b.metric === preferMetric) - Number(a.metric === preferMetric) || b.value - a.value,
  );
  return ranked[0] ?? null;
}

/** The monitors and agencies whose national death tolls head the overview, in this order. */
export const HEADLINE_DEATH_SOURCES = ["SOHR", "UN", "OHCHR", "SNHR", "VDC"] as const;

/** A point is an estimate beyond its source's documented count when its reports' notes say so. */
const isEstimate = (p: SeriesPoint) => p.sources.some((s) => isEstimateNote(s.note));

export interface Headlines {
  /** Each headline source's latest documented national running toll (whole population), newest first. */
  deaths: SeriesPoint[];
  /** The latest national count of refugees with a named source, UNHCR's when it has one. */
  refugees: SeriesPoint | null;
  /** The latest national count of internally displaced people with a named source. */
  internallyDisplaced: SeriesPoint | null;
  /** The latest local displacement figure, for context beside the national ones. */
  localDisplacement: SeriesPoint | null;
}

/** The latest national stock of one metric from a named source, preferring `preferred` when it has any. */
function latestNamed(figures: readonly FigureWithReport[], spec: SeriesSpec, preferred?: string): SeriesPoint | null {
  // Only whole-population figures with a source can head the page: the rest need no points built.
  const named = figures.filter((f) => f.group === null && f.attributedTo !== null);
  const points = seriesPoints(buildSeries(named, spec)).filter((p) => !isEstimate(p));
  const own = points.filter((p) => p.attributedTo === preferred);
  return latest(own.length > 0 ? own : points);
}

export function pickHeadlines(figures: readonly FigureWithReport[]): Headlines {
  const headed = figures.filter(
    (f) => f.group === null && (HEADLINE_DEATH_SOURCES as readonly (string | null)[]).includes(f.attributedTo),
  );
  const tolls = seriesPoints(buildSeries(headed, NATIONAL_SPECS.deaths)).filter((p) => !isEstimate(p));
  const deaths = HEADLINE_DEATH_SOURCES.flatMap((source) => {
    const point = latest(tolls.filter((p) => p.attributedTo === source));
    return point ? [point] : [];
  }).sort((a, b) => b.t - a.t);
  // Only the latest day's local displacement can be the latest point: build none of the others.
  const localFigures = figures.filter((f) => f.scope === "local" && DISPLACEMENT_METRICS.includes(f.metric));
  const lastDay = localFigures.reduce((day, f) => (f.periodEnd > day ? f.periodEnd : day), "");
  const local = seriesPoints(
    buildSeries(
      localFigures.filter((f) => f.periodEnd === lastDay),
      {
        id: "local-displacement",
        title: "",
        description: "",
        includes: (f) => f.scope === "local" && DISPLACEMENT_METRICS.includes(f.metric),
      },
    ),
  );
  return {
    deaths,
    refugees: latestNamed(figures, NATIONAL_SPECS.refugees, "UNHCR"),
    internallyDisplaced: latestNamed(figures, NATIONAL_SPECS.internallyDisplaced),
    localDisplacement: latest(local, "displaced"),
  };
}

/** How many figures of each kind the dataset holds for each offensive, whatever a view filters. */
export type ReportedCounts = Record<string, { killed: number; displaced: number }>;

export interface OffensiveBreakdownRow {
  offensive: Offensive;
  /** The largest single reported death toll of all the offensive's dead (no subgroup), never a sum. */
  killed: SeriesPoint | null;
  /** When no report counted all the dead, the largest toll of one group: shown as that group, never as "killed". */
  killedSubgroup: SeriesPoint | null;
  /** The largest single reported displacement figure of everyone displaced, never a sum. */
  displaced: SeriesPoint | null;
  /** Likewise, a displacement figure of one group when there is no whole-population one. */
  displacedSubgroup: SeriesPoint | null;
  /** Figures of the offensive in this view. */
  figureCount: number;
  /** Figures of each kind in the whole dataset: tells "hidden by the filters" from "not reported". */
  reported: { killed: number; displaced: number };
}

/** The larger value, then the later as-of day. */
function largest(points: SeriesPoint[]): SeriesPoint | null {
  return [...points].sort((a, b) => b.value - a.value || b.t - a.t)[0] ?? null;
}

/** Counts each offensive's killed and displacement figures (`n` figures per item when given: a grouped count). */
export function countReported(
  items: readonly { offensive: string | null; metric: Metric; n?: number }[],
): ReportedCounts {
  const counts: ReportedCounts = {};
  for (const { offensive, metric, n = 1 } of items) {
    if (offensive === null) continue;
    const c = (counts[offensive] ??= { killed: 0, displaced: 0 });
    if (metric === "killed") c.killed += n;
    else if (DISPLACEMENT_METRICS.includes(metric)) c.displaced += n;
  }
  return counts;
}

export function buildOffensiveBreakdown(
  figures: readonly FigureWithReport[],
  offensives: readonly Offensive[],
  reported: ReportedCounts = countReported(figures),
  /** Each offensive's figures in the view, when `figures` holds only those its rows are drawn from. */
  figureCounts?: Readonly<Record<string, number>>,
): OffensiveBreakdownRow[] {
  // One pass sorts the figures by offensive; each row then reads only its own.
  const byOffensive = new Map<string, FigureWithReport[]>();
  for (const f of figures) {
    if (f.offensive === null) continue;
    const own = byOffensive.get(f.offensive);
    if (own) own.push(f);
    else byOffensive.set(f.offensive, [f]);
  }
  return offensives.map((offensive) => {
    const own = byOffensive.get(offensive.slug) ?? [];
    const killed = seriesPoints(buildSeries(own, offensiveSpec(offensive.slug, "killed")));
    const displaced = seriesPoints(buildSeries(own, offensiveSpec(offensive.slug, "displaced")));
    const whole = (p: SeriesPoint) => p.group === null;
    const killedWhole = largest(killed.filter(whole));
    const displacedWhole = largest(displaced.filter(whole));
    return {
      offensive,
      killed: killedWhole,
      killedSubgroup: killedWhole ? null : largest(killed.filter((p) => !whole(p))),
      displaced: displacedWhole,
      displacedSubgroup: displacedWhole ? null : largest(displaced.filter((p) => !whole(p))),
      figureCount: figureCounts ? (figureCounts[offensive.slug] ?? 0) : own.length,
      reported: reported[offensive.slug] ?? { killed: 0, displaced: 0 },
    };
  });
}
