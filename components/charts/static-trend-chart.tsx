/**
 * A trend chart drawn as plain SVG, with no chart library: what the server
 * sends, so the chart is on screen (and readable with JavaScript off) before
 * any script runs. It draws what the interactive chart draws, on the same
 * axes: grid, ticks, offensive bands, lines, and each point with its marker,
 * its qualifier sign and its spread when points coincide. The interactive
 * chart takes its place once Recharts has loaded.
 */
import { Fragment } from "react";
import { formatCompact, qualifierSign } from "@/lib/format";
import { isUnreviewed, type SeriesLine, type SeriesPoint } from "@/lib/series";
import { coincidentOffsets, coincidentShift, isoToTime, trendAxes, type LineStyle } from "./chart-utils";
import { PointMarker } from "./point-marker";
import type { TrendChartProps } from "./trend-chart-interactive";

/**
 * The interactive chart's plot area: a 64 px axis on the left (8 margin + 56
 * axis), 24 on the right, 16 on top and 38 below (8 margin + 30 axis). Across,
 * positions are percentages of the plot, so the SVG fits any width without
 * scripts or distortion; down, they are pixels of the fixed height.
 */
const MARGIN = { top: 16, right: 24, bottom: 38, left: 64 };
/** Time labels a phone-wide chart (some 230 px of plot) has room for: the other ticks go unlabelled there. */
const NARROW_LABELS = 5;
/** Across, lines and bands are drawn on a 0–1000 scale stretched to the plot's width. */
const SPAN = 1000;

/** Powers of ten from floor to ceiling: the ticks of a log axis. */
function logTicks(floor: number, ceiling: number): number[] {
  const ticks: number[] = [];
  for (let v = floor; v <= ceiling * (1 + 1e-9); v *= 10) ticks.push(v);
  return ticks;
}

