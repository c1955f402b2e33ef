import { describe, expect, it } from "vitest";
import { createRandom, generateCorpus } from "./bench-corpus";
import { extractFigures } from "./extract-figures";

describe("synthetic benchmark corpus", () => {
  it("is deterministic for a seed and reaches the requested size", () => {
    const a = generateCorpus(50_000, 3);
    const b = generateCorpus(50_000, 3);
    expect(a).toEqual(b);
    expect(a.reduce((n, x) => n + x.text.length, 0)).toBeGreaterThanOrEqual(50_000);
    expect(createRandom(1)()).toBe(createRandom(1)());
  });

  it("holds figures for the extractor to find", () => {
    const [article] = generateCorpus(5_000, 11);
    expect(article).toBeDefined();
    if (article) expect(extractFigures(article.text, { published: article.published }).length).toBeGreaterThan(0);
  });
});
