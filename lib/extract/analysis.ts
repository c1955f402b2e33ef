/**
 * One sentence prepared for the rules: tokens, clause ids and number mentions.
 */
import { findNumberMentions, type NumberMention } from "./numbers";
import { isSpacedDash, normalizeText, tokenize, type Token } from "./tokens";

export interface SentenceAnalysis {
  text: string;
  /** normalizeText(text): same offsets as `text`. */
  norm: string;
  tokens: Token[];
  /** Clause id of each token; clauses break at quotes, semicolons, dashes, brackets, "while", "but"… */
  clauseOf: number[];
  mentions: NumberMention[];
}

const CLAUSE_PUNCT = new Set([";", ":", '"', "“", "”", "(", ")", "[", "]"]);
const CLAUSE_WORDS = new Set(["while", "whereas", "but", "although", "though", "meanwhile"]);

export function computeClauses(tokens: readonly Token[]): number[] {
  const ids: number[] = [];
  let id = 0;
  tokens.forEach((t, i) => {
    const breaks =
      CLAUSE_PUNCT.has(t.text) || isSpacedDash(tokens, i) || (t.kind === "word" && CLAUSE_WORDS.has(t.lower));
    if (breaks) id += 1;
    ids.push(id);
  });
  return ids;
}

export function analyzeSentence(text: string): SentenceAnalysis {
  const tokens = tokenize(text);
  return {
    text,
    norm: normalizeText(text),
    tokens,
    clauseOf: computeClauses(tokens),
    mentions: findNumberMentions(tokens),
  };
}

/**
 * A sentence read only for who it names (it holds no figure): its words, but
 * no number mentions, which cost most of a full reading.
 */
export function analyzeForSources(text: string): SentenceAnalysis {
  const tokens = tokenize(text);
  return { text, norm: normalizeText(text), tokens, clauseOf: computeClauses(tokens), mentions: [] };
}

/** Character span [start, end) of a mention. */
export function mentionSpan(a: SentenceAnalysis, m: NumberMention): { start: number; end: number } {
  return { start: a.tokens[m.start]?.start ?? 0, end: a.tokens[m.end - 1]?.end ?? 0 };
}

/** The clause that holds a mention, as a character span. */
export function clauseSpan(a: SentenceAnalysis, tokenIndex: number): { start: number; end: number } {
  const id = a.clauseOf[tokenIndex];
  let first = tokenIndex;
  let last = tokenIndex;
  while (first > 0 && a.clauseOf[first - 1] === id) first -= 1;
  while (last < a.tokens.length - 1 && a.clauseOf[last + 1] === id) last += 1;
  return { start: a.tokens[first]?.start ?? 0, end: a.tokens[last]?.end ?? a.text.length };
}
