"use client";
/**
 * A trend chart: plain SVG from the server, the interactive Recharts chart
 * (tooltips, keyboard, point details) once a reader uses it.
 */
import { lazyChart } from "./lazy";
import { StaticTrendChart } from "./static-trend-chart";
import type { TrendChartProps } from "./trend-chart-interactive";

export type { TimeBand, TrendChartProps } from "./trend-chart-interactive";

export const TrendChart = lazyChart<TrendChartProps>(StaticTrendChart, () =>
  import("./trend-chart-interactive").then((m) => ({ default: m.InteractiveTrendChart })),
);
