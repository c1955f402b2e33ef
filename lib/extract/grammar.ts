/**
 * A grammatical reading of a sentence, under the rules: each word's part of
 * speech and lemma (wink-nlp with its English model), and from them, for a
 * number, the noun it counts and the verb that says what happened to them.
 *
 * The rules in metrics.ts read a count's kind from the words next to it, one
 * phrasing at a time. This reads it from the sentence's structure instead:
 * "more than 3,000 Syrians are reported to have entered Turkey", "UNHCR staff
 * counted 934 people reaching Lesvos" and "35 murders have been committed"
 * are found by the lemmas enter, reach and murder, whatever words stand
 * between. It is asked only about counts of people the rules left without a
 * kind, so it adds figures and never changes one the rules read.
 */
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Metric } from "@/lib/vocabulary";

export interface Word {
  text: string;
  lower: string;
  lemma: string;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, AUX, ADJ, ADP, NUM, PUNCT… */
  pos: string;
  start: number;
  end: number;
}

let reader: WinkMethods | null = null;

/**
 * The words of `text` with their tags, their offsets counted from `offset`.
 * The model loads on first use (about 0.3 s), and only part-of-speech runs.
 */
export function tagWords(text: string, offset = 0): Word[] {
  const key = `${offset}:${text}`;
  const cached = recentlyTagged.get(key);
  if (cached) return cached;
  const words = tag(text, offset);
  // a sentence is read more than once (its headline check, then its figures): keep the last few
  if (recentlyTagged.size >= 16) recentlyTagged.delete(recentlyTagged.keys().next().value!);
  recentlyTagged.set(key, words);
  return words;
}

const recentlyTagged = new Map<string, Word[]>();

function tag(text: string, offset: number): Word[] {
  reader ??= winkNLP(model, ["pos"]);
  const doc = reader.readDoc(text);
  const its = reader.its;
  const texts = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // (wink's types give lemma, which needs the model's add-ons, a narrower signature than out() accepts)
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const words: Word[] = [];
  let at = 0;
  texts.forEach((t, i) => {
    const start = text.indexOf(t, at);
    if (start < 0) return; // a token the model rewrote; the words around it keep their places
    at = start + t.length;
    words.push({
      text: t,
      lower: t.toLowerCase(),
      lemma: lemmas[i]!,
      pos: tags[i]!,
      start: offset + start,
      end: offset + at,
    });
  });
  return words;
}

/**
 * What a count's clause says happened to the people it counts; "counted" when
 * it only says a count came to the number ("the figure had climbed to
 * 356,000"), which is then a count of the kind just given.
 */
export type Happened = "killed" | "injured" | "fled" | "arrived" | "counted";

const HAPPENED_VERBS: ReadonlyMap<string, Happened> = new Map(
  Object.entries({
    kill: "killed",
    die: "killed",
    execute: "killed",
    murder: "killed",
    massacre: "killed",
    slay: "killed",
    behead: "killed",
    drown: "killed",
    perish: "killed",
    wound: "injured",
    injure: "injured",
    flee: "fled",
    escape: "fled",
    uproot: "fled",
    displace: "fled",
    evacuate: "fled",
    leave: "fled",
    enter: "arrived",
    arrive: "arrived",
    cross: "arrived",
    reach: "arrived",
    land: "arrived",
    register: "arrived",
    shelter: "arrived",
    resettle: "arrived",
    receive: "arrived",
  }),
);

/**
 * The verbs among those whose object is the people it happened to ("killed
 * 12", "registered roughly 123,000"). The others take a place or a thing as
 * object: aid "reached more than 300,000 people" moved nobody.
 */
const OBJECT_VERBS = new Set([
  "kill",
  "execute",
  "murder",
  "massacre",
  "behead",
  "wound",
  "injure",
  "uproot",
  "displace",
  "evacuate",
  "register",
  "receive",
  "resettle",
  "shelter",
]);

/** Phrases that say what happened with no verb of it: "on the move", "made it out". */
const HAPPENED_PHRASES: ReadonlyArray<readonly [readonly string[], Happened]> = [
  [["on", "the", "move"], "fled"],
  [["made", "it", "out"], "fled"],
  [["make", "it", "out"], "fled"],
];

/** Nouns that are themselves what happened: "23 killings", "1,832 new arrivals". */
const HAPPENED_NOUNS: ReadonlyMap<string, Happened> = new Map(
  Object.entries({
    death: "killed",
    killing: "killed",
    murder: "killed",
    fatality: "killed",
    execution: "killed",
    injury: "injured",
    evacuee: "fled",
    arrival: "arrived",
    registration: "arrived",
  }),
);

