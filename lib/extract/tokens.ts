/**
 * Word-level tokens with character offsets. Everything downstream works on
 * these so that numbers, cues and places can be related by position.
 */
export type TokenKind = "num" | "word" | "punct";

export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// Digits keep their separators ("7,500", "1.5"); words keep inner apostrophes
// ("Saturday’s"); hyphens and other marks stand alone.
// (which group matched says the kind, so no second test of the token is needed)
const TOKEN_RE = /(\d+(?:[.,]\d+)*)|(\p{L}+(?:['’]\p{L}+)*)|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index;
    const kind: TokenKind = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "punct";
    const lower = t.toLowerCase();
    tokens.push({
      text: t,
      lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower,
      start,
      end: start + t.length,
      kind,
    });
  }
  return tokens;
}

/** Lower-cased text with straight apostrophes and quotes, same length as the input. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

/** The normalised text of tokens [from, to), words joined by single spaces. */
export function joinTokens(tokens: readonly Token[], from: number, to: number): string {
  // (concatenated, not pushed and joined: this runs many times for every number)
  let joined = "";
  for (let i = Math.max(0, from), end = Math.min(tokens.length, to); i < end; i++) {
    const t = tokens[i];
    if (t) joined = joined === "" ? t.lower : `${joined} ${t.lower}`;
  }
  return joined;
}

/** True when a token is a hyphen or dash written with spaces around it (a clause break). */
export function isSpacedDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^[-–—]$/.test(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return t.text !== "-" || ((!prev || prev.end < t.start) && (!next || next.start > t.end));
}
