/**
 * The language a report is written in, and whether the extractor can read
 * it. The extractor's rules are English: a report in another language would
 * give no figure, or wrong ones, so it is refused with a message naming the
 * language rather than read as an empty report.
 *
 * franc guesses from trigrams and needs some text: on a line or two of
 * Latin-script words it guesses wildly ("Syria: 2,000 displaced" reads as
 * Italian), so below MIN_LETTERS such a text counts as undetermined and is
 * read. A non-Latin script is a safe signal at any length. It chooses only
 * among the languages reports on Syria come in (Nynorsk and Scots are
 * English's usual false friends), and English within ENGLISH_MARGIN of the
 * best guess is taken as English: refusing an English report loses its
 * figures, while the odd word of markup or a quoted name in another
 * language must not tip the balance.
 */
import { francAll } from "franc";
import { ExtractError } from "./errors";

/** Letters below which a Latin-script guess is not trusted. */
export const MIN_LETTERS = 120;
/** English's trigram score as a share of the best one, at or above which a text counts as English. */
const ENGLISH_MARGIN = 0.9;

/** ISO 639-3 (franc) to ISO 639-1 (the report record) and an English name, for the languages reports on Syria come in. */
const LANGUAGES: Record<string, [code: string, name: string]> = {
  eng: ["en", "English"],
  arb: ["ar", "Arabic"],
  ara: ["ar", "Arabic"],
  apc: ["ar", "Arabic"],
  fra: ["fr", "French"],
  deu: ["de", "German"],
  spa: ["es", "Spanish"],
  ita: ["it", "Italian"],
  por: ["pt", "Portuguese"],
  nld: ["nl", "Dutch"],
  tur: ["tr", "Turkish"],
  rus: ["ru", "Russian"],
  ukr: ["uk", "Ukrainian"],
  pes: ["fa", "Persian"],
  fas: ["fa", "Persian"],
  prs: ["fa", "Persian"],
  heb: ["he", "Hebrew"],
  ckb: ["ku", "Kurdish"],
  kmr: ["ku", "Kurdish"],
  swe: ["sv", "Swedish"],
  nob: ["no", "Norwegian"],
  dan: ["da", "Danish"],
  pol: ["pl", "Polish"],
  ell: ["el", "Greek"],
  cmn: ["zh", "Chinese"],
  jpn: ["ja", "Japanese"],
  kor: ["ko", "Korean"],
  urd: ["ur", "Urdu"],
  hin: ["hi", "Hindi"],
  ind: ["id", "Indonesian"],
  zlm: ["ms", "Malay"],
};

const CANDIDATES = Object.keys(LANGUAGES);

export interface DetectedLanguage {
  /** ISO 639-1 when known, else franc's ISO 639-3 code; null when the text is too short to tell. */
  code: string | null;
  name: string | null;
}

export function detectLanguage(text: string): DetectedLanguage {
  // Trigrams of the first 20,000 characters say as much as the whole page, faster.
  const sample = text.slice(0, 20_000);
  const all = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const latinScript = all === 0 || latin / all >= 0.5;
  if (latinScript && all < MIN_LETTERS) return { code: null, name: null };
  const scores = francAll(sample, { minLength: 1, only: CANDIDATES });
  const [best, score] = scores[0] ?? ["und", 0];
  if (best === "und") return { code: null, name: null };
  const english = scores.find(([code]) => code === "eng")?.[1] ?? 0;
  const guess = score > 0 && english / score >= ENGLISH_MARGIN ? "eng" : best;
  const known = LANGUAGES[guess];
  return known ? { code: known[0], name: known[1] } : { code: guess, name: null };
}

/**
 * Why the extractor cannot read a report, as one line ("language: ar (Arabic);
 * only English is read for now"), or null when it is English. Either the
 * language found or the one declared (`declared`, what the person ingesting
 * says) saying "not English" is enough: English rules on other words read
 * nothing, or nonsense.
 */
export function languageRefusal(detected: DetectedLanguage, declared?: string): string | null {
  const other =
    detected.code !== null && detected.code !== "en"
      ? detected
      : declared && declared !== "en"
        ? { code: declared, name: null }
        : null;
  return other ? `language: ${other.code}${other.name ? ` (${other.name})` : ""}; only English is read for now` : null;
}

/** The ISO 639-1 code to store with a report the extractor reads ("en"), or an ExtractError saying why not. */
export function readableLanguage(text: string, declared?: string): string {
  const refusal = languageRefusal(detectLanguage(text), declared);
  if (refusal) throw new ExtractError("LANGUAGE_UNREAD", refusal);
  return "en";
}
