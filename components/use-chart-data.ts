"use client";

import { useEffect, useMemo } from "react";
import useSWR from "swr";
import { isWhole, isWholeLine, type ChartData } from "@/lib/charts";
import { unpackChart, unpackSeries, type PackedChart, type PackedSeries } from "@/lib/packed-lines";
import type { Series } from "@/lib/series";
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

async function fetchJson<T = SeriesResponse>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new FetchError(response.status, body?.error ?? `the server answered ${response.status}`);
  }
  return (await response.json()) as T;
}

/**
 * One chart's data for the current view, from /api/v1/series. The server's
 * first render is the fallback for the view it rendered, so the first paint
 * makes no request; later views keep the previous chart until the new one
 * arrives, so nothing flickers. The first render may come without the
 * reports behind each point, or the points of lines it does not show
 * (lib/charts.ts `leanChart`): once the
 * reader `wantsReports` (points at the chart, focuses it, opens its table)
 * the whole chart is fetched, quietly, in place of it. The first render
 * comes packed (lib/packed-lines.ts), and is unpacked once.
 */
export function useChartData(
  id: string,
  view: ViewState,
  initial: { url: string; chart: PackedChart } | undefined,
  wantsReports: boolean,
) {
  const url = chartDataUrl(id, view);
  const first = useMemo(() => initial && { url: initial.url, chart: unpackChart(initial.chart) }, [initial]);
  const { data, error, isLoading, isValidating, mutate } = useSWR(url, (u: string) => fetchJson<SeriesResponse>(u), {
    fallbackData: first && first.url === url ? { view: "", chart: first.chart } : undefined,
    keepPreviousData: true,
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  const lean = data !== undefined && !isWhole(data.chart);
  useEffect(() => {
    if (wantsReports && lean) void mutate();
  }, [wantsReports, lean, mutate]);
  // Fetching the reports of a chart already drawn is not a new view: the chart is not marked busy.
  return {
    chart: data?.chart,
    error: error as Error | undefined,
    loading: isLoading || (isValidating && !lean),
  };
}

/**
 * An offensive's series. The page draws them without the reports behind each
 * point; once the reader `wantsReports`, they come whole from
 * /api/v1/offensives/<slug>/series (the same points, with their reports).
 */
export function useOffensiveSeries(slug: string, packed: PackedSeries[], wantsReports: boolean) {
  const initial = useMemo(() => packed.map(unpackSeries), [packed]);
  const lean = !initial.every((s) => s.lines.every(isWholeLine));
  const { data, error } = useSWR(
    lean && wantsReports ? `/api/v1/offensives/${encodeURIComponent(slug)}/series` : null,
    (url: string) => fetchJson<{ series: Series[] }>(url),
    { revalidateOnFocus: false, revalidateIfStale: false },
  );
  return { series: data?.series ?? initial, error: error as Error | undefined };
}
