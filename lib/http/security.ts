/**
 * What every answer carries and what every request must be, in one place:
 * the proxy (`proxy.ts`) applies it. Kept free of Next's types so it can be
 * tested as plain functions.
 */

/** Methods a page answers; the API also answers OPTIONS (CORS preflight). */
const PAGE_METHODS = ["GET", "HEAD"] as const;
const API_METHODS = ["GET", "HEAD", "OPTIONS"] as const;

const FORM_METHODS = ["GET", "HEAD", "POST"] as const;

/**
 * Pages with editors' forms (server actions post to the page they are on):
 * signing in, the review desk, and a figure's page (undo).
 */
export function isFormPage(pathname: string): boolean {
  return pathname === "/sign-in" || pathname === "/review" || /^\/figures\/[^/]+$/.test(pathname);
}

export function allowedMethods(pathname: string): readonly string[] {
  if (isApi(pathname)) return API_METHODS;
  return isFormPage(pathname) ? FORM_METHODS : PAGE_METHODS;
}

export function isApi(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/** Pages other sites may frame: the embeddable charts. */
export function isFrameable(pathname: string): boolean {
  return pathname.startsWith("/embed/");
}

/**
 * The Content-Security-Policy of a page: scripts only with this response's
 * nonce (and what they load), styles from our origin or with the nonce (style
 * attributes, which Recharts and React write, may not run code), no plugins,
 * and framing only for the embeddable charts.
 */
export function contentSecurityPolicy(nonce: string, pathname: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isFrameable(pathname) ? "*" : "'none'"}`,
  ].join("; ");
}

/** The headers every answer carries besides the CSP. */
export function securityHeaders(pathname: string, https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    ...(isFrameable(pathname) ? {} : { "X-Frame-Options": "DENY" }),
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * Whether a request's Origin header names the host it was sent to: how a
 * write from this site's own pages is told from one sent by another site (or
 * by no page at all, with no Origin).
 */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
