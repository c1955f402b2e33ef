import { describe, expect, it } from "vitest";
import { containsPattern, reportSearchText, searchWords } from "./report-search";

describe("report search text", () => {
  it("folds case and accents, on both sides", () => {
    const text = reportSearchText({
      outlet: "Le Monde",
      headline: "Syrie : bilan à Genève",
      url: "https://www.lemonde.fr/x",
      language: "fr",
      published: "2014-02-01",
    });
    expect(text).toBe("le monde syrie : bilan a geneve https://www.lemonde.fr/x fr 2014-02-01");
    expect(searchWords("  GENÈVE   monde ")).toEqual(["geneve", "monde"]);
    expect(searchWords(null)).toEqual([]);
  });

  it("makes a LIKE pattern that takes %, _ and \\ as written", () => {
    expect(containsPattern("100%")).toBe("%100\\%%");
    expect(containsPattern("a_b\\c")).toBe("%a\\_b\\\\c%");
  });
});
