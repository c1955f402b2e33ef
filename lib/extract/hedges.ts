/**
 * Hedges around a number ("at least", "nearly", "up to", "or more") and the
 * qualifier they give (FIGURES.md). A word of magnitude is always a floor.
 */
import type { Qualifier } from "@/lib/schema";
import type { SentenceAnalysis } from "./analysis";
import { HEDGES_BEFORE } from "./lexicon";
import type { NumberMention } from "./numbers";
import { joinTokens } from "./tokens";

export interface Hedge {
  qualifier: Qualifier;
  /** First token of the hedge (== mention.start when there is none). */
  start: number;
}

// The same hedges anchored at both ends, to find how many tokens a hedge covers.
const ANCHORED = HEDGES_BEFORE.map(([re, q]) => [new RegExp(`^${re.source.replace(/^\\b/, "")}`), q] as const);

const AFTER_AT_LEAST = /^(?:or more|and more|or higher|plus)\b/;
const AFTER_APPROX = /^(?:or so)\b/;
const GONE_PAST =
  /\b(?:passed|passes|exceeded|exceeds|topped|tops|surpassed|surpasses|(?:gone|went|going|risen|rose|rises|climbed|climbs) (?:past|beyond)|(?:likely|probably) to (?:exceed|top|pass|surpass))$/;

export function readHedge(a: SentenceAnalysis, m: NumberMention): Hedge {
  let qualifier: Qualifier = "exact";
  let start = m.start;
  // longest hedge of up to five tokens that ends right before the number
  for (let k = 5; k >= 1; k--) {
    if (m.start - k < 0) continue;
    const before = joinTokens(a.tokens, m.start - k, m.start);
    const hit = ANCHORED.find(([re]) => re.test(before));
    if (hit) {
      qualifier = hit[1];
      start = m.start - k;
      break;
    }
  }
  if (qualifier === "exact") {
    const after = joinTokens(a.tokens, m.end, m.end + 3);
    if (AFTER_AT_LEAST.test(after)) qualifier = "at_least";
    else if (AFTER_APPROX.test(after)) qualifier = "approximately";
    // "the toll has passed 8,000", "the true toll exceeds 606,000", "is now likely to exceed 5,000": a count gone past
    // a number is at least it
    // (the verb stays the count's own: the hedge starts at the number)
    else if (GONE_PAST.test(joinTokens(a.tokens, Math.max(0, m.start - 3), m.start))) qualifier = "at_least";
  }
  if (m.vague) qualifier = "at_least";
  // "at between 62,000 and 66,000": a range's opening word is told with it, as a hedge is
  else if (qualifier === "exact" && m.high !== null && start === m.start && a.tokens[m.start - 1]?.lower === "between")
    // ("claimed somewhere between 37,000 and 40,000 lives": and the word that leaves the range open)
    start = /^(?:somewhere|anywhere)$/.test(a.tokens[m.start - 2]?.lower ?? "") ? m.start - 2 : m.start - 1;
  return { qualifier, start };
}
