/** Small helpers for the extractor's unit tests. */
import type { ExtractedFigure } from "@/lib/schema";
import { extractFigures } from "./extract-figures";

export const PUB = "2016-12-14"; // a Wednesday

export function figuresOf(text: string, published = PUB): ExtractedFigure[] {
  return extractFigures(text, { published });
}

/** metric:value pairs, the part of a figure that scoring matches on. */
export function pairsOf(text: string, published = PUB): string[] {
  return figuresOf(text, published).map((f) => `${f.metric}:${f.value}${f.high !== null ? `-${f.high}` : ""}`);
}

export function onlyFigure(text: string, published = PUB): ExtractedFigure {
  const figures = figuresOf(text, published);
  if (figures.length !== 1) throw new Error(`expected one figure, got ${figures.length}: ${JSON.stringify(figures)}`);
  return figures[0] as ExtractedFigure;
}
