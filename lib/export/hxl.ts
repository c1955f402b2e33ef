/**
 * HXL (Humanitarian Exchange Language) hashtags for our CSV exports, so the
 * files load straight into HDX, the HXL Proxy and other humanitarian tools.
 *
 * A hashtag names a whole column, but our `value` column holds whatever
 * metric each row has. So, with `hxl=1`:
 * - when every row has the same metric, `value` keeps its place and gets that
 *   metric's tag (`#affected+killed`, `#affected+refugees`, …);
 * - when the rows mix metrics, `value` is replaced by one sparse column per
 *   metric present, headed by the metric id (`killed`, `refugees`) and tagged
 *   with its tag; each row fills only the column of its own metric. Nothing
 *   is ever added up across rows or columns.
 * - an export with no rows keeps `value`, tagged with the bare `#affected`.
 *
 * Tags that describe the row rather than a count (`high`, `vague`, …) are
 * under `#meta` so a tool summing `#affected+killed` cannot pick them up.
 */
import { AppError } from "../errors";
import { METRICS, type Metric } from "../schema";
import type { CsvColumn } from "./csv";
import type { ExportColumn, ExportRow } from "./rows";

export const METRIC_HXL_TAGS: Record<Metric, string> = {
  killed: "#affected+killed",
  injured: "#affected+injured",
  killed_or_injured: "#affected+killed+injured",
  displaced: "#affected+displaced",
  internally_displaced: "#affected+idps",
  refugees: "#affected+refugees",
};

/** The tag of the count when an export holds no rows, and so no metric. */
export const GENERIC_COUNT_TAG = "#affected";

/** One tag per column; `value` is null because its tag depends on the rows (see above). */
export const COLUMN_HXL_TAGS: Record<ExportColumn | "id", string | null> = {
  id: "#meta+figure_id",
  chart: "#meta+chart",
  line: "#meta+series",
  metric: "#indicator+type",
  reported: "#meta+reported",
  value: null,
  high: "#meta+high",
  qualifier: "#status+qualifier",
  vague: "#meta+vague",
  periodStart: "#date+start",
  periodEnd: "#date+end",
  scope: "#meta+scope",
  location: "#loc+name",
  group: "#meta+group",
  attributedTo: "#meta+source",
  offensive: "#event+id",
  outlet: "#meta+outlet",
  published: "#date+reported",
  reportUrl: "#meta+url",
  reportId: "#meta+id",
  review: "#status+review",
  reviewedAt: "#date+reviewed",
  note: "#description",
};

/** A row reached an HXL export whose columns were laid out without its metric (the data changed mid-export). */
export class HxlLayoutError extends AppError {
  constructor(metric: Metric) {
    super("hxl_unexpected_metric", `a row has metric "${metric}", which the export's columns were not laid out for`);
  }
}

/** The metrics present in some rows, in the fixed METRICS order. */
export function metricsPresent(rows: Iterable<Pick<ExportRow, "metric">>): Metric[] {
  const seen = new Set<Metric>();
  for (const row of rows) seen.add(row.metric);
  return METRICS.filter((m) => seen.has(m));
}

/** Whether an export with these metrics gets one sparse count column per metric. */
export function splitsByMetric(metrics: readonly Metric[]): boolean {
  return metrics.length > 1;
}

/**
 * The columns of an HXL export: the plain export columns with their tags,
 * `value` tagged or split by metric as described at the top of this file.
 * `metrics` must list every metric the rows have; a row with another one
 * would lose its count, so it is refused.
 */
export function hxlColumns<R extends ExportRow>(
  columns: readonly CsvColumn<R>[],
  metrics: readonly Metric[],
): CsvColumn<R>[] {
  const tagged = columns.map((c) => ({ ...c, hxl: COLUMN_HXL_TAGS[c.header as ExportColumn | "id"] ?? undefined }));
  const valueAt = tagged.findIndex((c) => c.header === "value");
  const value = tagged[valueAt];
  if (!value) return tagged;
  const [only] = metrics;
  if (!splitsByMetric(metrics)) {
    tagged[valueAt] = { ...value, hxl: only ? METRIC_HXL_TAGS[only] : GENERIC_COUNT_TAG };
    return tagged;
  }
  const allowed = new Set(metrics);
  const split: CsvColumn<R>[] = metrics.map((metric) => ({
    header: metric,
    numeric: true,
    hxl: METRIC_HXL_TAGS[metric],
    value: (row: R) => {
      if (!allowed.has(row.metric)) throw new HxlLayoutError(row.metric);
      return row.metric === metric ? row.value : null;
    },
  }));
  return [...tagged.slice(0, valueAt), ...split, ...tagged.slice(valueAt + 1)];
}
