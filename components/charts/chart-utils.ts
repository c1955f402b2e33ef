/**
 * Colours, markers and axis helpers shared by every chart, so the same source
 * looks the same everywhere. Colours are the Okabe–Ito palette, safe for
 * colour-blind readers; lines are also told apart by marker and dash.
 */
import type { SeriesLine, SeriesPoint } from "@/lib/series";

/** Okabe–Ito, minus yellow (too faint on white for a line). */
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000"] as const;

/** Well-known sources keep one colour on every chart. */
const SOURCE_COLOURS: Record<string, string> = {
  UN: "#0072B2",
  UNHCR: "#56B4E9",
  OCHA: "#009E73",
  SOHR: "#D55E00",
  SARC: "#CC79A7",
  unattributed: "#000000",
};

export const MARKERS = ["circle", "square", "triangle", "diamond", "cross", "star"] as const;
export type Marker = (typeof MARKERS)[number];

const DASHES = ["", "6 4", "2 3", "10 3 2 3", "1 4", "12 6"] as const;

export interface LineStyle {
  colour: string;
  marker: Marker;
  dash: string;
}

export function styleLines(lines: readonly Pick<SeriesLine, "key" | "source">[]): Map<string, LineStyle> {
  const styles = new Map<string, LineStyle>();
  const used = new Set<string>();
  lines.forEach((line, i) => {
    let colour = SOURCE_COLOURS[line.source];
    if (!colour || used.has(colour)) {
      colour = PALETTE.find((c) => !used.has(c)) ?? PALETTE[i % PALETTE.length]!;
    }
    used.add(colour);
    styles.set(line.key, {
      colour,
      marker: MARKERS[i % MARKERS.length]!,
      dash: DASHES[i % DASHES.length]!,
    });
  });
  return styles;
}

/** One chart row per plotted point; only its own line's column is set, so lines join across rows. */
export type ChartRow = { t: number; pointId: string } & Record<string, number | string | undefined>;

export function toChartRows(lines: readonly SeriesLine[]): {
  rows: ChartRow[];
  pointsById: Map<string, { point: SeriesPoint; line: SeriesLine }>;
} {
  const pointsById = new Map<string, { point: SeriesPoint; line: SeriesLine }>();
  const rows: ChartRow[] = [];
  for (const line of lines) {
    for (const point of line.points) {
      pointsById.set(point.id, { point, line });
      rows.push({ t: point.t, pointId: point.id, [line.key]: point.value });
    }
  }
  rows.sort((a, b) => a.t - b.t);
  return { rows, pointsById };
}

/** A time axis: yearly ticks over long spans, monthly (or quarterly) ones over short spans. */
export function timeTicks(from: number, to: number): { ticks: number[]; format: (t: number) => string } {
  const start = new Date(from);
  const end = new Date(to);
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  const ticks: number[] = [];
  if (months > 36) {
    for (let y = start.getUTCFullYear() + (start.getUTCMonth() > 0 ? 1 : 0); Date.UTC(y, 0, 1) <= to; y++) {
      ticks.push(Date.UTC(y, 0, 1));
    }
    return { ticks, format: (t) => String(new Date(t).getUTCFullYear()) };
  }
  const step = months > 12 ? 3 : 1;
  for (let m = start.getUTCMonth() + 1; Date.UTC(start.getUTCFullYear(), m, 1) <= to; m += step) {
    ticks.push(Date.UTC(start.getUTCFullYear(), m, 1));
  }
  const label = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
  return { ticks, format: (t) => label.format(new Date(t)) };
}

export function isoToTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Log axes end at the power of ten at or above the largest value, so no point sits on the edge. */
export function logCeiling(values: readonly number[]): number {
  const max = Math.max(...values.filter((v) => v > 0));
  return Number.isFinite(max) ? 10 ** Math.ceil(Math.log10(max) + 1e-9) : 10;
}

/** Log axes need a positive floor: a power of ten at or below the smallest value. */
export function logFloor(values: readonly number[]): number {
  const min = Math.min(...values.filter((v) => v > 0));
  return Number.isFinite(min) ? 10 ** Math.floor(Math.log10(min)) : 1;
}

/** Horizontal gap, in pixels, between points that would otherwise sit on one spot. */
export const COINCIDENT_GAP = 7;

/**
 * Points of different lines with the same date and value would hide one
 * another: each gets its place in the stack (0…count-1), so the chart can
 * spread them side by side around the true date.
 */
export function coincidentOffsets(lines: readonly SeriesLine[]): Map<string, { index: number; count: number }> {
  const stacks = new Map<string, string[]>();
  for (const line of lines)
    for (const p of line.points) {
      const spot = `${p.t}|${p.value}`;
      stacks.set(spot, [...(stacks.get(spot) ?? []), p.id]);
    }
  const out = new Map<string, { index: number; count: number }>();
  for (const ids of stacks.values()) ids.forEach((id, index) => out.set(id, { index, count: ids.length }));
  return out;
}

/** How far to move a stacked point from its true x so the stack is centred on it. */
export function coincidentShift({ index, count }: { index: number; count: number }): number {
  return (index - (count - 1) / 2) * COINCIDENT_GAP;
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9));
  return step ?? 10 * power;
}

/**
 * A linear axis from zero in 1-2-5 steps, with head room: the top tick is
 * above the largest value (by at least 5 %), so no point touches the edge.
 */
export function linearTicks(values: readonly number[], target = 5): { domain: [number, number]; ticks: number[] } {
  const max = Math.max(0, ...values);
  if (max === 0) return { domain: [0, 1], ticks: [0, 1] };
  const step = niceStep((max * 1.05) / (target - 1));
  const top = Math.ceil((max * 1.05) / step) * step;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  return { domain: [0, top], ticks };
}

/** A trend chart's axes, as both its drawings (plain SVG and Recharts) lay them out. */
export function trendAxes(
  lines: readonly SeriesLine[],
  range: readonly [string, string],
  scale: "linear" | "log",
): {
  x: { domain: [number, number]; ticks: number[]; format: (t: number) => string };
  y: { domain: [number, number]; ticks: number[] | undefined };
} {
  const values = lines.flatMap((l) => l.points.map((p) => p.value));
  const domain: [number, number] = [isoToTime(range[0]), isoToTime(range[1])];
  const linear = linearTicks(values);
  // On a log scale Recharts picks its own ticks; the plain drawing marks the powers of ten.
  return {
    x: { domain, ...timeTicks(domain[0], domain[1]) },
    y: scale === "log" ? { domain: [logFloor(values), logCeiling(values)], ticks: undefined } : linear,
  };
}
