import { describe, expect, it } from "vitest";
import { tagWords, whatHappened, type GrammarCue } from "./grammar";
import { pairsOf } from "./test-helpers";

/** The cue for the count written `number` in `sentence`. */
function cueFor(sentence: string, number: string): GrammarCue | null {
  const at = sentence.indexOf(number);
  if (at < 0) throw new Error(`${number} is not in: ${sentence}`);
  return whatHappened(tagWords(sentence), at, at + number.length);
}

describe("tagWords", () => {
  it("tags each word and keeps its place in the text, counted from the offset given", () => {
    const text = "Some 4,100 families fled Saraqeb.";
    const words = tagWords(text, 100);
    expect(words.map((w) => [w.text, w.pos])).toEqual([
      ["Some", "DET"],
      ["4,100", "NUM"],
      ["families", "NOUN"],
      ["fled", "VERB"],
      ["Saraqeb", "PROPN"],
      [".", "PUNCT"],
    ]);
    for (const w of words) expect(text.slice(w.start - 100, w.end - 100)).toBe(w.text);
    expect(words.find((w) => w.text === "fled")?.lemma).toBe("flee");
  });
});

describe("whatHappened", () => {
  const cues: Array<[string, string, string, Partial<GrammarCue>]> = [
    // the verb a count's phrase is subject of, past auxiliaries, asides and verbs that lead through "to"
    [
      "a verb after 'are said to have'",
      "Nearly 2,600 Syrians are said to have crossed into Jordan overnight.",
      "2,600",
      { happened: "arrived", lemma: "cross", noun: "syrians" },
    ],
    [
      "the verb of a relative clause after two nouns joined by 'and'",
      "The WHO counted at least 29 children and newborns who had died on the road.",
      "29",
      { happened: "killed", noun: "newborns" },
    ],
    [
      "a verb after an aside between commas",
      "The council said 48 villagers, women and old men among them, were executed.",
      "48",
      { happened: "killed", lemma: "execute" },
    ],
    [
      "a verb after 'managed to'",
      "About 900 residents managed to escape before the road was cut.",
      "900",
      { happened: "fled", lemma: "escape" },
    ],
    [
      "a past participle the tagger reads as an adjective after 'been'",
      "So far 260 Syrians have been resettled from Jordan to Canada.",
      "260",
      { happened: "arrived", lemma: "resettle" },
    ],
    // a noun that is itself what happened, and a verb whose object is the people counted
    ["a noun of deaths", "The monitor logged 31 killings in the camp last month.", "31", { happened: "killed" }],
    ["a noun of arrivals", "Officials reported 2,150 new arrivals at the crossing.", "2,150", { happened: "arrived" }],
    [
      "a verb whose object is the people",
      "By June the agency had registered roughly 64,000 in Egypt.",
      "64,000",
      { happened: "arrived", lemma: "register" },
    ],
  ];
  it.each(cues)("reads %s", (_, sentence, number, expected) => {
    expect(cueFor(sentence, number)).toMatchObject(expected);
  });

  it("says nothing when the clause tells of no death, injury or flight", () => {
    expect(cueFor("The convoy brought 45 trucks of flour into the town.", "45")).toBeNull();
    expect(cueFor("About 7,000 people are waiting at the border gate.", "7,000")).toBeNull();
    // aid that "reached" people moved nobody: reach takes people as object only in its sense of arriving
    expect(cueFor("Food parcels have now reached more than 200,000 people in the north.", "200,000")).toBeNull();
    // the verb of another clause is not this count's verb
    expect(cueFor("Some 300 families stayed behind, and the shelling killed a nurse.", "300")).toBeNull();
  });
});

