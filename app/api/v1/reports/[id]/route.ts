import type { NextRequest } from "next/server";
import { reportEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/http";

// Every answer reads the database at request time (route handlers are not under the root layout's setting).
export const dynamic = "force-dynamic";

/** `/api/v1/reports/<id>` answers JSON, `/api/v1/reports/<id>.csv` CSV. */
export const GET = apiRoute(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) =>
  reportEndpoint(request, (await params).id),
);
