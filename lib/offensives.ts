/**
 * Which offensive a figure belongs to (OFFENSIVES.md): a local figure whose
 * place lies in the offensive's area and whose period overlaps its dates.
 * National running totals belong to none, and neither does a count that began
 * long before the offensive (see LEAD_IN_DAYS).
 */
import { addDays, formatISO, parseISO } from "date-fns";
import type { Offensive, ReportedFigure } from "./schema";

function words(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}

/** True when one name contains the other as whole words ("Idlib" ~ "Idlib province"). */
function samePlace(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return x.includes(y) || y.includes(x);
}

/**
 * How long before an offensive's start a count may begin and still be the
 * offensive's: reports count its run-up from a round date (the UN's displaced
 * "since December" for an offensive of 19 December; the exodus from Baghouz
 * since December for a battle of February). A count begun earlier than this
 * measures the place, not the offensive: a governorate's dead since 2011, a
 * year of displacement in a province.
 */
export const LEAD_IN_DAYS = 92;

function overlaps(figure: Pick<ReportedFigure, "periodStart" | "periodEnd">, o: Offensive): boolean {
  const start = figure.periodStart ?? figure.periodEnd;
  const earliest = formatISO(addDays(parseISO(o.start), -LEAD_IN_DAYS), { representation: "date" });
  return start >= earliest && start <= (o.end ?? "9999-12-31") && figure.periodEnd >= o.start;
}

export function findOffensive(
  figure: Pick<ReportedFigure, "scope" | "location" | "periodStart" | "periodEnd">,
  offensives: readonly Offensive[],
): Offensive | null {
  if (figure.scope !== "local" || figure.location === null) return null;
  const location = words(figure.location);
  const ranked = offensives
    .filter((o) => overlaps(figure, o) && o.places.some((place) => samePlace(place, figure.location!)))
    .map((o) => ({ o, ...specificity(o, location) }));
  // Offensives overlap in place and time (the long battle for Aleppo and the
  // 2016 assault on its east): the figure goes to the one whose place it lies
  // inside, then the one named most precisely, then the shorter operation.
  ranked.sort(
    (a, b) =>
      Number(b.inside) - Number(a.inside) ||
      b.precision - a.precision ||
      a.days - b.days ||
      a.o.start.localeCompare(b.o.start),
  );
  return ranked[0]?.o ?? null;
}

/** How closely an offensive's places name a figure's location, and how long it ran. */
function specificity(o: Offensive, location: string): { inside: boolean; precision: number; days: number } {
  const inside = o.places.filter((place) => location.includes(words(place)));
  return {
    inside: inside.length > 0,
    precision: Math.max(0, ...inside.map((place) => words(place).length)),
    // An offensive with no known end is never taken as the shorter one.
    days: o.end === null ? Infinity : (Date.parse(o.end) - Date.parse(o.start)) / 86_400_000,
  };
}

/** The days an offensive's chart spans: its dates and every figure's period, with a margin. */
export function offensiveTimeRange(
  offensive: Offensive,
  figures: readonly Pick<ReportedFigure, "periodStart" | "periodEnd">[],
): [string, string] {
  const days = [
    offensive.start,
    offensive.end ?? offensive.start,
    ...figures.flatMap((f) => [f.periodStart ?? f.periodEnd, f.periodEnd]),
  ].sort();
  const shift = (iso: string, n: number) => formatISO(addDays(parseISO(iso), n), { representation: "date" });
  return [shift(days[0]!, -15), shift(days[days.length - 1]!, 15)];
}
