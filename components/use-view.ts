"use client";

import { useQueryStates } from "nuqs";
import { viewParsers } from "@/lib/view-state";

/**
 * The view as the URL holds it. Controls write it with shallow updates: the
 * URL changes at once and the charts refetch only their data (useChartData),
 * without a server render of the page.
 */
export function useView() {
  return useQueryStates(viewParsers, { shallow: true, history: "replace", clearOnDefault: true });
}
