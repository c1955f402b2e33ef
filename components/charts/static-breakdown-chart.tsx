/**
 * The offensives chart drawn as plain SVG, with no chart library: what the
 * server sends, readable with JavaScript off. Names and dates on the left,
 * two bars per offensive (hatched when the figure is a word of magnitude),
 * each labelled with its value and hedge, on the linear axis the interactive
 * chart uses. Across, the plot is laid out in percentages, so it fits any
 * width without scripts; the interactive chart takes its place once loaded.
 */
import { formatCompact, formatValueShort } from "@/lib/format";
import {
  barValues,
  BREAKDOWN_BARS,
  breakdownHeight,
  breakdownRows,
  NARROW,
  WIDE,
  type BreakdownChartProps,
} from "./breakdown-common";
import { linearTicks } from "./chart-utils";
import { HatchPatterns, OffensiveLabel } from "./breakdown-parts";

/**
 * As the interactive chart: 8 px margins, the names' column (112 px on a phone,
 * 188 from 640 px up: the classes below), an axis of 30 px below, room for
 * labels on the right (92 and 110 px).
 */
const TOP = 8;
const AXIS = 30;
/** Share of each offensive's band left empty between bands (the interactive chart's barCategoryGap). */
const GAP = 0.22;

export function StaticBreakdownChart({ chartId, title, rows: input, dateLabels }: BreakdownChartProps) {
  const rows = breakdownRows(input, dateLabels);
  const height = breakdownHeight(rows.length);
  const { domain, ticks } = linearTicks(barValues(rows));
  const bottom = height - 8 - AXIS;
  const band = (bottom - TOP) / Math.max(1, rows.length);
  const barHeight = (band * (1 - GAP)) / BREAKDOWN_BARS.length;
  const pct = (v: number) => `${((v / (domain[1] || 1)) * 100).toFixed(3)}%`;

  function names(layout: typeof WIDE) {
    return rows.map((row, i) => (
      <OffensiveLabel
        key={row.slug}
        row={row}
        right={8 + layout.names - 6}
        centre={TOP + band * (i + 0.5)}
        layout={layout}
      />
    ));
  }

  return (
    <div className="static-chart relative" style={{ height }} data-static-chart="">
      {/* Names wrapped for a phone and for a wider screen; CSS shows the one that fits. */}
      <svg
        className="absolute top-0 left-0 w-[112px] sm:w-[188px]"
        height={height}
        aria-hidden="true"
        overflow="visible"
      >
        <g className="sm:hidden">{names(NARROW)}</g>
        <g className="hidden sm:inline">{names(WIDE)}</g>
      </svg>
      <svg
        id={chartId}
        role="img"
        aria-labelledby={`${chartId}-title`}
        tabIndex={0}
        height={height}
        overflow="visible"
        className="ml-[112px] w-[calc(100%-204px)] sm:ml-[188px] sm:w-[calc(100%-298px)]"
      >
        <title id={`${chartId}-title`}>{title}</title>
        <desc>{`${title}. The table beside it holds the same figures; once focused, the arrow keys step through the offensives.`}</desc>
        <HatchPatterns idPrefix={`${chartId}-static-hatch`} />
        <g aria-hidden="true">
          {ticks.map((v) => (
            <line key={`g${v}`} x1={pct(v)} x2={pct(v)} y1={TOP} y2={bottom} stroke="#e5e5e5" />
          ))}
          <line x1={0} x2="100%" y1={bottom} y2={bottom} stroke="#666666" />
          {rows.flatMap((row, i) =>
            BREAKDOWN_BARS.map((bar, j) => {
              const point = row.source[bar.key];
              if (!point) return null;
              return (
                <rect
                  key={`${row.slug}-${bar.key}`}
                  x={0}
                  y={TOP + band * i + (band * GAP) / 2 + barHeight * j}
                  width={pct(point.value)}
                  height={barHeight - 2}
                  fill={point.vague ? `url(#${chartId}-static-hatch-${bar.key})` : bar.colour}
                  stroke={bar.colour}
                />
              );
            }),
          )}
        </g>
        {rows.flatMap((row, i) =>
          BREAKDOWN_BARS.map((bar, j) => {
            const point = row.source[bar.key];
            if (!point) return null;
            const y = TOP + band * i + (band * GAP) / 2 + barHeight * j + barHeight / 2 + 3;
            return (
              <text
                key={`${row.slug}-${bar.key}-label`}
                x={pct(point.value)}
                dx={4}
                y={y}
                fontSize={12}
                fill="#1a1a1a"
                data-point-id={point.id}
                data-value={point.value}
                className="breakdown-bar"
                aria-hidden="true"
              >
                {formatValueShort(point)}
                {point.group ? ` ${point.group}` : ""}
              </text>
            );
          }),
        )}
        <g aria-hidden="true" fontSize={12} fill="#666666">
          {ticks.map((v) => (
            <g key={`x${v}`}>
              <line x1={pct(v)} x2={pct(v)} y1={bottom} y2={bottom + 6} stroke="#666666" />
              <text x={pct(v)} y={bottom + 20} textAnchor="middle">
                {formatCompact(v)}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
