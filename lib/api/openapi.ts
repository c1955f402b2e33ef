/**
 * The OpenAPI 3.1 description of /api/v1, built from the same constants the
 * parsers use (metrics, chart ids, sort columns, parameter lists), so the
 * document cannot drift from what the API accepts.
 */
import { CHART_IDS } from "../charts";
import { EXPORT_COLUMNS } from "../export/rows";
import { MAX_PAGE_SIZE } from "../figure-cursor";
import { METRICS, QUALIFIERS, REVIEWS, SCOPES } from "../schema";
import { MAX_DRAWN_POINTS } from "../series";
import { MAX_PARAMETER_LENGTH, SORT_COLUMNS, SORT_DIRECTIONS, type ViewParameter } from "../view-state";
import { ENDPOINT_PARAMETERS, FORMATS, HXL_VALUES } from "./query";

/** The part of JSON Schema 2020-12 this document uses. */
export interface JsonSchema {
  type?:
    | "string"
    | "integer"
    | "number"
    | "boolean"
    | "object"
    | "array"
    | "null"
    | ("string" | "integer" | "boolean" | "null")[];
  enum?: readonly (string | number | boolean | null)[];
  pattern?: string;
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  oneOf?: JsonSchema[];
  $ref?: string;
  description?: string;
}

export interface OpenApiParameter {
  name: string;
  in: "query" | "path";
  required?: boolean;
  description: string;
  schema: JsonSchema;
  style?: "form" | "simple";
  explode?: boolean;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, { schema: JsonSchema }>;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters: (OpenApiParameter | { $ref: string })[];
  responses: Record<string, OpenApiResponse | { $ref: string }>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  paths: Record<string, { get: OpenApiOperation }>;
  components: {
    parameters: Record<string, OpenApiParameter>;
    schemas: Record<string, JsonSchema>;
    responses: Record<string, OpenApiResponse>;
  };
}

const ref = (kind: "parameters" | "schemas" | "responses", name: string) => ({ $ref: `#/components/${kind}/${name}` });
const limited = (schema: JsonSchema): JsonSchema => ({ maxLength: MAX_PARAMETER_LENGTH, ...schema });
const DATE = { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } as const satisfies JsonSchema;
const SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

const VIEW_PARAMETERS: Partial<Record<ViewParameter, OpenApiParameter>> = {
  metrics: {
    name: "metrics",
    in: "query",
    description: "Only these metrics, comma-separated. Default: all.",
    style: "form",
    explode: false,
    schema: { type: "array", items: { type: "string", enum: METRICS } },
  },
  sources: {
    name: "sources",
    in: "query",
    description:
      "Only figures given by these sources (attributedTo), comma-separated; `unattributed` selects figures with none.",
    style: "form",
    explode: false,
    schema: { type: "array", items: { type: "string", pattern: "^[\\p{L}\\p{N} .'’&()-]{1,60}$" } },
  },
  offensive: {
    name: "offensive",
    in: "query",
    description:
      "An offensive's slug. For figures and metadata: only its figures. For a series: the chart zooms to the offensive's period (15 days either side) and holds the figures whose as-of day falls in it. Unknown → 404.",
    schema: { type: "string", pattern: SLUG_PATTERN, maxLength: 80 },
  },
  from: {
    name: "from",
    in: "query",
    description: "Only figures as of this day or later (periodEnd). Must not be after `to`.",
    schema: DATE,
  },
  to: { name: "to", in: "query", description: "Only figures as of this day or earlier (periodEnd).", schema: DATE },
  machine: {
    name: "machine",
    in: "query",
    description: "Include figures read by the extractor and not yet reviewed. Default true.",
    schema: { type: "string", enum: ["true", "false"] },
  },
  sort: {
    name: "sort",
    in: "query",
    description: "Sort column. Default asOf.",
    schema: { type: "string", enum: SORT_COLUMNS },
  },
  dir: {
    name: "dir",
    in: "query",
    description: "Sort direction. Default asc.",
    schema: { type: "string", enum: SORT_DIRECTIONS },
  },
};

