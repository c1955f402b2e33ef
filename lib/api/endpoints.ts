import "server-only";
/**
 * The handlers behind /api/v1. Route files only pick one and say which format
 * their path asks for; everything else (parsing, 404s, formats) is here.
 */
import type { NextRequest } from "next/server";
import { forDrawing, type ChartId } from "../charts";
import {
  countFiguresByMetric,
  figureFilter,
  getChart,
  getDatasetInfo,
  getOffensive,
  getOffensives,
  getOffensiveView,
  getReport,
  streamReports,
  type ReportSummary,
} from "../data";
import { exportColumns, streamCsv, writeCsv, type CsvColumn } from "../export/csv";
import { streamJsonList } from "../export/stream";
import { hxlColumns, metricsPresent } from "../export/hxl";
import { buildMetadata, EXPORT_PARAMETERS } from "../export/metadata";
import { chartRows } from "../export/rows";
import type { Metric, Offensive } from "../schema";
import type { ViewState } from "../view-state";
import { NotFoundError } from "./errors";
import { answerFigures } from "./figure-export";
import { csvResponse, csvStreamResponse, jsonResponse, jsonStreamResponse, logUnexpected, strongEtag } from "./http";
import { frugalWhileStreaming } from "./frugal-heap";
import { buildOpenApi } from "./openapi";
import { ENDPOINT_PARAMETERS, parseApiQuery, type Format } from "./query";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Splits `name.csv` into the name and the format its suffix asks for. */
function splitSuffix(segment: string): { name: string; format: Format | null } {
  return segment.endsWith(".csv") ? { name: segment.slice(0, -4), format: "csv" } : { name: segment, format: null };
}

/** Quotes user input in a message without echoing a whole huge value back. */
function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

async function requireOffensive(view: ViewState): Promise<void> {
  if (view.offensive && !(await getOffensive(view.offensive))) {
    throw new NotFoundError("offensive", `"offensive": there is no offensive ${quote(view.offensive)}`);
  }
}

export async function figuresEndpoint(request: NextRequest, suffix: Format | null): Promise<Response> {
  const query = parseApiQuery(
    request.nextUrl.searchParams,
    { view: ENDPOINT_PARAMETERS.figures, formats: true, paged: true },
    suffix,
  );
  await requireOffensive(query.view);
  return answerFigures(request, { query, filter: figureFilter(query.view), what: "figures" });
}

export async function seriesEndpoint(request: NextRequest, suffix: Format | null): Promise<Response> {
  const query = parseApiQuery(
    request.nextUrl.searchParams,
    { view: ENDPOINT_PARAMETERS.series, formats: true, chart: "required" },
    suffix,
  );
  const chartId = query.chart as ChartId; // parseApiQuery refuses a query without one
  const chart = await getChart(chartId, query.view);
  if (!chart)
    throw new NotFoundError("offensive", `"offensive": there is no offensive ${quote(query.view.offensive ?? "")}`);
  if (query.format === "json") return jsonResponse(request, { view: query.viewQuery, chart: forDrawing(chart) });
  const rows = chartRows(chart);
  const base = exportColumns();
  const columns = query.hxl ? hxlColumns(base, metricsPresent(rows)) : base;
  return csvResponse(request, writeCsv(rows, columns, { hxl: query.hxl }), `syria-toll-series-${chartId}.csv`);
}

const OFFENSIVE_COLUMNS: CsvColumn<Offensive>[] = [
  { header: "slug", value: (o) => o.slug, hxl: "#event+id" },
  { header: "name", value: (o) => o.name, hxl: "#event+name" },
  { header: "side", value: (o) => o.side, hxl: "#org+name" },
  { header: "start", value: (o) => o.start, hxl: "#date+start" },
  { header: "end", value: (o) => o.end, hxl: "#date+end" },
  { header: "area", value: (o) => o.area, hxl: "#loc+name" },
  { header: "places", value: (o) => o.places.join("; "), hxl: "#loc+list" },
  { header: "description", value: (o) => o.description, hxl: "#description" },
];

const REPORT_COLUMNS: CsvColumn<ReportSummary>[] = [
  { header: "id", value: (r) => r.id, hxl: "#meta+id" },
  { header: "outlet", value: (r) => r.outlet, hxl: "#meta+outlet" },
  { header: "headline", value: (r) => r.headline, hxl: "#meta+headline" },
  { header: "published", value: (r) => r.published, hxl: "#date+reported" },
  { header: "url", value: (r) => r.url, hxl: "#meta+url" },
  { header: "language", value: (r) => r.language, hxl: "#meta+lang" },
  { header: "figureCount", value: (r) => r.figureCount, numeric: true, hxl: "#meta+figures+num" },
];

async function listEndpoint<T>(
  request: NextRequest,
  suffix: Format | null,
  what: string,
  load: () => Promise<T[]>,
  columns: readonly CsvColumn<T>[],
): Promise<Response> {
  const query = parseApiQuery(request.nextUrl.searchParams, { view: ENDPOINT_PARAMETERS.list, formats: true }, suffix);
  const data = await load();
  if (query.format === "json") return jsonResponse(request, { count: data.length, data });
  return csvResponse(request, writeCsv(data, columns, { hxl: query.hxl }), `syria-toll-${what}.csv`);
}

