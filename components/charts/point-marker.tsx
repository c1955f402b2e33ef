import { qualifierSign } from "@/lib/format";
import { isUnreviewed, type SeriesPoint } from "@/lib/series";
import type { LineStyle, Marker } from "./chart-utils";

interface PointMarkerProps {
  cx: number;
  cy: number;
  marker: Marker;
  colour: string;
  /** A word of magnitude ("hundreds") is drawn hollow: a floor, not a count. */
  hollow: boolean;
  /** A machine-extracted figure, not yet reviewed by a person, gets a dotted outline. */
  unreviewed?: boolean;
  size?: number;
}

/** The SVG shape of one plotted point; the shape tells lines apart without colour. */
export function PointMarker({ cx, cy, marker, colour, hollow, unreviewed = false, size = 6 }: PointMarkerProps) {
  const fill = hollow || unreviewed ? "#ffffff" : colour;
  const common = { fill, stroke: colour, strokeWidth: 2, strokeDasharray: unreviewed ? "2 2" : undefined };
  const s = size;
  switch (marker) {
    case "square":
      return <rect x={cx - s} y={cy - s} width={2 * s} height={2 * s} {...common} />;
    case "triangle":
      return <polygon points={`${cx},${cy - s - 1} ${cx + s + 1},${cy + s} ${cx - s - 1},${cy + s}`} {...common} />;
    case "diamond":
      return (
        <polygon
          points={`${cx},${cy - s - 2} ${cx + s + 2},${cy} ${cx},${cy + s + 2} ${cx - s - 2},${cy}`}
          {...common}
        />
      );
    case "cross":
      return (
        <path
          d={`M${cx - s},${cy - s}L${cx + s},${cy + s}M${cx + s},${cy - s}L${cx - s},${cy + s}`}
          stroke={colour}
          strokeWidth={hollow ? 2 : 3.5}
          fill="none"
        />
      );
    case "star": {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 === 0 ? s + 2 : (s + 2) / 2.2;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        pts.push(`${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`);
      }
      return <polygon points={pts.join(" ")} {...common} />;
    }
    default:
      return <circle cx={cx} cy={cy} r={s} {...common} />;
  }
}

/** A small legend swatch: the line's dash and marker, as the chart draws them. */
export function LegendSwatch({
  marker,
  colour,
  dash,
  showLine = true,
}: {
  marker: Marker;
  colour: string;
  dash: string;
  showLine?: boolean;
}) {
  return (
    <svg width="36" height="16" aria-hidden="true" className="shrink-0">
      {showLine ? (
        <line x1="0" y1="8" x2="36" y2="8" stroke={colour} strokeWidth="2" strokeDasharray={dash || undefined} />
      ) : null}
      <PointMarker cx={18} cy={8} marker={marker} colour={colour} hollow={false} size={4} />
    </svg>
  );
}

/** A plotted point: its line's marker (hollow for a word of magnitude, dotted if unreviewed) and its hedge's sign. */
export function PointGlyph({ point, cx, cy, style }: { point: SeriesPoint; cx: number; cy: number; style: LineStyle }) {
  const sign = qualifierSign(point);
  return (
    <>
      <PointMarker
        cx={cx}
        cy={cy}
        marker={style.marker}
        colour={style.colour}
        hollow={point.vague}
        unreviewed={isUnreviewed(point)}
      />
      {sign ? (
        <text x={cx + 8} y={cy - 8} fontSize={13} fontWeight={600} fill={style.colour} aria-hidden="true">
          {sign}
        </text>
      ) : null}
    </>
  );
}
