/**
 * How a figure's number is written, everywhere it appears: headline cards,
 * tooltips, tables and exports. The hedge travels with the number.
 */
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

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A calendar day, "2012-03-10", as its day, month and year. Written out here
 * rather than with date-fns' `format`, whose formatters and locale tables
 * would be the largest module every chart page sends to the browser.
 */
function calendarDay(iso: string): { day: number; month: string; year: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month || Number(match[3]) < 1 || Number(match[3]) > 31) {
    throw new RangeError(`not a calendar day: ${JSON.stringify(iso)}`);
  }
  return { day: Number(match[3]), month, year: Number(match[1]) };
}

/** "10 Mar 2012". */
export function formatDate(iso: string): string {
  const { day, month, year } = calendarDay(iso);
  return `${day} ${month} ${year}`;
}

export function formatPeriod(start: string | null, end: string): string {
  if (start === null) return `to ${formatDate(end)} (start not given)`;
  if (start === end) return formatDate(end);
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** "10–13 Mar 2012", "3 Feb – 1 Mar 2012", "15 Nov 2013 – 26 Apr 2014", "from 10 Mar 2013 (end not given)". */
export function formatDateRange(start: string, end: string | null): string {
  if (!end) return `from ${formatDate(start)} (end not given)`;
  const a = calendarDay(start);
  const b = calendarDay(end);
  if (start === end) return formatDate(start);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${formatDate(end)}`;
  if (a.year === b.year) return `${a.day} ${a.month} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}
