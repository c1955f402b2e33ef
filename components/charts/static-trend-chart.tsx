/**
 * A trend chart drawn as plain SVG, with no chart library: what the server
 * sends, so the chart is on screen (and readable with JavaScript off) before
 * any script runs. It draws what the interactive chart draws, on the same
 * axes: grid, ticks, offensive bands, lines, and each point with its marker,
 * its qualifier sign and its spread when points coincide. The interactive
 * chart takes its place once Recharts has loaded.
 */
import { formatCompact } from "@/lib/format";
import { coincidentOffsets, coincidentShift, isoToTime, trendAxes } from "./chart-utils";
import { PointGlyph } from "./point-marker";
import type { TrendChartProps } from "./trend-chart-interactive";

/**
 * The interactive chart's plot area: a 64 px axis on the left (8 margin + 56
 * axis), 24 on the right, 16 on top and 38 below (8 margin + 30 axis). Across,
 * positions are percentages of the plot, so the SVG fits any width without
 * scripts or distortion; down, they are pixels of the fixed height.
 */
const MARGIN = { top: 16, right: 24, bottom: 38, left: 64 };
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
        <g aria-hidden="true">
          {axis.ticks.filter(inside).map((t) => (
            <svg key={`x${t}`} x={pct(t)} y={bottom} width={1} height={1} overflow="visible">
              <line x1={0} x2={0} y1={0} y2={6} stroke="#666666" />
              <text x={0} y={20} textAnchor="middle" fontSize={12} fill="#666666">
                {axis.format(t)}
              </text>
            </svg>
          ))}
        </g>
        {lines.map((line) => {
          const style = styles.get(line.key)!;
          return (
            <g key={`points-${line.key}`} aria-hidden="true">
              {line.points
                .filter((p) => inside(p.t))
                .map((point) => {
                  const stack = stacks.get(point.id) ?? { index: 0, count: 1 };
                  const cx = coincidentShift(stack);
                  const cy = y(point.value);
                  return (
                    <svg
                      key={point.id}
                      x={pct(point.t)}
                      y={0}
                      width={1}
                      height={1}
                      overflow="visible"
                      data-point-id={point.id}
                      data-value={point.value}
                      data-stack={stack.count > 1 ? stack.count : undefined}
                      className="trend-point"
                    >
                      <PointGlyph point={point} cx={cx} cy={cy} style={style} />
                    </svg>
                  );
                })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
