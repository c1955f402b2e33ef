/**
 * The words of a figure's record (FIGURES.md) as plain constants, with no
 * validation library attached, so client components can name metrics and
 * hedges without shipping zod to the browser. lib/schema.ts builds its zod
 * schemas from these and re-exports them.
 */

/** The day the war is dated from; national running totals count from here. */
export const WAR_START = "2011-03-15";

/**
 * More dead across Syria than any one day of the war took (the deadliest days, such as the chemical attack
 * on Ghouta, were counted in the low thousands): a "one-day" national toll above it is a running total
 * told on that day.
 */
export const ONE_DAY_KILLED_BOUND = 5_000;

/**
 * More dead across Syria than any one month of the war took: the deadliest year, 2014, was counted at 76,021 dead
 * by the Syrian Observatory (reported by the Seattle Times, 1 January 2015), some 6,300 a month. A national toll of
 * one month above it is a running total told that month.
 */
export const ONE_MONTH_KILLED_BOUND = 20_000;

export const METRICS = [
  "killed",
  "injured",
  "killed_or_injured",
  "displaced",
  "internally_displaced",
  "refugees",
] as const;
export type Metric = (typeof METRICS)[number];

/** Metrics that count people driven from their homes. */
export const DISPLACEMENT_METRICS: readonly Metric[] = ["displaced", "internally_displaced", "refugees"];

export const QUALIFIERS = ["exact", "at_least", "approximately", "at_most"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const SCOPES = ["national", "local"] as const;
export type Scope = (typeof SCOPES)[number];

/** How a figure entered the dataset: checked by a person, or read by the extractor. */
export const REVIEWS = ["reviewed", "machine"] as const;
export type Review = (typeof REVIEWS)[number];

/** The fields of one reported figure, in FIGURES.md's order (lib/schema.ts validates them). */
export const REPORTED_FIELDS = [
  "metric",
  "value",
  "high",
  "qualifier",
  "vague",
  "periodStart",
  "periodEnd",
  "scope",
  "location",
  "group",
  "attributedTo",
] as const;

export const METRIC_LABELS: Record<Metric, string> = {
  killed: "Killed",
  injured: "Injured",
  killed_or_injured: "Killed or injured",
  displaced: "Displaced",
  internally_displaced: "Internally displaced",
  refugees: "Refugees",
};

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "exact",
  at_least: "at least",
  approximately: "approximately",
  at_most: "at most",
};

/**
 * A figure whose note begins "Estimate:" is a source's estimate beyond what it
 * documented ("the real toll may be twice as high"): it is drawn on a line of
 * its own, never on the same line as the source's documented counts.
 */
export const isEstimateNote = (note: string): boolean => /^estimate\b/i.test(note.trim());

/** The monitors and agencies whose figures make up most of the record: listed first wherever sources are chosen. */
export const MAIN_SOURCES: readonly string[] = [
  "SOHR",
  "SNHR",
  "VDC",
  "LCC",
  "UN",
  "OHCHR",
  "UNHCR",
  "OCHA",
  "IDMC",
  "SARC",
  "unattributed",
];

/** A calendar day written `YYYY-MM-DD` that exists (no 30 February). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
