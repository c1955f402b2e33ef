import { describe, expect, it } from "vitest";
import { figuresOf, onlyFigure } from "./test-helpers";

const qualifierOf = (s: string) => onlyFigure(s).qualifier;

describe("hedges", () => {
  it("reads floors", () => {
    for (const h of ["at least", "more than", "over", "upwards of", "in excess of", "no fewer than"]) {
      expect(qualifierOf(`Shelling killed ${h} 40 people in Homs.`)).toBe("at_least");
    }
    expect(qualifierOf("Shelling killed 40 or more people in Homs.")).toBe("at_least");
    for (const h of ["a little over", "slightly more than"])
      expect(qualifierOf(`Shelling killed ${h} 40 people in Homs.`)).toBe("at_least");
  });

  it("reads a count gone past a number as at least it, keeping the verb as its cue", () => {
    expect(qualifierOf("Activist groups say the toll has already gone past 8,000.")).toBe("at_least");
    expect(qualifierOf("The monitor believes the true toll exceeds 606,000.")).toBe("at_least");
    expect(onlyFigure("Syrian refugees in Lebanon passed 200,000 this week.").metric).toBe("refugees");
    expect(qualifierOf("The toll reached 8,000.")).toBe("exact");
    // ("now likely to exceed": a guess at a count already past the number, not a projection)
    expect(
      qualifierOf("The number of people killed since the protests began in March is now likely to exceed 5,000."),
    ).toBe("at_least");
    expect(figuresOf("Activists said the final toll was likely to pass 100.", "2013-05-10")).toEqual([]);
  });

  it("reads approximations", () => {
    for (const h of ["nearly", "almost", "some", "about", "around", "roughly", "an estimated", "approximately"]) {
      expect(qualifierOf(`Shelling killed ${h} 40 people in Homs.`)).toBe("approximately");
    }
    // "a little under" is close below, not a ceiling
    for (const h of ["just under", "a little under", "just below"])
      expect(qualifierOf(`Shelling killed ${h} 40 people in Homs.`)).toBe("approximately");
  });

  it("reads ceilings", () => {
    for (const h of ["up to", "fewer than", "as many as"]) {
      expect(qualifierOf(`Shelling killed ${h} 40 people in Homs.`)).toBe("at_most");
    }
    // ("another official put it as high as 66,000": a count given again, at its highest)
    const figures = figuresOf(
      "By evening Kurtulmus said the number of refugees had passed 60,000; another Turkish official put it as high as 66,000.",
      "2014-09-22",
    );
    expect(figures.map((f) => `${f.value} ${f.qualifier}`)).toEqual(["60000 at_least", "66000 at_most"]);
  });

  it("reads a range left open by 'somewhere' or 'anywhere' with the verb before it", () => {
    const [f] = figuresOf(
      "The Observatory says the conflict has claimed somewhere between 37,000 and 40,000 lives.",
      "2012-11-09",
    );
    expect(f).toMatchObject({ metric: "killed", value: 37_000, high: 40_000, qualifier: "exact" });
  });

  it("leaves a plain count exact and makes a vague one a floor", () => {
    expect(qualifierOf("Shelling killed 40 people in Homs.")).toBe("exact");
    const f = onlyFigure("Shelling killed hundreds of people in Homs.");
    expect(f).toMatchObject({ value: 200, vague: true, qualifier: "at_least" });
  });

  it("keeps 'the deaths of' as the cue when a hedge follows it", () => {
    expect(qualifierOf("Monitors have documented the deaths of more than 4,000 people in Daraa.")).toBe("at_least");
  });
});
