/**
 * Building API responses: JSON and CSV bodies with a strong ETag, 304 for a
 * matching If-None-Match, and the one wrapper every route handler goes
 * through so that a thrown ApiError becomes its status and anything else a
 * bare 500 that gives nothing away.
 */
import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import { ApiError, INTERNAL_ERROR_BODY } from "./errors";

/** Caches may keep a copy but must ask again each time; the ETag makes the asking cheap. */
export const CACHE_CONTROL = "public, max-age=0, must-revalidate";

const COMMON_HEADERS = {
  "Cache-Control": CACHE_CONTROL,
  "X-Content-Type-Options": "nosniff",
  // Public data: let notebooks and other sites' pages read it.
  "Access-Control-Allow-Origin": "*",
} as const;

/** A strong ETag: a hash of the body, or of whatever fixes it when the body is streamed. */
export function strongEtag(...parts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return `"${hash.digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match uses weak comparison (RFC 9110 §13.1.2): `W/` prefixes do not matter. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => bare(tag) === bare(etag));
}

function notModified(etag: string): Response {
  return new Response(null, { status: 304, headers: { ...COMMON_HEADERS, ETag: etag } });
}

export function jsonResponse(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = strongEtag(text);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return notModified(etag);
  return new Response(text, { status: 200, headers: jsonHeaders(etag) });
}

function jsonHeaders(etag: string): HeadersInit {
  return { ...COMMON_HEADERS, "Content-Type": "application/json; charset=utf-8", ETag: etag };
}

function csvHeaders(filename: string, etag: string): HeadersInit {
  return {
    ...COMMON_HEADERS,
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${filename}"`,
    ETag: etag,
  };
}

export function csvResponse(request: Request, csv: string, filename: string): Response {
  const etag = strongEtag(csv);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return notModified(etag);
  return new Response(csv, { status: 200, headers: csvHeaders(filename, etag) });
}

/**
 * A streamed CSV: the ETag is computed from what determines the body (the
 * caller passes dataset version and canonical query), so a 304 costs no
 * database read and the stream is only opened when it will be sent.
 */
export function csvStreamResponse(
  request: Request,
  etag: string,
  filename: string,
  open: () => Promise<ReadableStream<Uint8Array>>,
): Promise<Response> {
  return streamResponse(request, etag, csvHeaders(filename, etag), open);
}

/** A streamed JSON body, with an ETag as for a streamed CSV. */
export function jsonStreamResponse(
  request: Request,
  etag: string,
  open: () => Promise<ReadableStream<Uint8Array>>,
): Promise<Response> {
  return streamResponse(request, etag, jsonHeaders(etag), open);
}

async function streamResponse(
  request: Request,
  etag: string,
  headers: HeadersInit,
  open: () => Promise<ReadableStream<Uint8Array>>,
): Promise<Response> {
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return notModified(etag);
  return new Response(await open(), { status: 200, headers });
}

export function errorResponse(error: ApiError): Response {
  return Response.json(error.toBody(), {
    status: error.status,
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Access-Control-Allow-Origin": "*" },
  });
}

/** Logs a failure nobody foresaw, once, with where it happened and the request's id (set by the proxy). */
export function logUnexpected(where: string, error: unknown, requestId: string | null = null): void {
  console.error(`[api]${requestId ? ` [${requestId}]` : ""} ${where}:`, error);
}

/**
 * Wraps a route handler: ApiErrors answer with their status and JSON body;
 * any other exception is logged and answers a 500 without details. Bad input
 * must never reach that last branch: handlers validate first.
 */
export function apiRoute<C>(
  handler: (request: NextRequest, context: C) => Promise<Response>,
): (request: NextRequest, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      // The id ties the answer to its line in the log; the answer says nothing else.
      const requestId = request.headers.get("x-request-id");
      logUnexpected(`${request.method} ${request.nextUrl.pathname}`, error, requestId);
      return Response.json(
        { ...INTERNAL_ERROR_BODY, ...(requestId ? { requestId } : {}) },
        { status: 500, headers: { "Cache-Control": "no-store", ...(requestId ? { "X-Request-Id": requestId } : {}) } },
      );
    }
  };
}
