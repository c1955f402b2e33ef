/**
 * The `metadata.json` that goes with every download: what each metric and
 * column means, the conventions behind the numbers (hedges, vague words,
 * never adding up), which view the rows were selected by, which dataset they
 * came from, and how to cite them. Written so that a file found years later,
 * without the dashboard, can still be read correctly.
 */
import type { ChartData, ChartId } from "../charts";
import type { DatasetInfo } from "../data";
import {
  METRIC_LABELS,
  METRICS,
  QUALIFIER_LABELS,
  QUALIFIERS,
  WAR_START,
  type Metric,
  type Qualifier,
} from "../schema";
import { DATA_PARAMETERS, serializeViewState, type ViewParameter, type ViewState } from "../view-state";
import { COLUMN_HXL_TAGS, GENERIC_COUNT_TAG, METRIC_HXL_TAGS, metricsPresent, splitsByMetric } from "./hxl";
import { chartRows, EXPORT_COLUMNS, type ExportColumn } from "./rows";

/** The view parameters each kind of export is selected by. */
export const EXPORT_PARAMETERS = {
  figures: [...DATA_PARAMETERS, "sort", "dir"],
  chart: DATA_PARAMETERS,
} as const satisfies Record<string, readonly ViewParameter[]>;

export const METRIC_DEFINITIONS: Record<Metric, string> = {
  killed: "People the report says were killed or died, however it words it (killed, dead, death toll).",
  injured: "People the report says were wounded or injured.",
  killed_or_injured:
    'A casualty count the report does not split into dead and wounded ("killed and wounded", "casualties").',
  displaced:
    "People who left their homes, where the report does not say whether they stayed in Syria or crossed a border.",
  internally_displaced: "People driven from their homes who stayed inside Syria (internally displaced persons, IDPs).",
  refugees: "People who fled Syria into another country.",
};

export const QUALIFIER_DEFINITIONS: Record<Qualifier, string> = {
  exact: "The report gives the number without a hedge.",
  at_least: 'A floor: "at least", "more than", "over", and every vague word of magnitude.',
  approximately: '"About", "around", "nearly", "some", "an estimated".',
  at_most: 'A ceiling: "up to", "fewer than".',
};

/** The number a vague word stands for: its conventional floor, always with qualifier at_least. */
export const VAGUE_FLOORS = {
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  "several thousand": 3000,
  "tens of thousands": 20000,
  "hundreds of thousands": 200000,
  millions: 2000000,
} as const;

export const COLUMN_DEFINITIONS: Record<ExportColumn | "id", { type: string; description: string }> = {
  id: { type: "string", description: "The figure's identifier in the dataset (figure exports only)." },
  chart: {
    type: "string | null",
    description: "The chart the point is drawn on; empty for a figure exported from the dataset.",
  },
  line: {
    type: "string | null",
    description: "The chart line the point is drawn on (source · group); empty outside a chart.",
  },
  metric: { type: `one of ${METRICS.join(", ")}`, description: "What is counted; see `metrics`." },
  reported: {
    type: "string",
    description:
      'The number in the report\'s own terms, hedge and word included ("at least 7,500", "“hundreds” (read as at least 200)"): read it before `value`.',
  },
  value: {
    type: "integer > 0",
    description: 'The number as reported. For a range ("2,000 to 3,000") the lower end; for a vague word its floor.',
  },
  high: {
    type: "integer | null",
    description: "The upper end of a reported range; empty when the report gives one number.",
  },
  qualifier: { type: `one of ${QUALIFIERS.join(", ")}`, description: "The report's hedge; see `qualifiers`." },
  vague: { type: "boolean", description: "True when the report gave a word of magnitude, not a count; see `vague`." },
  periodStart: {
    type: "YYYY-MM-DD | null",
    description: `The first day the count covers: ${WAR_START} for a national running total, an offensive's start, or the day itself for a one-day toll. Empty when the report does not say.`,
  },
  periodEnd: { type: "YYYY-MM-DD", description: "The as-of day: the last day the count covers." },
  scope: { type: "national | local", description: "A count for the whole country, or for a place or an operation." },
  location: {
    type: "string | null",
    description: "The most specific place the count belongs to, as the report wrote it.",
  },
  group: {
    type: "string | null",
    description: "Who is counted when the report narrows it (civilians, children, fighters …).",
  },
  attributedTo: {
    type: "string | null",
    description: "Who gave the number (UN, UNHCR, SOHR, SANA …), normalised; empty when the report does not say.",
  },
  offensive: { type: "string | null", description: "The slug of the offensive the figure belongs to, if any." },
  outlet: {
    type: "string",
    description: 'The news outlet that published the report. Several joined by "; " when reports agreed on a point.',
  },
  published: { type: "YYYY-MM-DD", description: 'The report\'s publication day (joined by "; " like outlet).' },
  reportUrl: {
    type: "string | null",
    description: 'The report\'s address, when there is one (joined by "; " like outlet).',
  },
  reportId: { type: "string", description: 'The report\'s identifier in the dataset (joined by "; " like outlet).' },
  review: {
    type: "reviewed | machine",
    description: "Checked by a person, or read from the text by the extractor and not yet checked.",
  },
  reviewedAt: {
    type: "ISO date-time | null",
    description:
      'When an editor reviewed the figure in the app (joined by "; " like outlet). Empty for machine-extracted figures and for the reviewed record kept in data/, which was checked when its files were.',
  },
  note: { type: "string", description: "A short note in our own words on how the figure was read." },
};

