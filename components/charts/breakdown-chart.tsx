"use client";

import { useMemo, useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";
import { formatCompact, formatValueShort } from "@/lib/format";
import type { OffensiveBreakdownRow } from "@/lib/series";
import { linearTicks } from "./chart-utils";
import { chartKeys } from "./keyboard";
import { PointDetails } from "./point-details";

export const BREAKDOWN_BARS = [
  { key: "killed", label: "Killed, all the dead (largest single count)", colour: "#D55E00" },
  { key: "displaced", label: "Displaced, everyone (largest single count)", colour: "#0072B2" },
] as const;

/**
 * What an offensive without a bar has instead: only counts of one group, figures
 * the view's filters hide, or nothing reported at all.
 */
export function missingFigures(row: OffensiveBreakdownRow, kind: "killed" | "displaced"): string | null {
  if (row[kind]) return null;
  const subgroup = kind === "killed" ? row.killedSubgroup : row.displacedSubgroup;
  if (subgroup) return `only one group counted: ${formatValueShort(subgroup)} ${subgroup.group}`;
  return row.reported[kind] > 0 ? HIDDEN : "not reported";
}

const HIDDEN = "hidden by the filters";

/** Beside the name of an offensive with no bar at all: the more telling of its two reasons. */
function missingBars(row: OffensiveBreakdownRow): string {
  const reasons = [missingFigures(row, "killed"), missingFigures(row, "displaced")];
  if (reasons.some((r) => r?.startsWith("only one group"))) return "only one group counted (see table)";
  return reasons.includes(HIDDEN) ? HIDDEN : "no figures reported";
}

interface Row {
  slug: string;
  name: string;
  dates: string;
  killed?: number;
  displaced?: number;
  source: OffensiveBreakdownRow;
}

/** Room for the offensive names on the left and the value labels on the right, by screen width. */
const WIDE = { names: 180, wrap: 22, labelRoom: 110 };
const NARROW = { names: 104, wrap: 13, labelRoom: 92 };
const NARROW_QUERY = "(max-width: 639px)";

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

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current && (current + " " + word).length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines.slice(0, 3);
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: Row;
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

export function BreakdownChart({
  chartId,
  title,
  rows: input,
  dateLabels,
}: {
  chartId: string;
  title: string;
  rows: OffensiveBreakdownRow[];
  /** Preformatted "3 Feb – 1 Mar 2012" per offensive slug. */
  dateLabels: Record<string, string>;
}) {
  const rows: Row[] = useMemo(
    () =>
      input.map((r) => ({
        slug: r.offensive.slug,
        name: r.offensive.name,
        dates: dateLabels[r.offensive.slug] ?? "",
        killed: r.killed?.value,
        displaced: r.displaced?.value,
        source: r,
      })),
    [input, dateLabels],
  );
  const values = rows.flatMap((r) => [r.killed, r.displaced]).filter((v): v is number => v !== undefined);
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const layout = useNarrow() ? NARROW : WIDE;
  // Always linear from zero: on a log axis a bar's length says nothing about its size.
  const linear = linearTicks(values);

  function Tick({ x: rawX = 0, y: rawY = 0, payload }: TickProps) {
    const x = Number(rawX);
    const y = Number(rawY);
    const row = bySlug.get(String(payload?.value));
    if (!row) return null;
    const nameLines = wrap(row.name, layout.wrap);
    const empty = row.killed === undefined && row.displaced === undefined;
    const top = y - ((nameLines.length + (empty ? 2 : 1)) * 13) / 2 + 10;
    return (
      <text x={x - 6} y={top} textAnchor="end" fontSize={12} fill="#1a1a1a">
        {nameLines.map((l, i) => (
          <tspan key={i} x={x - 6} dy={i === 0 ? 0 : 13} fontWeight={600}>
            {l}
          </tspan>
        ))}
        <tspan x={x - 6} dy={13} fill="#555555">
          {row.dates}
        </tspan>
        {empty ? (
          <tspan x={x - 6} dy={13} fill="#555555">
            {missingBars(row.source)}
          </tspan>
        ) : null}
      </text>
    );
  }

  function TooltipBody({ active, payload }: TooltipContentProps<ValueType, NameType>) {
    const row = payload?.[0]?.payload as Row | undefined;
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
        style={{ width: "100%", height: rows.length * 78 + 40 }}
        margin={{ top: 8, right: layout.labelRoom, bottom: 8, left: 8 }}
        barCategoryGap="22%"
        accessibilityLayer
        title={title}
        desc={`${title}. Use the arrow keys to step through the offensives, Home and End for the first and last.`}
      >
        <defs>
          {BREAKDOWN_BARS.map((b) => (
            <pattern
              key={b.key}
              id={`${chartId}-hatch-${b.key}`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#ffffff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={b.colour} strokeWidth="3" />
            </pattern>
          ))}
        </defs>
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
