import type { Instrumentation } from "next";

/**
 * A server error while rendering a page is logged with the request's id
 * (set by proxy.ts and sent back in X-Request-Id), so a reader's report of
 * a failed page can be matched to its log line. API routes log their own
 * (lib/api), and Next's navigation signals (not found, redirect, 401/403)
 * are not errors.
 */
/** The errors logged lately, by request and digest: a layout, its page and their metadata meet one failure thrice. */
const logged = new Set<string>();

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : "";
  if (digest.startsWith("NEXT_")) return;
  const id = request.headers["x-request-id"] ?? "no request id";
  const key = `${String(id)}|${digest}`;
  if (logged.has(key)) return;
  logged.add(key);
  if (logged.size > 500) logged.delete(logged.values().next().value!);
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 500);
  console.error(
    `[request ${String(id)}] ${request.method} ${request.path} (${context.routeType} ${context.routePath}): ${message}${digest ? ` (digest ${digest})` : ""}`,
  );
};
