import { describe, expect, it } from "vitest";
import { figuresOf } from "./test-helpers";

const groupsOf = (s: string) => figuresOf(s).map((f) => f.group);

describe("groups", () => {
  it("reads who is counted from the noun and its modifiers", () => {
    expect(groupsOf("The raid killed 6 civilians in Ariha.")).toEqual(["civilians"]);
    expect(groupsOf("The raid killed 6 children in Ariha.")).toEqual(["children"]);
    expect(groupsOf("The raid killed 6 rebel fighters in Ariha.")).toEqual(["rebels"]);
    expect(groupsOf("The raid killed 6 Hezbollah fighters in Ariha.")).toEqual(["fighters"]);
    expect(groupsOf("The raid killed 6 soldiers in Ariha.")).toEqual(["soldiers"]);
    expect(groupsOf("The raid killed 6 Turkish troops in Ariha.")).toEqual(["Turkish soldiers"]);
    expect(groupsOf("The raid killed 6 regime troops in Ariha.")).toEqual(["government forces"]);
    // (the Free Syrian Army is the rebels', whatever "Syrian" and "Army" say)
    expect(groupsOf("The raid killed 6 Free Syrian Army fighters in Ariha.")).toEqual(["rebels"]);
    expect(groupsOf("He also said 302 members of the Free Syrian Army had died in the operation.")).toEqual(["rebels"]);
    expect(groupsOf("The raid killed 6 journalists in Ariha.")).toEqual(["journalists"]);
    expect(groupsOf("The raid killed 6 people in Ariha.")).toEqual([null]);
    expect(
      groupsOf("The Observatory counts 25,000 dead, among them 17,281 civilians, 6,163 soldiers and 1,051 defectors."),
    ).toEqual([null, "civilians", "soldiers", "defectors"]);
  });

  it("reads the body whose members are counted, as written, and not a family", () => {
    expect(groupsOf("In all, 410 members of Iraqi militias died in the battle for Aleppo.")).toEqual([
      "Iraqi militias",
    ]);
    expect(groupsOf("At least 60 members of Hezbollah were killed in Qusayr.")).toEqual(["Hezbollah"]);
    expect(groupsOf("Twelve members of the same family were killed in Douma.")).toEqual([null]);
    expect(groupsOf("Some 30 members of regime forces were killed near Palmyra.")).toEqual(["government forces"]);
    // ("Syrian" in the Syrian Democratic Forces' name is no army: the Kurdish-led forces are their own group)
    expect(groupsOf("Some 158 members of the Syrian Democratic Forces were killed in Deir Ezzor.")).toEqual([
      "SDF fighters",
    ]);
    expect(groupsOf("Some 30 YPG fighters were killed near Afrin.")).toEqual(["Kurdish fighters"]);
  });

  it("counts both sides together as everyone, not a group", () => {
    expect(groupsOf("More than 1,000 civilians and fighters were killed in the offensive.")).toEqual([null]);
    expect(groupsOf("The fighting killed 1,000 combatants and non-combatants in Idlib.")).toEqual([null]);
    expect(groupsOf("The raid killed 60 soldiers and civilians in Ariha.")).toEqual([null]);
    expect(groupsOf("The raid killed 60 women and children in Ariha.")).toEqual(["women"]);
  });

  it("reads who suffered the losses", () => {
    expect(groupsOf("The army and allied militias have suffered 90 killed in Ariha since Friday.")).toEqual([
      "government forces",
    ]);
  });
});