const CONVENTIONS = [
  "Every number is one report's number, with that report's hedge. Figures are never added together: reports count different groups over different periods, and a one-day toll is not part of a running total.",
  "A range is stored as value (lower end) and high (upper end).",
  'A vague word of magnitude ("hundreds") is stored as its conventional floor with qualifier at_least and vague true; see `vague`.',
  'Only stocks are figures (how many, over a period). Rates ("hundreds cross every day"), populations and other numbers are not extracted.',
  "Figures marked review=machine were read by the extractor and not yet checked by a person; the view parameter machine=false leaves them out.",
];

const CSV_NOTES = [
  "RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes, CRLF line ends, UTF-8 without a byte-order mark.",
  "An empty cell means null; booleans are true/false.",
  "A text cell that would start with =, +, - or @ (after any leading spaces), a tab or a carriage return is prefixed with a single quote ' so spreadsheets do not run it as a formula. Remove that one quote to get the original text. value and high are always plain numbers.",
];

export interface ExportMetadata {
  title: string;
  description: string;
  dataset: { version: string; date: string | null; figureCount: number; reportCount: number };
  export: {
    kind: "figures" | "chart";
    chart: { id: ChartId; title: string; description: string } | null;
    rows: number;
    metricsPresent: Metric[];
    url: string;
    columns: { name: string; type: string; description: string; hxl: string | null }[];
  };
  filters: { view: Partial<ViewState>; query: string };
  metrics: { id: Metric; label: string; definition: string; hxl: string }[];
  qualifiers: { id: Qualifier; label: string; definition: string }[];
  vague: { description: string; floors: typeof VAGUE_FLOORS };
  conventions: string[];
  csv: string[];
  hxl: {
    description: string;
    valueColumn: string;
    /** The tag of each column of the hxl=1 CSV; `value` is null when it is split. */
    columns: Record<string, string | null>;
    /** When split: the sparse column of each metric present and its tag. */
    metricColumns: Partial<Record<Metric, string>>;
  };
  citation: { text: string; note: string; accessed: string };
}

export interface MetadataInput {
  view: ViewState;
  chart?: ChartData | null;
  info: DatasetInfo;
  /** The rows' count and metrics; for a chart they are read from the chart when not given. */
  rowCount?: number;
  metrics?: readonly Metric[];
  /** Origin the export's URL is built on (`https://example.org`); relative without it. */
  origin?: string;
  accessed?: Date;
}

/** The canonical query of a view for one kind of export (no leading `?`). */
export function exportQuery(view: ViewState, chartId: ChartId | null): string {
  const query = serializeViewState(view, chartId ? EXPORT_PARAMETERS.chart : EXPORT_PARAMETERS.figures).replace(
    /^\?/,
    "",
  );
  return chartId ? [`chart=${chartId}`, query].filter(Boolean).join("&") : query;
}

