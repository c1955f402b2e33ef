/**
 * Generated reports and figures for measuring the dashboard at scale: the
 * shape of the real record (national running totals that grow through the
 * war, local tolls and displacement around the offensives' places, the
 * monitors and agencies as sources, hedges, words of magnitude, subgroups),
 * none of it true. Every report says so in its outlet and headline, and its
 * id starts with "synthetic-"; they go into a database for benchmarks, never
 * into data/. The same seed gives the same records.
 */
import { addDays, formatISO, parseISO } from "date-fns";
import { WAR_START, type Figure, type Metric, type Offensive, type Qualifier, type Report } from "@/lib/schema";
import { findOffensive } from "@/lib/offensives";
import { createRandom } from "./random";

export const SYNTHETIC_PREFIX = "synthetic-";
const FIRST_DAY = "2011-04-01";
const LAST_DAY = "2021-12-31";
const SPAN_DAYS = (Date.parse(LAST_DAY) - Date.parse(FIRST_DAY)) / 86_400_000;

const OUTLETS = Array.from({ length: 40 }, (_, i) => `Synthetic Wire ${i + 1}`);
const SOURCES = ["SOHR", "SOHR", "SOHR", "UN", "UNHCR", "OCHA", "SNHR", "VDC", "LCC", "SARC", "activists", null, null];
const PLACES = [
  "Aleppo",
  "Homs",
  "Hama",
  "Idlib province",
  "Douma",
  "Raqqa",
  "Deir ez-Zor",
  "Daraa province",
  "Kobani",
  "Afrin",
  "Latakia",
  "Qusayr",
  "Yabroud",
  "eastern Aleppo",
  "Maaret al-Numan",
  "Eastern Ghouta",
  "Baghouz",
  "northeast Syria",
];
const GROUPS = ["civilians", "children", "women", "rebels", "government forces", "fighters"];
const METRICS: [Metric, number][] = [
  ["killed", 0.5],
  ["injured", 0.1],
  ["killed_or_injured", 0.04],
  ["displaced", 0.12],
  ["internally_displaced", 0.1],
  ["refugees", 0.14],
];
const QUALIFIERS: [Qualifier, number][] = [
  ["exact", 0.45],
  ["at_least", 0.35],
  ["approximately", 0.17],
  ["at_most", 0.03],
];
/** Roughly where each national running total stood at the war's end. */
const NATIONAL_END: Record<Metric, number> = {
  killed: 500_000,
  injured: 2_000_000,
  killed_or_injured: 2_500_000,
  displaced: 12_000_000,
  internally_displaced: 6_700_000,
  refugees: 6_600_000,
};

export interface SyntheticBatch {
  reports: Report[];
  figures: Figure[];
}

function pick<T>(random: () => number, weighted: readonly [T, number][]): T {
  let r = random();
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r <= 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

function day(offset: number): string {
  return formatISO(addDays(parseISO(FIRST_DAY), Math.floor(offset)), { representation: "date" });
}

/**
 * Reports `from` … `from + count - 1`, each with 1–9 figures (5 on average),
 * so a million figures take about 200,000 reports.
 */
export function syntheticBatch(
  seed: number,
  from: number,
  count: number,
  offensives: readonly Offensive[],
  /**
   * Share of national figures. An archive of daily reports is nearly all local tolls: a
   * monitor gives its national running total every week or so, so 0.2% of a million
   * figures is a national point every other day through the war.
   */
  nationalShare = 0.002,
): SyntheticBatch {
  const random = createRandom(seed * 1_000_003 + from);
  const reports: Report[] = [];
  const figures: Figure[] = [];
  for (let n = from; n < from + count; n++) {
    const published = day(random() * SPAN_DAYS);
    const report: Report = {
      id: `${SYNTHETIC_PREFIX}${String(n).padStart(7, "0")}`,
      outlet: OUTLETS[Math.floor(random() * OUTLETS.length)]!,
      headline: `Generated report ${n} (synthetic, not a real report)`,
      published,
      url: null,
      language: "en",
    };
    reports.push(report);
    const howMany = 1 + Math.floor(random() * 9);
    for (let i = 0; i < howMany; i++) {
      const metric = pick(random, METRICS);
      const national = random() < nationalShare;
      const periodEnd = day(Math.max(0, (Date.parse(published) - Date.parse(FIRST_DAY)) / 86_400_000 - random() * 3));
      const progress = (Date.parse(periodEnd) - Date.parse(FIRST_DAY)) / (SPAN_DAYS * 86_400_000);
      const vague = !national && random() < 0.05;
      const value = vague
        ? [24, 200, 2000, 20000][Math.floor(random() * 4)]!
        : national
          ? Math.max(100, Math.round(NATIONAL_END[metric] * Math.sqrt(progress) * (0.85 + random() * 0.3)))
          : Math.max(1, Math.round(Math.exp(random() * Math.log(metric === "killed" ? 3_000 : 200_000))));
      const location = national ? "Syria" : PLACES[Math.floor(random() * PLACES.length)]!;
      const periodStart = national ? WAR_START : random() < 0.5 ? periodEnd : null;
      const fields = { scope: national ? ("national" as const) : ("local" as const), location, periodStart, periodEnd };
      figures.push({
        id: `${report.id}-${i + 1}`,
        reportId: report.id,
        metric,
        value,
        high: null,
        qualifier: vague ? "at_least" : pick(random, QUALIFIERS),
        vague,
        ...fields,
        group: random() < 0.2 ? GROUPS[Math.floor(random() * GROUPS.length)]! : null,
        attributedTo: SOURCES[Math.floor(random() * SOURCES.length)]!,
        offensive: findOffensive(fields, offensives)?.slug ?? null,
        review: random() < 0.3 ? "reviewed" : "machine",
        note: "Synthetic figure, generated for a benchmark.",
        sentence: null,
        reviewedAt: null,
      });
    }
  }
  return { reports, figures };
}
