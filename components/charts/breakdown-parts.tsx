/** The pieces both drawings of the offensives chart draw alike. */
import { BREAKDOWN_BARS, missingBars, wrap, type BreakdownRow, type WIDE } from "./breakdown-common";

/**
 * An offensive's name, dates and (with no bar) why, right-aligned at `right`
 * and centred on `centre`: the offensives chart's row label, plain or interactive.
 */
export function OffensiveLabel({
  row,
  right,
  centre,
  layout,
}: {
  row: BreakdownRow;
  right: number;
  centre: number;
  layout: typeof WIDE;
}) {
  const lines = wrap(row.name, layout.wrap);
  const empty = row.killed === undefined && row.displaced === undefined;
  const top = centre - ((lines.length + (empty ? 2 : 1)) * 13) / 2 + 10;
  return (
    <text x={right} y={top} textAnchor="end" fontSize={12} fill="#1a1a1a">
      {lines.map((l, i) => (
        <tspan key={i} x={right} dy={i === 0 ? 0 : 13} fontWeight={600}>
          {l}
        </tspan>
      ))}
      <tspan x={right} dy={13} fill="#555555">
        {row.dates}
      </tspan>
      {empty ? (
        <tspan x={right} dy={13} fill="#555555">
          {missingBars(row.source)}
        </tspan>
      ) : null}
    </text>
  );
}

/** Hatching for a bar whose figure is a word of magnitude ("tens of thousands"): a floor, not a count. */
export function HatchPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      {BREAKDOWN_BARS.map((b) => (
        <pattern
          key={b.key}
          id={`${idPrefix}-${b.key}`}
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
  );
}