describe("counts read by grammar in extraction", () => {
  it("adds the counts the phrase-by-phrase rules miss", () => {
    // each of these came out empty before the grammatical reading
    expect(pairsOf("So far 260 Syrians have been resettled from Jordan to Canada, the refugee agency said.")).toEqual([
      "refugees:260",
    ]);
    expect(pairsOf("The monitor logged 31 killings in the camp last month.")).toEqual(["killed:31"]);
    expect(pairsOf("By June the UN refugee agency had registered roughly 64,000 in Egypt.")).toEqual([
      "refugees:64000",
    ]);
    expect(
      pairsOf("About 900 residents of the village managed to escape before the road was cut, activists said."),
    ).toEqual(["displaced:900"]);
    expect(pairsOf("The tribal council said 48 villagers, women and old men among them, were executed.")).toEqual([
      "killed:48",
    ]);
  });

  it("reads a count that rose to a number: of what the subject names, or of the kind just given", () => {
    expect(pairsOf("Deaths among young children rose from 140 in March to 310 in August.")).toEqual([
      "killed:140",
      "killed:310",
    ]);
    expect(
      pairsOf(
        "In May 2012 there were 21,000 Syrian refugees in Lebanon. By May 2013 the figure had climbed to 470,000.",
      ),
    ).toEqual(["refugees:21000", "refugees:470000"]);
    // a count of something else rising is not carried on
    expect(
      pairsOf("In May 2012 there were 21,000 Syrian refugees in Lebanon. By May 2013 rents had climbed to 470."),
    ).toEqual(["refugees:21000"]);
  });

  it("reads a count that is the subject of a verb taking the number itself: 'totalled', 'reached'", () => {
    expect(pairsOf("Fighters' deaths in April totalled 612, distributed as follows:")).toEqual(["killed:612"]);
    expect(pairsOf("Civilian deaths reached some 380 on Friday.")).toEqual(["killed:380"]);
    // the subject is not a count of people: nothing
    expect(pairsOf("The convoy reached 40 villages in the valley.")).toEqual([]);
  });

  it("reads a count that a verb moves to a number, named as its object: 'pushed the total to'", () => {
    expect(pairsOf("Two more strikes in the evening brought the death toll to 71.")).toEqual(["killed:71"]);
    expect(
      pairsOf(
        "Some 95,000 Syrians were registered as refugees in Iraq in May. New arrivals pushed the total to over 101,000.",
      ),
    ).toEqual(["refugees:95000", "refugees:101000"]);
    expect(pairsOf("He took the bus to 40 villages.")).toEqual([]);
    // past a participle before the count
    expect(pairsOf("At least 12 people died on Monday, taking the camp's running total to 96.")).toEqual([
      "killed:12",
      "killed:96",
    ]);
  });

  it("reads people 'on the move' or who 'made it out' as displaced", () => {
    expect(pairsOf("Local councils said some 12,000 people were on the move across the plain.")).toEqual([
      "displaced:12000",
    ]);
    expect(pairsOf("The mayor said about 3,000 residents had made it out before the road was cut.")).toEqual([
      "displaced:3000",
    ]);
  });

  it("reads leaving only with the place left, and evacuating as displacement", () => {
    expect(
      pairsOf("Close to 4,700 residents left Muadamiya over the two days of the deal, local officials said."),
    ).toEqual(["displaced:4700"]);
    expect(pairsOf("Buses evacuated some 1,300 people from the besieged suburb on Friday, officials said.")).toEqual([
      "displaced:1300",
    ]);
    // no place left; and what a war 'left' people with is not flight
    expect(pairsOf("A military source said that around 900 gunmen had left in all.")).toEqual([]);
    expect(pairsOf("The war has left 700,000 people with lasting wounds, the agency said.")).not.toContain(
      "displaced:700000",
    );
  });

  it("takes the noun after a noun as the one counted: '19 camp residents' are people", () => {
    expect(pairsOf("A local official said no fewer than 19 camp residents had been killed since Friday.")).toEqual([
      "killed:19",
    ]);
    expect(pairsOf("Shelling destroyed 19 camp tents on Friday.")).toEqual([]);
  });

  it("takes arrivals as refugees only in another country, and leaves out a rate", () => {
    // no country or camp abroad and no refugee agency: an arrival is not a refugee
    expect(pairsOf("Officials said 2,150 people had arrived in the town by evening.")).toEqual([]);
    expect(pairsOf("The agency was registering between 9,000 and 12,000 people a week in Lebanon.")).toEqual([]);
  });
});
