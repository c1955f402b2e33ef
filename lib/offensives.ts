/**
 * Which offensive a figure belongs to (OFFENSIVES.md): a local figure whose
 * place lies in the offensive's area and whose period overlaps its dates.
 * National running totals belong to none.
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

function overlaps(figure: Pick<ReportedFigure, "periodStart" | "periodEnd">, o: Offensive): boolean {
  const start = figure.periodStart ?? figure.periodEnd;
  return start <= (o.end ?? "9999-12-31") && figure.periodEnd >= o.start;
}

export function findOffensive(
  figure: Pick<ReportedFigure, "scope" | "location" | "periodStart" | "periodEnd">,
  offensives: readonly Offensive[],
): Offensive | null {
  if (figure.scope !== "local" || figure.location === null) return null;
  const location = figure.location;
  const matches = offensives.filter((o) => overlaps(figure, o) && o.places.some((place) => samePlace(place, location)));
  // Two offensives on one place at once are not in the catalogue; if they ever
  // are, the earlier-started one is the one the figure is most likely about.
  return matches.sort((a, b) => a.start.localeCompare(b.start))[0] ?? null;
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
