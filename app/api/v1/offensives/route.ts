import { offensivesEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/http";

// Every answer reads the database at request time (route handlers are not under the root layout's setting).
export const dynamic = "force-dynamic";

export const GET = apiRoute((request) => offensivesEndpoint(request, null));
