/**
 * What the end-to-end specs expect, read straight from data/ with plain
 * filters (not through the app's series builder, which they are checking).
 */
import fs from "node:fs";
import path from "node:path";

const DATA = path.join(__dirname, "..", "data");

export interface DataFigure {
  id: string;
  reportId: string;
  metric: string;
  value: number;
  qualifier: string;
  vague: boolean;
  periodStart: string | null;
  periodEnd: string;
  scope: string;
  location: string | null;
  high: number | null;
  note: string;
  group: string | null;
  attributedTo: string | null;
  offensive: string | null;
}

export const figures = JSON.parse(fs.readFileSync(path.join(DATA, "figures.json"), "utf8")) as DataFigure[];
export const offensives = JSON.parse(fs.readFileSync(path.join(DATA, "offensives.json"), "utf8")) as {
  slug: string;
  name: string;
  start: string;
  dateReportIds: string[];
}[];
export const reports = JSON.parse(fs.readFileSync(path.join(DATA, "reports.json"), "utf8")) as {
  id: string;
  outlet: string;
  headline: string;
  published: string;
  url: string | null;
}[];

/** What a figure counts: the same figure from two reports is one point on a chart. */
const identity = (f: DataFigure) =>
  [f.metric, f.value, f.high, f.qualifier, f.vague, f.periodStart, f.periodEnd, f.scope]
    .concat([(f.location ?? "").toLowerCase(), (f.group ?? "").toLowerCase(), f.attributedTo ?? ""])
    .join("|");

/** One figure per distinct point. */
export function distinct(list: readonly DataFigure[]): DataFigure[] {
  const seen = new Set<string>();
  return list.filter((f) => !seen.has(identity(f)) && seen.add(identity(f)));
}

/** National running death tolls: killed, whole country, counted from the war's start; one per point. */
export const nationalDeathTolls = distinct(
  figures.filter((f) => f.metric === "killed" && f.scope === "national" && f.periodStart === "2011-03-15"),
);

/**
 * The points a crowded chart shows before the reader adds lines: with more
 * than eight lines (one per source, group and estimate), only whole-population
 * lines with at least three points.
 */
export function shownByDefault(points: readonly DataFigure[]): DataFigure[] {
  const lineOf = (f: DataFigure) =>
    [f.attributedTo ?? "unattributed", f.group ?? "", f.metric, /^estimate\b/i.test(f.note.trim())].join("|");
  const lines = new Map<string, DataFigure[]>();
  for (const f of points) lines.set(lineOf(f), [...(lines.get(lineOf(f)) ?? []), f]);
  if (lines.size <= 8) return [...points];
  // whole-population lines with three points or more, at most the eight with most points
  const main = [...lines.entries()]
    .filter(([, figures]) => figures[0]!.group === null && figures.length >= 3)
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, 8)
    .map(([key]) => key);
  return points.filter((f) => main.includes(lineOf(f)));
}

/** The national death-toll points drawn on the overview before the reader adds lines. */
export const shownDeathTolls = shownByDefault(nationalDeathTolls);
