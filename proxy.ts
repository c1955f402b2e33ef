import { NextResponse, type NextRequest } from "next/server";
import { allowedMethods, contentSecurityPolicy, isApi, isSameOrigin, securityHeaders } from "@/lib/http/security";

/**
 * Every request passes here before its route (after the guard of
 * scripts/server.mjs, which refuses broken paths and methods Next cannot
 * handle): it keeps or gets a request id, echoed in the answer; a method the
 * route does not answer gets a 405; every answer gets the security headers,
 * and pages a fresh CSP nonce that Next puts on its scripts.
 */
export function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id")?.slice(0, 64) || crypto.randomUUID();
  const pathname = request.nextUrl.pathname;
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders(pathname, https);

  const methods = allowedMethods(pathname);
  if (!methods.includes(request.method)) {
    return refuse(405, `method ${request.method} is not allowed here`, "method", pathname, requestId, {
      ...headers,
      Allow: methods.join(", "),
    });
  }

  // A server action from another site (or from no page at all) is refused here: Next would answer it with a 500.
  if (request.method === "POST" && request.headers.has("next-action") && !sameOrigin(request)) {
    return refuse(403, "a form must be sent from this site's own pages", "origin", pathname, requestId, headers);
  }

  const forwarded = new Headers(request.headers);
  forwarded.set("x-request-id", requestId);
  let csp: string | null = null;
  if (!isApi(pathname)) {
    const nonce = btoa(crypto.randomUUID());
    csp = contentSecurityPolicy(nonce, pathname, process.env.NODE_ENV === "development");
    // Next reads the nonce from the request's CSP and puts it on its scripts.
    forwarded.set("Content-Security-Policy", csp);
  }
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

function sameOrigin(request: NextRequest): boolean {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return isSameOrigin(request.headers.get("origin"), host);
}

function refuse(
  status: 403 | 405,
  message: string,
  parameter: string,
  pathname: string,
  requestId: string,
  headers: Record<string, string>,
) {
  const common = { ...headers, "X-Request-Id": requestId, "Cache-Control": "no-store" };
  if (isApi(pathname)) return NextResponse.json({ error: message, parameter }, { status, headers: common });
  const title = status === 405 ? "Method not allowed" : "Forbidden";
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><body><h1>${title}</h1><p>${escapeHtml(message)}.</p><p><a href="/">Go to the overview</a></p></body></html>`;
  return new NextResponse(body, {
    status,
    headers: {
      ...common,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    },
  });
}

export const config = {
  // Next's own files are served as they are; everything else passes here.
  matcher: ["/((?!_next/static|_next/image).*)"],
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
