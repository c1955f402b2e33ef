import { describe, expect, it } from "vitest";
import { figureSchema, isoDateSchema, offensiveSchema, reportedFigureSchema } from "./schema";

const base = {
  metric: "killed",
  value: 7500,
  high: null,
  qualifier: "at_least",
  vague: false,
  periodStart: "2011-03-15",
  periodEnd: "2012-03-13",
  scope: "national",
  location: "Syria",
  group: null,
  attributedTo: "UN",
};

describe("reportedFigureSchema", () => {
  it("accepts the FIGURES.md example", () => {
    expect(reportedFigureSchema.parse(base)).toEqual(base);
  });

  it.each([
    ["metric", { metric: "wounded" }],
    ["value", { value: 0 }],
    ["value", { value: 2.5 }],
    ["qualifier", { qualifier: "more_than" }],
    ["periodEnd", { periodEnd: "2012-02-30" }],
    ["periodEnd", { periodEnd: "13/03/2012" }],
    ["scope", { scope: "regional" }],
  ])("rejects a bad %s", (field, patch) => {
    const result = reportedFigureSchema.safeParse({ ...base, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it("rejects a range whose high is not above its value", () => {
    const result = reportedFigureSchema.safeParse({ ...base, high: 7500 });
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("high");
  });

  it("rejects a period that ends before it starts", () => {
    const result = reportedFigureSchema.safeParse({ ...base, periodStart: "2012-04-01" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("periodStart");
  });

  it("insists a vague figure is a floor", () => {
    const result = reportedFigureSchema.safeParse({ ...base, vague: true, qualifier: "exact" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("qualifier");
  });
});

describe("figureSchema", () => {
  const figure = { ...base, id: "r-1", reportId: "r", offensive: null, review: "reviewed", note: "ours" };

  it("defaults the evidence sentence to null", () => {
    expect(figureSchema.parse(figure).sentence).toBeNull();
  });

  it("requires a note and a known review state", () => {
    expect(figureSchema.safeParse({ ...figure, note: "" }).success).toBe(false);
    expect(figureSchema.safeParse({ ...figure, review: "maybe" }).success).toBe(false);
  });
});

describe("offensiveSchema", () => {
  const offensive = {
    slug: "a-b",
    name: "A",
    side: "Government",
    start: "2012-02-03",
    end: "2012-03-01",
    area: "Homs",
    places: ["Homs"],
    description: "d",
  };
  it("accepts an open-ended offensive", () => {
    expect(offensiveSchema.parse({ ...offensive, end: null }).end).toBeNull();
  });
  it("rejects an end before the start and a bad slug", () => {
    expect(offensiveSchema.safeParse({ ...offensive, end: "2012-01-01" }).success).toBe(false);
    expect(offensiveSchema.safeParse({ ...offensive, slug: "Bad Slug" }).success).toBe(false);
  });
});

describe("isoDateSchema", () => {
  it("accepts leap days only in leap years", () => {
    expect(isoDateSchema.safeParse("2012-02-29").success).toBe(true);
    expect(isoDateSchema.safeParse("2013-02-29").success).toBe(false);
  });
});
