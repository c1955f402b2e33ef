import { describe, expect, it } from "vitest";
import { figuresOf, onlyFigure } from "./test-helpers";

const sourceOf = (s: string) => onlyFigure(s).attributedTo;
/** Each figure of a text as [value, source]. */
const sourcesOf = (text: string) => figuresOf(text).map((f) => [f.value, f.attributedTo]);

describe("attribution", () => {
  it("normalises the Observatory", () => {
    expect(sourceOf("The Syrian Observatory for Human Rights said 31 people died in Hama.")).toBe("SOHR");
    expect(sourceOf("The Britain-based monitoring group reported that 31 people died in Hama.")).toBe("SOHR");
    expect(sourceOf("At least 31 people died in Hama on Monday, the Observatory said.")).toBe("SOHR");
    expect(sourceOf("Observatory director Rami Abdulrahman said 31 people died in Hama.")).toBe("SOHR");
    expect(sourceOf("The Observatory put the day's toll in Hama at 31.")).toBe("SOHR");
    // Its head named by surname alone, speaking.
    expect(sourceOf("Abdel Rahman said 2,240 people had died since the truce.")).toBe("SOHR");
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

  it("does not take a description of the source for the source", () => {
    expect(
      sourceOf("The Observatory, which relies on a web of activists, said 8,400 minors were among the victims."),
    ).toBe("SOHR");
    expect(sourceOf("Activists, who asked not to be named, said 30 people were killed in Homs.")).toBe("activists");
    // A relative clause with its own speech still gives its number's source.
    expect(sourceOf("Fighting spreads in Daraa, where the UN says at least 9,000 civilians have died.")).toBe("UN");
  });

  it("names an unnamed monitoring group after the monitor the next sentence names, and never a place", () => {
    const [raid] = figuresOf(
      "Air strikes killed 31 people in Idlib, a monitoring group said on Monday. Most were civilians, said the Syrian Network for Human Rights.",
    );
    expect(raid?.attributedTo).toBe("SNHR");
    expect(sourceOf("Air strikes killed 31 people in Idlib, a monitoring group said on Monday.")).toBeNull();
    const [other] = figuresOf(
      "Air strikes killed 31 people in Idlib, a monitoring group said. The UN said aid was blocked.",
    );
    expect(other?.attributedTo).toBeNull();
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

  it("never takes a day, or a place before a known source's appositive, for the speaker", () => {
    const listed = figuresOf(
      "Nearly 61,000 have reached Iraq, about 43,500 Egypt and 12,000 Armenia, the UN refugee agency said on Monday.",
    );
    expect(listed.map((f) => f.attributedTo)).not.toContain("Armenia");
    expect(listed[0]?.attributedTo).toBe("UNHCR");
    expect(
      sourceOf("At least 35 people were killed in air strikes on Sunday, a monitoring group said on Monday."),
    ).toBeNull();
  });

  it("names groups of people who speak as a body, as it names activists", () => {
    expect(sourceOf("Medics said 23 people were killed when the market in Douma was shelled.")).toBe("medics");
    expect(sourceOf("At least 23 people were wounded in the blast, doctors at the field hospital said.")).toBe(
      "doctors",
    );
    expect(sourceOf("Rescue workers said 23 people died under the rubble in Ariha.")).toBe("rescuers");
    expect(sourceOf("Residents said some 2,300 people fled Saraqeb overnight.")).toBe("residents");
    expect(sourceOf("Witnesses told reporters that 23 protesters were shot dead in Deraa.")).toBe("witnesses");
    // Residents who are counted, not speaking, are no source.
    expect(sourceOf("More than 2,300 residents fled Saraqeb on Friday.")).toBeNull();
    expect(sourceOf("Mines wounded 12 returning residents on Monday, a council official said.")).toBeNull();
  });

  it("leaves anonymous sources and unsourced figures null", () => {
    expect(sourceOf("A military source said 12 soldiers were killed in Hasakah.")).toBeNull();
    expect(sourceOf("Twelve soldiers were killed in Hasakah.")).toBeNull();
    expect(sourceOf("The fighting claimed the lives of 12 soldiers in Hasakah.")).toBeNull();
  });

  it("reads long names in any case and abbreviations only in capitals", () => {
    expect(sourceOf("The World Health Organization said 14 health workers were injured in Ariha.")).toBe("WHO");
    expect(sourceOf("The Syrian Democratic Forces said 14 fighters were killed near Hajin.")).toBe("SDF");
  });

  it("tells the opposition's coalition from the US-led one", () => {
    expect(sourceOf("The Syrian National Coalition said 140 people were killed in Zamalka.")).toBe(
      "Syrian National Coalition",
    );
    expect(sourceOf("The coalition said 14 civilians were killed in its raids near Hajin.")).toBe("US-led coalition");
  });

  it("names a neighbouring country that speaks, not one that is only named", () => {
    expect(sourceOf("Jordan says it shelters 1.3 million Syrians who fled the war.")).toBe("Jordanian government");
    expect(
      sourceOf("Turkey, which hosts the most refugees in the world, says 3.7 million Syrians live in Turkey."),
    ).toBe("Turkish government");
    expect(sourceOf("More than 15,000 people fled to Turkey, officials said.")).toBeNull();
  });

  it("keeps a named organisation after 'according to'", () => {
    expect(sourceOf("Some 470,000 people have died, according to the Syrian Center for Policy Research.")).toBe(
      "Syrian Center for Policy Research",
    );
    expect(sourceOf("According to the Kurdish Red Crescent, 140 people were wounded in Afrin.")).toBe(
      "Kurdish Red Crescent",
    );
    expect(sourceOf("According to Abu Omar, 140 people were wounded in Afrin.")).toBeNull();
  });

  it("lets a sentence that goes on with the last toll keep its source", () => {
    const figures = figuresOf(
      "The Observatory said 90 civilians had been killed in the province since Monday. Of those, 51 died in Saraqeb.",
    );
    expect(figures.map((f) => [f.value, f.attributedTo])).toEqual([
      [90, "SOHR"],
      [51, "SOHR"],
    ]);
  });

  it("takes OHCHR only where the report names it so, and a source behind a long appositive", () => {
    expect(
      sourceOf("The UN human rights office (OHCHR) on Friday raised its tally of the dead in Homs to 1,200."),
    ).toBe("OHCHR");
    expect(sourceOf("The UN human rights office said 1,200 people had died in Homs.")).toBe("UN");
    expect(
      sourceOf(
        "The Observatory, a London-based monitor that leans on a large web of contacts across the country, said 900 died in Homs.",
      ),
    ).toBe("SOHR");
    // An appositive with a relative clause describes the source; its activists did not speak.
    expect(
      sourceOf("The Observatory, a group that gathers accounts from activists and doctors, said 900 died in Homs."),
    ).toBe("SOHR");
  });

  it("carries the organisation last named to a sentence that points back to it", () => {
    const figures = sourcesOf(
      "The Syrian Network for Human Rights said on Monday that 640 civilians were killed in May. " +
        "By its count, 210 children were among the dead. Shelling killed 12 in Saraqeb, a local doctor said.",
    );
    expect(figures).toEqual([
      [640, "SNHR"],
      [210, "SNHR"],
      [12, null],
    ]);
  });

  it("gives a release in one organisation's voice all its figures, and a wire story quoting several none", () => {
    const release = figuresOf(
      "OCHA: 48,000 displaced in Idlib in one week\n\nThe UN humanitarian office said 48,000 people had fled their homes in southern Idlib since 7 December. " +
        "In Maarat al-Numan district alone, 30,000 people were displaced.",
    );
    expect(release.map((f) => f.attributedTo)).toEqual(["OCHA", "OCHA"]);
    const wire = figuresOf(
      "The UN humanitarian office said 48,000 people had fled their homes in southern Idlib since 7 December. " +
        "The Observatory said 40 civilians had died there. In Maarat al-Numan district alone, 30,000 people were displaced.",
    );
    expect(wire.map((f) => f.attributedTo)).toEqual(["OCHA", "SOHR", null]);
  });

  it("credits figures to the one organisation the next sentence names as their counter", () => {
    const month = "Over the month, 412 civilians died in Raqqa province";
    const cases: [string, [number, string | null][]][] = [
      [
        `${month}, 97 of them children. The tally was compiled by the Syrian Network for Human Rights from its field researchers.`,
        [
          [412, "SNHR"],
          [97, "SNHR"],
        ],
      ],
      // Two organisations credited, or a figure with a source of its own: nothing is carried back.
      [
        `${month}. The Syrian Network for Human Rights compiled the count, and the Observatory said its own was close.`,
        [[412, null]],
      ],
      [
        `${month}, state media said. The figures were also documented by the Syrian Network for Human Rights.`,
        [[412, "SANA"]],
      ],
    ];
    for (const [text, expected] of cases) expect(sourcesOf(text), text).toEqual(expected);
  });

  it("reads a source's latest tallies, and the refugee agency's head by his title", () => {
    const hosts = "Lebanon shelters 329,000 Syrian refugees. Jordan shelters 310,000 Syrian refugees.";
    const intro = "The UN refugee agency's newest tallies, released as more families cross, show where they went.";
    expect(sourcesOf(`${intro} ${hosts}`).map(([, source]) => source)).toEqual(["UNHCR", "UNHCR"]);
    // Without the tallies' owner, nobody gave them.
    expect(sourcesOf(hosts).map(([, source]) => source)).toEqual([null, null]);
    expect(
      sourceOf("Over 400,000 people have fled Syria since January, according to High Commissioner António Guterres."),
    ).toBe("UNHCR");
  });
});
