/**
 * Reads an API query: the view parameters through `parseViewState` (the same
 * parser the pages use), plus the API's own `format`, `hxl` and `chart`,
 * validated just as strictly with the zod schemas below. Any problem is a
 * 400 naming the parameter; nothing bad is silently dropped.
 */
import { z } from "zod";
import { CHART_IDS, type ChartId } from "../charts";
import {
  MAX_PARAMETER_LENGTH,
  parseViewState,
  serializeViewState,
  type ViewParameter,
  type ViewState,
} from "../view-state";
import { EXPORT_PARAMETERS } from "../export/metadata";
import { decodeCursor, MAX_PAGE_SIZE, type FigureSortKey } from "../figure-cursor";
import { InvalidParameterError, type ParameterProblem } from "./errors";

export const FORMATS = ["json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export const HXL_VALUES = ["1", "0", "true", "false"] as const;

/** The API-only parameters; each schema's message is the 400's message. */
export const apiParameterSchemas = {
  format: z.enum(FORMATS, { error: (issue) => `"format" must be json or csv; got "${String(issue.input)}"` }),
  hxl: z
    .enum(HXL_VALUES, { error: (issue) => `"hxl" must be 1 or 0 (or true/false); got "${String(issue.input)}"` })
    .transform((v) => v === "1" || v === "true"),
  chart: z.enum(CHART_IDS, {
    error: (issue) => `"chart" must be one of ${CHART_IDS.join(", ")}; got "${String(issue.input)}"`,
  }),
  limit: z
    .string()
    .regex(/^[1-9]\d{0,3}$/, `"limit" must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .transform(Number)
    .refine((n) => n <= MAX_PAGE_SIZE, `"limit" must be a whole number from 1 to ${MAX_PAGE_SIZE}`),
  after: z.string().regex(/^[A-Za-z0-9_-]+$/, `"after" must be the cursor of a previous page's "next" link`),
};
type ApiParameter = keyof typeof apiParameterSchemas;

/** The view parameters of each endpoint: those that change which rows it answers with. */
export const ENDPOINT_PARAMETERS = {
  figures: EXPORT_PARAMETERS.figures,
  series: EXPORT_PARAMETERS.chart,
  /** An offensive's or a report's figures: the figures view less the offensive, which the path fixes. */
  detail: ["metrics", "sources", "from", "to", "machine", "sort", "dir"],
  list: [],
} as const satisfies Record<string, readonly ViewParameter[]>;

export interface QuerySpec {
  /** The view parameters the endpoint takes; may depend on the chart asked for. */
  view: readonly ViewParameter[] | ((chart: ChartId | null) => readonly ViewParameter[]);
  /** Takes `format` and `hxl` (endpoints that can answer CSV). */
  formats?: boolean;
  chart?: "required" | "optional";
  /** Answers a list of figures in pages: takes `limit` and `after` (JSON only; CSV holds every row). */
  paged?: boolean;
}

export interface ApiQuery {
  view: ViewState;
  /** The parameters the view was read with. */
  viewParameters: readonly ViewParameter[];
  /** The canonical query of the view (no leading `?`): one view, one string. */
  viewQuery: string;
  format: Format;
  hxl: boolean;
  chart: ChartId | null;
  /** The page asked for, on paged endpoints: its size, and the key it starts after (null: the first page). */
  page: { limit: number; after: FigureSortKey | null } | null;
}

function apiParametersOf(spec: QuerySpec): ApiParameter[] {
  return [
    ...(spec.formats ? (["format", "hxl"] as const) : []),
    ...(spec.chart ? (["chart"] as const) : []),
    ...(spec.paged ? (["limit", "after"] as const) : []),
  ];
}

/** A single value of an API-only parameter, or the problem with it. */
function readApiParameter<K extends ApiParameter>(
  name: K,
  values: string[],
): { value: z.output<(typeof apiParameterSchemas)[K]> | null; problem: ParameterProblem | null } {
  if (values.length > 1) {
    return {
      value: null,
      problem: { parameter: name, message: `"${name}" is given ${values.length} times; give it once` },
    };
  }
  const raw = values[0] ?? "";
  if (raw === "") return { value: null, problem: null };
  if (raw.length > MAX_PARAMETER_LENGTH) {
    return {
      value: null,
      problem: { parameter: name, message: `"${name}" is longer than ${MAX_PARAMETER_LENGTH} characters` },
    };
  }
  const parsed = apiParameterSchemas[name].safeParse(raw);
  if (!parsed.success) {
    return {
      value: null,
      problem: { parameter: name, message: parsed.error.issues[0]?.message ?? `"${name}" is not valid` },
    };
  }
  return { value: parsed.data as z.output<(typeof apiParameterSchemas)[K]>, problem: null };
}

/**
 * Parses a query for one endpoint. `suffixFormat` is the format its path asks
 * for (`figures.csv` → csv), which a `format` parameter may repeat but not
 * contradict. Throws InvalidParameterError listing every problem, the first
 * in the order the query gave them.
 */
export function parseApiQuery(params: URLSearchParams, spec: QuerySpec, suffixFormat: Format | null = null): ApiQuery {
  const own = apiParametersOf(spec);
  const ownValues = new Map<ApiParameter, string[]>();
  const viewParams = new URLSearchParams();
  for (const [key, value] of params) {
    const name = own.find((p) => p === key);
    if (name) ownValues.set(name, [...(ownValues.get(name) ?? []), value]);
    else viewParams.append(key, value);
  }

  const problems: ParameterProblem[] = [];
  const read = <K extends ApiParameter>(name: K) => {
    const { value, problem } = readApiParameter(name, ownValues.get(name) ?? []);
    if (problem) problems.push(problem);
    return value;
  };
  const format = own.includes("format") ? read("format") : null;
  const hxl = own.includes("hxl") ? read("hxl") : null;
  const chart = own.includes("chart") ? read("chart") : null;

  const viewParameters = typeof spec.view === "function" ? spec.view(chart) : spec.view;
  const { state, errors } = parseViewState(viewParams, viewParameters);
  problems.push(...errors);

  if (spec.chart === "required" && chart === null && !problems.some((p) => p.parameter === "chart")) {
    problems.push({ parameter: "chart", message: `"chart" is required: one of ${CHART_IDS.join(", ")}` });
  }
  if (suffixFormat && format && format !== suffixFormat) {
    problems.push({ parameter: "format", message: `"format" is ${format} but the path asks for ${suffixFormat}` });
  }
  const resolved: Format = format ?? suffixFormat ?? "json";
  if (hxl && resolved !== "csv") {
    problems.push({ parameter: "hxl", message: `"hxl" applies to CSV only; add format=csv or use the .csv path` });
  }
  const limit = own.includes("limit") ? read("limit") : null;
  const cursor = own.includes("after") ? read("after") : null;
  let after: FigureSortKey | null = null;
  for (const [name, given] of [
    ["limit", limit],
    ["after", cursor],
  ] as const) {
    if (given !== null && resolved === "csv") {
      problems.push({ parameter: name, message: `"${name}" applies to JSON only: the CSV holds every row` });
    }
  }
  if (cursor !== null && resolved === "json") {
    after = decodeCursor(cursor, state.sort);
    if (!after) {
      problems.push({ parameter: "after", message: `"after" is not a cursor of this list's order; follow "next"` });
    }
  }

  const [first, ...rest] = sortByPosition(problems, params);
  if (first) throw new InvalidParameterError([first, ...rest]);

  return {
    view: state,
    viewParameters,
    viewQuery: serializeViewState(state, viewParameters).replace(/^\?/, ""),
    format: resolved,
    hxl: hxl ?? false,
    chart,
    page: spec.paged && resolved === "json" ? { limit: limit ?? MAX_PAGE_SIZE, after } : null,
  };
}

/** Problems in the order their parameters first appear in the query; ones about absent parameters last. */
function sortByPosition(problems: ParameterProblem[], params: URLSearchParams): ParameterProblem[] {
  const keys = [...params.keys()];
  const position = (p: ParameterProblem) => {
    const at = keys.indexOf(p.parameter);
    return at === -1 ? keys.length : at;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => position(a.p) - position(b.p) || a.i - b.i)
    .map(({ p }) => p);
}
