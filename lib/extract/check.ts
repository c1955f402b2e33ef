/**
 * The extractor's figures checked against the figure schema: what passes is
 * kept, what does not (a number too large to be a count, a range upside
 * down) is named with its sentence and why, so one bad number never costs
 * the rest of a report. Shared by `npm run extract` and ingest.
 */
import { extractedFigureSchema, firstIssue, type ExtractedFigure } from "@/lib/schema";

/** A figure left out of a report, with the sentence it came from and why. */
export interface RefusedFigure {
  /** Its place among the figures read from the report, from 1. */
  index: number;
  sentence: string;
  reason: string;
}

export function checkFigures(figures: readonly unknown[]): { valid: ExtractedFigure[]; refused: RefusedFigure[] } {
  const valid: ExtractedFigure[] = [];
  const refused: RefusedFigure[] = [];
  figures.forEach((f, i) => {
    const result = extractedFigureSchema.safeParse(f);
    if (result.success) valid.push(result.data);
    else refused.push({ index: i + 1, sentence: sentenceOf(f), reason: firstIssue(result.error) });
  });
  return { valid, refused };
}

function sentenceOf(figure: unknown): string {
  const sentence = (figure as { sentence?: unknown } | null)?.sentence;
  return typeof sentence === "string" ? sentence : "";
}
