/**
 * Finds the numbers in a sentence's tokens: digits ("7,500", "1.5 million"),
 * words ("Forty-nine", "a million", "three million"), words of magnitude
 * ("dozens", "tens of thousands", "several thousand") and ranges ("2,000 to
 * 3,000", "between 50 and 60"). Whether a number is a figure is decided later.
 */
import { MONTH_WORD, SINGULAR_PERSON_NOUNS } from "./lexicon";
import type { Token } from "./tokens";

/** A lookup table without a prototype, so that "constructor" is not a number word. */
function table(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries));
}

export interface NumberMention {
  /** Token span [start, end) of the number itself, hedges excluded. */
  start: number;
  end: number;
  value: number;
  high: number | null;
  /** A word of magnitude; `value` is its conventional floor. */
  vague: boolean;
  /** "a"/"an" read as one ("a civilian was killed"). */
  article: boolean;
  /** Written as four bare digits (a possible year). */
  bareFourDigits: boolean;
  /** "a man and his two sons": the count mixes kinds of people, so it names no group. */
  family?: true;
}

const UNITS: ReadonlyMap<string, number> = table({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS: ReadonlyMap<string, number> = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES: ReadonlyMap<string, number> = table({
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
});
const SUFFIX_SCALES: ReadonlyMap<string, number> = table({ k: 1_000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000 });

/** Plural words of magnitude and their floors (FIGURES.md); "scores" by analogy with "dozens". */
const PLURAL_MAGNITUDES: ReadonlyMap<string, number> = table({
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2_000,
  millions: 2_000_000,
});
/** "several"/"a few"/"many" + a singular scale word: how many of that scale the floor is. */
const FEW_FACTORS: ReadonlyMap<string, number> = table({ several: 3, few: 2, many: 2 });
const FEW_SCALES: ReadonlyMap<string, number> = table({ dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000 });

interface Cardinal {
  value: number;
  end: number;
  scaled: boolean;
}

const isWord = (t: Token | undefined, ...options: string[]): boolean =>
  t !== undefined && t.kind === "word" && options.includes(t.lower);

function parseDigits(tokens: readonly Token[], i: number): Cardinal | null {
  const t = tokens[i];
  if (!t || t.kind !== "num") return null;
  // "7,500" groups by thousands; "1.5" is a decimal; anything else ("1,2") is not a count.
  let raw = t.text;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) raw = raw.replace(/,/g, "");
  else if (!/^\d+(?:\.\d+)?$/.test(raw)) return null;
  let value = Number(raw);
  let end = i + 1;
  let scaled = false;
  const next = tokens[end];
  if (next && next.kind === "word" && next.start === t.end && SUFFIX_SCALES.has(next.lower)) {
    value *= SUFFIX_SCALES.get(next.lower) ?? 1;
    end += 1;
    scaled = true;
  }
  while (!scaled || tokens[end - 1]?.lower === "hundred") {
    const s = tokens[end];
    if (!s || s.kind !== "word" || !SCALES.has(s.lower)) break;
    value *= SCALES.get(s.lower) ?? 1;
    end += 1;
    scaled = true;
  }
  return { value, end, scaled };
}

/** `a`: "a hundred and twenty" is read as "one hundred and twenty" from the scale word on. */
function parseWords(tokens: readonly Token[], i: number, a = false): Cardinal | null {
  let total = 0;
  let current = a ? 1 : 0;
  let j = i;
  let any = a;
  let scaled = false;
  let lastWasSmall = false;
  for (;;) {
    const t = tokens[j];
    if (!t || t.kind !== "word") break;
    const w = t.lower;
    if (UNITS.has(w) || TENS.has(w)) {
      if (lastWasSmall) break;
      current += UNITS.get(w) ?? TENS.get(w) ?? 0;
      any = true;
      j += 1;
      lastWasSmall = true;
      // "forty-nine"
      if (TENS.has(w) && tokens[j]?.text === "-" && tokens[j + 1] && UNITS.has(tokens[j + 1]?.lower ?? "")) {
        current += UNITS.get(tokens[j + 1]?.lower ?? "") ?? 0;
        j += 2;
      }
      // "three point six million", "six and a half million": a fraction in words, then the scale it belongs to
      const decimal = wordDecimal(tokens, j);
      if (decimal) {
        total += (current + decimal.fraction) * decimal.scale;
        current = 0;
        j = decimal.end;
        scaled = true;
        break;
      }
      continue;
    }
    if (any && SCALES.has(w)) {
      const scale = SCALES.get(w) ?? 1;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      scaled = true;
      lastWasSmall = false;
      j += 1;
      // "two hundred and fifty"
      const n1 = tokens[j + 1]?.lower ?? "";
      // ("between one thousand and two thousand": a second number of the same scale is another number)
      const later = SCALES.get(tokens[j + 2]?.lower ?? "") ?? 0;
      const another = scale >= 1_000 && later >= scale;
      // ("four million and thirteen thousand": after a million, only a count of thousands goes on with it)
      const thousandsAfter = w === "million" && thousandsFollow(tokens, j + 1);
      if (
        (w !== "million" || thousandsAfter) &&
        tokens[j]?.lower === "and" &&
        (UNITS.has(n1) || TENS.has(n1)) &&
        !another
      )
        j += 1;
      // "sixty-one thousand, eight hundred and thirteen": a comma inside one number written out
      else if (scale >= 1_000 && tokens[j]?.text === "," && restsInWords(tokens, j + 1)) j += 1;
      continue;
    }
    break;
  }
  if (!any) return null;
  return { value: total + current, end: j, scaled };
}

/** Whether the words from j count thousands: "thirteen thousand", "five hundred thousand", "forty-two thousand". */
function thousandsFollow(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 6; k++) {
    const w = tokens[k]?.lower ?? "";
    if (w === "thousand") return true;
    if (!(UNITS.has(w) || TENS.has(w) || w === "hundred" || w === "and" || tokens[k]?.text === "-")) return false;
  }
  return false;
}

