import { describe, expect, it } from "vitest";
import { figuresOf, onlyFigure, pairsOf } from "./test-helpers";

describe("metric from what happened to the people counted", () => {
  it("reads killed from verbs, tolls and nouns", () => {
    expect(pairsOf("A car bomb killed 17 people near a bakery in Azaz.")).toEqual(["killed:17"]);
    expect(pairsOf("Twenty-two civilians died when a shell hit a shelter in Douma.")).toEqual(["killed:22"]);
    expect(pairsOf("The death toll from the blast in Jableh climbed to 148 on Tuesday.")).toEqual(["killed:148"]);
    expect(pairsOf("Monitors put the overall toll of the day at 61 across the province of Hama.")).toEqual([
      "killed:61",
    ]);
    expect(pairsOf("The siege claimed thousands of lives in the old quarters of Homs.")).toEqual(["killed:2000"]);
    expect(pairsOf("Rescuers pulled the bodies of 19 men from the rubble in Saqba.")).toEqual(["killed:19"]);
    expect(pairsOf("Monitors say the fighting has claimed the lives of some 250,000 Syrians.")).toEqual([
      "killed:250000",
    ]);
    expect(pairsOf("The attack left 35 dead in Saraqeb.")).toEqual(["killed:35"]);
  });

  it("reads injured, and the combined count", () => {
    expect(pairsOf("At least 60 people were wounded in the market bombing in Tartus.")).toEqual(["injured:60"]);
    expect(pairsOf("Loyalist units have suffered over 300 killed and wounded in Jobar since January.")).toEqual([
      "killed_or_injured:300",
    ]);
    expect(pairsOf("The raid caused 75 casualties among the residents of Hamouriyeh.")).toEqual([
      "killed_or_injured:75",
    ]);
  });

  it("tells refugees, internally displaced and displaced apart", () => {
    expect(pairsOf("About 11,000 people fled into Jordan in a single week.")).toEqual(["refugees:11000"]);
    expect(pairsOf("Some 40,000 Kurds crossed the border into Turkey on Friday.")).toEqual(["refugees:40000"]);
    expect(pairsOf("Turkey now hosts 3.6 million Syrian refugees.")).toEqual(["refugees:3600000"]);
    expect(pairsOf("More than 6 million people are internally displaced, the UN said.")).toEqual([
      "internally_displaced:6000000",
    ]);
    expect(pairsOf("Around 900,000 people have been displaced within the country since early December.")).toEqual([
      "internally_displaced:900000",
    ]);
    expect(pairsOf("The fighting has forced 80,000 people to flee their homes around Manbij.")).toEqual([
      "displaced:80000",
    ]);
    expect(pairsOf("Government advances uprooted 50,000 residents of Daraya last month.")).toEqual(["displaced:50000"]);
    expect(pairsOf("The offensive has caused the displacement of 140,000 people in the south.")).toEqual([
      "displaced:140000",
    ]);
    expect(pairsOf("The number of people uprooted by the assault has risen to 320,000, officials said.")).toEqual([
      "displaced:320000",
    ]);
  });

  it("reads losses, flows into a neighbour and hosted refugees", () => {
    expect(pairsOf("Government units lost at least 30 men in the ambush near Sukhna.")).toEqual(["killed:30"]);
    expect(pairsOf("Up to 60,000 people streamed into Iraq after the attack on Sinjar road.")).toEqual([
      "refugees:60000",
    ]);
    expect(pairsOf("Thousands poured into the streets of Qamishli to mourn.")).toEqual([]);
    expect(pairsOf("Lebanon hosts about 1 million Syrians who fled the war.")).toEqual(["refugees:1000000"]);
  });

  it("reads several figures in one sentence", () => {
    expect(
      pairsOf("Rocket fire on Qamishli killed three children and wounded at least 11 others, police said."),
    ).toEqual(["killed:3", "injured:11"]);
    expect(pairsOf("Clashes left 12 dead and 40 wounded in Tal Abyad.")).toEqual(["killed:12", "injured:40"]);
    expect(pairsOf("The strike killed nine rebels and two Russian advisers near Palmyra.")).toEqual([
      "killed:9",
      "killed:2",
    ]);
  });

  it("splits a count by group", () => {
    const figures = figuresOf("The Observatory counted 412 deaths on Friday, of whom 96 were civilians.");
    expect(figures.map((f) => [f.metric, f.value, f.group])).toEqual([
      ["killed", 412, null],
      ["killed", 96, "civilians"],
    ]);
    const split = figuresOf("Air raids killed 55 people, including 14 children, in Idlib on Monday.");
    expect(split.map((f) => [f.value, f.group])).toEqual([
      [55, null],
      [14, "children"],
    ]);
    const partitive = figuresOf("Medics said 30 civilians, 7 of them women, had died in Douma since Sunday.");
    expect(partitive.map((f) => [f.value, f.group])).toEqual([
      [30, "civilians"],
      [7, "women"],
    ]);
    const coordinated = figuresOf(
      "About 60 members of pro-government militias as well as 44 insurgents have died since the battle began on Thursday.",
    );
    expect(coordinated.map((f) => [f.value, f.group])).toEqual([
      [60, "government forces"],
      [44, "rebels"],
    ]);
  });

  it("counts one person named with 'a' when a casualty verb follows", () => {
    expect(onlyFigure("A journalist was killed by sniper fire in Raqqa on Tuesday.")).toMatchObject({
      metric: "killed",
      value: 1,
      group: "journalists",
    });
  });
});
