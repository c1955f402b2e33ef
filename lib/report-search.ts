/**
 * Finding a report in the list: by words of its outlet, headline, address or
 * language, matched without regard to case or accents. Each report keeps the
 * folded text it is found by (`reports.search_text`, written with the row),
 * so the database does the matching and the list is read a page at a time.
 */
import type { Report } from "./schema";

/** Lower case, accents dropped: "Le Monde" finds "le monde", "Genève" finds "geneve". */
export function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The text a report is found by: its outlet, headline, address, language and date, folded. */
export function reportSearchText(r: Pick<Report, "outlet" | "headline" | "url" | "language" | "published">): string {
  return fold([r.outlet, r.headline, r.url ?? "", r.language, r.published].join(" "));
}

/** The words of a search, folded: a report must hold every one of them. */
export function searchWords(q: string | null): string[] {
  return q ? fold(q).split(/\s+/).filter(Boolean) : [];
}

/** A LIKE pattern matching `word` anywhere, its own `%`, `_` and `\` taken literally (escape character `\`). */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
