/**
 * Splits report text into sentences. Line breaks end a sentence (headlines,
 * captions and paragraphs carry no full stop) unless a hard-wrapped line
 * continues in lower case; full stops after common abbreviations and initials
 * ("U.N.", "Feb.", "Gen.") do not.
 */

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt sgt cpl adm brig cmdr gov sen rep pres st mt ft no vs etc " +
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd jr sr approx est dept univ " +
    "a.m p.m e.g i.e u.s u.n u.k"
  ).split(" "),
);

/**
 * Joins hard-wrapped lines: a line break followed by a lower-case word continues the sentence.
 * Gives each line with the paragraph it belongs to: blank lines part paragraphs, and in a text
 * with no blank line between its lines every line is a paragraph of its own.
 */
function joinWrappedLines(text: string): { line: string; paragraph: number }[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const blankParts = lines.some((line, i) => line === "" && i > 0 && i < lines.length - 1);
  const blocks: { line: string; paragraph: number }[] = [];
  let paragraph = 0;
  let blankBefore = false;
  for (const trimmed of lines) {
    if (trimmed === "") {
      blankBefore = true;
      continue;
    }
    const last = blocks.at(-1);
    if (last && !blankBefore && /^[a-z]/.test(trimmed) && !/[.!?:"”]$/.test(last.line)) {
      last.line = `${last.line} ${trimmed}`;
      continue;
    }
    if (last && (blankBefore || !blankParts)) paragraph += 1;
    blocks.push({ line: trimmed, paragraph });
    blankBefore = false;
  }
  return blocks;
}

function endsWithAbbreviation(before: string): boolean {
  const m = /([A-Za-z.]+)$/.exec(before);
  if (!m || !m[1]) return false;
  const word = m[1];
  // single initials: "U.N", "A" (as in "Steve A. Goose")
  if (/^(?:[A-Za-z]\.)*[A-Za-z]$/.test(word) && word.replace(/\./g, "").length <= 3 && /[A-Z]/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function splitBlock(block: string, out: string[]): void {
  // a terminator, optional closing quotes/brackets, then space and a capital or opening quote
  const re = /([.!?]+)(["'”’)\]]*)(\s+)(?=["“'‘(]?[A-Z0-9])/g;
  let from = 0;
  for (const m of block.matchAll(re)) {
    const stop = m.index;
    const punct = m[1] ?? "";
    if (punct === "." && endsWithAbbreviation(block.slice(from, stop))) continue;
    // "Lebanon ........... 154,387": dot leaders lead a label to its number
    if (/^\.{2,}$/.test(punct) && /\d/.test(block[m.index + m[0].length] ?? "")) continue;
    const end = stop + punct.length + (m[2] ?? "").length;
    const sentence = block.slice(from, end).trim();
    if (sentence) out.push(sentence);
    from = end + (m[3] ?? "").length;
  }
  const rest = block.slice(from).trim();
  if (rest) out.push(rest);
}

/** The number that opens a numbered line: "1. ", "2) ". */
const NUMBERED_LINE = /^\d{1,2}[.)]\s+(?=\S)/;

/**
 * The longest sentence the extractor reads whole. Real sentences stay far
 * below it; a longer run (a table pasted as text, a page with no full stops)
 * is read in pieces cut at spaces, so the work per sentence stays bounded.
 */
export const MAX_SENTENCE_CHARS = 1000;

export function splitSentences(text: string): string[] {
  return splitParagraphs(text).sentences;
}

/** The report's sentences, and for each the paragraph it stands in (counted from 0). */
export function splitParagraphs(text: string): { sentences: string[]; paragraphs: number[] } {
  const sentences: string[] = [];
  const paragraphs: number[] = [];
  for (const { line, paragraph } of joinWrappedLines(text)) {
    const found: string[] = [];
    // "1. Civilians: 1,528": a numbered line is a line of a list, its number no sentence of its own
    splitBlock(line.replace(NUMBERED_LINE, "- "), found);
    for (const sentence of found) {
      for (const piece of sentence.length > MAX_SENTENCE_CHARS ? cutLong(sentence) : [sentence]) {
        sentences.push(piece);
        paragraphs.push(paragraph);
      }
    }
  }
  return { sentences, paragraphs };
}

function cutLong(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const space = rest.lastIndexOf(" ", MAX_SENTENCE_CHARS);
    const cut = space > MAX_SENTENCE_CHARS / 2 ? space : MAX_SENTENCE_CHARS;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