/**
 * Verbs that lead through "to" to the verb that says what happened: they
 * report the count ("are reported to have entered") or say how it came about
 * ("managed to escape", "were forced to flee").
 */
const LEADS_TO = new Set([
  "report",
  "say",
  "believe",
  "think",
  "estimate",
  "fear",
  "expect",
  "know",
  "manage",
  "try",
  "attempt",
  "force",
  "continue",
  "begin",
  "start",
  "seem",
  "appear",
]);
/** Verbs tagged as main verbs that are only auxiliaries here ("to have entered", "got killed"). */
const AUXILIARY = new Set(["have", "be", "get", "do"]);

/** Words a count's noun phrase may hold between the number and its noun ("3,000 new Syrian arrivals"). */
const IN_PHRASE = new Set(["ADJ", "NUM", "PROPN", "NOUN"]);

/** Words between a verb and the count it takes as object ("registered roughly 123,000", "counted more than 900"). */
const BEFORE_OBJECT = new Set(["ADV", "ADP", "ADJ", "DET", "PART", "NUM", "CCONJ"]);

const CLAUSE_END = new Set([",", ";", ":", "(", ")", "—", "–", "-"]);

export interface GrammarCue {
  happened: Happened;
  /** The last noun of the counted phrase ("residents" in "27 camp residents"), lower case, or null. */
  noun: string | null;
  /** The verb's or noun's lemma that says so. */
  lemma: string;
  /** Character offset of that word. */
  at: number;
  /** Character span of the clause read, for a host country or camp in it. */
  clause: { start: number; end: number };
}

/**
 * What the clause around the count whose number ends at character `numberEnd`
 * says happened to those counted: read from the noun the number counts
 * ("23 killings"), the verb its noun phrase is subject of ("3,000 Syrians …
 * entered Turkey", "22,000 people have been received"), or the verb it is
 * object of ("counted 934 people"). Null when the clause says none of these.
 */
export function whatHappened(words: readonly Word[], numberStart: number, numberEnd: number): GrammarCue | null {
  const last = words.findIndex((w) => w.end >= numberEnd);
  const first = words.findIndex((w) => w.end > numberStart);
  if (last < 0 || first < 0) return null;
  const clause = clauseAround(words, first, last);
  let noun: string | null = null;
  const cue = (w: Word, happened: Happened, lemma = w.lemma): GrammarCue => ({
    happened,
    noun,
    lemma,
    at: w.start,
    clause,
  });

  // the noun phrase after the number: "3,000 Syrians", "1,832 new arrivals", "4,000 of them"
  let k = last + 1;
  if (words[k]?.lower === "of" && (words[k + 1]?.pos === "PRON" || words[k + 1]?.pos === "DET")) k += 2;
  while (k < words.length && (IN_PHRASE.has(words[k]!.pos) || nounsJoined(words, k))) {
    const w = words[k]!;
    if (w.pos === "NOUN" || w.pos === "PROPN") {
      noun = w.lower;
      const happened = HAPPENED_NOUNS.get(w.lemma);
      if (happened) return cue(w, happened);
    }
    k += 1;
  }
  // "21 people, fighters and civilians alike, had been killed": past an aside between commas
  if (words[k]?.text === ",") {
    const close = words.findIndex((w, j) => j > k && j <= k + 14 && w.text === ",");
    if (close > 0) k = close + 1;
  }
  // the verb the phrase is subject of, past auxiliaries, adverbs, "who" and a reporting verb with "to"
  for (let j = k; j < words.length && j <= k + 8; j++) {
    const w = words[j]!;
    if (w.pos === "PUNCT" || w.pos === "NUM" || w.pos === "CCONJ") break;
    // "30,000 people were on the move", "20,000 had made it out"
    const phrase = HAPPENED_PHRASES.find(([said]) => said.every((s, n) => words[j + n]?.lower === s));
    if (phrase) return cue(w, phrase[1], phrase[0].join(" "));
    const lemma = verbLemma(w, words[j - 1]);
    if (lemma === null) continue;
    if (AUXILIARY.has(lemma) || (LEADS_TO.has(lemma) && words[j + 1]?.lower === "to")) continue;
    const happened = HAPPENED_VERBS.get(lemma);
    // "left Daraya", "left the town": leaving counts only with the place left ("left in all" says nothing)
    if (lemma === "leave" && !leavesPlace(words, j)) break;
    if (happened) return cue(w, happened, lemma);
    break;
  }
  // "registrations had climbed to nearly 73,000", "deaths of children rose from 142 … to 313": the
  // number a count of what happened came to
  const reached = countCameTo(words, first);
  if (reached) return cue(reached.word, reached.happened);
  // the verb the count is object of, if its object is the people it happened to
  for (let j = first - 1; j >= 0 && j >= first - 5; j--) {
    const w = words[j]!;
    if (w.pos === "VERB") {
      const happened = OBJECT_VERBS.has(w.lemma) ? HAPPENED_VERBS.get(w.lemma) : undefined;
      return happened ? cue(w, happened) : null;
    }
    if (!BEFORE_OBJECT.has(w.pos)) break;
  }
  return null;
}

