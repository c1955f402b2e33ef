import type { NextRequest } from "next/server";
import { offensiveEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/http";

// Every answer reads the database at request time (route handlers are not under the root layout's setting).
export const dynamic = "force-dynamic";

/** `/api/v1/offensives/<slug>` answers JSON, `/api/v1/offensives/<slug>.csv` CSV. */
export const GET = apiRoute(async (request: NextRequest, { params }: { params: Promise<{ slug: string }> }) =>
  offensiveEndpoint(request, (await params).slug),
);
