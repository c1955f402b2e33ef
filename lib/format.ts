/**
 * How a figure's number is written, everywhere it appears: headline cards,
 * tooltips, tables and exports. The hedge travels with the number.
 */
import { format, parseISO } from "date-fns";
import type { Qualifier } from "./schema";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatNumber(n: number): string {
  return integer.format(n);
}

/** Compact axis labels: 7.5K, 380K, 2M. */
export function formatCompact(n: number): string {
  return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

/** The words of magnitude FIGURES.md maps to floors, looked up from the floor. */
const MAGNITUDE_WORDS: Record<number, string> = {
  24: "dozens",
  200: "hundreds",
  2000: "thousands",
  3000: "several thousand",
  20000: "tens of thousands",
  200000: "hundreds of thousands",
  2000000: "millions",
};

export function magnitudeWord(value: number): string | null {
  return MAGNITUDE_WORDS[value] ?? null;
}

export interface ValueParts {
  value: number;
  high: number | null;
  qualifier: Qualifier;
  vague: boolean;
}

const SIGNS: Record<Qualifier, string> = {
  exact: "",
  at_least: "≥ ",
  approximately: "~",
  at_most: "≤ ",
};

const WORDS: Record<Qualifier, string> = {
  exact: "",
  at_least: "at least ",
  approximately: "about ",
  at_most: "up to ",
};

/** Short form for charts and cards: "≥ 7,500", "~400,000", "2,000–3,000", "hundreds (≥ 200)". */
export function formatValueShort(f: ValueParts): string {
  if (f.vague) {
    const word = magnitudeWord(f.value);
    return word ? `${word} (≥ ${formatNumber(f.value)})` : `≥ ${formatNumber(f.value)}`;
  }
  if (f.high !== null) return `${SIGNS[f.qualifier]}${formatNumber(f.value)}–${formatNumber(f.high)}`;
  return `${SIGNS[f.qualifier]}${formatNumber(f.value)}`;
}

/** Long form for tooltips and screen readers: "at least 7,500", "hundreds (read as at least 200)". */
export function formatValueLong(f: ValueParts): string {
  if (f.vague) {
    const word = magnitudeWord(f.value);
    const floor = `at least ${formatNumber(f.value)}`;
    return word ? `“${word}” (read as ${floor})` : floor;
  }
  if (f.high !== null) {
    return `${WORDS[f.qualifier]}${formatNumber(f.value)} to ${formatNumber(f.high)}`;
  }
  return `${WORDS[f.qualifier]}${formatNumber(f.value)}`;
}

/** The sign alone, for a label beside a plotted point. */
export function qualifierSign(f: ValueParts): string {
  return f.vague ? "≥" : SIGNS[f.qualifier].trim();
}

export function formatDate(iso: string): string {
  return format(parseISO(iso), "d MMM yyyy");
}

export function formatPeriod(start: string | null, end: string): string {
  if (start === null) return `to ${formatDate(end)} (start not given)`;
  if (start === end) return formatDate(end);
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** "10–13 Mar 2012", "3 Feb – 1 Mar 2012", "15 Nov 2013 – 26 Apr 2014", "from 10 Mar 2013 (end not given)". */
export function formatDateRange(start: string, end: string | null): string {
  if (!end) return `from ${formatDate(start)} (end not given)`;
  const a = parseISO(start);
  const b = parseISO(end);
  if (start === end) return formatDate(start);
  if (a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth()) {
    return `${format(a, "d")}–${format(b, "d MMM yyyy")}`;
  }
  if (a.getFullYear() === b.getFullYear()) return `${format(a, "d MMM")} – ${format(b, "d MMM yyyy")}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}
