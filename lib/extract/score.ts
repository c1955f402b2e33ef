/**
 * Scoring an extractor against gold answers (FIGURES.md): a produced figure
 * matches a gold one when metric and value are equal (and high, where the gold
 * has one); each gold figure is matched at most once. Optional gold figures are
 * neither required nor counted as false positives when produced. Agreement of
 * periodEnd (within one day), qualifier and attributedTo is measured over the
 * pairs matched to required gold figures.
 */
import { differenceInCalendarDays } from "date-fns";
import { parseIsoDay } from "./periods";

/** The fields scoring looks at; gold and produced figures both have them. */
export interface ComparableFigure {
  metric: string;
  value: number;
  high: number | null;
  qualifier: string;
  periodEnd: string;
  attributedTo: string | null;
  sentence?: string;
  optional?: boolean;
}

export interface MatchedPair<P extends ComparableFigure, G extends ComparableFigure> {
  produced: P;
  gold: G;
}

export interface ArticleScore<
  P extends ComparableFigure = ComparableFigure,
  G extends ComparableFigure = ComparableFigure,
> {
  /** Pairs whose gold figure is required. */
  matches: MatchedPair<P, G>[];
  /** Produced figures that matched an optional gold figure (neither right nor wrong). */
  optionalMatches: MatchedPair<P, G>[];
  /** Required gold figures nothing matched. */
  misses: G[];
  /** Produced figures that matched no gold figure. */
  extras: P[];
}

export interface ScoreSummary {
  matched: number;
  produced: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  periodEndAgreement: number;
  qualifierAgreement: number;
  attributedToAgreement: number;
}

function sameFigure(p: ComparableFigure, g: ComparableFigure): boolean {
  return p.metric === g.metric && p.value === g.value && (g.high === null || g.high === p.high);
}

export function periodEndsAgree(a: string, b: string): boolean {
  return Math.abs(differenceInCalendarDays(parseIsoDay(a), parseIsoDay(b))) <= 1;
}

/**
 * Matches one article's produced figures against its gold figures: first the pairs read from the same sentence,
 * then, for the figures left, any gold figure of the same kind and value (so a number found again elsewhere in
 * the report does not take the gold figure its own sentence's figure stands for).
 */
export function scoreArticle<P extends ComparableFigure, G extends ComparableFigure>(
  produced: readonly P[],
  gold: readonly G[],
): ArticleScore<P, G> {
  const used = new Set<number>();
  const pairedWith = new Map<P, G>();
  const pair = (sameSentenceOnly: boolean) => {
    for (const p of produced) {
      if (pairedWith.has(p)) continue;
      let best = -1;
      let bestRank = Number.POSITIVE_INFINITY;
      gold.forEach((g, gi) => {
        if (used.has(gi) || !sameFigure(p, g)) return;
        const sameSentence = p.sentence !== undefined && g.sentence === p.sentence;
        if (sameSentenceOnly && !sameSentence) return;
        // required before optional; then the same as-of day
        const rank = (g.optional ? 2 : 0) + (periodEndsAgree(p.periodEnd, g.periodEnd) ? 0 : 1);
        if (rank < bestRank) {
          best = gi;
          bestRank = rank;
        }
      });
      if (best < 0) continue;
      used.add(best);
      pairedWith.set(p, gold[best]!);
    }
  };
  pair(true);
  pair(false);
  const matches: MatchedPair<P, G>[] = [];
  const optionalMatches: MatchedPair<P, G>[] = [];
  const extras: P[] = [];
  for (const p of produced) {
    const g = pairedWith.get(p);
    if (!g) extras.push(p);
    else (g.optional ? optionalMatches : matches).push({ produced: p, gold: g });
  }
  const misses = gold.filter((g, gi) => !used.has(gi) && !g.optional);
  return { matches, optionalMatches, misses, extras };
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** Precision, recall and F1 summed over articles, and field agreement over matched pairs. */
export function summarize(articles: readonly ArticleScore[]): ScoreSummary {
  let matched = 0;
  let produced = 0;
  let gold = 0;
  let periodEnd = 0;
  let qualifier = 0;
  let attributed = 0;
  for (const a of articles) {
    matched += a.matches.length;
    produced += a.matches.length + a.extras.length;
    gold += a.matches.length + a.misses.length;
    for (const { produced: p, gold: g } of a.matches) {
      if (periodEndsAgree(p.periodEnd, g.periodEnd)) periodEnd += 1;
      if (p.qualifier === g.qualifier) qualifier += 1;
      if (p.attributedTo === g.attributedTo) attributed += 1;
    }
  }
  const precision = ratio(matched, produced);
  const recall = ratio(matched, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    matched,
    produced,
    gold,
    precision,
    recall,
    f1,
    periodEndAgreement: ratio(periodEnd, matched),
    qualifierAgreement: ratio(qualifier, matched),
    attributedToAgreement: ratio(attributed, matched),
  };
}