export function StaticTrendChart({
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
  const axes = trendAxes(lines, range, scale);
  const axis = axes.x;
  const [x0, x1] = axes.x.domain;
  const [y0, y1] = axes.y.domain;
  const yTicks = axes.y.ticks ?? logTicks(y0, y1);
  const stacks = coincidentOffsets(lines);

  const bottom = height - MARGIN.bottom;
  const share = (t: number) => (t - x0) / (x1 - x0 || 1);
  const pct = (t: number) => `${(share(t) * 100).toFixed(3)}%`;
  const y = (v: number) => {
    const up =
      scale === "log"
        ? (Math.log10(Math.max(v, y0)) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0) || 1)
        : (v - y0) / (y1 - y0 || 1);
    return bottom - Math.min(1, Math.max(0, up)) * (bottom - MARGIN.top);
  };
  const inside = (t: number) => t >= x0 && t <= x1;

  return (
    <div className="static-chart relative" style={{ height }} data-static-chart="">
      <svg className="absolute top-0 left-0" width={MARGIN.left} height={height} aria-hidden="true" overflow="visible">
        {yTicks.map((v) => (
          <text key={`y${v}`} x={MARGIN.left - 8} y={y(v) + 4} textAnchor="end" fontSize={12} fill="#666666">
            {formatCompact(v)}
          </text>
        ))}
      </svg>
      <svg
        id={chartId}
        role="img"
        aria-labelledby={`${chartId}-title`}
        tabIndex={0}
        height={height}
        style={{ marginLeft: MARGIN.left, width: `calc(100% - ${MARGIN.left + MARGIN.right}px)` }}
        overflow="visible"
      >
        <title id={`${chartId}-title`}>{title}</title>
        <desc>{`${title}. The table beside it holds the same figures; once focused, the arrow keys step through the points.`}</desc>
        <g aria-hidden="true">
          {yTicks.map((v) => (
            <line key={`g${v}`} x1={0} x2="100%" y1={y(v)} y2={y(v)} stroke="#e5e5e5" />
          ))}
          {bands.map((b) => {
            const from = Math.max(x0, isoToTime(b.start));
            const to = Math.min(x1, isoToTime(b.end ?? b.start));
            if (to < from) return null;
            return (
              <rect
                key={b.slug}
                x={pct(from)}
                y={MARGIN.top}
                width={`${Math.max(0.1, (share(to) - share(from)) * 100).toFixed(3)}%`}
                height={bottom - MARGIN.top}
                fill="#7f7f7f"
                fillOpacity={0.14}
                stroke="#7f7f7f"
                strokeOpacity={0.45}
              />
            );
          })}
          <line x1={0} x2="100%" y1={bottom} y2={bottom} stroke="#666666" />
        </g>
        {/* Only the lines need a stretched drawing: 0–1000 across, the stroke kept at its width. */}
        <svg
          viewBox={`0 0 ${SPAN} ${height}`}
          preserveAspectRatio="none"
          width="100%"
          height={height}
          aria-hidden="true"
        >
          {connect
            ? lines.map((line) => {
                const style = styles.get(line.key)!;
                const points = line.points.filter((p) => inside(p.t)).sort((a, b) => a.t - b.t);
                if (points.length < 2) return null;
                return (
                  <polyline
                    key={`line-${line.key}`}
                    points={points.map((p) => `${share(p.t) * SPAN},${y(p.value)}`).join(" ")}
                    fill="none"
                    stroke={style.colour}
                    strokeWidth={2}
                    strokeDasharray={style.dash || undefined}
                    vectorEffect="non-scaling-stroke"
                  />
                );
              })
            : null}
        </svg>
        <g aria-hidden="true" fontSize={12} fill="#666666" data-axis="time">
          {axis.ticks.filter(inside).map((t, i, shown) => (
            <g key={`x${t}`}>
              <line x1={pct(t)} x2={pct(t)} y1={bottom} y2={bottom + 6} stroke="#666666" />
              <text
                x={pct(t)}
                y={bottom + 20}
                textAnchor="middle"
                className={i % Math.ceil(shown.length / NARROW_LABELS) === 0 ? undefined : "max-sm:hidden"}
              >
                {axis.format(t)}
              </text>
            </g>
          ))}
        </g>
        <PointMarkers chartId={chartId} lines={lines} styles={styles} />
        {lines.map((line) => {
          const style = styles.get(line.key)!;
          return (
            <g key={`points-${line.key}`} aria-hidden="true" fill={style.colour} fontSize={13} fontWeight={600}>
              {line.points
                .filter((p) => inside(p.t))
                .map((point) => {
                  const stack = stacks.get(point.id) ?? { index: 0, count: 1 };
                  const shift = coincidentShift(stack);
                  const x = pct(point.t);
                  const cy = round(y(point.value));
                  const sign = qualifierSign(point);
                  return (
                    <Fragment key={point.id}>
                      <use
                        href={`#${markerId(chartId, line.key, point)}`}
                        x={x}
                        y={cy}
                        transform={shift ? `translate(${shift} 0)` : undefined}
                        data-point-id={point.id}
                        data-value={point.value}
                        data-stack={stack.count > 1 ? stack.count : undefined}
                        className="trend-point"
                      />
                      {sign ? (
                        <text x={x} y={cy - 8} dx={shift + 8}>
                          {sign}
                        </text>
                      ) : null}
                    </Fragment>
                  );
                })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** Pixel positions to a tenth: finer than a screen draws, and a fifth of the digits. */
const round = (v: number) => Math.round(v * 10) / 10;

/** How a point's marker looks: hollow for a word of magnitude, dotted when machine-extracted and unreviewed. */
function lookOf(point: SeriesPoint): { hollow: boolean; unreviewed: boolean } {
  return { hollow: point.vague, unreviewed: isUnreviewed(point) };
}

function markerId(chartId: string, lineKey: string, point: SeriesPoint): string {
  const { hollow, unreviewed } = lookOf(point);
  return `${chartId}-m-${lineKey}${hollow ? "-hollow" : ""}${unreviewed ? "-unreviewed" : ""}`;
}

/**
 * Each line's marker is drawn once, centred on 0,0, for each look its points
 * use; every point is then one <use> of it. A chart of hundreds of points
 * sends, lays out and hydrates one element per point instead of a nested
 * viewport and a shape.
 */
function PointMarkers({
  chartId,
  lines,
  styles,
}: {
  chartId: string;
  lines: readonly SeriesLine[];
  styles: Map<string, LineStyle>;
}) {
  const markers = new Map<string, { line: SeriesLine; point: SeriesPoint }>();
  for (const line of lines) {
    for (const point of line.points) markers.set(markerId(chartId, line.key, point), { line, point });
  }
  return (
    <defs>
      {[...markers].map(([id, { line, point }]) => {
        const style = styles.get(line.key)!;
        return (
          <g key={id} id={id}>
            <PointMarker cx={0} cy={0} marker={style.marker} colour={style.colour} {...lookOf(point)} />
          </g>
        );
      })}
    </defs>
  );
}