/** After a comma: "eight hundred and thirteen" or "forty-two" goes on with a number in words; "forty of them" does not. */
function restsInWords(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]?.lower ?? "";
  return (UNITS.has(w) && isWord(tokens[j + 1], "hundred")) || (TENS.has(w) && tokens[j + 1]?.text === "-");
}

/** "point six million" or "and a half million" after a whole number in words: the fraction and the scale, or null. */
function wordDecimal(tokens: readonly Token[], j: number): { fraction: number; scale: number; end: number } | null {
  // "six and a half million", "four and a quarter million"
  if (isWord(tokens[j], "and") && isWord(tokens[j + 1], "a") && isWord(tokens[j + 2], "half", "quarter")) {
    const scale = SCALES.get(tokens[j + 3]?.lower ?? "");
    const fraction = tokens[j + 2]?.lower === "half" ? 0.5 : 0.25;
    return scale && scale >= 1_000 ? { fraction, scale, end: j + 4 } : null;
  }
  if (!isWord(tokens[j], "point")) return null;
  let digits = "";
  let k = j + 1;
  while (tokens[k] && (UNITS.get(tokens[k]!.lower) ?? 10) < 10) {
    digits += String(UNITS.get(tokens[k]!.lower));
    k += 1;
  }
  const scale = SCALES.get(tokens[k]?.lower ?? "");
  if (digits === "" || !scale || scale < 1_000) return null;
  return { fraction: Number(`0.${digits}`), scale, end: k + 1 };
}

/** "a hundred", "a million", "half a million", "a quarter of a million", "a dozen", "a score of". */
function parseArticleScale(tokens: readonly Token[], i: number): Cardinal | null {
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  if (t.lower === "half" && isWord(tokens[i + 1], "a") && isWord(tokens[i + 2], "million", "thousand")) {
    return { value: (SCALES.get(tokens[i + 2]?.lower ?? "") ?? 0) / 2, end: i + 3, scaled: true };
  }
  // ("an estimated quarter of a million": or with its article taken by the hedge)
  const quarter = isWord(t, "a") ? i + 1 : i;
  if (
    isWord(tokens[quarter], "quarter") &&
    isWord(tokens[quarter + 1], "of") &&
    isWord(tokens[quarter + 2], "a") &&
    isWord(tokens[quarter + 3], "million")
  )
    return { value: 250_000, end: quarter + 4, scaled: true };
  if (isWord(t, "a", "one") && isWord(tokens[i + 1], "dozen")) return { value: 12, end: i + 2, scaled: false };
  // "a score of men": twenty, as "a dozen" is twelve ("scores" is a word of magnitude)
  if (isWord(t, "a") && isWord(tokens[i + 1], "score") && isWord(tokens[i + 2], "of"))
    return { value: 20, end: i + 2, scaled: false };
  if (isWord(t, "a") && isWord(tokens[i + 1], "hundred", "thousand", "million")) {
    // "a hundred and fifty" → 150; "a hundred and sixty thousand" → 160,000; "a million" → 1,000,000
    const words = parseWords(tokens, i + 1, true);
    return words
      ? { ...words, scaled: true }
      : { value: SCALES.get(tokens[i + 1]?.lower ?? "") ?? 1, end: i + 2, scaled: true };
  }
  return null;
}