/** "children and newborns", "women or children": "and" or "or" between two nouns joins one phrase. */
function nounsJoined(words: readonly Word[], k: number): boolean {
  return (
    words[k]?.pos === "CCONJ" &&
    words[k - 1]?.pos === "NOUN" &&
    (words[k + 1]?.pos === "NOUN" || (words[k + 1]?.pos === "ADJ" && words[k + 2]?.pos === "NOUN"))
  );
}

/** The verb at `j` ("left") takes a named place, or "the town", "their homes", as object. */
function leavesPlace(words: readonly Word[], j: number): boolean {
  const next = words[j + 1];
  const after = words[j + 2];
  if (next?.pos === "PROPN") return true;
  return (
    (next?.pos === "DET" || next?.pos === "PRON") &&
    /^(?:town|city|village|camp|area|district|enclave|suburb|neighbou?rhood|homes?|country|province|pocket)$/.test(
      after?.lower ?? "",
    )
  );
}

/** Verbs of a count that moves to a number: "rose to", "stood at", "reached". */
const MOVES_TO = ["rise", "climb", "reach", "stand", "increase", "jump", "grow", "swell", "pass", "top", "hit"];
/** Verbs whose object is the count they move to a number: "raised its figure to 83", "pushed the total to". */
const MOVES_A_COUNT = ["raise", "revise", "lower", "update", "push", "bring", "take", "lift"];

/**
 * Verbs of a count moving to a number: "rose to", "stood at", "climbed from … to", and a counter
 * moving its own: "it had raised its figure to 83".
 */
const CAME_TO = new Set([...MOVES_TO, ...["exceed", "surpass", "total", "number"], ...MOVES_A_COUNT]);

/**
 * The noun of what happened heading the subject of a verb that brings a
 * count to the number starting at word `first` ("Deaths of children under
 * five rose from 142"): the subject is read back from the verb, across "of"
 * phrases, up to the start of the clause.
 */
function countCameTo(words: readonly Word[], first: number): { word: Word; happened: Happened } | null {
  let j = first - 1;
  while (j >= 0 && (words[j]!.pos === "ADV" || words[j]!.pos === "ADJ")) j -= 1; // "nearly", "more than"
  if (words[j]?.lower === "than") j -= 2;
  else if (/^(?:some|about|around|over|under|almost|nearly)$/.test(words[j]?.lower ?? "")) j -= 1;
  // (the lite model tags "rose" after a capitalised "Deaths" as a noun: the word itself is enough here)
  const isVerb = (k: number) =>
    CAME_TO.has(verbLemma(words[k]!, words[k - 1]) ?? "") || CAME_TO_FORMS.test(words[k]!.lower);
  let verb = j - 1;
  // "Civilian deaths totalled 451", "deaths in March reached 955": a verb that takes the number itself
  if (j >= 0 && TAKES_THE_NUMBER.test(words[j]!.lower)) verb = j;
  else if (!/^(?:to|at|from|past|above)$/.test(words[j]?.lower ?? "")) return null;
  // the verb, just before, or before a "from" phrase ("rose from 142 by mid-March to 313")
  else
    while (
      verb >= 0 &&
      verb >= j - 8 &&
      !isVerb(verb) &&
      words[verb]!.pos !== "PUNCT" &&
      // (a participle before the count is no verb of its own: "taking its running total to 217")
      (words[verb]!.pos !== "VERB" || COUNT_WORDS.has(words[verb + 1]?.lower ?? ""))
    )
      verb -= 1;
  if (verb < 0 || !isVerb(verb)) return null;
  // "pushed the total to over 4,013,000", "brought the death toll to 40": the count is the verb's object
  if (MOVES_A_COUNT.includes(verbLemma(words[verb]!, words[verb - 1]) ?? "")) {
    const object = words.slice(verb + 1, j);
    const happened = object.find((w) => (w.pos === "NOUN" || w.pos === "PROPN") && nounHappened(w));
    if (happened) return { word: happened, happened: nounHappened(happened)! };
    // (the lite model tags "total" after "the" as an adjective)
    const count = object.find((w) => COUNT_WORDS.has(w.lower) && w.lower !== "it");
    if (count) return { word: count, happened: "counted" };
  }
  for (let k = verb - 1; k >= 0 && k >= verb - 8; k--) {
    const w = words[k]!;
    if (w.pos === "PUNCT" || w.pos === "VERB") break;
    const happened = w.pos === "NOUN" || w.pos === "PROPN" ? nounHappened(w) : undefined;
    if (happened) return { word: w, happened };
    // "the figure had climbed to 356,000", "by 26 February it had reached 948,000": the count itself
    if (COUNT_WORDS.has(w.lower) && (w.pos === "NOUN" || w.pos === "PRON")) return { word: w, happened: "counted" };
  }
  return null;
}

