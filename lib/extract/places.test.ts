import { describe, expect, it } from "vitest";
import { analyzeSentence } from "./analysis";
import { findPlaces } from "./places";
import { figuresOf, onlyFigure } from "./test-helpers";

const names = (s: string) => findPlaces(analyzeSentence(s)).map((p) => [p.name, p.reference]);

describe("gazetteer", () => {
  it("does not take a group's name for a place", () => {
    expect(names("Fighters of the Islamic State of Iraq and the Levant entered Raqqa.")).toEqual([["Raqqa", false]]);
    expect(names("Fighters of the Islamic State group entered Iraq.")).toEqual([["Iraq", false]]);
  });

  it("does not take the broadcaster Al Jazeera for the Jazira region", () => {
    expect(names("Activists quoted by Al Jazeera said 25 people died in Latakia.")).toEqual([["Latakia", false]]);
    expect(names("Shelling hit the Jazeera region.")).toEqual([["Jazira", false]]);
  });

  it("finds places under their usual spellings", () => {
    expect(names("Troops entered Maarat al-Nouman and Deir el-Zour.")).toEqual([
      ["Maaret al-Numan", false],
      ["Deir ez-Zor", false],
    ]);
    expect(names("Shelling hit Idlib province and East Ghouta.")).toEqual([
      ["Idlib province", false],
      ["Eastern Ghouta", false],
    ]);
  });

  it("marks reference points and skips governments named by their seat", () => {
    expect(names("Fighting raged near Homs as people fled to Lebanon.")).toEqual([
      ["Homs", true],
      ["Lebanon", true],
    ]);
    expect(names("The Damascus government denied it.")).toEqual([]);
  });

  it("reads regions and foreign soil", () => {
    expect(names("Strikes on northwestern Syria went on.")).toEqual([["northwest Syria", false]]);
    expect(names("They died on Lebanese territory.")).toEqual([["Lebanon", false]]);
  });
});

describe("scope and location", () => {
  it("makes country-wide counts national, located in Syria", () => {
    expect(onlyFigure("At least 120 people were killed across the country on Tuesday.")).toMatchObject({
      scope: "national",
      location: "Syria",
    });
    expect(onlyFigure("The war has killed 300,000 people since the uprising began.")).toMatchObject({
      scope: "national",
      location: "Syria",
    });
    expect(onlyFigure("Some 20,000 people have fled to Turkey and Jordan.")).toMatchObject({
      scope: "national",
      location: "Syria",
    });
  });

  it("locates local counts at the place named, else the place of the sentences before", () => {
    expect(onlyFigure("A barrel bomb killed 9 people in the Sukkari district of Aleppo.")).toMatchObject({
      scope: "local",
      location: "Sukkari",
    });
    const figures = figuresOf("Troops pushed into Saraqeb on Monday. Nine civilians were killed in the assault.");
    expect(figures[0]).toMatchObject({ scope: "local", location: "Saraqeb" });
  });

  it("does not locate a count at the next item's place, past a comma", () => {
    const figures = figuresOf(
      "Some 1.2 million people were displaced in the year. Idleb governorate alone accounted for 386,900 of them, Ar-Raqqa for 295,823 and Hama for 279,222.",
    );
    expect(figures.slice(1).map((f) => [f.value, f.location])).toEqual([
      [386_900, "Idlib province"],
      [295_823, "Raqqa"],
      [279_222, "Hama"],
    ]);
    // (but a count set off between commas, or going on with "most of them", keeps the place after it)
    const appositive = figuresOf(
      "Some 160,000 people were newly displaced inside northern Syria in October, the largest number, 92,812, from Deir Ezzor governorate.",
    );
    expect(appositive.find((f) => f.value === 92_812)?.location).toBe("Deir ez-Zor province");
    const most = figuresOf(
      "ISIL executed 42 hostages in Aleppo, according to the Observatory, and rebels in turn executed 47 ISIL members, most of them in Idlib province.",
    );
    expect(most.find((f) => f.value === 47)?.location).toBe("Idlib province");
  });

  it("keeps the items of a list of refugees in the host country of the one before, unless they name a place", () => {
    const figures = figuresOf(
      "Lebanon hosted 18,000 Syrian refugees in April 2012, 356,000 in April 2013 and one million in April 2014.",
      "2014-08-30",
    );
    expect(figures.map((f) => [f.value, f.scope, f.location])).toEqual([
      [18_000, "local", "Lebanon"],
      [356_000, "local", "Lebanon"],
      [1_000_000, "local", "Lebanon"],
    ]);
    const elsewhere = figuresOf(
      "Lebanon hosted 474,461 refugees and Egypt 68,865, with another 10,052 registered in Morocco, Algeria and Libya.",
      "2013-05-20",
    );
    expect(elsewhere.map((f) => [f.value, f.location])).toEqual([
      [474_461, "Lebanon"],
      [68_865, "Egypt"],
      [10_052, "Syria"],
    ]);
  });

  it("keeps a count of refugees told again in the host country of the count it restates, unless it is the region's", () => {
    const figures = figuresOf(
      "Foreign Minister Ahmet Davutoglu said on 9 June that 2,400 people had crossed into Turkey. Two days later Turkish officials put the number at 4,300.",
      "2011-06-20",
    );
    expect(figures.map((f) => [f.value, f.scope, f.location])).toEqual([
      [2400, "local", "Turkey"],
      [4300, "local", "Turkey"],
    ]);
    const region = figuresOf(
      "Some 101,283 Syrian refugees were registered in Lebanon. The regional total then stood at more than 358,000.",
      "2012-11-09",
    );
    expect(region.map((f) => [f.value, f.location])).toEqual([
      [101_283, "Lebanon"],
      [358_000, "Syria"],
    ]);
  });

  it("locates each item of a list of where people came from at the place after it", () => {
    const figures = figuresOf(
      "OCHA says 75,438 people remain displaced inside Syria. Another 19,471 are from Raqqa and 7,083 from Aleppo.",
    );
    expect(figures.slice(1).map((f) => [f.value, f.location])).toEqual([
      [19_471, "Raqqa"],
      [7_083, "Aleppo"],
    ]);
  });

  it("does not carry another country from the sentence before to a toll, only to people who went there", () => {
    const after = "Families kept crossing into Turkey through the olive groves.";
    expect(onlyFigure(`${after} Nine civilians were killed in the shelling.`).location).toBeNull();
    expect(onlyFigure(`${after} By Monday 5,000 had fled the town.`).location).toBe("Turkey");
  });

  it("places refugees in the European countries that host them, not in Syria", () => {
    const text = [
      "Syrian refugees registered in Europe, by country, at the end of 2016:",
      "- Germany: 375,122",
      "- Sweden: 96,914",
    ].join("\n");
    expect(figuresOf(text, "2017-03-15").map((f) => [f.value, f.scope, f.location])).toEqual([
      [375_122, "local", "Germany"],
      [96_914, "local", "Sweden"],
    ]);
  });
});
