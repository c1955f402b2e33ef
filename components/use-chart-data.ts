"use client";

import useSWR from "swr";
import type { ChartData } from "@/lib/charts";
import { chartDataUrl, type ViewState } from "@/lib/view-state";

interface SeriesResponse {
  view: string;
  chart: ChartData;
}

class FetchError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function fetchJson(url: string): Promise<SeriesResponse> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new FetchError(response.status, body?.error ?? `the server answered ${response.status}`);
  }
  return (await response.json()) as SeriesResponse;
}

/**
 * One chart's data for the current view, from /api/v1/series. The server's
 * first render is the fallback for the view it rendered, so the first paint
 * makes no request; later views keep the previous chart until the new one
 * arrives, so nothing flickers.
 */
export function useChartData(id: string, view: ViewState, initial: { url: string; chart: ChartData } | undefined) {
  const url = chartDataUrl(id, view);
  const { data, error, isLoading, isValidating } = useSWR(url, fetchJson, {
    fallbackData: initial && initial.url === url ? { view: "", chart: initial.chart } : undefined,
    keepPreviousData: true,
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  return { chart: data?.chart, error: error as Error | undefined, loading: isLoading || isValidating };
}