/** Forms of the verbs that take a count's number as their object: "deaths totalled 504", "reached 955". */
const TAKES_THE_NUMBER =
  /^(?:reach|reached|reaches|pass|passed|passes|top|topped|tops|hit|hits|exceed|exceeded|exceeds|surpass|surpassed|surpasses|total|totalled|totaled|totals|number|numbered|numbers)$/;

/** Nouns (and the pronoun) that stand for a count already given, as subject of a verb that brings it to a number. */
const COUNT_WORDS = new Set(["figure", "tally", "count", "total", "number", "toll", "it"]);

const CAME_TO_FORMS =
  /^(?:rose|risen|rises|climbed|climbs|reached|reaches|stood|stands|increased|jumped|grew|grown|swelled|passed|topped|raised|revised|lowered|updated|exceeded|surpassed|totalled|totaled|numbered|pushed|brought|took|lifted)$/;

/** Past forms that do not begin with their lemma's stem. */
const IRREGULAR_FORMS = ["fled", "left", "slain", "dying", "rose", "risen", "stood", "grew"];

/** A lemma's stem, for the prefilter below: "execute" → "execut", "fatality" → "fatalit"; short ones whole. */
const stem = (lemma: string) => (lemma.length > 4 ? lemma.replace(/[ey]$/, "") : lemma);

/**
 * Whether a stretch of text holds the stem of some verb or noun above: one
 * without any cannot hold a cue, and is not tagged (tagging a stretch costs
 * more than all the rules read in it). Built from the tables, so a word added
 * to them is never filtered out.
 */
export const MAY_SAY_WHAT_HAPPENED = new RegExp(
  `\\b(?:${[
    ...new Set([...HAPPENED_VERBS.keys(), ...HAPPENED_NOUNS.keys(), ...MOVES_TO].map(stem)),
    ...IRREGULAR_FORMS,
    // (the others, whose bare forms are common words, "number", "total", "take": only the forms that move a count)
    CAME_TO_FORMS.source.slice(1, -1),
    ...HAPPENED_PHRASES.map(([said]) => said.join(" ")),
  ].join("|")})`,
  "i",
);

/** What a noun says happened, by its lemma or, for a capitalised word the tagger took for a name, its singular. */
function nounHappened(w: Word): Happened | undefined {
  return HAPPENED_NOUNS.get(w.lemma) ?? HAPPENED_NOUNS.get(w.lower.replace(/s$/, ""));
}

/**
 * A word's lemma if it is a verb: a verb, or a past participle the tagger
 * took for an adjective after "be" ("have been resettled").
 */
function verbLemma(w: Word, before: Word | undefined): string | null {
  if (w.pos === "VERB") return w.lemma;
  if (w.pos !== "ADJ" || before?.pos !== "AUX" || !w.lower.endsWith("ed")) return null;
  const stem = w.lower.slice(0, -2);
  for (const lemma of [stem, `${stem}e`, stem.slice(0, -1)]) if (HAPPENED_VERBS.has(lemma)) return lemma;
  return w.lemma;
}

/** The clause that holds words first..last: out to the nearest comma, semicolon, colon, bracket or dash. */
function clauseAround(words: readonly Word[], first: number, last: number): { start: number; end: number } {
  let a = first;
  while (a > 0 && !CLAUSE_END.has(words[a - 1]!.text)) a -= 1;
  let b = last;
  while (b < words.length - 1 && !CLAUSE_END.has(words[b + 1]!.text)) b += 1;
  return { start: words[a]!.start, end: words[b]!.end };
}

/** The metric a cue gives, before a host country or the passage decides between kinds of displacement. */
export function metricOf(happened: Exclude<Happened, "counted">): Metric | "displacement" | "abroad" {
  return happened === "fled" ? "displacement" : happened === "arrived" ? "abroad" : happened;
}
