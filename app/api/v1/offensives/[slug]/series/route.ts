import type { NextRequest } from "next/server";
import { offensiveSeriesEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/http";

// Every answer reads the database at request time (route handlers are not under the root layout's setting).
export const dynamic = "force-dynamic";

/** `/api/v1/offensives/<slug>/series`: what the offensive's page draws, with the reports behind each point. */
export const GET = apiRoute(async (request: NextRequest, { params }: { params: Promise<{ slug: string }> }) =>
  offensiveSeriesEndpoint(request, (await params).slug),
);
