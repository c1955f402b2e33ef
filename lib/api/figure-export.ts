import "server-only";
/**
 * Answering with a list of figures, as JSON or as CSV streamed straight from
 * the database cursor. Shared by /figures and by the offensive and report
 * endpoints, which are the same export narrowed to one offensive or report.
 */
import { getDatasetInfo, getFigurePage, streamFigures, type FigureFilter } from "../data";
import { exportColumns, streamCsv, type FigureExportRow } from "../export/csv";
import { hxlColumns } from "../export/hxl";
import { figureToRow } from "../export/rows";
import { encodeCursor, figureSortKey, MAX_PAGE_SIZE } from "../figure-cursor";
import { METRICS, type FigureWithReport, type Metric } from "../schema";
import { frugalWhileStreaming } from "./frugal-heap";
import { csvStreamResponse, jsonResponse, logUnexpected, strongEtag } from "./http";
import type { ApiQuery } from "./query";

/** A figure as the API gives it: the export row with the figure's id in front. */
export function figureRecord(figure: FigureWithReport): FigureExportRow {
  return { id: figure.id, ...figureToRow(figure) };
}

/** The database filter of a figures view: the view's data parameters, its offensive and its order. */
async function* records(filter: FigureFilter): AsyncGenerator<FigureExportRow> {
  for await (const figure of streamFigures(filter)) yield figureRecord(figure);
}

/** The metrics an export will hold, read in a first pass so the HXL header can be written before the rows. */
async function metricsOf(filter: FigureFilter): Promise<Metric[]> {
  const seen = new Set<Metric>();
  for await (const figure of streamFigures(filter)) seen.add(figure.metric);
  return METRICS.filter((m) => seen.has(m));
}

export interface FiguresAnswer {
  query: ApiQuery;
  filter: FigureFilter;
  /** Names the download: `syria-toll-<what>.csv`. */
  what: string;
  /** Fields put before `count` and `data` in the JSON body (the offensive, the report). */
  context?: Record<string, unknown>;
}

/**
 * JSON answers one page: at most `limit` figures after the cursor, `count`
 * (all the figures the view selects) and `next`, the address of the page
 * after it (null on the last). CSV answers every row, streamed.
 */
export async function answerFigures(
  request: Request,
  { query, filter, what, context = {} }: FiguresAnswer,
): Promise<Response> {
  if (query.format === "json") {
    const page = query.page ?? { limit: MAX_PAGE_SIZE, after: null };
    const list = await getFigurePage(filter, { after: page.after ?? undefined, size: page.limit });
    const last = list.figures.at(-1);
    const next =
      list.hasNext && last
        ? nextPage(request, query.viewQuery, page.limit, encodeCursor(figureSortKey(last, query.view.sort)))
        : null;
    return jsonResponse(request, {
      view: query.viewQuery,
      ...context,
      count: list.total,
      data: list.figures.map(figureRecord),
      next,
    });
  }
  const info = await getDatasetInfo();
  // The body is streamed, so the ETag hashes what fixes it rather than the bytes.
  const etag = strongEtag(
    "figures.csv",
    what,
    query.viewQuery,
    query.hxl ? "hxl" : "plain",
    info.version,
    String(info.figureCount),
    String(info.reportCount),
    info.latestPublished ?? "",
  );
  return csvStreamResponse(request, etag, `syria-toll-${what}.csv`, async () => {
    const base = exportColumns({ withId: true });
    const columns = query.hxl ? hxlColumns(base, await metricsOf(filter)) : base;
    return frugalWhileStreaming(
      streamCsv(records(filter), columns, {
        hxl: query.hxl,
        onError: (error) => logUnexpected(`streaming ${what}.csv`, error),
      }),
    );
  });
}

/** The address of the page after this one: the same view and size, after the last figure shown. */
function nextPage(request: Request, viewQuery: string, limit: number, cursor: string): string {
  const { pathname } = new URL(request.url);
  const params = new URLSearchParams(viewQuery);
  params.set("limit", String(limit));
  params.set("after", cursor);
  return `${pathname}?${params.toString()}`;
}
