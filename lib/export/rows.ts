/**
 * The row every download and API export is made of: one reported figure (a
 * plotted point, or a figure of the dataset) with its full provenance. JSON
 * exports hold these objects; CSV exports write these columns in this order.
 */
import type { ChartData } from "../charts";
import { formatValueLong } from "../format";
import type { FigureWithReport, Review } from "../schema";
import { countedFields, type CountedFields, type PointSource, type SeriesLine, type SeriesPoint } from "../series";

export const EXPORT_COLUMNS = [
  "chart",
  "line",
  "metric",
  "reported",
  "value",
  "high",
  "qualifier",
  "vague",
  "periodStart",
  "periodEnd",
  "scope",
  "location",
  "group",
  "attributedTo",
  "offensive",
  "outlet",
  "published",
  "reportUrl",
  "reportId",
  "review",
  "reviewedAt",
  "note",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export interface ExportRow extends CountedFields {
  /** The number as the report put it, hedge and word included: "at least 7,500", "“hundreds” (read as at least 200)". */
  reported: string;
  /** The chart the point was drawn on; null for a figure exported from the dataset. */
  chart: string | null;
  /** The line it was drawn on (source · group); null outside a chart. */
  line: string | null;
  /** When two reports gave the same figure, their outlets, dates, URLs and ids are joined with "; ". */
  outlet: string;
  published: string;
  reportUrl: string | null;
  reportId: string;
  review: Review;
  reviewedAt: string | null;
  note: string;
}

function joinSources(sources: PointSource[]) {
  const join = (values: (string | null)[]) =>
    values.some((v) => v !== null) ? values.map((v) => v ?? "").join("; ") : null;
  return {
    outlet: sources.map((s) => s.outlet).join("; "),
    published: sources.map((s) => s.published).join("; "),
    reportUrl: join(sources.map((s) => s.url)),
    reportId: sources.map((s) => s.reportId).join("; "),
    // A point is reviewed only when every report behind it was.
    review: (sources.every((s) => s.review === "reviewed") ? "reviewed" : "machine") as Review,
    reviewedAt: join(sources.map((s) => s.reviewedAt)),
    note: [...new Set(sources.map((s) => s.note))].join(" / "),
  };
}

export function pointToRow(chart: string, line: SeriesLine | null, point: SeriesPoint): ExportRow {
  // Key order is the column order: the reported words sit right after the metric.
  const { metric } = point;
  const counted = countedFieldsAfterMetric(point);
  return {
    chart,
    line: line?.label ?? null,
    metric,
    reported: formatValueLong(point),
    ...counted,
    ...joinSources(point.sources),
  };
}

/** One row per point the chart draws, in time order (breakdown: offensive order, killed before displaced). */
export function chartRows(chart: ChartData): ExportRow[] {
  if (chart.kind === "trend") {
    return chart.lines
      .flatMap((line) => line.points.map((point) => ({ line, point })))
      .sort((a, b) => a.point.t - b.point.t || a.line.label.localeCompare(b.line.label))
      .map(({ line, point }) => pointToRow(chart.id, line, point));
  }
  return chart.rows.flatMap((r) =>
    [r.killed, r.displaced].filter((p): p is SeriesPoint => p !== null).map((p) => pointToRow(chart.id, null, p)),
  );
}

/** The counted fields but the metric, which the row puts first with the reported words beside it. */
function countedFieldsAfterMetric(f: CountedFields): Omit<CountedFields, "metric"> {
  const rest: Partial<CountedFields> = countedFields(f);
  delete rest.metric;
  return rest as Omit<CountedFields, "metric">;
}

export function figureToRow(f: FigureWithReport): ExportRow {
  return {
    chart: null,
    line: null,
    metric: f.metric,
    reported: formatValueLong(f),
    ...countedFieldsAfterMetric(f),
    outlet: f.report.outlet,
    published: f.report.published,
    reportUrl: f.report.url,
    reportId: f.report.id,
    review: f.review,
    reviewedAt: f.reviewedAt,
    note: f.note,
  };
}