function parseCardinal(tokens: readonly Token[], i: number): Cardinal | null {
  const c =
    parseArticleScale(tokens, i) ?? parseDigits(tokens, i) ?? parseWords(tokens, i) ?? parseBareHundred(tokens, i);
  if (!c) return null;
  // "two dozen"
  if (isWord(tokens[c.end], "dozen")) return { value: c.value * 12, end: c.end + 1, scaled: false };
  return c;
}

/** "some hundred and twenty thousand": "hundred" opening a number in words with no "a" or "one", as in "a hundred". */
function parseBareHundred(tokens: readonly Token[], i: number): Cardinal | null {
  if (!isWord(tokens[i], "hundred") || !isWord(tokens[i + 1], "and")) return null;
  const next = tokens[i + 2]?.lower ?? "";
  if (!UNITS.has(next) && !TENS.has(next)) return null;
  const before = tokens[i - 1];
  if (before && (before.kind === "num" || UNITS.has(before.lower) || TENS.has(before.lower))) return null;
  return parseWords(tokens, i, true);
}

function parseVague(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  const w = t.lower;
  const n1 = tokens[i + 1]?.lower;
  const n2 = tokens[i + 2]?.lower;
  if ((w === "tens" || w === "hundreds") && n1 === "of" && (n2 === "thousands" || n2 === "millions")) {
    const base = w === "tens" ? 10 : 100;
    return { value: base * 2 * (n2 === "thousands" ? 1_000 : 1_000_000), end: i + 3 };
  }
  if (w === "thousands" && n1 === "upon" && n2 === "thousands") return { value: 2_000, end: i + 3 };
  const few = w === "a" && n1 === "few" ? "few" : w === "several" || w === "many" ? w : null;
  if (few) {
    const scaleAt = w === "a" ? i + 2 : i + 1;
    const s = tokens[scaleAt]?.lower ?? "";
    const unit =
      FEW_SCALES.get(s) ?? (few === "many" && s === "thousands" ? 1_000 : few === "many" && s === "hundreds" ? 100 : 0);
    if (!unit) return null;
    let value = (FEW_FACTORS.get(few) ?? 2) * unit;
    let end = scaleAt + 1;
    if (s === "hundred" && tokens[end]?.lower === "thousand") {
      value *= 1_000;
      end += 1;
    }
    return { value, end };
  }
  if (PLURAL_MAGNITUDES.has(w)) {
    // "scores" only as a quantity ("scores of", "killing scores.")
    if (w === "scores" && n1 !== "of" && n1 !== "more" && tokens[i + 1]?.kind === "word") return null;
    return { value: PLURAL_MAGNITUDES.get(w) ?? 0, end: i + 1 };
  }
  return null;
}

/** "a"/"an" followed (within two modifiers) by a singular person noun. */
function parseArticleOne(tokens: readonly Token[], i: number): { end: number } | null {
  if (!isWord(tokens[i], "a", "an")) return null;
  if (isWord(tokens[i - 1], "such", "what", "quite", "half", "once", "as")) return null;
  for (let k = i + 1; k <= i + 3; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word") return null;
    if (SINGULAR_PERSON_NOUNS.has(t.lower)) return { end: i + 1 };
  }
  return null;
}

const PARENTS = new Set(["man", "woman", "father", "mother", "husband", "wife"]);

/** "a man and his two daughters", "a woman and her four children": one count of 1 + N. */
function parseFamily(tokens: readonly Token[], i: number): NumberMention | null {
  if (!isWord(tokens[i], "a") || !PARENTS.has(tokens[i + 1]?.lower ?? "")) return null;
  if (!isWord(tokens[i + 2], "and") || !isWord(tokens[i + 3], "his", "her")) return null;
  const c = parseWords(tokens, i + 4) ?? parseDigits(tokens, i + 4);
  if (!c || c.scaled || c.value < 1 || c.value > 20) return null;
  return {
    start: i,
    end: c.end,
    value: c.value + 1,
    high: null,
    vague: false,
    article: false,
    bareFourDigits: false,
    family: true,
  };
}

function looksLikeYear(c: Cardinal, tokens: readonly Token[], start: number): boolean {
  const t = tokens[start];
  return !!t && c.end === start + 1 && /^(?:19|20)\d\d$/.test(t.text);
}

/** The words that make a small number a fraction, with what they divide by: "one third", "three quarters". */
const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ["third", 3],
  ["thirds", 3],
  ["quarter", 4],
  ["quarters", 4],
  ["fifth", 5],
  ["fifths", 5],
  ["tenth", 10],
  ["tenths", 10],
]);

