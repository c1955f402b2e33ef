"use client";

import { useMemo, useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";
import { formatCompact, formatValueShort } from "@/lib/format";
import {
  barValues,
  BREAKDOWN_BARS,
  breakdownHeight,
  breakdownRows,
  missingFigures,
  NARROW,
  NARROW_QUERY,
  WIDE,
  type BreakdownChartProps,
  type BreakdownRow,
} from "./breakdown-common";
import { linearTicks } from "./chart-utils";
import { chartKeys } from "./keyboard";
import { HatchPatterns, OffensiveLabel } from "./breakdown-parts";
import { PointDetails } from "./point-details";

/** True on a phone-width screen; false while rendering on the server. */
function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW_QUERY);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: BreakdownRow;
}

/** One bar and its label: the value with its hedge, and the group when the figure counts only part of the dead. */
function BarWithLabel({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  payload,
  bar,
  chartId,
}: BarShapeProps & { bar: (typeof BREAKDOWN_BARS)[number]; chartId: string }) {
  const point = payload?.source[bar.key];
  if (!point || width <= 0) return <g />;
  return (
    <g data-point-id={point.id} data-value={point.value} className="breakdown-bar">
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={point.vague ? `url(#${chartId}-hatch-${bar.key})` : bar.colour}
        stroke={bar.colour}
      />
      <text x={x + width + 4} y={y + height / 2 + 4} fontSize={12} fill="#1a1a1a">
        {formatValueShort(point)}
        {point.group ? ` ${point.group}` : ""}
      </text>
    </g>
  );
}

export function InteractiveBreakdownChart({ chartId, title, rows: input, dateLabels }: BreakdownChartProps) {
  const rows: BreakdownRow[] = useMemo(() => breakdownRows(input, dateLabels), [input, dateLabels]);
  const values = barValues(rows);
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const layout = useNarrow() ? NARROW : WIDE;
  // Always linear from zero: on a log axis a bar's length says nothing about its size.
  const linear = linearTicks(values);

  function Tick({ x: rawX = 0, y: rawY = 0, payload }: TickProps) {
    const x = Number(rawX);
    const y = Number(rawY);
    const row = bySlug.get(String(payload?.value));
    if (!row) return null;
    return <OffensiveLabel row={row} right={x - 6} centre={y} layout={layout} />;
  }

  function TooltipBody({ active, payload }: TooltipContentProps<ValueType, NameType>) {
    const row = payload?.[0]?.payload as BreakdownRow | undefined;
    if (!active || !row) return null;
    return (
      // A live region: stepping through the bars by keyboard reads each one out.
      <div
        role="status"
        aria-live="polite"
        className="border-rule max-w-xs space-y-2 rounded border bg-white p-3 shadow-md"
      >
        <p className="font-semibold">{row.name}</p>
        {row.source.killed ? (
          <PointDetails point={row.source.killed} />
        ) : (
          <p className="text-sm">Killed: {missingFigures(row.source, "killed")}.</p>
        )}
        {row.source.displaced ? (
          <PointDetails point={row.source.displaced} />
        ) : (
          <p className="text-sm">Displaced: {missingFigures(row.source, "displaced")}.</p>
        )}
      </div>
    );
  }

  return (
    <div onKeyDown={chartKeys(rows.length, "vertical")}>
      <BarChart
        id={chartId}
        data={rows}
        layout="vertical"
        responsive
        style={{ width: "100%", height: breakdownHeight(rows.length) }}
        margin={{ top: 8, right: layout.labelRoom, bottom: 8, left: 8 }}
        barCategoryGap="22%"
        accessibilityLayer
        title={title}
        desc={`${title}. Use the arrow keys to step through the offensives, Home and End for the first and last.`}
      >
        <HatchPatterns idPrefix={`${chartId}-hatch`} />
        <CartesianGrid stroke="#e5e5e5" horizontal={false} />
        <XAxis
          type="number"
          scale="linear"
          domain={linear.domain}
          ticks={linear.ticks}
          tickFormatter={(v: number) => formatCompact(v)}
        />
        <YAxis type="category" dataKey="slug" width={layout.names} tick={Tick} interval={0} />
        <Tooltip content={TooltipBody} />
        {BREAKDOWN_BARS.map((b) => (
          <Bar
            key={b.key}
            dataKey={b.key}
            name={b.label}
            fill={b.colour}
            isAnimationActive={false}
            shape={(props: unknown) => <BarWithLabel {...(props as BarShapeProps)} bar={b} chartId={chartId} />}
          />
        ))}
      </BarChart>
    </div>
  );
}
