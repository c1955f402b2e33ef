/**
 * The numbers that are not figures of this kind: dates, years, times, money,
 * percentages, codes, things rather than people (areas, distances, weapons,
 * vehicles, villages, durations), populations, aid targets, per-day rates and
 * projections (FIGURES.md). The first group is told from the number's own
 * neighbours; the rest from the clause around it.
 */
import { clauseSpan, mentionSpan, type SentenceAnalysis } from "./analysis";
import {
  AUX_WORDS,
  HEDGE_WORDS,
  IS_RATIO,
  NON_PERSON_NOUNS,
  PERSON_NOUNS,
  POPULATION_NOUNS,
  STOP_WORDS,
} from "./lexicon";
import { numberWord, type NumberMention } from "./numbers";
import { joinTokens, type Token } from "./tokens";

export type HeadKind = "person" | "thing" | "none";

export interface HeadNoun {
  kind: HeadKind;
  word: string | null;
  /** Token index of the head noun, or -1. */
  index: number;
  /** Words between the number and its head noun ("Turkish military" in "eight Turkish military personnel"). */
  modifiers: string[];
}

/** Words that end the head-noun search because a verb or cue follows the number directly. */
const VERB_LIKE = new Set([
  "killed",
  "died",
  "slain",
  "massacred",
  "executed",
  "murdered",
  "perished",
  "drowned",
  "fled",
  "flee",
  "fleeing",
  "left",
  "uprooted",
  "evacuated",
  "escaped",
  "hurt",
  "maimed",
  "crossed",
  "crossing",
  "cross",
  "to",
  "in",
  "on",
  "at",
  "from",
  "by",
  "into",
  "with",
  "and",
  "or",
  "as",
  "since",
  "during",
  "across",
  "near",
]);
const SKIPPED = new Set(["of", "the", "more", "other", "additional", "further", "another", "extra", "such"]);

/** Prepositions that end the words after a number before its noun: "25 within hours", "40 during the night". */
const HEAD_ENDS = new Set([
  "within",
  "during",
  "after",
  "before",
  "since",
  "until",
  "across",
  "near",
  "throughout",
  "over",
  "for",
]);
/** Things people make or are given, counted before the people: "asylum applications Syrians have lodged". */
const MADE_BY_PEOPLE: ReadonlySet<string> = new Set(["applications", "application", "requests", "places"]);
/** The pronouns a part of a count is "of": "120 of them". */
const PART_PRONOUNS: ReadonlySet<string> = new Set(["them", "those", "these", "whom"]);
/** What a number may count instead of people: "families", "households". */
const HOUSEHOLDS = new Set(["families", "family", "households", "household"]);
const TIME_DETERMINERS = new Set(["this", "last", "that", "next", "the", "each", "every"]);
const TIME_NOUNS = new Set(["week", "weekend", "month", "year", "day", "morning", "afternoon", "evening", "night"]);