/** Where the CSV an export describes can be downloaded again. */
export function exportUrl(view: ViewState, chartId: ChartId | null, origin = ""): string {
  const query = exportQuery(view, chartId);
  return `${origin}/api/v1/${chartId ? "series" : "figures"}.csv${query ? `?${query}` : ""}`;
}

export function buildMetadata({
  view,
  chart = null,
  info,
  rowCount,
  metrics,
  origin,
  accessed = new Date(),
}: MetadataInput): ExportMetadata {
  const rows = chart && (rowCount === undefined || metrics === undefined) ? chartRows(chart) : null;
  const count = rowCount ?? rows?.length ?? 0;
  const present = metrics ? METRICS.filter((m) => metrics.includes(m)) : rows ? metricsPresent(rows) : [];
  const parameters = chart ? EXPORT_PARAMETERS.chart : EXPORT_PARAMETERS.figures;
  const filterView = Object.fromEntries(parameters.map((p) => [p, view[p]])) as Partial<ViewState>;
  const url = exportUrl(view, chart?.id ?? null, origin);
  const day = accessed.toISOString().slice(0, 10);
  const columnNames: (ExportColumn | "id")[] = chart ? [...EXPORT_COLUMNS] : ["id", ...EXPORT_COLUMNS];
  const [only] = present;
  const valueTag = splitsByMetric(present) ? null : only ? METRIC_HXL_TAGS[only] : GENERIC_COUNT_TAG;

  return {
    title: "Syria war toll: killed and displaced as reported by the press",
    description:
      "Numbers of people killed, injured and displaced in the Syrian war, each as one news report gave it, with the outlet, date, source and hedge it came with.",
    dataset: {
      version: info.version,
      date: info.latestPublished,
      figureCount: info.figureCount,
      reportCount: info.reportCount,
    },
    export: {
      kind: chart ? "chart" : "figures",
      chart: chart ? { id: chart.id, title: chart.title, description: chart.description } : null,
      rows: count,
      metricsPresent: present,
      url,
      columns: columnNames.map((name) => ({
        name,
        ...COLUMN_DEFINITIONS[name],
        hxl: name === "value" ? valueTag : COLUMN_HXL_TAGS[name],
      })),
    },
    filters: { view: filterView, query: exportQuery(view, chart?.id ?? null) },
    metrics: METRICS.map((id) => ({
      id,
      label: METRIC_LABELS[id],
      definition: METRIC_DEFINITIONS[id],
      hxl: METRIC_HXL_TAGS[id],
    })),
    qualifiers: QUALIFIERS.map((id) => ({ id, label: QUALIFIER_LABELS[id], definition: QUALIFIER_DEFINITIONS[id] })),
    vague: {
      description:
        "When a report gives a word of magnitude instead of a count, value holds the word's conventional floor, qualifier is at_least and vague is true.",
      floors: VAGUE_FLOORS,
    },
    conventions: CONVENTIONS,
    csv: CSV_NOTES,
    hxl: {
      description:
        "With hxl=1 the CSV has a row of HXL hashtags under the header. A column has one tag for all rows: when every row has the same metric, value is tagged with that metric's tag; when rows mix metrics, value is replaced by one sparse column per metric present, headed by the metric id (killed, refugees …), tagged with its metric's tag and filled only in rows of that metric. An export with no rows tags value #affected.",
      valueColumn: splitsByMetric(present)
        ? `split into ${present.join(", ")} (one sparse column per metric)`
        : `value, tagged ${valueTag ?? GENERIC_COUNT_TAG}`,
      columns: Object.fromEntries(
        columnNames.map((name) => [name, name === "value" ? valueTag : COLUMN_HXL_TAGS[name]]),
      ),
      metricColumns: splitsByMetric(present) ? Object.fromEntries(present.map((m) => [m, METRIC_HXL_TAGS[m]])) : {},
    },
    citation: {
      text: `Syria war toll dashboard, dataset version ${info.version}, accessed ${day}, ${url}`,
      note: "Cite the original report for each figure as well: its outlet, publication date and address are in the outlet, published and reportUrl columns.",
      accessed: day,
    },
  };
}