function parseMention(tokens: readonly Token[], i: number): NumberMention | null {
  const vague = parseVague(tokens, i);
  if (vague)
    return {
      start: i,
      end: vague.end,
      value: vague.value,
      high: null,
      vague: true,
      article: false,
      bareFourDigits: false,
    };
  const c = parseCardinal(tokens, i);
  // ("one third is displaced", "two thirds of them": a fraction, not a count; but "three quarters of a million" is
  // a number)
  const fraction = c && c.end === i + 1 ? FRACTION_DENOMINATORS.get(tokens[c.end]?.lower ?? "") : undefined;
  if (c && fraction !== undefined) {
    const scale = isWord(tokens[c.end + 1], "of") && isWord(tokens[c.end + 2], "a") ? tokens[c.end + 3]?.lower : "";
    if (scale !== "million" && scale !== "billion") return null;
    const value = Math.round((c.value / fraction) * (scale === "million" ? 1e6 : 1e9));
    return { start: i, end: c.end + 4, value, high: null, vague: false, article: false, bareFourDigits: false };
  }
  if (c) {
    const bareFourDigits = looksLikeYear(c, tokens, i);
    let high: number | null = null;
    let end = c.end;
    const sep = tokens[c.end];
    // ("ran from around 75 to nearly 140": a hedge on either end)
    const lead = isWord(tokens[i - 1], ...END_HEDGES) ? i - 1 : i;
    const between = isWord(tokens[lead - 1], "between");
    // "rose from 300 to 500" is a change; "estimates range from 350 to 1,400" is a range
    const fromBefore =
      isWord(tokens[lead - 1], "from") &&
      !isWord(
        tokens[lead - 2],
        "range",
        "ranges",
        "ranged",
        "ranging",
        "run",
        "runs",
        "ran",
        "vary",
        "varies",
        "varied",
        "varying",
      );
    // ("raised its toll since Nov. 15 to 1,134": a day of a month is no low end)
    const dayOfMonth =
      c.value <= 31 &&
      (MONTH_WORD.test(tokens[i - 1]?.text ?? "") ||
        (tokens[i - 1]?.text === "." && MONTH_WORD.test(tokens[i - 2]?.text ?? "")));
    if (
      sep &&
      !fromBefore &&
      !bareFourDigits &&
      !dayOfMonth &&
      (isWord(sep, "to", "or") || /^[-–]$/.test(sep.text) || (between && isWord(sep, "and")))
    ) {
      const highAt = isWord(tokens[c.end + 1], ...END_HEDGES) ? c.end + 2 : c.end + 1;
      const h = parseCardinal(tokens, highAt);
      if (h && !looksLikeYear(h, tokens, highAt)) {
        let low = c.value;
        // "10 to 15 thousand": the scale written once belongs to both ends
        if (h.scaled && !c.scaled) {
          const scale =
            [1_000_000_000, 1_000_000, 1_000, 100].find((s) => h.value % s === 0 && h.value / s < 1_000) ?? 1;
          if (low * scale <= h.value) low *= scale;
        }
        if (h.value > low && Number.isInteger(h.value)) {
          high = h.value;
          end = h.end;
          return finish(i, end, low, high, bareFourDigits);
        }
      }
    }
    return finish(i, end, c.value, high, bareFourDigits);
  }
  const family = parseFamily(tokens, i);
  if (family) return family;
  const one = parseArticleOne(tokens, i);
  if (one) return { start: i, end: one.end, value: 1, high: null, vague: false, article: true, bareFourDigits: false };
  return null;
}

/** The one-word hedges a range's end may carry: "from around 75 to nearly 140". */
const END_HEDGES = ["around", "about", "roughly", "nearly", "almost", "some", "approximately"];

function finish(
  start: number,
  end: number,
  value: number,
  high: number | null,
  bareFourDigits: boolean,
): NumberMention | null {
  const v = Math.round(value);
  if (v < 1 || Math.abs(v - value) > 1e-6 * Math.max(1, value)) return null;
  return { start, end, value: v, high, vague: false, article: false, bareFourDigits };
}

/** The value of a number written as one word under a hundred ("nine", "twenty"), or null. */
export function numberWord(lower: string): number | null {
  return UNITS.get(lower) ?? TENS.get(lower) ?? null;
}

/** Every number in the tokens, left to right, without overlaps. */
export function findNumberMentions(tokens: readonly Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = parseMention(tokens, i);
    if (m) {
      out.push(m);
      i = m.end;
    } else i += 1;
  }
  return out;
}