export function findHeadNoun(a: SentenceAnalysis, m: NumberMention): HeadNoun {
  const { tokens } = a;
  const modifiers: string[] = [];
  const first = tokens[m.end];
  const last = tokens[m.end - 1];
  // "three-day", "30-day", "seven-year war", "12-member"
  if (first && last && first.text === "-" && first.start === last.end) {
    const w = tokens[m.end + 1];
    if (w && w.kind === "word" && w.start === first.end) {
      if (NON_PERSON_NOUNS.has(w.lower)) return { kind: "thing", word: w.lower, index: m.end + 1, modifiers };
      if (PERSON_NOUNS.has(w.lower)) return { kind: "person", word: w.lower, index: m.end + 1, modifiers };
      return { kind: "thing", word: w.lower, index: m.end + 1, modifiers };
    }
  }
  let words = 0;
  for (let k = m.end; k < tokens.length && words < 5; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === "punct") {
      if (/^["“”'‘’]$/.test(t.text) || (t.text === "-" && tokens[k - 1]?.end === t.start)) continue;
      break;
    }
    if (t.kind === "num") break;
    const w = t.lower;
    if (SKIPPED.has(w)) continue;
    // ("in the two and a half years of war": a fraction goes with the noun it is a fraction of)
    if (
      k === m.end &&
      w === "and" &&
      tokens[k + 1]?.lower === "a" &&
      /^(?:half|quarter)$/.test(tokens[k + 2]?.lower ?? "")
    ) {
      k += 2;
      continue;
    }
    // "passed 200,000 this week": a time after the number is not what it counts
    if (k === m.end && TIME_DETERMINERS.has(w) && TIME_NOUNS.has(tokens[k + 1]?.lower ?? "")) break;
    // "730 displaced families", "5,000 refugee households": who the families are, counting families
    if (PERSON_NOUNS.has(w) && HOUSEHOLDS.has(tokens[k + 1]?.lower ?? ""))
      return { kind: "thing", word: tokens[k + 1]!.lower, index: k + 1, modifiers: [...modifiers, w] };
    // ("claimed 542 civilian lives": whose lives, then the lives)
    if (PERSON_NOUNS.has(w) && tokens[k + 1]?.lower === "lives")
      return { kind: "person", word: "lives", index: k + 1, modifiers: [...modifiers, w] };
    if (PERSON_NOUNS.has(w)) return { kind: "person", word: w, index: k, modifiers };
    // "27 camp residents", "40 aid workers": a noun before a noun of people only modifies it (not "270,000 asylum
    // applications Syrians have lodged", where the people make what is counted)
    const next = tokens[k + 1];
    if (NON_PERSON_NOUNS.has(w) && !MADE_BY_PEOPLE.has(w) && next?.kind === "word" && PERSON_NOUNS.has(next.lower)) {
      modifiers.push(w);
      return { kind: "person", word: next.lower, index: k + 1, modifiers };
    }
    if (NON_PERSON_NOUNS.has(w)) return { kind: "thing", word: w, index: k, modifiers };
    // ("through eight crossing points": a border's crossing counted, not "1,700 crossing overnight", people crossing)
    if (w === "crossing" && next?.kind === "word" && CROSSING_PLACES.has(next.lower))
      return { kind: "thing", word: next.lower, index: k + 1, modifiers: [...modifiers, w] };
    // "474,461 registered or waiting refugees": words before the noun joined by "or" or "and" describe it
    // (two participles, not a second count: "725,000 registered and 87,000 waiting", "416 deaths and raids")
    if (
      (w === "or" || w === "and") &&
      /(?:ed|ing)$/.test(tokens[k - 1]?.lower ?? "") &&
      k > m.end &&
      tokens[k + 1]?.kind === "word" &&
      !a.mentions.some((x) => x.start === k + 1)
    )
      continue;
    // ("Two cross-border convoys": a compound joined by a hyphen modifies the noun after it, whatever its first word)
    const hyphen = tokens[k + 1];
    const joined = tokens[k + 2];
    if (hyphen?.text === "-" && hyphen.start === t.end && joined?.kind === "word" && joined.start === hyphen.end) {
      modifiers.push(`${w}-${joined.lower}`);
      words += 1;
      k += 2;
      continue;
    }
    // ("gave a figure of 25 within hours of the strike": the time after the number is not what it counts)
    if (VERB_LIKE.has(w) || AUX_WORDS.has(w) || STOP_WORDS.has(w) || HEAD_ENDS.has(w)) break;
    // ("at least 120 of them inside the town": where a part of a count was, right after the number or "of them")
    if ((w === "inside" || w === "outside") && (k === m.end || PART_PRONOUNS.has(tokens[k - 1]?.lower ?? ""))) break;
    modifiers.push(w);
    words += 1;
  }
  return { kind: "none", word: null, index: -1, modifiers };
}

/** What a border crossing is when it is counted: "eight crossing points", "two crossing gates". */
const CROSSING_PLACES: ReadonlySet<string> = new Set(["points", "point", "gates", "gate", "posts", "post", "stations"]);

const MONTH_WORDS = new Set([
  "jan",
  "january",
  "feb",
  "february",
  "mar",
  "march",
  "apr",
  "april",
  "may",
  "jun",
  "june",
  "jul",
  "july",
  "aug",
  "august",
  "sep",
  "sept",
  "september",
  "oct",
  "october",
  "nov",
  "november",
  "dec",
  "december",
]);
/** What "number" follows when it is a verb: "they now number", "deaths number". */
const NUMBER_AS_VERB =
  /^(?:now|still|already|which|who|that|they|together|currently|then|combined|dead|wounded|injured|displaced|[a-z]*[^s\W']s)$/;
const LABEL_WORDS = new Set([
  "resolution",
  "article",
  "number",
  "no",
  "route",
  "highway",
  "brigade",
  "division",
  "unit",
  "flight",
  "room",
  "page",
  "chapter",
  "paragraph",
  "section",
  "grade",
  "class",
  "level",
  "phase",
  "category",
  "vol",
  "volume",
  "item",
  "top",
  "aged",
  "age",
  "ages",
  "platform",
  "gate",
  "block",
  "zone",
  "sector",
  "protocol",
  "version",
]);
/** A word that owns what follows it: "the UN's", "its", "their". */
const POSSESSIVE = /['’]s$|^(?:its|their)$/;
const YEAR_LEADS = new Set([
  "in",
  "since",
  "of",
  "by",
  "until",
  "till",
  "from",
  "early",
  "late",
  "mid",
  "summer",
  "spring",
  "autumn",
  "winter",
  "fall",
  "year",
  "the",
  "before",
  "after",
  "during",
  "through",
  "throughout",
  "between",
]);

function isMonthToken(text: string, lower: string): boolean {
  // "may" is a month only when capitalised
  return MONTH_WORDS.has(lower) && (lower !== "may" || text === "May");
}

/** A number in words, as the second of a ratio: "one in thirteen". */
/** A token's value if it is a small number in figures or words ("nine", "10"), else null. */
function smallNumber(t: { text: string; lower: string; kind: string } | undefined): number | null {
  if (!t) return null;
  if (t.kind === "num") return /^\d{1,3}$/.test(t.text) ? Number(t.text) : null;
  return t.lower === "hundred" ? 100 : numberWord(t.lower);
}

/**
 * Tokens `i` and `j` are "N in M" of a ratio: N below M, M at most a hundred,
 * and what follows M is the share's people or what is said of them ("nine in
 * ten of them", "eight in ten were civilians"), not a place ("3 in two villages").
 */
function isRatioOf(tokens: readonly Token[], i: number, j: number): boolean {
  const n = smallNumber(tokens[i]);
  const m = smallNumber(tokens[j]);
  if (n === null || m === null || n >= m || m > 100 || tokens[i + 1]?.lower !== "in") return false;
  const after = tokens[j + 1]?.lower ?? ".";
  return /^(?:of|were|are|was|is|[,.;)])$/.test(after) || PERSON_NOUNS.has(after);
}

const NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)$/;

/** A number that by its form or its neighbours counts no people at all. */
/** The count's own verb says its people went back: a few words of its noun phrase, then the verb. */
const RETURNED =
  /^(?:(?!(?:and|or|but|while|killed|died|dead|fled|wounded|injured)\b)[a-z'-]+ ){0,3}?(?:(?:have|has|had|were|was|are|is|been|now|already|also|since) )*(?:returned|went back|gone back|came back|come back|gone home|went home|repatriated)\b|^(?:[a-z'-]+ ){0,3}?(?:could|would|may|might|will|to) (?:soon )?return\b/;

/** How far after a number its verb of holding is looked for, and the words that say people are held or missing. */
const HELD_REACH = 12;
const HELD_WORDS = new Set([
  "detained",
  "detention",
  "custody",
  "prison",
  "prisons",
  "imprisoned",
  "jailed",
  "jail",
  "jails",
  "arrested",
  "missing",
  "abducted",
  "kidnapped",
  "held",
]);
/** The count's own verb says its people are held or missing: "14,000 people are believed to be in detention". */
const HELD =
  /^(?:(?!(?:and|or|but|while|killed|died|dead|fled|wounded|injured)\b)[a-z'-]+ ){0,3}?(?:(?:have|has|had|were|was|are|is|been|being|remain|remained|remains)(?: (?:still|now|believed to be|thought to be|said to be|reported to be|reported))? )+(?:detained|in detention|in custody|in prison|imprisoned|jailed|arrested|missing|abducted|kidnapped|held (?:in|at) (?:police|detention|prisons?|jails?|custody))\b/;

/**
 * Whether one of the `reach` words from `from` is in `words`: the cheap test before a pattern that joins
 * them, for checks that run on every number.
 */
function namesAny(tokens: readonly Token[], from: number, reach: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < from + reach && k < tokens.length; k++) if (words.has(tokens[k]!.lower)) return true;
  return false;
}

/** A crowd a number sizes: "the crowd at", "a crowd of some". */
/** What follows a difference between two counts: "550 more than in March", "534 fewer than the year before". */
const DIFFERENCE_AFTER = /^(?:more|fewer|less|higher|lower) than (?:in|on|during|the|that|a|its|their|last|at)\b/;
const CROWD_BEFORE = /\bcrowds? (?:at|of)(?: (?:some|about|around|nearly|more than|over|up to|at least))?$/;
/** Participles of people taken: "captured", "arrested", "taken prisoner". */
const TAKEN_WORDS: ReadonlySet<string> = new Set([
  "arrested",
  "captured",
  "detained",
  "abducted",
  "kidnapped",
  "jailed",
  "imprisoned",
  "taken",
]);
/** Words that define a term by a threshold: "defines a massacre as", "the definition of". */
const DEFINES = /\bdefin(?:e|es|ed|ing|ition)\b/;
/** Words one of which a count of people going back holds: the rest of RETURNED is read only then. */
const RETURN_WORDS = new Set(["returned", "back", "home", "repatriated", "return"]);
/** A hedge that may stand between a word and the number after it: " at least", " some", " an estimated". */
const A_HEDGE = String.raw`(?: (?:at least|some|about|around|nearly|almost|more than|over|up to|as many as|roughly|an estimated))?`;
/** People who may yet lose their homes, or go hungry: "at imminent risk of". */
const AT_RISK = String.raw`at (?:imminent |high |serious |great )?risk of`;

/** The verbs that send people back, and how far before a number they are looked for. */
const SENT_BACK_WORDS = new Set([
  "send",
  "sending",
  "sent",
  "deport",
  "deported",
  "deporting",
  "repatriate",
  "return",
  "resettle",
]);
const SENT_BACK_REACH = 4;
const SENT_BACK = new RegExp(
  String.raw`\b(?:(?:send|sending|sent|return|repatriate)(?: back)?|deport(?:ed|ing)?|resettle)${A_HEDGE}$`,
);
/** "send" with no "back" before the number, which must then have it after: "send at least a million of them back". */
const SENT_ONLY = new RegExp(String.raw`\b(?:send|sending|sent)${A_HEDGE}$`);
const BACK_AFTER = /^(?:\S+ ){0,3}?back\b/;

/**
 * A year before the war, the time of the count's own clause: "Hama in 1982, when about 10,000 people were killed",
 * "a conflict that has cost about 45,000 lives since 1984", "thousands of Kurds were killed at Halabja in 1988". Not
 * a year something began in ("founded in 1997", "since records began in 2008", "first opened in 1991"), nor one
 * set off after the count ("more than four million …, the biggest exodus since 1992").
 */
const PRE_WAR_YEAR = String.raw`(?:19\d\d|200\d|2010)`;
const NAMES_PRE_WAR_YEAR = new RegExp(String.raw`\b${PRE_WAR_YEAR}\b`);
const YEAR_BEFORE_THE_WAR = new RegExp(
  String.raw`\b(?:in|since|of|during)\s+${PRE_WAR_YEAR}\b|\b${PRE_WAR_YEAR},?\s+when\b`,
  "g",
);
const YEAR_AFTER_THE_COUNT = new RegExp(String.raw`^[^,;]*?\b(?:in|since|of|during)\s+${PRE_WAR_YEAR}\b`);
const BEGAN_BEFORE = /\b(?:founded|established|created|formed|set up|opened|began|begun|started|launched|built)\s+$/;

/** Whether the clause a number stands in is dated to a year before the war. */
export function isBeforeTheWar(a: SentenceAnalysis, m: NumberMention): boolean {
  // (most sentences name no such year: read once per count, the test is kept cheap)
  if (!NAMES_PRE_WAR_YEAR.test(a.text)) return false;
  const clause = clauseSpan(a, m.start);
  const span = mentionSpan(a, m);
  const after = YEAR_AFTER_THE_COUNT.exec(a.text.slice(span.end, clause.end));
  if (after && !BEGAN_BEFORE.test(after[0].replace(/\S+\s+\S+$/, ""))) return true;
  // (and what leads into the clause: "Older people here remember Hama in 1982, when about 10,000 …")
  const from = Math.min(clause.start, Math.max(0, a.text.lastIndexOf(",", clause.start - 2) + 1, span.start - 80));
  const before = a.text.slice(from, span.start);
  for (const y of before.matchAll(YEAR_BEFORE_THE_WAR))
    if (!BEGAN_BEFORE.test(before.slice(Math.max(0, y.index - 30), y.index))) return true;
  return false;
}

/** What joins two days of one month: "27 and 28 June", "12 to 27 January", "9-12 February". */
const DAYS_JOINED: ReadonlySet<string> = new Set(["and", "to", "through", "until", "till", "-", "–"]);

/** A day's number in a date: "on March 21", "21 March", "March. 21", "on 27 and 28 June" (the first of two days). */
export function isDayOfMonth(tokens: readonly Token[], m: NumberMention): boolean {
  const first = tokens[m.start];
  if (first?.kind !== "num" || m.value > 31) return false;
  const [prev, prev2, next] = [tokens[m.start - 1], tokens[m.start - 2], tokens[m.end]];
  if (prev && isMonthToken(prev.text, prev.lower)) return true;
  if (prev?.text === "." && prev2 && isMonthToken(prev2.text, prev2.lower)) return true;
  if (next && isMonthToken(next.text, next.lower)) return true;
  // ("killed on 27 and 28 June", "from 12 to 27 January": the first of two days a month follows)
  const [day, month] = [tokens[m.end + 1], tokens[m.end + 2]];
  return (
    DAYS_JOINED.has(next?.lower ?? "") &&
    day?.kind === "num" &&
    /^\d{1,2}$/.test(day.text) &&
    month !== undefined &&
    isMonthToken(month.text, month.lower)
  );
}

const HOW_MANY_REMAINED =
  /\bhow many (?:people |civilians |residents )?(?:remained|remain|stayed|stay|were still|are still|were left|are left)\b/;

/** "aged", "aged between", "aged about": what says the number after it is an age. */
function agedBefore(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1]?.lower;
  return prev === "aged" || (AGE_LEAD.test(prev ?? "") && tokens[start - 2]?.lower === "aged");
}
const AGE_LEAD = /^(?:between|about|around|roughly|approximately|nearly|almost|some|under|over)$/;

export function isNotACount(a: SentenceAnalysis, m: NumberMention, head: HeadNoun): boolean {
  const { tokens } = a;
  const first = tokens[m.start];
  const lastTok = tokens[m.end - 1];
  if (!first || !lastTok) return true;
  const prev = tokens[m.start - 1];
  const prev2 = tokens[m.start - 2];
  const next = tokens[m.end];
  const next2 = tokens[m.end + 1];
  const numeric = first.kind === "num";

  if (head.kind === "thing") return true;
  // ("OCHA said it was unclear how many people remained in the parts of the enclave …, though some estimates put the
  // figure at 20,000 to 25,000": a count of those who stayed, not of any loss)
  if (head.kind === "none" && a.norm.includes("how many") && HOW_MANY_REMAINED.test(a.norm)) return true;
  // ("- People living in northwest Syria: more than 4 million": how many live in a place, whatever the list before
  // it counted)
  // (each pattern joins tokens only when the sentence has its verb: this runs for every number read)
  if (m.start <= LABEL_TOKENS && LIVES_IN.test(a.norm) && LIVING_IN_LABEL.test(joinTokens(tokens, 0, m.start)))
    return true;
  // ("- At imminent risk of food insecurity: about 1.5 million", "1.5 million of them are at imminent risk of going
  // hungry": people at risk of hunger, whatever the list counted)
  if (HUNGER.test(a.norm)) {
    const label = m.start <= LABEL_TOKENS ? joinTokens(tokens, 0, m.start) : "";
    if (AT_RISK_LABEL.test(label) || AT_RISK_AFTER.test(joinTokens(tokens, m.end, m.end + 8))) return true;
  }
  // ("It warned that 241,783 more were at risk of being uprooted": people who may yet be, not who were)
  if (a.norm.includes("risk of") && AT_RISK_OF_FLIGHT.test(joinTokens(tokens, m.end, m.end + 10))) return true;
  // ("- Resettlement and admission places pledged worldwide since the crisis began: 224,694": a line's label that
  // counts places, pledges or applications, whatever the list counted)
  if (m.start <= LABEL_TOKENS && prev?.text === ":" && THINGS_LABEL.test(joinTokens(tokens, 0, m.start))) return true;
  // ("224,694 resettlement and other admission places have been pledged")
  if (/\b(?:places|applications)\b/.test(a.norm) && THINGS_AFTER.test(joinTokens(tokens, m.end, m.end + 9)))
    return true;
  // ("- 60,252 people have already received blankets": people aid reached, whatever the list counted)
  if (AID_RECEIVED.test(a.norm) && AID_RECEIVED_AFTER.test(joinTokens(tokens, m.end, m.end + 8))) return true;
  // ("Aid agencies say they reached more than 263,000 people across the area with some assistance": the same, told by
  // who gave it)
  if (
    AID_GIVEN.test(a.norm) &&
    GAVE_AID_TO.test(joinTokens(tokens, Math.max(0, m.start - 4), m.start)) &&
    WITH_AID_AFTER.test(joinTokens(tokens, m.end, m.end + 10))
  )
    return true;
  // ("it estimated the crowd at 50,000", "a crowd of some 5,000 mourners": people gathered, whatever befell some)
  if (prev && (prev.lower === "at" || prev.lower === "of" || prev2?.lower === "of" || prev2?.lower === "at")) {
    if (CROWD_BEFORE.test(joinTokens(tokens, Math.max(0, m.start - 4), m.start))) return true;
  }
  // ("1,884 people killed, nearly 550 more than in March": a difference between two counts, not a count)
  if (DIFFERENCE_AFTER.test(joinTokens(tokens, m.end, m.end + 4))) return true;
  // ("three quarters of the refugee population": a fraction)
  if (next && /^(?:halves|thirds|quarters|fifths|tenths)$/.test(next.lower)) return true;
  // ("…had been killed and seven captured", "and upwards of 12,000 people arrested": people taken, right after
  // their number, with no verb of their own)
  if (TAKEN_WORDS.has(next?.lower ?? "") || (next?.kind === "word" && TAKEN_WORDS.has(next2?.lower ?? ""))) {
    const at = next && TAKEN_WORDS.has(next.lower) ? m.end : m.end + 1;
    const after = tokens[at + 1]?.lower ?? "";
    // (not "160 captured soldiers were executed": the word then describes the people it comes before)
    if (!PERSON_NOUNS.has(after) && (tokens[at]!.lower !== "taken" || /^(?:prisoner|captive|hostage)s?$/.test(after)))
      return true;
  }
  // ("SNHR defines a massacre as an attack killing five or more people at once", "… as an incident in which at least
  // five unarmed people are killed at once": a threshold, no count)
  if (
    ((next?.lower === "or" && /^(?:more|over|above)$/.test(next2?.lower ?? "")) ||
      /\b(?:at least|more than|no fewer than|a minimum of)\s*$/.test(
        joinTokens(tokens, Math.max(0, m.start - 3), m.start),
      )) &&
    DEFINES.test(a.norm.slice(0, first.start))
  )
    return true;
  // "443,000 displaced Syrians went back to their home areas", "31,000 refugees returned": returns (FIGURES.md)
  if (namesAny(tokens, m.end, 8, RETURN_WORDS) && RETURNED.test(joinTokens(tokens, m.end, m.end + 8))) return true;
  // ("Turkey … wants to send at least a million of them back", "Lebanon has deported 2,700", "Ankara wants to resettle
  // some two million Syrian refugees in a zone along the border"): people sent back, or to be, are returns too
  // (not "has sent more than 2,700 people across the border": "send" says back only with "back")
  const from = Math.max(0, m.start - SENT_BACK_REACH);
  if (namesAny(tokens, from, m.start - from, SENT_BACK_WORDS)) {
    const before = joinTokens(tokens, from, m.start);
    if (SENT_BACK.test(before) && (!SENT_ONLY.test(before) || BACK_AFTER.test(joinTokens(tokens, m.end, m.end + 4))))
      return true;
  }
  // "more than 14,000 people are believed to be in detention": the held and the missing (FIGURES.md)
  // (the words are joined only when one of them says so: this runs for every number)
  if (namesAny(tokens, m.end, HELD_REACH, HELD_WORDS) && HELD.test(joinTokens(tokens, m.end, m.end + HELD_REACH)))
    return true;
  // ("In July 2015 the militants shot dead 25 soldiers": a year after its month, whatever follows it; "the UN's 2016
  // regional refugee appeal", "its 2015 report": a year after a possessive)
  if (
    m.bareFourDigits &&
    (head.kind !== "person" ||
      (prev && (YEAR_LEADS.has(prev.lower) || POSSESSIVE.test(prev.lower) || isMonthToken(prev.text, prev.lower))))
  )
    return true;
  if (isDayOfMonth(tokens, m)) return true;
  if (next && next.kind === "word" && next.start === lastTok.end && /^(?:st|nd|rd|th|s)$/.test(next.lower)) return true;
  if (next && /^(?:%|am|pm|gmt|hrs|o'clock)$/.test(next.lower)) return true;
  // a time of day, "10:30", either side of its colon (not a count a colon opens the breakdown of: "stood at
  // 2,752: 1,933 civilians")
  if (next?.text === ":" && next2?.kind === "num" && next.start === lastTok.end && next2.start === next.end)
    return true;
  if (prev?.text === ":" && prev2?.kind === "num" && prev.start === prev2.end && first.start === prev.end) return true;
  if (next && /^[ap]$/.test(next.lower) && next2?.text === ".") return true;
  if (prev && /^[$€£¥]$/.test(prev.text)) return true;
  if (prev && numeric && prev.end === first.start && (prev.kind === "word" || prev.text === "-" || prev.text === "/"))
    return true;
  // (not "number" as a verb: "refugees registered in the region now number 202,512")
  if (
    prev &&
    LABEL_WORDS.has(prev.lower) &&
    numeric &&
    !(prev.lower === "number" && NUMBER_AS_VERB.test(prev2?.lower ?? ""))
  )
    return true;
  // "men over the age of fifty-five", "boys aged fifteen", "children aged between 6 and 13", "two girls aged about
  // one and two": an age, however written, and one coordinated with it
  if (agedBefore(tokens, m.start) || (prev?.lower === "of" && /^ages?$/.test(prev2?.lower ?? ""))) return true;
  if (prev && /^(?:and|or|to)$/.test(prev.lower)) {
    const before = a.mentions.find((x) => x.end === m.start - 1);
    if (before && agedBefore(tokens, before.start)) return true;
  }
  // ("No two officials seem to agree on how many …": no count of two)
  if (first.lower === "two" && m.end === m.start + 1 && prev?.lower === "no") return true;
  if (first.lower === "one" && m.end === m.start + 1) {
    if (next && /^(?:of|another|by|side|day|time|way|hand|point|another's|after)$/.test(next.lower)) return true;
    if (prev && /^(?:no|any|every|this|that|the|each|which|someone|anyone)$/.test(prev.lower)) return true;
    // ("the lower figure covering those registered … and the higher one all Syrian refugees": "one" for a noun)
    if (prev && prev2 && /^(?:the|a|an|this|that)$/.test(prev2.lower) && ONE_AS_NOUN_AFTER.test(prev.lower))
      return true;
  }
  if (prev && /^(?:per|percent)$/.test(prev.lower)) return true;
  // "one in every 13 of the dead", "one victim in thirteen": a ratio, neither number a count
  if (/^(?:in|every)$/.test(prev?.lower ?? "") && IS_RATIO.test(`${joinTokens(tokens, m.start - 4, m.start)} `))
    return true;
  // "eight in every ten"
  if (next?.lower === "in" && next2?.lower === "every") return true;
  if (first.lower === "one" && m.end === m.start + 1 && next?.lower === "in") {
    const after = tokens[m.end + (next2?.lower === "every" ? 2 : 1)];
    if (after?.kind === "num" || (after && NUMBER_WORD.test(after.lower))) return true;
  }
  // "nine in ten of them", "eight in ten were civilians": both numbers of a ratio
  if (m.end === m.start + 1 && next?.lower === "in" && isRatioOf(tokens, m.start, m.end + 1)) return true;
  if (prev?.lower === "in" && m.end === m.start + 1 && isRatioOf(tokens, m.start - 2, m.start)) return true;
  // an age: "children under 5", "most of them under 11", "61 women over eighteen"
  if (
    m.value < 120 &&
    prev &&
    ((/^(?:under|below)$/.test(prev.lower) &&
      /^(?:them|those|children|child|kids|boys|girls|minors|infants)$/.test(prev2?.lower ?? "")) ||
      (/^(?:over|above)$/.test(prev.lower) && /^(?:women|men|adults)$/.test(prev2?.lower ?? "")))
  )
    return true;
  // ("26 of them were under 18": who were minors, by age)
  if (m.value <= 18 && /^(?:under|below)$/.test(prev?.lower ?? "") && /^(?:were|was|are|is)$/.test(prev2?.lower ?? ""))
    return true;
  // "500,000 of the 1.6 million inhabitants have fled", "half of the 300 residents": the whole a share is
  // taken from is a population, not a count of the people it happened to
  if (
    head.kind === "person" &&
    POPULATION_NOUNS.has(head.word ?? "") &&
    prev?.lower === "the" &&
    prev2?.lower === "of" &&
    SHARE_TAKEN.test(tokens[m.start - 3]?.kind === "num" ? "#" : (tokens[m.start - 3]?.lower ?? ""))
  )
    return true;
  // "2,478 infections and 17 deaths from the virus": deaths of an illness are no toll of the war
  // "at least four Syrian refugees living outside the camps have tested positive": cases of an illness
  // (the words are joined only when one of them names an illness: this runs for every number)
  if (namesAny(tokens, m.end, ILLNESS_REACH, ILLNESS_WORDS)) {
    const after = joinTokens(tokens, m.end, m.end + ILLNESS_REACH);
    if (DISEASE_DEATHS.test(after) || TESTED_POSITIVE.test(after)) return true;
  }
  // "a father of five": the size of a family, not a count of victims
  if (prev?.lower === "of" && prev2 && /^(?:father|mother|parent|grandfather|grandmother|family)$/.test(prev2.lower))
    return true;
  return false;
}

/** How far after a number an illness is looked for, and the words that may name one. */
const ILLNESS_REACH = 12;
const ILLNESS_WORDS = new Set([
  "positive",
  "infected",
  "virus",
  "covid",
  "coronavirus",
  "cholera",
  "measles",
  "disease",
  "illness",
  "cancer",
  "causes",
]);
/** Deaths of an illness: "17 deaths from the virus", "12 people died of cholera". */
const DISEASE_DEATHS =
  /^(?:(?:people|patients|refugees|syrians) )?(?:deaths?|dead|died|have died|had died) (?:from|of) (?:the )?(?:virus|covid(?: - 19)?|coronavirus|cholera|measles|disease|illness|cancer|natural causes)\b/;
/** People found to have an illness: "… have tested positive", "were infected with the virus". */
const TESTED_POSITIVE = /\b(?:tested|test|tests) positive\b|\b(?:were|have been|had been) infected\b/;
/** What a share of a whole starts with: a number ("#") or a fraction. */
const SHARE_TAKEN = /^(?:#|half|third|thirds|quarter|quarters|fifth|tenth|most|many|majority|some|hundreds|thousands)$/;
/** "half of the district's", "most of its": a share taken of a place's own people, right before `at`. */
function ofAPlaces(tokens: readonly Token[], at: number): boolean {
  const owner = tokens[at - 1]?.lower ?? "";
  if (!/(?:'s|’s|s'|s’)$|^(?:its|their)$/.test(owner)) return false;
  // ("of its", "of the district's", "of district's")
  const of = tokens[at - 2]?.lower === "the" && !/^(?:its|their)$/.test(owner) ? at - 3 : at - 2;
  return tokens[of]?.lower === "of" && SHARE_TAKEN.test(tokens[of - 1]?.lower ?? "");
}
const POPULATION_BEFORE =
  /\b(?:(?:home|host) to|population of|populated by|inhabited by|(?:city|town|village|province|region|area|country|district|enclave|camp|neighbou?rhood|community|governorate|nation|pocket) of|a population)$/;
/** A list line's label of how many live somewhere: "- People living in northwest Syria:" (not as refugees, nor in camps). */
const LIVING_IN_LABEL =
  /^\s*(?:[-•*–]\s+)?(?:(?:the\s+)?(?:people|civilians|residents|population)\s+)?(?:living|residing|who live|still living)\s+in\b(?![^:;.]{0,60}\b(?:refugees?|displaced|camps?|tents?|shelters?)\b)[^:;.]{0,60}:(?: (?:some|about|around|nearly|almost|more than|over|roughly|an estimated|close to))?$/;
const LABEL_TOKENS = 14;
const THINGS_LABEL =
  /^\s*(?:[-•*–]\s+)?[^:;.]{0,80}\b(?:places|pledged|pledges|applications|requests|appeal|funded|funding|budget)\b[^:;.]{0,60}:$/;
const THINGS_AFTER =
  /^(?:[a-z-]+ ){0,4}?(?:places (?:have |had )?(?:been |were )?(?:pledged|offered|made available)|(?:asylum )?applications)\b/;
const AT_RISK_OF_FLIGHT = new RegExp(
  String.raw`^(?:[a-z]+ ){0,2}?(?:(?:are|were|is|was|remain|remained) )?(?:now |still |also )?${AT_RISK} (?:being )?(?:uprooted|displaced|forced|driven|expelled|killed)\b`,
);
/** Words of hunger, and a count of people at risk of it: a label before the number, or words after it. */
const HUNGER = /\bfood insecur|\bgoing hungry\b|\bhunger\b|\bstarvation\b|\bfamine\b/;
const AT_RISK_LABEL = new RegExp(
  String.raw`^\s*(?:[-•*–]\s+)?(?:people )?(?:${AT_RISK}|facing|in) [^:;.]{0,40}:${A_HEDGE}$`,
);
const AT_RISK_AFTER = new RegExp(
  String.raw`^(?:(?:of (?:them|those|whom) )?(?:are|were|is|was|now|still) )*(?:${AT_RISK}|facing|in (?:need of )?food)\b`,
);
const LIVES_IN = /\b(?:living|residing|live) in\b/;
const AID_RECEIVED = /\b(?:received|been (?:given|provided|reached))\b/;
/** Aid given, in so many words: "with some assistance", "with food". */
const WITH_AID = String.raw`with (?:some |food |humanitarian |emergency |life-saving |basic )?(?:assistance|aid|help|supplies|food)\b`;
const AID_GIVEN = new RegExp(String.raw`\b${WITH_AID}`);
/** A verb of giving aid before a number: "reached more than", "assisted some". */
const GAVE_AID_TO = new RegExp(
  String.raw`\b(?:reached|reach|reaching|assisted|assist|helped|help|supported|support|served|serve|fed|feed)${A_HEDGE}$`,
);
/** After a number, the aid it was reached with, past where: "people across the area with some assistance". */
const WITH_AID_AFTER = new RegExp(String.raw`^(?:[\w'’-]+ ){0,6}?${WITH_AID}`);
/** After a number, the aid its people received: "people have already received blankets, mattresses". */
const AID_RECEIVED_AFTER =
  /^(?:[a-z]+ )?(?:have |had |has )?(?:already |now |also |so far )?(?:received|been given|been provided with|been reached with) (?:[\w-]+ ){0,2}?(?:aid|food|blankets|assistance|help|kits|supplies|mattresses|items|water|rations|vouchers|cash|parcels)\b/;
const HOSTING_BEFORE =
  /\b(?:houses|housing|hosting|hosts|host|accommodating|accommodates|sheltering|shelters|shelter)$/;
const AID_BEFORE =
  /\b(?:for|feed|feeding|serve|serves|serving|reach|reached|reaching|assist|assisting|help|helping|support|supporting|vaccinate|vaccinating|vaccinated|supplies for|aid for|aid to|food for|enough for|sufficient for|to)$/;
/** People a relative clause says what they did: "some 11,000 people who fled", "22,000 Syrians who have fled". */
const WHO_DID_AFTER =
  /^(?:\S+ ){1,4}?(?:who|that) (?:have |had |has )?(?:fled|escaped|left|crossed|were (?:displaced|forced))\b/;
/** A number of the dead: "at least 67 killed", "sixty-seven dead". */
const THE_DEAD_AFTER = /^(?:\S+ ){1,4}?(?:killed|dead)\b/;
// "bringing to 1,700 the number of …": a running total, not aid for 1,700 people
// ("revised its figure to 31 killed": the same, with the count named)
// ("the figure had risen to 246": a count that rose to it)
const RAISED_TO =
  /\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|push|pushes|pushing|pushed|take|takes|taking|took|taken|rose|risen|rises|rising|climbed|climbs|climbing|jumped|grew|grown|increased) to$|\b(?:raised|raises|revised|revises|lowered|lowers|increased|updated|cut|pushed|brought|took|takes) (?:the|its|their|his|her|that) (?:[\w-]+ )?(?:number|figure|toll|tally|count|total|estimate) (?:up |down )?to$/;
// "children accounted for 73 of the victims": a share of a count, not aid for 73 people
// "regime forces were responsible for 161 of these deaths": the same, with its maker named
const SHARE_OF = /\b(?:account(?:s|ed|ing)?|responsible|to blame|blamed) for$/;
const HOST_NOUNS = new Set(["refugees", "refugee", "idps", "displaced"]);
/** Head nouns that count what happened, not people: no one is fed or housed "for 679 deaths". */
const EVENT_NOUNS = new Set(["deaths", "killings", "fatalities", "casualties", "injuries", "murders", "executions"]);

/**
 * A place's own people: "about half of the district's 320,000 inhabitants left", "most of the town's roughly 40,000
 * residents" (the whole a share is taken from), "the Idlib region as a whole is home to some three million",
 * "Idlib's population has roughly doubled during the war to about three million". Not refugees or the displaced a
 * host is home to.
 */
export function isPlacesPopulation(a: SentenceAnalysis, hedgeStart: number, head: HeadNoun): boolean {
  if (head.kind === "person" && POPULATION_NOUNS.has(head.word ?? "") && ofAPlaces(a.tokens, hedgeStart)) return true;
  const hostNoun = head.word !== null && HOST_NOUNS.has(head.word);
  if (hostNoun) return false;
  const before = joinTokens(a.tokens, hedgeStart - 6, hedgeStart);
  // (a camp's people are people who fled: "The camp is home to roughly 70,000 people")
  if (/\b(?:is|are|was|were|now|remains?) home to$/.test(before))
    return !CAMP_BEFORE.test(joinTokens(a.tokens, Math.max(0, hedgeStart - 12), hedgeStart));
  // ("has a total population put by the agency at around 60,000": a place's people, not its refugees)
  if (POPULATION_PUT_AT.test(joinTokens(a.tokens, Math.max(0, hedgeStart - 10), hedgeStart))) return true;
  return POPULATION_GREW.test(before);
}
const POPULATION_PUT_AT =
  /\b(?<!(?:refugee|displaced|idp|camp) )population (?:(?:was|is|has been|had been) )?(?:put|estimated|given|reckoned) (?:by (?:[\w'’-]+ ){1,4})?at$/;
const CAMP_BEFORE = /\b(?:camps?|sites?|shelters?|settlements?|tents?)\b/;
/** A population that grew to a number: "Idlib's population has roughly doubled during the war to about". */
const POPULATION_GREW =
  /\bpopulation (?:has |had )?(?:roughly |nearly |almost )?(?:doubled|tripled|grown|risen|swelled|swollen|increased)\b.*\bto$/;

/**
 * "a city of some 150,000 people", "home to 3 million", "food for 2,000 people".
 * A host's count of people who fled is not a population: `verbLinked` says a
 * verb after the number tells what happened to them.
 */
export function isPopulationOrAid(
  a: SentenceAnalysis,
  hedgeStart: number,
  head: HeadNoun,
  verbLinked: boolean,
): boolean {
  if (isPlacesPopulation(a, hedgeStart, head)) return true;
  const before = joinTokens(a.tokens, hedgeStart - 6, hedgeStart);
  // "blamed air strikes for 679 deaths": aid goes to people, never to deaths
  const words = [head.word, ...head.modifiers, head.index >= 0 ? a.tokens[head.index + 1]?.lower : undefined];
  // (nor to the dead: "raised the count again, to at least 67 killed")
  const ofEvents =
    words.some((w) => w !== null && w !== undefined && EVENT_NOUNS.has(w)) ||
    THE_DEAD_AFTER.test(joinTokens(a.tokens, hedgeStart, hedgeStart + 6));
  const hostNoun = head.word !== null && HOST_NOUNS.has(head.word);
  // ("Iraq was host to 229,285 Syrian refugees": "to" there is not aid going to people)
  if (POPULATION_BEFORE.test(before)) return !hostNoun;
  // ("preparing aid for some 11,000 people who fled Palmyra": aid goes to them, but they are counted as people who
  // fled, a count of their own)
  const toldOf = verbLinked && WHO_DID_AFTER.test(joinTokens(a.tokens, hedgeStart, hedgeStart + 7));
  if (AID_BEFORE.test(before) && !RAISED_TO.test(before) && !SHARE_OF.test(before) && !ofEvents && !toldOf) return true;
  if (HOSTING_BEFORE.test(before)) return !verbLinked && !hostNoun;
  return false;
}

// ("On an average day almost 5,000 people now cross": a flow too)
// Case-sensitive on the original text: "The Daily Star" is a newspaper, not a rate; nor is an age ("a week
// old", "the UN total, which is a week newer").
const RATE =
  /\b(?:[Oo]n a daily basis|[Aa]verage (?:daily|weekly|monthly)|[Aa]n average (?:day|week|night)|(?:[Ee]very|[Ee]ach|[Pp]er) (?:single )?(?:day|week|hour|night|month)|(?<!\b(?:for|in|within|than|over|about|nearly|just|only|one|of) )a (?:day|night|week|month)\b(?! (?:after|before|earlier|later|ago|of|and|or|into|in|when|since|old|long|newer|older|longer|shorter))|daily\b(?! (?:death )?toll\b)|weekly|hourly)\b/;
const RATE_REACH = 60;
/** What joins the ends of a range a rate may run over: " in June to roughly ". */
const RANGE_TO = /^\s+(?:in \w+ )?to (?:roughly |about |around |some |nearly |almost )?$/;

/** A flow ("hundreds cross every day"), judged near the number and short of the neighbouring numbers. */
export function isRate(a: SentenceAnalysis, index: number): boolean {
  const m = a.mentions[index];
  if (!m) return false;
  const clause = clauseSpan(a, m.start);
  const span = mentionSpan(a, m);
  const prev = a.mentions[index - 1];
  const next = a.mentions[index + 1];
  // (the far end of a rate's range is a rate too: "the average daily toll rose from 94 in June to roughly 131")
  const prevEnd = prev ? mentionSpan(a, prev).end : 0;
  const ranged = prev !== undefined && RANGE_TO.test(a.text.slice(prevEnd, span.start)) && isRate(a, index - 1);
  if (ranged) return true;
  let from = Math.max(clause.start, span.start - RATE_REACH, prevEnd);
  // a rate the item before ends with is not this one's: "which it calculates as seven a day, and 110 were women"
  const lead = a.text.slice(from, span.start);
  const cut = Math.max(lead.lastIndexOf(", and "), lead.lastIndexOf("; "));
  if (cut >= 0) from += cut + 1;
  let to = Math.min(clause.end, span.end + RATE_REACH, next ? mentionSpan(a, next).start : a.text.length);
  // nor one the next item opens with: "at more than 44,000, and daily tolls now regularly exceed 100"
  const tail = a.text.slice(span.end, to);
  const stop = [tail.indexOf(", and "), tail.indexOf("; ")].filter((i) => i >= 0);
  if (stop.length > 0) to = span.end + Math.min(...stop);
  // ("On average almost 5,000 people are now crossing …": an average told before the number makes it one)
  return RATE.test(a.text.slice(from, to)) || ON_AVERAGE_BEFORE.test(a.text.slice(from, span.start));
}
/** What makes "one" stand for a noun after it: "the higher one", "the only one", "an earlier one". */
const ONE_AS_NOUN_AFTER =
  /^(?:higher|lower|larger|smaller|bigger|older|newer|earlier|later|latest|latter|former|other|same|only|first|second|third|last|next|previous|final|new|old|official|separate|documented|recorded|reported|confirmed|estimated)$/;
const ON_AVERAGE_BEFORE = /\b[Oo]n average(?:,\s*)?[^,;.]*$/;

const MODAL =
  /\b(?:could|might|would|will|may|expected|expects|expect|projected|projection|projections|forecast|forecasts|predicted|predicts|likely|poised|planning|plans|plan|prepare|prepared|prepares|preparing|ready|appeal|appealed|appeals|aims?|target|targets|capacity|if)\b/;
const FUTURE_CLAUSE =
  /\b(?:by the end of (?:the|this|next) (?:year|month|week)|by (?:year-end|year's end)|in the coming (?:days|weeks|months)|within (?:days|weeks|months)(?![^.]*\b(?:had|was|were|did)\b)|next (?:year|month|week))\b/;

/** A projection, plan or appeal: a modal between the number and its cue, or a future horizon in the clause. */
export function isProjection(a: SentenceAnalysis, from: number, to: number, tokenInClause: number): boolean {
  const span = a.tokens.slice(Math.max(0, from), Math.min(a.tokens.length, to));
  // "May" the month is not the modal; "may have died", "could have fled" guess at the past, they do not project
  // ("groups we could not identify killed 101 people": what could not be done was not, it projects nothing;
  // nor does a report that "was prepared")
  const perfect = (i: number) =>
    (/^(?:may|might|could)$/.test(span[i]!.lower) &&
      (span[i + 1]?.lower === "have" ||
        (span[i]!.lower === "could" &&
          (span[i + 1]?.lower === "not" || COULD_COUNT.test(span[i + 1]?.lower ?? ""))))) ||
    (span[i]!.lower === "prepared" && /^(?:was|were|been)$/.test(span[i - 1]?.lower ?? "")) ||
    // ("433 civilians likely died": a guess at what befell them, not "likely to flee")
    (span[i]!.lower === "likely" && span[i + 1] !== undefined && span[i + 1]!.lower !== "to") ||
    // ("the number killed since March is now likely to exceed 5,000": a guess at what has already happened)
    (span[i]!.lower === "likely" && a.tokens[Math.max(0, from) + i - 1]?.lower === "now");
  if (span.some((t, i) => (t.text === "may" || (t.lower !== "may" && MODAL.test(t.lower))) && !perfect(i))) return true;
  // "planning figures foresee 1 million refugees in Turkey": a count a verb of foreseeing takes
  if (FORESEES_CUE.test(a.norm) && FORESEES.test(joinTokens(a.tokens, Math.max(0, tokenInClause - 4), tokenInClause)))
    return true;
  // ("Activists expected the al-Bayda toll to climb above 100 and possibly to 200": where a count was expected to go)
  if (EXPECTED_CUE.test(a.norm) && EXPECTED_TO_RISE.test(a.norm.slice(0, a.tokens[tokenInClause]?.start ?? 0)))
    return true;
  return inFutureClause(a, tokenInClause);
}
const EXPECTED_CUE = /\b(?:expect|fear|predict)/;
const RISE_TAIL = String.raw`(?: (?:above|to|past|beyond|over))?(?: ${HEDGE_WORDS})?`;
const EXPECTED_TO_RISE = new RegExp(
  String.raw`\b(?:expected|expects|expect|expecting|feared|fears|fear|fearing|predicted|predicts)\b[^.;:]{0,60}?\bto (?:rise|climb|increase|grow|reach|exceed|top|pass|surpass|hit|double)\b(?:${RISE_TAIL} [\d,.]+(?: million| thousand| hundred)? (?:and|or)(?: (?:possibly|perhaps|even|maybe))?)?${RISE_TAIL}\s*$`,
);
// "the group said it could identify no fewer than 80 dead": what it was able to count, already counted
const COULD_COUNT = /^(?:identify|confirm|document|verify|count|name|account)$/;
const FORESEES_CUE = /fores|anticipat|envisag|expects|projects|predicts|forecasts/;
/** A verb of foreseeing right before a count, past its hedge. */
const FORESEES =
  /\b(?:foresee|foresees|foresaw|foreseen|foreseeing|anticipate|anticipates|anticipated|envisage|envisages|envisaged|expects|projects|predicts|forecasts)(?: (?:some|about|around|up to|as many as|more than|over|nearly|roughly|an additional|a further|another))?$/;

/** The clause holding the token names a future horizon ("by the end of the year", "in the coming days"). */
export function inFutureClause(a: SentenceAnalysis, tokenIndex: number): boolean {
  const clause = clauseSpan(a, tokenIndex);
  return FUTURE_CLAUSE.test(a.norm.slice(clause.start, clause.end));
}