export function offensivesEndpoint(request: NextRequest, suffix: Format | null): Promise<Response> {
  return listEndpoint(request, suffix, "offensives", getOffensives, OFFENSIVE_COLUMNS);
}

/**
 * Every report with its figure count, streamed in either format: at scale
 * there are hundreds of thousands (200,000 took 4 s and 530 MB held whole).
 */
export async function reportsEndpoint(request: NextRequest, suffix: Format | null): Promise<Response> {
  const query = parseApiQuery(request.nextUrl.searchParams, { view: ENDPOINT_PARAMETERS.list, formats: true }, suffix);
  const info = await getDatasetInfo();
  // The body is streamed, so the ETag hashes what fixes it rather than the bytes.
  const etag = strongEtag("reports", query.format, query.hxl ? "hxl" : "plain", info.version, String(info.reportCount));
  const onError = (error: unknown) => logUnexpected(`streaming reports.${query.format}`, error);
  if (query.format === "json")
    return jsonStreamResponse(request, etag, async () =>
      frugalWhileStreaming(streamJsonList({ count: info.reportCount }, streamReports(), onError)),
    );
  return csvStreamResponse(request, etag, "syria-toll-reports.csv", async () =>
    frugalWhileStreaming(streamCsv(streamReports(), REPORT_COLUMNS, { hxl: query.hxl, onError })),
  );
}

export async function offensiveEndpoint(request: NextRequest, segment: string): Promise<Response> {
  const { name: slug, format } = splitSuffix(segment);
  const query = parseApiQuery(
    request.nextUrl.searchParams,
    { view: ENDPOINT_PARAMETERS.detail, formats: true, paged: true },
    format,
  );
  const offensive = SLUG.test(slug) ? await getOffensive(slug) : null;
  if (!offensive) throw new NotFoundError("slug", `there is no offensive ${quote(slug)}`);
  return answerFigures(request, {
    query,
    filter: { ...figureFilter(query.view), offensive: slug },
    what: `offensive-${slug}`,
    context: { offensive },
  });
}

/** `/api/v1/offensives/<slug>/series`: the offensive's charts as its page draws them, each point with its reports. */
export async function offensiveSeriesEndpoint(request: NextRequest, slug: string): Promise<Response> {
  parseApiQuery(request.nextUrl.searchParams, { view: ENDPOINT_PARAMETERS.list });
  const view = SLUG.test(slug) ? await getOffensiveView(slug) : null;
  if (!view) throw new NotFoundError("slug", `there is no offensive ${quote(slug)}`);
  return jsonResponse(request, {
    offensive: slug,
    range: view.range,
    series: view.series,
  });
}

export async function reportEndpoint(request: NextRequest, segment: string): Promise<Response> {
  const { name: id, format } = splitSuffix(segment);
  const query = parseApiQuery(
    request.nextUrl.searchParams,
    { view: ENDPOINT_PARAMETERS.detail, formats: true, paged: true },
    format,
  );
  const report = SLUG.test(id) ? await getReport(id) : null;
  if (!report) throw new NotFoundError("id", `there is no report ${quote(id)}`);
  return answerFigures(request, {
    query,
    filter: { ...figureFilter(query.view), reportId: id },
    what: `report-${id}`,
    context: { report },
  });
}

export async function metadataEndpoint(request: NextRequest): Promise<Response> {
  const query = parseApiQuery(request.nextUrl.searchParams, {
    view: (chart) => (chart ? EXPORT_PARAMETERS.chart : EXPORT_PARAMETERS.figures),
    chart: "optional",
  });
  const info = await getDatasetInfo();
  const origin = request.nextUrl.origin;
  if (query.chart) {
    const chart = await getChart(query.chart, query.view);
    if (!chart)
      throw new NotFoundError("offensive", `"offensive": there is no offensive ${quote(query.view.offensive ?? "")}`);
    return jsonResponse(request, buildMetadata({ view: query.view, chart, info, origin }));
  }
  await requireOffensive(query.view);
  // Counted by metric, not read: the figures of a whole dataset would not fit in memory.
  const counts = await countFiguresByMetric(figureFilter(query.view));
  const metrics = Object.keys(counts) as Metric[];
  const rowCount = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return jsonResponse(request, buildMetadata({ view: query.view, info, origin, rowCount, metrics }));
}

export async function openApiEndpoint(request: NextRequest): Promise<Response> {
  // No parameters: anything in the query is a mistake worth telling.
  parseApiQuery(request.nextUrl.searchParams, { view: [] });
  return jsonResponse(request, buildOpenApi());
}

export async function notFoundEndpoint(request: NextRequest): Promise<Response> {
  throw new NotFoundError(
    "path",
    `there is no API endpoint at ${quote(request.nextUrl.pathname)}; see /api/v1/openapi.json`,
  );
}
