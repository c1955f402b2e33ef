/**
 * What both drawings of the offensives chart share: its two bars, the reason
 * an offensive has no bar, the row each offensive becomes, and the room the
 * names take. Free of the chart library, so the server's plain SVG and the
 * page's tables can use it without loading Recharts.
 */
import { formatValueShort } from "@/lib/format";
import type { OffensiveBreakdownRow } from "@/lib/series";

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
export function missingBars(row: OffensiveBreakdownRow): string {
  const reasons = [missingFigures(row, "killed"), missingFigures(row, "displaced")];
  if (reasons.some((r) => r?.startsWith("only one group"))) return "only one group counted (see table)";
  return reasons.includes(HIDDEN) ? HIDDEN : "no figures reported";
}

export interface BreakdownRow {
  slug: string;
  name: string;
  dates: string;
  killed?: number;
  displaced?: number;
  source: OffensiveBreakdownRow;
}

/** Room for the offensive names on the left and the value labels on the right, by screen width. */
export const WIDE = { names: 180, wrap: 22, labelRoom: 110 };
export const NARROW = { names: 104, wrap: 13, labelRoom: 92 };
export const NARROW_QUERY = "(max-width: 639px)";

/** An offensive's name in up to three lines of about `width` characters. */
export function wrap(text: string, width: number): string[] {
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

/** The chart's rows, one per offensive, with its bar values. */
export function breakdownRows(
  input: readonly OffensiveBreakdownRow[],
  dateLabels: Record<string, string>,
): BreakdownRow[] {
  return input.map((r) => ({
    slug: r.offensive.slug,
    name: r.offensive.name,
    dates: dateLabels[r.offensive.slug] ?? "",
    killed: r.killed?.value,
    displaced: r.displaced?.value,
    source: r,
  }));
}

/** The chart's height for this many offensives, as both drawings size it. */
export function breakdownHeight(rows: number): number {
  return rows * 78 + 40;
}

export interface BreakdownChartProps {
  chartId: string;
  title: string;
  rows: OffensiveBreakdownRow[];
  /** Preformatted "3 Feb – 1 Mar 2012" per offensive slug. */
  dateLabels: Record<string, string>;
}

/** Every bar's value, for the axis. */
export function barValues(rows: readonly BreakdownRow[]): number[] {
  return rows.flatMap((r) => [r.killed, r.displaced]).filter((v): v is number => v !== undefined);
}
