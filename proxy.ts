import { NextResponse, type NextRequest } from "next/server";

/**
 * The API answers every bad request as JSON naming what was wrong. A path
 * whose percent-encoding is broken ("%E0%A4%A") would otherwise be refused
 * by the router with an HTML page before any handler runs.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.json(
      { error: "the path is not valid percent-encoded UTF-8", parameter: "path" },
      { status: 400 },
    );
  }
}

export const config = { matcher: "/api/v1/:path*" };
