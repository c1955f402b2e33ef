"use client";

import { useMemo } from "react";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";
import { formatCompact } from "@/lib/format";
import type { SeriesLine } from "@/lib/series";
import type { Scale } from "@/lib/view-state";
import { coincidentOffsets, coincidentShift, isoToTime, type LineStyle, toChartRows, trendAxes } from "./chart-utils";
import { chartKeys } from "./keyboard";
import { PointDetails } from "./point-details";
import { PointGlyph } from "./point-marker";

export interface TimeBand {
  slug: string;
  name: string;
  start: string;
  end: string | null;
}

export interface TrendChartProps {
  chartId: string;
  title: string;
  lines: SeriesLine[];
  bands: TimeBand[];
  /** The time axis, as ISO days. */
  range: readonly [string, string];
  scale: Scale;
  /** Join a line's points. Off for one-day tolls: separate days are not a trend. */
  connect?: boolean;
  height?: number;
  /**
   * Each line's colour, marker and dash, worked out over every line of the
   * panel, so a line looks the same in the legend whichever others are shown.
   */
  styles: Map<string, LineStyle>;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { pointId?: string } & Record<string, unknown>;
  dataKey?: unknown;
}

export function InteractiveTrendChart({
  chartId,
  title,
  lines,
  bands,
  range,
  scale,
  connect = true,
  height = 320,
  styles,
}: TrendChartProps) {
  const { rows, pointsById } = useMemo(() => toChartRows(lines), [lines]);
  const stacks = useMemo(() => coincidentOffsets(lines), [lines]);
  const axes = trendAxes(lines, range, scale);

  function renderDot(line: SeriesLine, style: LineStyle) {
    function Dot(props: DotProps) {
      const { cx, cy, payload } = props;
      const entry = payload?.pointId ? pointsById.get(payload.pointId) : undefined;
      if (cx === undefined || cy === undefined || !entry || entry.line.key !== line.key) {
        return <g key={`${line.key}-${String(payload?.pointId)}-empty`} />;
      }
      const { point } = entry;
      // Coincident points (same day, same value, other lines) are spread side by side, never hidden.
      const stack = stacks.get(point.id) ?? { index: 0, count: 1 };
      const x = cx + coincidentShift(stack);
      return (
        <g
          key={point.id}
          data-point-id={point.id}
          data-value={point.value}
          data-stack={stack.count > 1 ? stack.count : undefined}
          className="trend-point"
        >
          <PointGlyph point={point} cx={x} cy={cy} style={style} />
        </g>
      );
    }
    return Dot;
  }

  function TooltipBody({ active, payload }: TooltipContentProps<ValueType, NameType>) {
    const row = payload?.[0]?.payload as { pointId?: string } | undefined;
    const entry = active && row?.pointId ? pointsById.get(row.pointId) : undefined;
    if (!entry) return null;
    return (
      // A live region: stepping through the points by keyboard reads each one out.
      <div role="status" aria-live="polite" className="border-rule max-w-xs rounded border bg-white p-3 shadow-md">
        <p className="text-muted mb-1 text-xs tracking-wide uppercase">{entry.line.label}</p>
        <PointDetails point={entry.point} />
      </div>
    );
  }

  return (
    <div onKeyDown={chartKeys(rows.length, "horizontal")}>
      <LineChart
        id={chartId}
        data={rows}
        responsive
        style={{ width: "100%", height }}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
        title={title}
        desc={`${title}. Use the arrow keys to step through the points, Home and End for the first and last; each is described in the tooltip.`}
      >
        <CartesianGrid stroke="#e5e5e5" vertical={false} />
        {bands.map((b) => (
          <ReferenceArea
            key={b.slug}
            x1={isoToTime(b.start)}
            x2={isoToTime(b.end ?? b.start)}
            fill="#7f7f7f"
            fillOpacity={0.14}
            stroke="#7f7f7f"
            strokeOpacity={0.45}
            ifOverflow="hidden"
          />
        ))}
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={axes.x.domain}
          ticks={axes.x.ticks}
          tickFormatter={axes.x.format}
          allowDataOverflow
        />
        <YAxis
          scale={scale}
          domain={axes.y.domain}
          ticks={axes.y.ticks}
          allowDataOverflow={scale === "log"}
          tickFormatter={(v: number) => formatCompact(v)}
          width={56}
        />
        <Tooltip content={TooltipBody} />
        {lines.map((line) => {
          const style = styles.get(line.key)!;
          return (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.label}
              type="linear"
              connectNulls
              stroke={style.colour}
              strokeWidth={connect ? 2 : 0}
              strokeDasharray={style.dash || undefined}
              dot={renderDot(line, style)}
              activeDot={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </div>
  );
}
