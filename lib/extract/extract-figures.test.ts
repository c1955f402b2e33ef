import { describe, expect, it } from "vitest";
import { extractedFigureSchema } from "@/lib/schema";
import { generateCorpus } from "./bench-corpus";
import { ExtractError } from "./errors";
import { extractFigures } from "./extract-figures";
import { figuresOf } from "./test-helpers";

describe("extractFigures", () => {
  it("fills every field of the record", () => {
    const sentence = "The United Nations says over 9,000 people have been killed in the past 12 months.";
    expect(extractFigures(`Syria's year of bloodshed\n\n${sentence}`, { published: "2012-03-20" })).toEqual([
      {
        metric: "killed",
        value: 9000,
        high: null,
        qualifier: "at_least",
        vague: false,
        periodStart: "2011-03-15",
        periodEnd: "2012-03-20",
        scope: "national",
        location: "Syria",
        group: null,
        attributedTo: "UN",
        sentence,
      },
    ]);
  });

  it("keeps a range with its upper end", () => {
    expect(figuresOf("Between 2,000 and 3,000 people fled Tal Rifaat on Sunday.")[0]).toMatchObject({
      value: 2000,
      high: 3000,
      metric: "displaced",
    });
  });

  it("does not count a headline's figure twice", () => {
    const text =
      "At least 30 killed in Aleppo market strike\n\nAt least 30 people were killed when jets struck a market in Aleppo on Tuesday, activists said.";
    expect(figuresOf(text)).toHaveLength(1);
  });

  it("returns nothing for text without figures", () => {
    expect(figuresOf("Diplomats met in Geneva and agreed to meet again next month.")).toEqual([]);
    expect(figuresOf("")).toEqual([]);
  });

  it("refuses a publication day that is not a calendar date", () => {
    expect(() => extractFigures("text", { published: "2016-02-30" })).toThrow(ExtractError);
    expect(() => extractFigures("text", { published: "yesterday" })).toThrow(/YYYY-MM-DD/);
  });

  it("always returns records that satisfy the schema", () => {
    for (const article of generateCorpus(200_000, 7)) {
      for (const f of extractFigures(article.text, { published: article.published })) {
        const parsed = extractedFigureSchema.safeParse(f);
        expect(parsed.success, JSON.stringify(f)).toBe(true);
      }
    }
  });
});
