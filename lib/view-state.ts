/**
 * The parameters of a view: what the URL of a page, the query of an API call
 * and the state of the client controls all mean. One module owns their names,
 * defaults and parsers (nuqs), so a permalink, an API query and a download
 * describe the same view in the same words.
 */
import { createParser, createSerializer, parseAsStringLiteral } from "nuqs/server";
import { formatDate } from "./format";
import { isIsoDate, METRICS, type Metric } from "./vocabulary";

export const SCALES = ["linear", "log"] as const;
export type Scale = (typeof SCALES)[number];

export const TABS = ["chart", "table"] as const;
export type Tab = (typeof TABS)[number];

export const SORT_COLUMNS = ["asOf", "metric", "value", "source", "offensive", "published"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** How the list of reports can be ordered. */
export const REPORT_ORDERS = ["published", "outlet", "figures"] as const;
export type ReportOrder = (typeof REPORT_ORDERS)[number];

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** The longest value any parameter may have; anything longer is refused, not truncated. */
export const MAX_PARAMETER_LENGTH = 500;

function parseAsList<T extends string>(isValid: (s: string) => s is T) {
  return createParser<T[]>({
    parse(raw) {
      const items = raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (items.length === 0 || !items.every(isValid)) return null;
      return [...new Set(items)];
    },
    serialize: (items) => items.join(","),
    eq: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  });
}

const isMetric = (s: string): s is Metric => (METRICS as readonly string[]).includes(s);
const isSourceName = (s: string): s is string => /^[\p{L}\p{N} .'’&()-]{1,60}$/u.test(s);

const parseAsIsoDay = createParser<string>({
  parse: (raw) => (isIsoDate(raw) ? raw : null),
  serialize: (day) => day,
});

/** Only "true" and "false": nuqs's own boolean reads any other word as false. */
const parseAsStrictBoolean = createParser<boolean>({
  parse: (raw) => (raw === "true" ? true : raw === "false" ? false : null),
  serialize: (b) => String(b),
});

/** A page of a long list: a whole number from 1. */
const parseAsPage = createParser<number>({
  parse: (raw) => (/^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null),
  serialize: (n) => String(n),
});

/** Where a keyset page starts or ends: a cursor as the list wrote it (lib/figure-cursor.ts reads it). */
const parseAsCursor = createParser<string>({
  parse: (raw) => (/^[A-Za-z0-9_-]{1,600}$/.test(raw) ? raw : null),
  serialize: (s) => s,
});

/** Lower-case words joined by hyphens: offensive slugs and chart ids. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Per-chart choices, "deaths:linear,displacement:log": each chart's own value, overriding the view-wide one. */
function parseAsChartChoices<T extends string>(values: readonly T[]) {
  return createParser<Record<string, T>>({
    parse(raw) {
      const out: Record<string, T> = {};
      for (const pair of raw.split(",")) {
        const [chart, value] = pair.split(":");
        if (!chart || !SLUG.test(chart) || !values.includes(value as T)) return null;
        out[chart] = value as T;
      }
      return out;
    },
    serialize: (choices) =>
      Object.keys(choices)
        .sort()
        .map((chart) => `${chart}:${choices[chart]}`)
        .join(","),
    eq: (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort()),
  });
}

const parseAsSlug = createParser<string>({
  parse: (raw) => (SLUG.test(raw) && raw.length <= 80 ? raw : null),
  serialize: (slug) => slug,
});

/** Every view parameter with its default. Order here is the order in a canonical link. */
export const viewParsers = {
  metrics: parseAsList(isMetric).withDefault([]),
  sources: parseAsList(isSourceName).withDefault([]),
  offensive: parseAsSlug,
  from: parseAsIsoDay,
  to: parseAsIsoDay,
  scale: parseAsStringLiteral(SCALES).withDefault("log"),
  tab: parseAsStringLiteral(TABS).withDefault("chart"),
  scales: parseAsChartChoices(SCALES).withDefault({}),
  tabs: parseAsChartChoices(TABS).withDefault({}),
  machine: parseAsStrictBoolean.withDefault(true),
  sort: parseAsStringLiteral(SORT_COLUMNS).withDefault("asOf"),
  dir: parseAsStringLiteral(SORT_DIRECTIONS).withDefault("asc"),
  order: parseAsStringLiteral(REPORT_ORDERS).withDefault("published"),
  q: createParser<string>({ parse: (raw) => raw.trim() || null, serialize: (s) => s }),
  page: parseAsPage.withDefault(1),
  after: parseAsCursor,
  before: parseAsCursor,
};

export type ViewParameter = keyof typeof viewParsers;

export interface ViewState {
  metrics: Metric[];
  sources: string[];
  offensive: string | null;
  from: string | null;
  to: string | null;
  /** The view-wide scale and tab (an embed's, and every chart's unless it has its own). */
  scale: Scale;
  tab: Tab;
  /** A chart's own scale and tab, by chart id: a Linear or Table click changes only that chart. */
  scales: Record<string, Scale>;
  tabs: Record<string, Tab>;
  machine: boolean;
  sort: SortColumn;
  dir: SortDirection;
  order: ReportOrder;
  /** Words to search for in a list (reports: outlet and headline). */
  q: string | null;
  page: number;
  /** A keyset page of figures: the rows after, or before, a cursor. */
  after: string | null;
  before: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  metrics: [],
  sources: [],
  offensive: null,
  from: null,
  to: null,
  scale: "log",
  tab: "chart",
  scales: {},
  tabs: {},
  machine: true,
  sort: "asOf",
  dir: "asc",
  order: "published",
  q: null,
  page: 1,
  after: null,
  before: null,
};

const EXPECTED: Record<ViewParameter, string> = {
  metrics: `a comma-separated list of ${METRICS.join(", ")}`,
  sources: "a comma-separated list of source names (UN, SOHR, unattributed …)",
  offensive: "an offensive's slug",
  from: "a date as YYYY-MM-DD",
  to: "a date as YYYY-MM-DD",
  scale: SCALES.join(" or "),
  tab: TABS.join(" or "),
  scales: `chart:scale pairs, e.g. "deaths:linear,displacement:log" (${SCALES.join(" or ")})`,
  tabs: `chart:tab pairs, e.g. "deaths:table" (${TABS.join(" or ")})`,
  machine: "true or false",
  sort: SORT_COLUMNS.join(", "),
  dir: SORT_DIRECTIONS.join(" or "),
  order: REPORT_ORDERS.join(", "),
  q: "words to search for",
  page: "a page number from 1",
  after: "the cursor of a Next link",
  before: "the cursor of a Previous link",
};

/** Rows a long list shows per page. */
export const PAGE_SIZE = 100;

export interface ViewParameterError {
  parameter: string;
  message: string;
}

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function entries(raw: RawSearchParams): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (raw instanceof URLSearchParams) {
    for (const [k, v] of raw) out.set(k, [...(out.get(k) ?? []), v]);
  } else {
    for (const [k, v] of Object.entries(raw)) {
      if (v !== undefined) out.set(k, Array.isArray(v) ? v : [v]);
    }
  }
  return out;
}

/**
 * Reads a view from search parameters. Each bad value is reported with the
 * parameter it came in and replaced by the default, so a page can show a
 * notice and the API can answer 400 naming it. `allowed` limits which
 * parameters this view takes; others are reported as unknown.
 */
export function parseViewState(
  raw: RawSearchParams,
  allowed: readonly string[] = Object.keys(viewParsers),
): { state: ViewState; errors: ViewParameterError[] } {
  const state: ViewState = { ...DEFAULT_VIEW, metrics: [], sources: [] };
  const errors: ViewParameterError[] = [];
  for (const [key, values] of entries(raw)) {
    if (!(key in viewParsers) || !allowed.includes(key)) {
      errors.push({ parameter: key, message: `unknown parameter "${key}"` });
      continue;
    }
    const name = key as ViewParameter;
    if (values.length > 1) {
      errors.push({ parameter: name, message: `"${name}" is given ${values.length} times; give it once` });
      continue;
    }
    const value = values[0] ?? "";
    // An empty field of a GET form means "not set", as if it were absent.
    if (value === "") continue;
    if (value.length > MAX_PARAMETER_LENGTH) {
      errors.push({ parameter: name, message: `"${name}" is longer than ${MAX_PARAMETER_LENGTH} characters` });
      continue;
    }
    const parsed = viewParsers[name].parse(value);
    if (parsed === null) {
      errors.push({ parameter: name, message: `"${name}" must be ${EXPECTED[name]}; got "${value}"` });
      continue;
    }
    (state as unknown as Record<string, unknown>)[name] = parsed;
  }
  if (state.from && state.to && state.from > state.to) {
    errors.push({ parameter: "from", message: `"from" (${state.from}) is after "to" (${state.to})` });
    state.from = null;
    state.to = null;
  }
  return { state, errors };
}

/** True when a query holds an empty field (a GET form's unset control): the page should redirect to its canonical link. */
export function hasEmptyParameters(raw: RawSearchParams): boolean {
  return [...entries(raw).values()].some((values) => values.some((v) => v === ""));
}

const serialize = createSerializer(viewParsers, { clearOnDefault: true });

/**
 * The canonical query string of a view: parameters at their default are left
 * out and the order is fixed, so one view has exactly one link.
 */
export function serializeViewState(state: Partial<ViewState>, allowed?: readonly ViewParameter[]): string {
  const picked = allowed
    ? Object.fromEntries(Object.entries(state).filter(([k]) => allowed.includes(k as ViewParameter)))
    : state;
  return serialize(picked);
}

/** The parameters that change which figures a view holds (the rest only change how they are shown). */
export const DATA_PARAMETERS = [
  "metrics",
  "sources",
  "offensive",
  "from",
  "to",
  "machine",
] as const satisfies readonly ViewParameter[];

/** The parameters that only change how charts are shown: an offensive's page takes these alone. */
export const DISPLAY_PARAMETERS = ["scale", "tab", "scales", "tabs"] as const satisfies readonly ViewParameter[];

/** The parameters of the overview and embed pages. */
export const CHART_VIEW_PARAMETERS = [
  ...DATA_PARAMETERS,
  ...DISPLAY_PARAMETERS,
] as const satisfies readonly ViewParameter[];

/** One chart's scale and tab in a view: its own choice, else the view-wide one. */
export function chartState(view: Pick<ViewState, "scale" | "tab" | "scales" | "tabs">, chart: string) {
  return { scale: view.scales[chart] ?? view.scale, tab: view.tabs[chart] ?? view.tab };
}

/**
 * The view after one chart's scale or tab changes: only that chart's entry
 * moves, and an entry equal to the view-wide value is dropped, so a view has
 * one canonical link.
 */
export function withChartChoice(
  view: Pick<ViewState, "scale" | "tab" | "scales" | "tabs">,
  chart: string,
  choice: { scale?: Scale; tab?: Tab },
): Pick<ViewState, "scales" | "tabs"> {
  const scales = { ...view.scales };
  const tabs = { ...view.tabs };
  if (choice.scale) {
    if (choice.scale === view.scale) delete scales[chart];
    else scales[chart] = choice.scale;
  }
  if (choice.tab) {
    if (choice.tab === view.tab) delete tabs[chart];
    else tabs[chart] = choice.tab;
  }
  return { scales, tabs };
}

/** An embed shows one chart: its own scale and tab become the embed's view-wide ones. */
export function embedView(view: ViewState, chart: string): ViewState {
  return { ...view, ...chartState(view, chart), scales: {}, tabs: {} };
}

/** The API address of one chart's data for a view: what the client refreshes from and the downloads link to. */
export function chartDataUrl(
  chart: string,
  state: Partial<ViewState>,
  extra: Record<string, string> = {},
  csv = false,
): string {
  const query = new URLSearchParams({ chart, ...extra });
  for (const [k, v] of new URLSearchParams(serializeViewState(state, DATA_PARAMETERS))) query.append(k, v);
  return `/api/v1/series${csv ? ".csv" : ""}?${query.toString()}`;
}

const METRIC_WORDS: Record<Metric, string> = {
  killed: "killed",
  injured: "injured",
  killed_or_injured: "killed or injured",
  displaced: "displaced",
  internally_displaced: "internally displaced",
  refugees: "refugees",
};

/** A title for a view, in words: what a shared link opens. */
export function describeView(state: ViewState, offensiveName: string | null = null): string {
  const what = state.metrics.length > 0 ? state.metrics.map((m) => METRIC_WORDS[m]).join(", ") : "Killed and displaced";
  const parts = [`${what.charAt(0).toUpperCase()}${what.slice(1)} in the Syrian war`];
  if (offensiveName) parts.push(`around the ${offensiveName}`);
  if (state.from && state.to) parts.push(`from ${formatDate(state.from)} to ${formatDate(state.to)}`);
  else if (state.from) parts.push(`since ${formatDate(state.from)}`);
  else if (state.to) parts.push(`up to ${formatDate(state.to)}`);
  else if (!offensiveName) parts[0] += ", 2011–2022";
  if (state.sources.length > 0) parts.push(`according to ${state.sources.join(", ")}`);
  if (!state.machine) parts.push("(reviewed figures only)");
  return parts.join(" ");
}