const API_PARAMETERS: Record<"format" | "hxl" | "chart" | "chartOptional" | "limit" | "after", OpenApiParameter> = {
  limit: {
    name: "limit",
    in: "query",
    description: `JSON only: at most this many figures in the page (1 to ${MAX_PAGE_SIZE}, default ${MAX_PAGE_SIZE}). The CSV holds every row.`,
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE },
  },
  after: {
    name: "after",
    in: "query",
    description:
      "JSON only: the cursor that starts the next page. Take it from the previous page's `next` link; it fits only the order (sort, dir) it was written for.",
    schema: { type: "string", pattern: "^[A-Za-z0-9_-]+$" },
  },
  format: {
    name: "format",
    in: "query",
    description: "json (default) or csv. On a `.csv` path it may only say csv.",
    schema: { type: "string", enum: FORMATS },
  },
  hxl: {
    name: "hxl",
    in: "query",
    description:
      "CSV only: add a row of HXL hashtags under the header. When rows mix metrics, `value` is replaced by one sparse column per metric present (see metadata.json).",
    schema: { type: "string", enum: HXL_VALUES },
  },
  chart: {
    name: "chart",
    in: "query",
    required: true,
    description: "Which chart's plotted points.",
    schema: { type: "string", enum: CHART_IDS },
  },
  chartOptional: {
    name: "chart",
    in: "query",
    description: "Describe this chart's export instead of the figures export (then sort and dir are not accepted).",
    schema: { type: "string", enum: CHART_IDS },
  },
};

function parameterRefs(names: readonly ViewParameter[]): { $ref: string }[] {
  return names.map((n) => ref("parameters", n));
}

const FIGURE_VIEW = ENDPOINT_PARAMETERS.figures;
const SERIES_VIEW = ENDPOINT_PARAMETERS.series;
const DETAIL_VIEW = ENDPOINT_PARAMETERS.detail;

const ERRORS = {
  "400": ref("responses", "BadRequest"),
  "500": ref("responses", "InternalError"),
};

function ok(description: string, json: JsonSchema | null, csv: boolean): OpenApiResponse {
  const content: Record<string, { schema: JsonSchema }> = {};
  if (json) content["application/json"] = { schema: json };
  if (csv) content["text/csv"] = { schema: { type: "string", description: "RFC 4180 CSV, UTF-8, CRLF." } };
  return {
    description,
    headers: {
      ETag: { description: "Strong validator; send it back in If-None-Match.", schema: { type: "string" } },
      "Cache-Control": { description: "public, max-age=0, must-revalidate", schema: { type: "string" } },
      ...(csv
        ? {
            "Content-Disposition": {
              description: 'attachment; filename="syria-toll-….csv"',
              schema: { type: "string" },
            },
          }
        : {}),
    },
    content,
  };
}

function get(
  operationId: string,
  summary: string,
  parameters: OpenApiOperation["parameters"],
  success: OpenApiResponse,
  options: { notFound?: boolean; description?: string } = {},
): { get: OpenApiOperation } {
  return {
    get: {
      operationId,
      summary,
      ...(options.description ? { description: options.description } : {}),
      tags: ["v1"],
      parameters,
      responses: {
        "200": success,
        "304": ref("responses", "NotModified"),
        ...ERRORS,
        ...(options.notFound ? { "404": ref("responses", "NotFound") } : {}),
      },
    },
  };
}

const listOf = (item: JsonSchema, extra: Record<string, JsonSchema> = {}): JsonSchema => ({
  type: "object",
  required: ["count", "data", ...Object.keys(extra)],
  properties: { ...extra, count: { type: "integer", minimum: 0 }, data: { type: "array", items: item } },
});
const VIEW_FIELD: JsonSchema = {
  type: "string",
  description: "The canonical query of the view applied (no leading ?).",
};
const NEXT_FIELD: JsonSchema = {
  type: ["string", "null"],
  description:
    "The address of the next page (same view and limit, with `after`), or null on the last page. `count` is every figure the view selects.",
};
const figuresBody = (extra: Record<string, JsonSchema> = {}) =>
  listOf(ref("schemas", "FigureRow"), { view: VIEW_FIELD, ...extra, next: NEXT_FIELD });

