import { notFoundEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/http";

// Every answer reads the database at request time (route handlers are not under the root layout's setting).
export const dynamic = "force-dynamic";

// Anything under /api/v1 that no other route takes: a JSON 404, not the site's HTML page.
export const GET = apiRoute((request) => notFoundEndpoint(request));
