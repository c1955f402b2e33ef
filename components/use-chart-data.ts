"use client";

import { useEffect } from "react";
import useSWR from "swr";
import { hasReports, type ChartData } from "@/lib/charts";
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
 * arrives, so nothing flickers. The first render may come without the
 * reports behind each point (lib/charts.ts `withoutReports`): once the
 * reader `wantsReports` (points at the chart, focuses it, opens its table)
 * the whole chart is fetched, quietly, in place of it.
 */
export function useChartData(
  id: string,
  view: ViewState,
  initial: { url: string; chart: ChartData } | undefined,
  wantsReports: boolean,
) {
  const url = chartDataUrl(id, view);
  const { data, error, isLoading, isValidating, mutate } = useSWR(url, fetchJson, {
    fallbackData: initial && initial.url === url ? { view: "", chart: initial.chart } : undefined,
    keepPreviousData: true,
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  const withoutReports = data !== undefined && !hasReports(data.chart);
  useEffect(() => {
    if (wantsReports && withoutReports) void mutate();
  }, [wantsReports, withoutReports, mutate]);
  // Fetching the reports of a chart already drawn is not a new view: the chart is not marked busy.
  return {
    chart: data?.chart,
    error: error as Error | undefined,
    loading: isLoading || (isValidating && !withoutReports),
  };
}
