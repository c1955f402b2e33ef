import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateRange,
  formatPeriod,
  formatValueLong,
  formatValueShort,
  magnitudeWord,
  qualifierSign,
} from "./format";

const v = (value: number, patch: Partial<Parameters<typeof formatValueShort>[0]> = {}) => ({
  value,
  high: null,
  qualifier: "exact" as const,
  vague: false,
  ...patch,
});

describe("a number never loses its hedge", () => {
  it.each([
    [v(7500, { qualifier: "at_least" }), "≥ 7,500", "at least 7,500", "≥"],
    [v(400000, { qualifier: "approximately" }), "~400,000", "about 400,000", "~"],
    [v(700000, { qualifier: "at_most" }), "≤ 700,000", "up to 700,000", "≤"],
    [v(137), "137", "137", ""],
    [v(2000, { high: 3000 }), "2,000–3,000", "2,000 to 3,000", ""],
    [v(200, { vague: true, qualifier: "at_least" }), "hundreds (≥ 200)", "“hundreds” (read as at least 200)", "≥"],
    [
      v(2000000, { vague: true, qualifier: "at_least" }),
      "millions (≥ 2,000,000)",
      "“millions” (read as at least 2,000,000)",
      "≥",
    ],
  ])("%o → %s / %s", (figure, short, long, sign) => {
    expect(formatValueShort(figure)).toBe(short);
    expect(formatValueLong(figure)).toBe(long);
    expect(qualifierSign(figure)).toBe(sign);
  });

  it("knows every floor of FIGURES.md by its word", () => {
    expect([24, 200, 2000, 3000, 20000, 200000, 2000000].map(magnitudeWord)).toEqual([
      "dozens",
      "hundreds",
      "thousands",
      "several thousand",
      "tens of thousands",
      "hundreds of thousands",
      "millions",
    ]);
    expect(magnitudeWord(250)).toBeNull();
  });
});

describe("dates", () => {
  it("writes periods and ranges compactly and says when a start or end is missing", () => {
    expect(formatPeriod("2014-03-29", "2014-03-29")).toBe("29 Mar 2014");
    expect(formatPeriod(null, "2014-03-30")).toBe("to 30 Mar 2014 (start not given)");
    expect(formatDateRange("2012-03-10", "2012-03-13")).toBe("10–13 Mar 2012");
    expect(formatDateRange("2012-02-03", "2012-03-01")).toBe("3 Feb – 1 Mar 2012");
    expect(formatDateRange("2013-11-15", "2014-04-26")).toBe("15 Nov 2013 – 26 Apr 2014");
    expect(formatDateRange("2013-03-10", null)).toBe("from 10 Mar 2013 (end not given)");
  });

  it("writes every month and the first and last days, and refuses what is not a calendar day", () => {
    expect(formatDate("2011-01-01")).toBe("1 Jan 2011");
    expect(formatDate("2016-09-13")).toBe("13 Sep 2016");
    expect(formatDate("2020-12-31")).toBe("31 Dec 2020");
    for (const bad of ["2012-13-01", "2012-00-10", "2012-03-32", "2012-3-1", "10 March 2012", ""]) {
      expect(() => formatDate(bad)).toThrow(RangeError);
    }
  });
});