export function buildOpenApi(): OpenApiDocument {
  const formatParameters = [ref("parameters", "format"), ref("parameters", "hxl")];
  const pageParameters = [ref("parameters", "limit"), ref("parameters", "after")];
  const slug: OpenApiParameter = {
    name: "slug",
    in: "path",
    required: true,
    description: "The offensive's slug.",
    schema: { type: "string", pattern: SLUG_PATTERN },
  };
  const id: OpenApiParameter = {
    name: "id",
    in: "path",
    required: true,
    description: "The report's id.",
    schema: { type: "string", pattern: SLUG_PATTERN },
  };
  const figuresOp = (operationId: string, csvOnly: boolean) =>
    get(
      operationId,
      csvOnly ? "All figures matching the view, as CSV (streamed)" : "The figures matching the view, a page at a time",
      [...parameterRefs(FIGURE_VIEW), ...formatParameters, ...(csvOnly ? [] : pageParameters)],
      ok("The figures, each with its report.", csvOnly ? null : figuresBody(), true),
      { notFound: true },
    );
  const seriesOp = (operationId: string, csvOnly: boolean) =>
    get(
      operationId,
      "The points one chart plots for the view",
      [ref("parameters", "chart"), ...parameterRefs(SERIES_VIEW), ...formatParameters],
      ok(
        `JSON: the chart as drawn (a line with more than ${MAX_DRAWN_POINTS} points keeps each span's lowest and highest, and pointsLeftOut counts the others); CSV: one row per point, every one.`,
        csvOnly
          ? null
          : {
              type: "object",
              required: ["view", "chart"],
              properties: { view: VIEW_FIELD, chart: ref("schemas", "ChartData") },
            },
        true,
      ),
      { notFound: true },
    );

  return {
    openapi: "3.1.0",
    info: {
      title: "Syria war toll API",
      version: "1",
      description:
        "Figures of people killed, injured and displaced in the Syrian war, each as a news report gave it, with its provenance. Views take the same parameters as the dashboard's pages. Errors are JSON { error, parameter }.",
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/v1/figures": figuresOp("listFigures", false),
      "/api/v1/figures.csv": figuresOp("downloadFigures", true),
      "/api/v1/series": seriesOp("getSeries", false),
      "/api/v1/series.csv": seriesOp("downloadSeries", true),
      "/api/v1/offensives": get(
        "listOffensives",
        "Every offensive",
        formatParameters,
        ok("The offensives.", listOf(ref("schemas", "Offensive")), true),
      ),
      "/api/v1/offensives.csv": get(
        "downloadOffensives",
        "Every offensive, as CSV",
        formatParameters,
        ok("The offensives.", null, true),
      ),
      "/api/v1/offensives/{slug}": get(
        "getOffensive",
        "One offensive and its figures (add .csv to the slug for CSV)",
        [slug, ...parameterRefs(DETAIL_VIEW), ...formatParameters, ...pageParameters],
        ok("The offensive and its figures.", figuresBody({ offensive: ref("schemas", "Offensive") }), true),
        { notFound: true },
      ),
      "/api/v1/offensives/{slug}/series": get(
        "getOffensiveSeries",
        "One offensive's charts as its page draws them, one series per metric, each point with its reports",
        [slug],
        ok(
          "The series (a crowded line is drawn as for /api/v1/series).",
          {
            type: "object",
            required: ["offensive", "range", "series"],
            properties: {
              offensive: { type: "string" },
              range: { type: "array", items: { type: "string", format: "date" } },
              series: { type: "array", items: { type: "object", additionalProperties: true } },
            },
          },
          false,
        ),
        { notFound: true },
      ),
      "/api/v1/reports": get(
        "listReports",
        "Every report",
        formatParameters,
        ok("The reports with how many figures each gave.", listOf(ref("schemas", "ReportSummary")), true),
      ),
      "/api/v1/reports.csv": get(
        "downloadReports",
        "Every report, as CSV",
        formatParameters,
        ok("The reports.", null, true),
      ),
      "/api/v1/reports/{id}": get(
        "getReport",
        "One report and its figures (add .csv to the id for CSV)",
        [id, ...parameterRefs(DETAIL_VIEW), ...formatParameters, ...pageParameters],
        ok("The report and its figures.", figuresBody({ report: ref("schemas", "Report") }), true),
        { notFound: true },
      ),
      "/api/v1/metadata.json": get(
        "getMetadata",
        "The metadata.json of an export: definitions, conventions, filters, dataset version, citation",
        [ref("parameters", "chartOptional"), ...parameterRefs(FIGURE_VIEW)],
        ok("The metadata document.", { type: "object", additionalProperties: true }, false),
        { notFound: true },
      ),
      "/api/v1/openapi.json": get(
        "getOpenApi",
        "This document",
        [],
        ok("OpenAPI 3.1.", { type: "object", additionalProperties: true }, false),
      ),
    },
    components: {
      parameters: {
        ...Object.fromEntries(
          Object.entries(VIEW_PARAMETERS).map(([k, p]) => [
            k,
            { ...p, schema: p.schema.type === "array" ? p.schema : limited(p.schema) },
          ]),
        ),
        ...API_PARAMETERS,
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: { type: "string", description: "What is wrong, naming the parameter." },
            parameter: {
              type: "string",
              description: "The parameter (or path part: slug, id, path) at fault. Absent on a 500.",
            },
            errors: {
              type: "array",
              items: {
                type: "object",
                required: ["parameter", "message"],
                properties: { parameter: { type: "string" }, message: { type: "string" } },
              },
            },
          },
        },
        ExportRow: {
          type: "object",
          required: [...EXPORT_COLUMNS],
          properties: {
            chart: { type: ["string", "null"] },
            line: { type: ["string", "null"] },
            metric: { type: "string", enum: METRICS },
            value: { type: "integer", minimum: 1 },
            high: { type: ["integer", "null"] },
            qualifier: { type: "string", enum: QUALIFIERS },
            vague: { type: "boolean" },
            periodStart: { type: ["string", "null"], format: "date" },
            periodEnd: { type: "string", format: "date" },
            scope: { type: "string", enum: SCOPES },
            location: { type: ["string", "null"] },
            group: { type: ["string", "null"] },
            attributedTo: { type: ["string", "null"] },
            offensive: { type: ["string", "null"] },
            outlet: { type: "string" },
            published: { type: "string" },
            reportUrl: { type: ["string", "null"] },
            reportId: { type: "string" },
            review: { type: "string", enum: REVIEWS },
            note: { type: "string" },
          },
        },
        FigureRow: {
          description: "An ExportRow with the figure's id.",
          type: "object",
          required: ["id"],
          properties: { id: { type: "string" } },
          additionalProperties: true,
        },
        ChartData: {
          type: "object",
          required: ["kind", "id", "title"],
          additionalProperties: true,
          description: "A trend (lines of points) or a breakdown (rows per offensive).",
        },
        Offensive: {
          type: "object",
          required: ["slug", "name", "side", "start", "end", "area", "places", "description"],
          properties: {
            slug: { type: "string" },
            name: { type: "string" },
            side: { type: "string" },
            start: { type: "string", format: "date" },
            end: { type: ["string", "null"], format: "date" },
            area: { type: "string" },
            places: { type: "array", items: { type: "string" } },
            description: { type: "string" },
          },
        },
        Report: {
          type: "object",
          required: ["id", "outlet", "headline", "published", "url", "language"],
          properties: {
            id: { type: "string" },
            outlet: { type: "string" },
            headline: { type: "string" },
            published: { type: "string", format: "date" },
            url: { type: ["string", "null"] },
            language: { type: "string" },
          },
        },
        ReportSummary: {
          description: "A Report with how many figures it gave.",
          type: "object",
          required: ["id", "figureCount"],
          properties: { id: { type: "string" }, figureCount: { type: "integer", minimum: 0 } },
          additionalProperties: true,
        },
      },
      responses: {
        BadRequest: {
          description: "A parameter is unknown, repeated, too long or has a bad value.",
          content: { "application/json": { schema: ref("schemas", "Error") } },
        },
        NotFound: {
          description: "No such offensive, report or endpoint.",
          content: { "application/json": { schema: ref("schemas", "Error") } },
        },
        NotModified: { description: "If-None-Match matched the current ETag." },
        InternalError: {
          description: "An unexpected failure; no details are given.",
          content: { "application/json": { schema: ref("schemas", "Error") } },
        },
      },
    },
  };
}
