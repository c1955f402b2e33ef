import { describe, expect, it } from "vitest";
import { figuresOf, onlyFigure } from "./test-helpers";

const sourceOf = (s: string) => onlyFigure(s).attributedTo;

describe("attribution", () => {
  it("normalises the Observatory", () => {
    expect(sourceOf("The Syrian Observatory for Human Rights said 31 people died in Hama.")).toBe("SOHR");
    expect(sourceOf("The Britain-based monitoring group reported that 31 people died in Hama.")).toBe("SOHR");
    expect(sourceOf("At least 31 people died in Hama on Monday, the Observatory said.")).toBe("SOHR");
    expect(sourceOf("Observatory director Rami Abdulrahman said 31 people died in Hama.")).toBe("SOHR");
    expect(sourceOf("The Observatory put the day's toll in Hama at 31.")).toBe("SOHR");
  });

  it("normalises UN bodies, the Red Crescent and state media", () => {
    expect(sourceOf("The UN refugee agency said 15,000 people fled to Lebanon.")).toBe("UNHCR");
    expect(sourceOf("The U.N. says 15,000 people have been killed in Homs.")).toBe("UN");
    expect(sourceOf("Some 15,000 people have fled Afrin, according to the United Nations.")).toBe("UN");
    expect(sourceOf("The U.N. humanitarian office said 15,000 people fled Afrin.")).toBe("OCHA");
    expect(sourceOf("The Red Crescent said 15,000 people fled Afrin.")).toBe("SARC");
    expect(sourceOf("State television said 15 soldiers were killed in Deir ez-Zor.")).toBe("SANA");
    expect(sourceOf("Opposition activists said 15 people were killed in Deir ez-Zor.")).toBe("activists");
    expect(sourceOf("The Local Coordination Committees said 15 people were killed in Deir ez-Zor.")).toBe("LCC");
    expect(sourceOf("The State Department said 15 aid workers had been killed in Aleppo.")).toBe("US State Department");
  });

  it("prefers 'according to' for the clause it closes", () => {
    expect(
      sourceOf("A UNHCR official said 40,000 people were displaced inside the country, according to the Red Crescent."),
    ).toBe("SARC");
  });

  it("gives each number its own source", () => {
    const figures = figuresOf(
      "Across Syria the war has killed 400,000 people, according to the Observatory, and the UN refugee agency counts 5.5 million registered refugees.",
    );
    expect(figures.map((f) => [f.value, f.attributedTo])).toEqual([
      [400_000, "SOHR"],
      [5_500_000, "UNHCR"],
    ]);
  });

  it("keeps named sources the list does not know as written", () => {
    expect(sourceOf("Kurdish officials said 25 of their fighters died in Hasakah on Monday.")).toBe(
      "Kurdish officials",
    );
    expect(
      sourceOf("Syriawatch, a research group based in Berlin, estimates that 210 civilians died in Raqqa in May."),
    ).toBe("Syriawatch");
    expect(sourceOf("OHCHR said 210 civilians died in Raqqa in May.")).toBe("OHCHR");
  });

  it("leaves anonymous sources and unsourced figures null", () => {
    expect(sourceOf("A military source said 12 soldiers were killed in Hasakah.")).toBeNull();
    expect(sourceOf("Twelve soldiers were killed in Hasakah.")).toBeNull();
    expect(sourceOf("The fighting claimed the lives of 12 soldiers in Hasakah.")).toBeNull();
  });
});
