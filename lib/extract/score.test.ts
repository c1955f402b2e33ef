import { describe, expect, it } from "vitest";
import { periodEndsAgree, scoreArticle, summarize, type ComparableFigure } from "./score";

const fig = (over: Partial<ComparableFigure>): ComparableFigure => ({
  metric: "killed",
  value: 10,
  high: null,
  qualifier: "exact",
  periodEnd: "2016-12-14",
  attributedTo: null,
  ...over,
});

describe("scoring", () => {
  it("matches on metric and value, each gold figure at most once", () => {
    const gold = [fig({ value: 10 }), fig({ value: 20, metric: "injured" })];
    const produced = [fig({ value: 10 }), fig({ value: 10 }), fig({ value: 20, metric: "killed" })];
    const s = scoreArticle(produced, gold);
    expect(s.matches).toHaveLength(1);
    expect(s.extras).toHaveLength(2);
    expect(s.misses).toEqual([gold[1]]);
  });

  it("requires high only where the gold has one", () => {
    expect(scoreArticle([fig({ value: 5, high: 8 })], [fig({ value: 5, high: 9 })]).matches).toHaveLength(0);
    expect(scoreArticle([fig({ value: 5, high: 8 })], [fig({ value: 5 })]).matches).toHaveLength(1);
  });

  it("neither requires optional gold figures nor counts them as extras", () => {
    const gold = [fig({ value: 1, optional: true }), fig({ value: 7 })];
    const withOptional = scoreArticle([fig({ value: 1 }), fig({ value: 7 })], gold);
    expect(withOptional.extras).toHaveLength(0);
    expect(withOptional.optionalMatches).toHaveLength(1);
    const without = scoreArticle([fig({ value: 7 })], gold);
    expect(without.misses).toHaveLength(0);
    expect(summarize([withOptional])).toMatchObject({ precision: 1, recall: 1, f1: 1, produced: 1, gold: 1 });
  });

  it("prefers the gold figure of the same sentence when values repeat", () => {
    const gold = [
      fig({ value: 4, sentence: "a", periodEnd: "2016-12-01" }),
      fig({ value: 4, sentence: "b", periodEnd: "2016-12-10" }),
    ];
    const s = scoreArticle([fig({ value: 4, sentence: "b", periodEnd: "2016-12-10" })], gold);
    expect(s.matches[0]?.gold).toBe(gold[1]);
  });

  it("leaves a gold figure to the produced one from its own sentence, even when another comes first", () => {
    const gold = [fig({ value: 20, sentence: "b" })];
    const elsewhere = fig({ value: 20, sentence: "a" });
    const own = fig({ value: 20, sentence: "b" });
    const s = scoreArticle([elsewhere, own], gold);
    expect(s.matches.map((m) => m.produced)).toEqual([own]);
    expect(s.extras).toEqual([elsewhere]);
    // (and a figure matches the optional gold figure of its own sentence, not a required one elsewhere)
    const required = fig({ value: 5, sentence: "c" });
    const optional = fig({ value: 5, sentence: "d", optional: true });
    const t = scoreArticle([fig({ value: 5, sentence: "d" })], [required, optional]);
    expect(t.optionalMatches).toHaveLength(1);
    expect(t.misses).toEqual([required]);
  });

  it("sums over articles and measures agreement among matched pairs", () => {
    const a = scoreArticle(
      [fig({ value: 1, periodEnd: "2016-12-13", qualifier: "at_least", attributedTo: "SOHR" }), fig({ value: 99 })],
      [fig({ value: 1, qualifier: "at_least", attributedTo: "UN" }), fig({ value: 2 })],
    );
    const b = scoreArticle([fig({ value: 3, periodEnd: "2016-12-01" })], [fig({ value: 3 })]);
    const s = summarize([a, b]);
    expect(s).toMatchObject({ matched: 2, produced: 3, gold: 3 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.periodEndAgreement).toBe(0.5);
    expect(s.qualifierAgreement).toBe(1);
    expect(s.attributedToAgreement).toBe(0.5);
  });

  it("accepts a period end one day off, not two", () => {
    expect(periodEndsAgree("2014-03-30", "2014-03-31")).toBe(true);
    expect(periodEndsAgree("2014-03-29", "2014-03-31")).toBe(false);
    expect(periodEndsAgree("2012-02-29", "2012-03-01")).toBe(true);
  });
});
