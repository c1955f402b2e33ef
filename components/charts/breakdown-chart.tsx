"use client";
/**
 * The offensives chart: plain SVG from the server, the interactive Recharts
 * chart (tooltips, keyboard, narrow layout) once a reader uses it.
 */
import type { BreakdownChartProps } from "./breakdown-common";
import { lazyChart } from "./lazy";
import { StaticBreakdownChart } from "./static-breakdown-chart";

export { BREAKDOWN_BARS, missingFigures } from "./breakdown-common";

export const BreakdownChart = lazyChart<BreakdownChartProps>(StaticBreakdownChart, () =>
  import("./breakdown-chart-interactive").then((m) => ({ default: m.InteractiveBreakdownChart })),
);
