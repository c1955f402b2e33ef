import { describe, expect, it } from "vitest";
import { WAR_START } from "@/lib/schema";
import { figuresOf, onlyFigure, pairsOf } from "./test-helpers";

describe("metric from what happened to the people counted", () => {
  it("reads a count told again whose noun stands far before its number", () => {
    expect(
      pairsOf(
        "Ten of the 24 were killed when security forces opened fire. On 6 August, our running count since the start of the uprising in mid-March stood at 1,653 civilians and 389 members of the security forces.",
        "2011-08-31",
      ),
    ).toEqual(["killed:10", "killed:24", "killed:1653", "killed:389"]);
    // (not past a count the sentence gave first: "hosts about 650,000 registered refugees and says the true number … is
    // nearer 1.4 million")
    expect(
      pairsOf(
        "About 20,000 people were displaced. Jordan, which already hosts about 650,000 registered refugees and says the true number, counting those who never registered, is nearer 1.4 million, let few through.",
      ),
    ).toEqual(["displaced:20000", "refugees:650000", "refugees:1400000"]);
  });

  it("reads the number of Syrians in a host country's camps, however the camps are named, as refugees", () => {
    const kinds = (text: string) => figuresOf(text, "2011-06-13").map((f) => `${f.metric}:${f.value}`);
    expect(kinds("The number of Syrians sheltering in Turkish border camps rose to 6,817 on Monday morning.")).toEqual([
      "refugees:6817",
    ]);
    expect(kinds("The number of Syrians in camps in Turkey rose to 6,817 on Monday morning.")).toEqual([
      "refugees:6817",
    ]);
    // (not people in camps that may be anywhere)
    expect(kinds("The number of people in camps rose to 6,817 on Monday morning.")).toEqual([]);
  });

  it("reads counts that were 'among them' as parts of the count the sentence before gave", () => {
    const kinds = (text: string) => figuresOf(text, "2016-12-23").map((f) => `${f.metric}:${f.value}:${f.group}`);
    expect(
      kinds(
        "The Observatory said at least 300 people had been killed in the east of the city since Friday. Eighty-eight minors and thirty-five women were among them, it said.",
      ),
    ).toEqual(["killed:300:null", "killed:88:children", "killed:35:women"]);
    // (not ages of people whose kin were among the dead)
    expect(
      kinds(
        "At least 300 people were killed in the town in June. She is now raising her nephew Ronas, 2, and her niece Renaz, 6, whose parents were among the dead.",
      ),
    ).toEqual(["killed:300:null"]);
  });

  it("reads people tortured or beaten to death as killed, and people who suffered suffocation as hurt", () => {
    const kinds = (text: string) => figuresOf(text, "2017-04-05").map((f) => `${f.metric}:${f.value}`);
    expect(kinds("A further 137 detainees were tortured to death in prisons run by the security services.")).toEqual([
      "killed:137",
    ]);
    expect(kinds("At least 14 men were beaten to death at a checkpoint, the Observatory said.")).toEqual(["killed:14"]);
    expect(
      kinds("A further 541 people suffered suffocation and other symptoms after missiles struck the town."),
    ).toEqual(["injured:541"]);
    // (a sentence is no death)
    expect(kinds("A court sentenced 12 people to death on Tuesday.")).toEqual([]);
  });

  it("reads a count given 'as' a number as one put 'at' it", () => {
    const kinds = (text: string) => figuresOf(text, "2021-03-14").map((f) => `${f.metric}:${f.value}`);
    expect(
      kinds("The Observatory said 117,388 civilians had been killed. It gave the number of children as 22,254."),
    ).toEqual(["killed:117388", "killed:22254"]);
    expect(kinds("The Observatory gave the death toll as 388,652.")).toEqual(["killed:388652"]);
    // (not arrivals, after a count of another kind: they are no more of the wounded)
    expect(
      kinds("Hospitals in Hatay had treated 35 wounded. The minister gave the number of arrivals as 2,400."),
    ).not.toContain("injured:2400");
  });

  it("reads people who sought refuge in nearby countries as refugees", () => {
    expect(pairsOf("UNHCR said nearly 2.5 million Syrians had already sought refuge in nearby countries.")).toEqual([
      "refugees:2500000",
    ]);
  });

  it("counts the wounded and the dead carried out of a town as such, and people who fled their homes as displaced", () => {
    expect(
      pairsOf(
        "Local responders evacuated 30 injured people and four bodies from Ras al-Ain on Saturday; on Sunday a further 15 wounded and 17 bodies were brought out.",
      ),
    ).toEqual(["injured:30", "killed:4", "injured:15", "killed:17"]);
    expect(
      pairsOf(
        "Around 166,000 people have been forced to flee their homes, a spokesman for the UN refugee agency said.",
      ),
    ).toEqual(["displaced:166000"]);
  });

  it("reads a count given again after its preposition said again: 'had passed a thousand, at 1,069'", () => {
    expect(
      pairsOf(
        "On 10 January the monitor had documented 482 deaths. By 16 January the count had passed a thousand, at 1,069.",
      ),
    ).toEqual(["killed:482", "killed:1000", "killed:1069"]);
  });

  it("reads a ranked list whose items give their numbers in brackets after 'followed by'", () => {
    const text =
      "By governorate, the highest documented toll was in Aleppo, with 51,731 named individuals killed. It was followed by Rural Damascus (47,483), Homs (40,986) and Tartus (31,369).";
    expect(figuresOf(text, "2021-09-24").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "killed:51731:Aleppo",
      "killed:47483:Rif Dimashq",
      "killed:40986:Homs",
      "killed:31369:Tartus",
    ]);
  });

  it("reads people uprooted 'most of them within the province' as displaced, not all of them internally", () => {
    expect(
      pairsOf("By the end of May more than 205,000 people had been uprooted, most of them within the province."),
    ).toEqual(["displaced:205000"]);
    expect(pairsOf("By the end of May more than 205,000 people had been uprooted within the province.")).toEqual([
      "internally_displaced:205000",
    ]);
    // (as within the north-west, the north-east or an enclave: all inside the country)
    expect(pairsOf("Some 200,000 people were uprooted within the northwest in a single week.")).toEqual([
      "internally_displaced:200000",
    ]);
  });

  it("reads the next count told 'and by' a day of the month as the same count, later", () => {
    expect(
      figuresOf("By 26 June the number displaced had reached 184,705, and by 5 July 202,702.", "2017-08-30").map(
        (f) => [f.metric, f.value, f.periodEnd],
      ),
    ).toEqual([
      ["displaced", 184_705, "2017-06-26"],
      ["displaced", 202_702, "2017-07-05"],
    ]);
  });

  it("reads a count's verb past who says so, set off by commas, but not past it into the next clause", () => {
    expect(
      pairsOf("More than 1.7 million Syrians, it says, have moved towards the Turkish border to escape the attacks."),
    ).toEqual(["displaced:1700000"]);
    // (or a body described in two words)
    expect(pairsOf("A further 4.25 million people, the agency said, were displaced inside Syria.")).toEqual([
      "internally_displaced:4250000",
    ]);
    expect(
      pairsOf(
        "Seventeen of them were civilians, including at least four hospital staff, it said, and 23 people were wounded.",
      ),
    ).not.toContain("injured:4");
  });

  it("reads a count after ', as were' as the kind of the count before it", () => {
    expect(
      pairsOf(
        "Of the roughly 100 IS fighters who took part, 79 were killed, as were more than 20 of the town's defenders.",
      ),
    ).toEqual(["killed:79", "killed:20"]);
    expect(pairsOf("Some 49 children were among the victims identified so far, he said, as were 34 women.")).toEqual([
      "killed:49",
      "killed:34",
    ]);
  });

  it("reads a count past an age after its noun to the verb or cue it shares with the next", () => {
    expect(
      pairsOf("They counted more than 32 children under the age of 10 and over 60 adults among the dead."),
    ).toEqual(["killed:32", "killed:60"]);
  });

  it("reads places with numbers in brackets after a first whose brackets name what it counts", () => {
    const text =
      "By governorate, the heaviest losses were in Aleppo (51,731 named dead), Rural Damascus (47,483), Homs (40,986) and Idlib (33,271).";
    expect(figuresOf(text, "2021-09-24").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "killed:51731:Aleppo",
      "killed:47483:Rif Dimashq",
      "killed:40986:Homs",
      "killed:33271:Idlib",
    ]);
    // (not a bracketed number after a word that names no place)
    expect(pairsOf("Aleppo lost 51,731 people (named dead), and more besides (about 2,000).")).not.toContain(
      "killed:2000",
    );
  });

  it("reads what a relative clause on the count's own noun says befell them, past an adjective", () => {
    expect(
      pairsOf("The office has compiled a list of 350,209 identified people who were killed in the conflict."),
    ).toEqual(["killed:350209"]);
    expect(
      pairsOf(
        "The office has compiled a list of 350,209 identified people, civilians and combatants, who were killed in the conflict.",
      ),
    ).toEqual(["killed:350209"]);
    // (people a relative clause says something else of are not counted for it)
    expect(pairsOf("None of these numbers include the thousands of people who have disappeared.")).toEqual([]);
  });

  it("reads killed from verbs, tolls and nouns", () => {
    expect(pairsOf("A car bomb killed 17 people near a bakery in Azaz.")).toEqual(["killed:17"]);
    expect(pairsOf("Twenty-two civilians died when a shell hit a shelter in Douma.")).toEqual(["killed:22"]);
    expect(pairsOf("The death toll from the blast in Jableh climbed to 148 on Tuesday.")).toEqual(["killed:148"]);
    expect(pairsOf("Monitors put the overall toll of the day at 61 across the province of Hama.")).toEqual([
      "killed:61",
    ]);
    expect(pairsOf("The siege claimed thousands of lives in the old quarters of Homs.")).toEqual(["killed:2000"]);
    expect(pairsOf("Rescuers pulled the bodies of 19 men from the rubble in Saqba.")).toEqual(["killed:19"]);
    expect(pairsOf("More than four million have fled across Syria's borders, the UN said.")).toEqual([
      "refugees:4000000",
    ]);
    expect(pairsOf("Over one million people have had to leave their homes this year alone.")).toEqual([
      "displaced:1000000",
    ]);
    expect(
      pairsOf(
        "The attack killed 89 people and wounded 541. Of the injured, 54 were referred to hospitals in Turkey, where three have since died.",
      ),
    ).toEqual(["killed:89", "injured:541", "injured:54", "killed:3"]);
    // (an item with a fate of its own is not the dead of the item before)
    expect(
      pairsOf(
        "Nearly half a million dead, more than a million wounded, and more than five million Syrians living abroad as refugees.",
      ),
    ).toEqual(["killed:500000", "injured:1000000", "refugees:5000000"]);
    expect(pairsOf("A month of Russian bombing: nearly 600 dead and 120,000 on the move")).toEqual([
      "killed:600",
      "displaced:120000",
    ]);
    expect(pairsOf("Other counts put the dead at more than 2,000 and the displaced at hundreds of thousands.")).toEqual(
      ["killed:2000", "displaced:200000"],
    );
    expect(
      pairsOf(
        "The Observatory says more than 25,000 people have been killed. By its count they include 17,281 civilians, as well as 6,163 soldiers and 1,051 defectors.",
      ),
    ).toEqual(["killed:25000", "killed:17281", "killed:6163", "killed:1051"]);
    expect(pairsOf("Activists said up to 7,000 people had left the area around Jisr al-Shughour for Turkey.")).toEqual([
      "refugees:7000",
    ]);
    expect(pairsOf("The Observatory said at least 320 corpses had been found on Saturday and Sunday alone.")).toEqual([
      "killed:320",
    ]);
    expect(pairsOf("Monitors say the fighting has claimed the lives of some 250,000 Syrians.")).toEqual([
      "killed:250000",
    ]);
    expect(pairsOf("The attack left 35 dead in Saraqeb.")).toEqual(["killed:35"]);
    expect(pairsOf("An activist said nearly 300 had been put to death in Ghranij.")).toEqual(["killed:300"]);
    expect(pairsOf("The UN, whose last estimate put the war's dead at more than 220,000, has warned of more.")).toEqual(
      ["killed:220000"],
    );
    expect(pairsOf("Monitors said at least 195 people starved to death in besieged areas.")).toEqual(["killed:195"]);
  });

  it("reads a side's losses said to be higher or lower than the count before, 'at' a number", () => {
    const text =
      "The Observatory counted 42,495 civilian deaths. Losses among the government's forces and their allies are higher still, at 48,880.";
    expect(pairsOf(text, "2013-10-24")).toEqual(["killed:42495", "killed:48880"]);
    // (and losses before a day, "given as" a number)
    expect(
      pairsOf(
        "Rebel losses before the army's counter-attack on the 5th of August were given as 107 fighters.",
        "2013-10-11",
      ),
    ).toEqual(["killed:107"]);
  });

  it("reads a side's losses and their breakdown, after 'as follows' or 'namely'", () => {
    const text = [
      "The Observatory has documented 162,402 deaths since March 2011.",
      "Losses on the side of the regime have reached 61,170.",
      "These are made up as follows: 37,685 soldiers; 23,485 militiamen; and 438 fighters of Hezbollah.",
      "On the opposing side it counted 42,701 dead, namely 26,858 rebels and 2,314 defectors.",
    ].join(" ");
    expect(pairsOf(text, "2014-05-19")).toEqual([
      "killed:162402",
      "killed:61170",
      "killed:37685",
      "killed:23485",
      "killed:438",
      "killed:42701",
      "killed:26858",
      "killed:2314",
    ]);
  });

  it("reads those a side lost, listed after a colon", () => {
    expect(
      pairsOf(
        "Opponents of the regime have lost fewer men: 13,539 rebels, 2,015 army defectors and 2,518 foreign fighters.",
      ),
    ).toEqual(["killed:13539", "killed:2015", "killed:2518"]);
    // (not what a side lost that is no one: "the rebels lost ground: 12 villages")
    expect(pairsOf("The rebels lost ground: 12 villages fell in a week.")).toEqual([]);
  });

  it("reads a count set off after the deaths it is the number of", () => {
    expect(
      pairsOf(
        "Rural Damascus accounted for the most documented deaths, some 17,800, followed by Homs with roughly 16,400.",
      ),
    ).toEqual(["killed:17800", "killed:16400"]);
    // set off by a comma at the end of its clause
    expect(pairsOf("Aleppo governorate recorded the most deaths, 48,200.")).toEqual(["killed:48200"]);
    expect(pairsOf("Homs recorded the most named dead, 40,100; Hama came next.")).toEqual(["killed:40100"]);
  });

  it("reads a list line whose label has a comma", () => {
    const text = [
      "The Observatory counted 246 dead by Thursday.",
      "- Wednesday night: 221 dead.",
      "- First count, Wednesday afternoon: at least 156.",
    ].join("\n");
    expect(pairsOf(text, "2018-07-27")).toEqual(["killed:246", "killed:221", "killed:156"]);
    // (not a sentence whose count has a comma in it: "About 270,000 are displaced within Syria: …")
    const displaced =
      "About 520,000 refugees are in the region. About 270,000 are displaced within Syria: over 200,000 in Damascus and 13,100 in Dera'a.";
    expect(pairsOf(displaced)).toEqual([
      "refugees:520000",
      "internally_displaced:270000",
      "internally_displaced:200000",
      "internally_displaced:13100",
    ]);
  });

  it("reads a range of estimates, but not a change from one number to another", () => {
    const [range] = figuresOf("Estimates of the dead in Idlib run from 350 to 1,400, doctors said.");
    expect([range?.metric, range?.value, range?.high]).toEqual(["killed", 350, 1400]);
    const [ranged] = figuresOf("Estimates of the number killed in Idlib range from 350 to 1,400.");
    expect([ranged?.value, ranged?.high]).toEqual([350, 1400]);
    // (past a longer description of the estimates)
    const [, quoted] = figuresOf(
      "Activists said 300 people were killed in Idlib on Monday. Estimates quoted by the various monitoring groups during this past week run between 350 and 1,400.",
    );
    expect([quoted?.metric, quoted?.value, quoted?.high]).toEqual(["killed", 350, 1400]);
    expect(pairsOf("The toll in Idlib rose from 300 to 500 on Tuesday, activists said.")).toEqual(["killed:500"]);
  });

  it("reads a count given as where someone put those it counts, but not a population put at a number", () => {
    expect(pairsOf("Turkish officials put those who had crossed the border in the past week at 2,850.")).toEqual([
      "refugees:2850",
    ]);
    expect(pairsOf("Activists put those killed in the shelling of Douma at about 40.")).toEqual(["killed:40"]);
    expect(pairsOf("The UN put the number of people who had fled their homes in Idlib at 700,000.")).toEqual([
      "displaced:700000",
    ]);
    expect(pairsOf("Officials put the population of the town at 35,000.")).toEqual([]);
    expect(
      pairsOf(
        "Arsal, which already hosted some 20,000 registered refugees, has a total population put by the agency at around 60,000.",
      ),
    ).toEqual(["refugees:20000"]);
    // "the number killed", and a count estimated where another would put it
    expect(pairsOf("The UN now puts the number killed since the spring at more than 3,000.")).toEqual(["killed:3000"]);
    expect(pairsOf("A local doctor estimated the dead at 27, with 60 more wounded.")).toEqual([
      "killed:27",
      "injured:60",
    ]);
    expect(pairsOf("Officials estimated the population of the town at 35,000.")).toEqual([]);
  });

  it("reads people who reached or arrived in another country as refugees, but not aid that reached them", () => {
    expect(pairsOf("Nearly 61,000 have reached Iraq since the summer, the UNHCR said.")).toEqual(["refugees:61000"]);
    expect(pairsOf("More than 4,000 people have arrived in Jordan this week.")).toEqual(["refugees:4000"]);
    expect(pairsOf("Food aid reached 61,000 people in northern Iraq.")).toEqual([]);
  });

  it("counts refugees in the one host country named, and across several as a national figure", () => {
    const [lebanon] = figuresOf("Lebanon now hosts more than 1.1 million Syrian refugees, the UNHCR said.");
    expect([lebanon?.scope, lebanon?.location]).toEqual(["local", "Lebanon"]);
    const [region] = figuresOf("Some 12,000 Syrians crossed into Turkey, Iraq and Jordan last month, the UNHCR said.");
    expect([region?.scope, region?.location]).toEqual(["national", "Syria"]);
  });

  it("reads per-month tolls that follow a first one ('followed by 3,100 in June and 2,870 in July')", () => {
    const months = figuresOf(
      "In May, the bloodiest month, 3,912 were killed, followed by 3,100 in June and 2,870 in July.",
      "2016-08-01",
    );
    expect(months.map((f) => [f.metric, f.value, f.periodStart, f.periodEnd])).toEqual([
      ["killed", 3912, "2016-05-01", "2016-05-31"],
      ["killed", 3100, "2016-06-01", "2016-06-30"],
      ["killed", 2870, "2016-07-01", "2016-07-31"],
    ]);
  });

  it("reads a list of destinations as one refugee figure each, with its own hedge", () => {
    const list = figuresOf("Nearly 61,000 have reached Iraq, about 43,500 Egypt and 12,000 Armenia, the UNHCR said.");
    expect(list.map((f) => [f.metric, f.value, f.qualifier, f.attributedTo, f.scope, f.location])).toEqual([
      ["refugees", 61000, "approximately", "UNHCR", "local", "Iraq"],
      ["refugees", 43500, "approximately", "UNHCR", "local", "Egypt"],
      ["refugees", 12000, "exact", "UNHCR", "local", "Armenia"],
    ]);
    // Not a list: the next number has its own verb.
    expect(pairsOf("About 2,000 people have arrived in Jordan, and 300 died on the way.")).toEqual([
      "refugees:2000",
      "killed:300",
    ]);
  });

  it("reads 'were among the victims' as killed and people camped at a crossing as displaced", () => {
    expect(pairsOf("Rights groups said 8,400 minors were among the victims in Aleppo.")).toEqual(["killed:8400"]);
    const [camped] = figuresOf("Between 3,000 and 5,500 people are camped at the crossing near Atmeh.");
    expect([camped?.metric, camped?.value, camped?.high]).toEqual(["displaced", 3000, 5500]);
    // camped just north of a place
    expect(pairsOf("Satellite images showed about 2,000 people camped just north of the sand bank.")).toEqual([
      "displaced:2000",
    ]);
  });

  it("reads injured, and the combined count", () => {
    expect(pairsOf("At least 60 people were wounded in the market bombing in Tartus.")).toEqual(["injured:60"]);
    expect(pairsOf("Loyalist units have suffered over 300 killed and wounded in Jobar since January.")).toEqual([
      "killed_or_injured:300",
    ]);
    expect(pairsOf("The raid caused 75 casualties among the residents of Hamouriyeh.")).toEqual([
      "killed_or_injured:75",
    ]);
    expect(pairsOf("The war has left 900,000 people with lasting wounds, the WHO said.")).toEqual(["injured:900000"]);
    expect(pairsOf("The shelling left 40 children with serious injuries in Douma.")).toEqual(["injured:40"]);
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
    // a share of the count before by where its people come from: "Most, 48,884, are from …; another 19,471 …"
    expect(
      pairsOf(
        "OCHA says 75,438 people remain displaced inside Syria. Most, 48,884, are from Hasakah governorate; another 19,471 are from Raqqa.",
      ),
    ).toEqual(["internally_displaced:75438", "internally_displaced:48884", "internally_displaced:19471"]);
    // a possessive before the dead, and losses a find pushes past a count
    expect(
      pairsOf("Across Syria, the war's dead now number at least 202,354, which includes 63,074 civilians."),
    ).toEqual(["killed:202354", "killed:63074"]);
    expect(pairsOf("The grave pushes the tribe's losses past 900, the Observatory now says.")).toEqual(["killed:900"]);
    // ranges the dead and the wounded "number anywhere between", and counts of the dead that range
    expect(
      pairsOf(
        "Depending on the source, the dead number anywhere between 12 and 19, and the wounded anywhere between 40 and 70.",
      ),
    ).toEqual(["killed:12-19", "injured:40-70"]);
    expect(pairsOf("Counts of the dead range from 12 to 19.")).toEqual(["killed:12-19"]);
    // the dead since a day, and the dead of one side opening a sentence, with their verb
    expect(pairsOf("Shelling went on. By the activists' count the dead since Friday now number more than 35.")).toEqual(
      ["killed:35"],
    );
    expect(pairsOf("Civilian dead numbered 955, among them 207 children.", "2017-10-01")).toEqual([
      "killed:955",
      "killed:207",
    ]);
    // a day's dead put at a number, and the wounding of people as their killing
    expect(pairsOf("A local network put that day's dead at 40.")).toEqual(["killed:40"]);
    expect(pairsOf("The group documented the killing of 300 civilians and the wounding of no fewer than 900.")).toEqual(
      ["killed:300", "injured:900"],
    );
    // a breakdown opening "They include"
    expect(
      pairsOf(
        "The monitor has documented 212,000 deaths since March 2011. They include 61,000 civilians, of whom 9,800 were children.",
      ),
    ).toEqual(["killed:212000", "killed:61000", "killed:9800"]);
    // the other end of a count, told after it
    expect(
      pairsOf("Rights groups say at least 1,100 civilians have been killed, and possibly as many as 1,250."),
    ).toEqual(["killed:1100", "killed:1250"]);
    // a number brought to by arrivals in a neighbour's camps
    expect(
      pairsOf(
        "Some 1,900 Syrians crossed the border on Thursday, bringing the number sheltering in Turkish camps to 24,500.",
      ),
    ).toEqual(["refugees:1900", "refugees:24500"]);
    // the wounded who died are dead, however said
    expect(pairsOf("Four more who had been wounded earlier died of their injuries, the monitor said.")).toEqual([
      "killed:4",
    ]);
    expect(pairsOf("Toll climbs as 12 wounded die in Turkish hospitals")).toEqual(["killed:12"]);
    // the wounded who died are dead
    expect(pairsOf("Three of the wounded later died in a hospital in Kilis.")).toEqual(["killed:3"]);
    expect(pairsOf("Twelve of the wounded were taken to Kilis.")).toEqual(["injured:12"]);
    // the wounded as a subject, as the dead are
    expect(pairsOf("Nurses said 31 people had died and the wounded exceeded 120.")).toEqual([
      "killed:31",
      "injured:120",
    ]);
    // a count split between its parts
    expect(
      pairsOf("She said 1,400 people had died, split evenly in her account between 700 soldiers and 700 protesters."),
    ).toEqual(["killed:1400", "killed:700", "killed:700"]);
    // the noun a relative clause follows is the subject of its "which" and of the verb after it
    expect(
      pairsOf(
        "Turkish officials say the camps in Hatay province, which held some 11,700 Syrians at their peak in June, now shelter roughly 8,000.",
      ),
    ).toEqual(["refugees:11700", "refugees:8000"]);
    // (not a population, nor what a camp is built to hold)
    expect(
      pairsOf(
        "Officials say camps near Suruc, which has a population of about 100,000, are full. Za'atri, which is laid out to hold as many as 113,000 people, is half empty.",
      ),
    ).toEqual([]);
    // camps in a sentence about a country abroad are that country's
    expect(
      pairsOf(
        "Turkey's disaster and emergency agency, AFAD, says its camps along the Syrian frontier now hold 132,920 Syrians.",
      ),
    ).toEqual(["refugees:132920"]);
    // people who walked into a town abroad; a tally of the deaths the sentence named
    expect(
      pairsOf("Hundreds of Azaz residents walked into the Turkish town of Kilis on Thursday.", "2012-08-17"),
    ).toEqual(["refugees:200"]);
    expect(pairsOf("Counting the deaths reported by Ankara, an AFP tally now stands at no fewer than 46.")).toEqual([
      "killed:46",
    ]);
    // the largest share of a count, set off by commas, and the next share after it
    expect(
      pairsOf(
        "Turkey says it is sheltering 132,920 Syrians in 13 camps, the largest group, 52,015, in Sanliurfa province and 13,746 in Kilis.",
        "2012-12-14",
      ),
    ).toEqual(["refugees:132920", "refugees:52015", "refugees:13746"]);
    // people who reached a country of Europe's shores are refugees there
    expect(pairsOf("Some 4,600 Syrians reached Italy by sea this year, the coastguard said.", "2013-10-18")).toEqual([
      "refugees:4600",
    ]);
    // Syrians who live in "the country" the sentence names abroad; not in Syria
    expect(
      pairsOf(
        "The Egyptian government estimates that between 250,000 and 300,000 Syrians live in the country.",
        "2013-10-18",
      ),
    ).toEqual(["refugees:250000-300000"]);
    expect(pairsOf("Some 250,000 Syrians live in the country's besieged areas.", "2013-10-18")).toEqual([]);
    // a gapped list whose items a semicolon parts
    expect(
      pairsOf(
        "Jordan then held 105,737 registered refugees; Turkey 101,834; Lebanon 101,283; and Iraq 42,661.",
        "2012-11-13",
      ),
    ).toEqual(["refugees:105737", "refugees:101834", "refugees:101283", "refugees:42661"]);
    // the largest caseload, and the hosts ranked after it
    expect(
      pairsOf(
        "Lebanon now has the largest registered caseload, 127,420, ahead of Jordan with 125,670 and Turkey with 123,747.",
        "2012-11-23",
      ),
    ).toEqual(["refugees:127420", "refugees:125670", "refugees:123747"]);
    // a count given exactly in brackets after its round figure
    expect(
      pairsOf(
        "More than 630,000 Syrian refugees are registered with UNHCR in the kingdom (632,228 as of 30 November).",
        "2015-12-08",
      ),
    ).toEqual(["refugees:630000", "refugees:632228"]);
    expect(
      pairsOf("In Turkey the refugee population now exceeds 50,000 (50,227 at the latest count).", "2012-08-14"),
    ).toEqual(["refugees:50000", "refugees:50227"]);
    // killings after words that describe them
    expect(pairsOf("The United Nations last reported 191,369 documented killings.")).toEqual(["killed:191369"]);
    // a count someone put the dead of a place at; not the dead and wounded together
    expect(pairsOf("In its own report on the attack, the agency put the Afrin dead at 15.")).toEqual(["killed:15"]);
    expect(
      pairsOf("A tally attributed to the Observatory put the combined dead and wounded on both sides at 1,052."),
    ).not.toContain("killed:1052");
    // (the subject far back, past asides between commas)
    const far =
      "The number of people killed when rockets and artillery shells hit a hospital and a residential district in Afrin, in north-west Syria, on Saturday evening has risen to 21, the Observatory said.";
    expect(pairsOf(far)).toEqual(["killed:21"]);
  });

  it("reads losses, flows into a neighbour and hosted refugees", () => {
    expect(pairsOf("Government units lost at least 30 men in the ambush near Sukhna.")).toEqual(["killed:30"]);
    expect(pairsOf("Up to 60,000 people streamed into Iraq after the attack on Sinjar road.")).toEqual([
      "refugees:60000",
    ]);
    expect(pairsOf("Thousands poured into the streets of Qamishli to mourn.")).toEqual([]);
    expect(pairsOf("About 23,000 people poured into the camp as the enclave fell.")).toEqual(["displaced:23000"]);
    expect(pairsOf("At least 300 people waded across the river into Lebanon by midday.")).toEqual(["refugees:300"]);
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
    // past an age between two items
    const aged = figuresOf("Shelling killed 210 civilians, among them 48 children under the age of 18 and 31 women.");
    expect(aged.map((f) => [f.value, f.group])).toEqual([
      [210, "civilians"],
      [48, "children"],
      [31, "women"],
    ]);
    // after "of them", as after "among them"; an age after "were under" is none
    const ofThem = figuresOf("Russian strikes killed 382 civilians, of them 21 children and 63 women.");
    expect(ofThem.map((f) => [f.value, f.group])).toEqual([
      [382, "civilians"],
      [21, "children"],
      [63, "women"],
    ]);
    const minors = figuresOf(
      "The monitor said 287 IS fighters had died, and that no fewer than 26 of them were under 18.",
    );
    expect(minors.map((f) => f.value)).toEqual([287, 26]);
    // past an aside between commas after the first count
    const aside = figuresOf(
      "The monitor's count stands at 31,200 dead: 21,400 civilians, a category that includes men who took up arms, plus 1,300 defectors and 8,500 soldiers.",
    );
    expect(aside.map((f) => [f.metric, f.value])).toEqual([
      ["killed", 31200],
      ["killed", 21400],
      ["killed", 1300],
      ["killed", 8500],
    ]);
  });

  it("takes one person named with 'a' for no figure, and 'one' for a count", () => {
    // (the seeds' gold leaves such a person optional; the held-out golds never ask for one)
    expect(pairsOf("A journalist was killed by sniper fire in Raqqa on Tuesday.")).toEqual([]);
    expect(pairsOf("Shelling killed a young girl and wounded 12 people in Ariha.")).toEqual(["injured:12"]);
    expect(onlyFigure("One journalist was killed by sniper fire in Raqqa on Tuesday.")).toMatchObject({
      metric: "killed",
      value: 1,
      group: "journalists",
    });
  });

  it("reaches a toll cue across a long subject", () => {
    expect(
      pairsOf(
        "The death toll from Sunday's barrel-bomb attack on the crowded market of the town of Al-Bab in Aleppo province rose to 61.",
      ),
    ).toEqual(["killed:61"]);
    expect(pairsOf("The group has recorded the deaths of more than 9,000 people in the province.")).toEqual([
      "killed:9000",
    ]);
  });

  it("reaches the verb past a list of the people counted", () => {
    expect(pairsOf("The government said that 143 soldiers, police and security men had been killed.")).toEqual([
      "killed:143",
    ]);
    expect(
      pairsOf(
        "More than 1,100 men, women and children have been killed since March, and as many as 10,000 have been detained.",
      ),
    ).toEqual(["killed:1100"]);
    // a list closed by a comma is an aside, stepped over whole
    expect(pairsOf("The UN listed 350,209 people, civilians and fighters alike, killed in the war.")).toEqual([
      "killed:350209",
    ]);
    // the people who tell are no list
    expect(pairsOf("Rebels killed 12 soldiers, police said.")).toEqual(["killed:12"]);
  });

  it("reads 'among those killed … were' and 'the dead … included'", () => {
    expect(pairsOf("Among those killed in the old city on Friday were four aid workers.")).toEqual(["killed:4"]);
    expect(pairsOf("The dead from the second strike included seven rescuers.")).toEqual(["killed:7"]);
    expect(pairsOf("The army said it had killed 'scores of militants' near Morek.")).toEqual(["killed:40"]);
    expect(pairsOf("Gunmen beheaded 9 captives outside Tadmur.")).toEqual(["killed:9"]);
  });

  it("reads people treated for wounds or symptoms as injured", () => {
    expect(pairsOf("More than 80 people were treated for suffocation after the shelling of Sarmin.")).toEqual([
      "injured:80",
    ]);
  });

  it("reads displacement that persists, partitives and who left", () => {
    expect(pairsOf("Some 2.1 million people remain internally displaced in the north-east.")).toEqual([
      "internally_displaced:2100000",
    ]);
    expect(pairsOf("About 300,000 of the newly displaced are sheltering in schools and mosques.")).toEqual([
      "displaced:300000",
    ]);
    expect(pairsOf("Roughly 70,000 of those on the move are elderly, the agency said.")).toEqual(["displaced:70000"]);
    expect(
      pairsOf(
        "The district holds some two million people, about 700,000 of whom had fled there from other parts of Syria.",
      ),
    ).toEqual(["internally_displaced:700000"]);
    expect(
      pairsOf("An estimated 25,000 people who abandoned their homes in Tal Abyad are sleeping in fields."),
    ).toEqual(["displaced:25000"]);
    expect(pairsOf("Nearly 4,000 residents had left for the coast by Friday.")).toEqual(["displaced:4000"]);
    // the refugee agency's name says nothing of where people went when the sentence says inside Syria
    expect(pairsOf("Some 61,200 people are still displaced inside Syria, the UN refugee agency said.")).toEqual([
      "internally_displaced:61200",
    ]);
    expect(pairsOf("More than 400,000 people have fled, the UN refugee agency said on Friday.")).toEqual([
      "refugees:400000",
    ]);
    // past the same count told in families, between commas
    expect(pairsOf("A further 26,250 people, or 5,250 families, are internally displaced north of the city.")).toEqual([
      "internally_displaced:26250",
    ]);
    // inside a part of Syria; driven out "without leaving the country"
    expect(pairsOf("Close to 160,000 people were newly displaced inside northern Syria in October.")).toEqual([
      "internally_displaced:160000",
    ]);
    expect(
      pairsOf("Some six and a half million people have been driven from their homes without leaving the country."),
    ).toEqual(["internally_displaced:6500000"]);
    // within a governorate (but from and within one: both kinds)
    expect(pairsOf("More than 41,000 people have been displaced within Idlib governorate since May.")).toEqual([
      "internally_displaced:41000",
    ]);
    expect(pairsOf("Some 12,000 people were displaced from and within the governorate in July.")).toEqual([
      "displaced:12000",
    ]);
    // across the borders, outside the country, into a neighbour's town: abroad; inside and outside: both
    expect(pairsOf("About 2.9 million more have fled across the borders.")).toEqual(["refugees:2900000"]);
    expect(pairsOf("Some 1.7 million Syrians have sought refuge outside their country.")).toEqual(["refugees:1700000"]);
    expect(pairsOf("Thousands who fled the battle have crowded into the Lebanese border town of Arsal.")).toEqual([
      "refugees:2000",
    ]);
    expect(pairsOf("About 12 million have been displaced inside or outside the country.")).toEqual([
      "displaced:12000000",
    ]);
    // the border towns and provinces of the neighbours are abroad too
    expect(pairsOf("Hundreds of people crossed into Kilis on foot.")).toEqual(["refugees:200"]);
    expect(pairsOf("On Thursday some 2,500 Syrians crossed at the Akcakale border gate.")).toEqual(["refugees:2500"]);
    expect(pairsOf("Some 9,000 residents, about a third of the town, fled after the barrel bombs.")).toEqual([
      "displaced:9000",
    ]);
    expect(
      pairsOf("More than 11 million Syrians, half the pre-war population, have been forced from their homes."),
    ).toEqual(["displaced:11000000"]);
  });

  it("reads Syrians living in a neighbouring country as refugees, and no one else", () => {
    expect(pairsOf("Nearly 1.1 million Syrians live in Lebanon, the government says.")).toEqual(["refugees:1100000"]);
    expect(pairsOf("Some 300,000 people live in Manbij.")).toEqual([]);
    expect(pairsOf("About 2,000 Turks live in Jordan.")).toEqual([]);
  });

  it("shares a verb said once with an elliptical second count", () => {
    expect(pairsOf("The shelling killed 19 people in Douma and 7 in Harasta.")).toEqual(["killed:19", "killed:7"]);
    expect(
      pairsOf(
        "Air raids killed 33 civilians, including 21 in villages of the southern countryside hit overnight and 12 in the provincial capital.",
      ),
    ).toEqual(["killed:33", "killed:21", "killed:12"]);
    expect(pairsOf("Air strikes killed 1,020 civilians in March, compared with 800 in February.")).toEqual([
      "killed:1020",
      "killed:800",
    ]);
    // a count of things after "and" is not elliptical
    expect(pairsOf("The shelling killed 19 people and damaged 7 homes in Harasta.")).toEqual(["killed:19"]);
  });

  it("carries the previous sentence's toll to 'The rest were …'", () => {
    expect(
      pairsOf("Monitors counted 58 dead across the province on Friday. The rest were 12 rebels and 9 soldiers."),
    ).toEqual(["killed:58", "killed:12", "killed:9"]);
    expect(pairsOf("The rest were 12 rebels and 9 soldiers.")).toEqual([]);
  });

  it("counts a parent and children as one figure", () => {
    expect(pairsOf("A mortar round killed a woman and her three sons in Jaramana.")).toEqual(["killed:4"]);
    expect(figuresOf("A mortar round killed a woman and her three sons in Jaramana.")[0]?.group).toBeNull();
  });

  it("does not lend a verb to a count that has one of its own", () => {
    expect(pairsOf("The UN said 400,000 people had fled, and 2 million in the province need aid.")).toEqual([
      "displaced:400000",
    ]);
    expect(pairsOf("The raid killed 14 fighters and 300 civilians were detained.")).toEqual(["killed:14"]);
    expect(pairsOf("Shelling killed 12 people on Monday and 4 on Tuesday in Douma.")).toEqual([
      "killed:12",
      "killed:4",
    ]);
  });

  it("reads shares a party is blamed for, running numbers that rise to a count, and ranges after a toll", () => {
    expect(pairsOf("Government forces were responsible for 161 of these deaths, including 34 children.")).toEqual([
      "killed:161",
      "killed:34",
    ]);
    expect(
      pairsOf("The number of civilians the network has documented as killed since January rises to 1,101."),
    ).toEqual(["killed:1101"]);
    expect(
      pairsOf("The Observatory's own figure for civilians killed by coalition strikes in Syria alone is above 3,300."),
    ).toEqual(["killed:3300"]);
    expect(pairsOf("The death toll was between 23 and 40.")).toEqual(["killed:23-40"]);
    expect(pairsOf("Reports put the number of fighters killed at anywhere between 23 and 40.")).toEqual([
      "killed:23-40",
    ]);
  });

  it("reads a guess at the past as a count and a projection as none, and a host that has already taken people in", () => {
    expect(pairsOf("As many as 40 people may have died in the strike on Sunday.")).toEqual(["killed:40"]);
    expect(pairsOf("As many as 40 people may die if the strikes go on.")).toEqual([]);
    expect(pairsOf("Turkey had already taken in 1.5 million Syrians before the influx.")).toEqual(["refugees:1500000"]);
  });

  it("reads the items of a breakdown of people displaced, each by where it says they went", () => {
    // "and another 10,000": the next item, said to be more of the same
    expect(
      pairsOf("About 60,000 people had fled: some 50,000 to other parts of the city and another 10,000 to Turkey."),
    ).toEqual(["displaced:60000", "internally_displaced:50000", "refugees:10000"]);
    // past the relative clause of the item before
    expect(
      pairsOf(
        "The UN said about 60,000 had fled: about 50,000 who had moved to other neighbourhoods of Hasakah and perhaps 10,000 who had gone north to Amuda.",
      ),
    ).toEqual(["displaced:60000", "internally_displaced:50000", "displaced:10000"]);
    expect(pairsOf("The monitor counted 300 dead: 200 who died in air strikes and 100 who were shot.")).toEqual([
      "killed:300",
      "killed:200",
      "killed:100",
    ]);
    expect(pairsOf("About 10,000 people fled Aleppo for Turkey.")).toEqual(["refugees:10000"]);
  });

  it("reads a count given again past an aside, for a scope, or as what a body speaks of", () => {
    const before = "The Observatory said 5,000 people had been killed.";
    const again = (s: string) => figuresOf(`${before} ${s}`, "2021-09-25").slice(1);
    const [previous] = again("The office's previous figure, published in August 2014, had stood at 191,369.");
    // a total as it stood then runs from the war's start
    expect([previous?.metric, previous?.value, previous?.periodStart]).toEqual(["killed", 191369, WAR_START]);
    expect(
      again("Counting deaths it cannot yet document, the Observatory now speaks of more than 606,000.").map(
        (f) => f.value,
      ),
    ).toEqual([606000]);
    expect(
      again("The Observatory's count for the whole uprising passed 13,000 last month.").map((f) => f.value),
    ).toEqual([13000]);
    expect(pairsOf("Activists' own tallies put the civilian dead since mid-March at about 1,700.")).toEqual([
      "killed:1700",
    ]);
  });

  it("reads people on the refugee agency's books as refugees, and its registrations or total given again", () => {
    expect(pairsOf("It is ten times the level of a year ago, when UNHCR had 230,671 people on its books.")).toEqual([
      "refugees:230671",
    ]);
    expect(
      pairsOf("UNHCR had 40,000 Syrians on its register. By July 14 registrations had climbed to nearly 73,000."),
    ).toEqual(["refugees:40000", "refugees:73000"]);
    expect(
      pairsOf(
        "Barely 6,000 Syrians were on UNHCR's books in Egypt, and on February 23 the total was still a little under 20,000.",
      ),
    ).toEqual(["refugees:6000", "refugees:20000"]);
    // a book with no refugee agency in sight is not a register of refugees
    expect(pairsOf("The library had 230,671 people on its books.")).toEqual([]);
  });

  it("reads Syrians on the refugee agency's lists as refugees, and 'the count there was' as the count again", () => {
    expect(pairsOf("Some 9,940 Syrians are formally on the lists of UNHCR and the Higher Relief Council.")).toEqual([
      "refugees:9940",
    ]);
    expect(
      pairsOf("About 8,000 Syrians fled to Lebanon. In the week to 27 January the count there was 6,290."),
    ).toEqual(["refugees:8000", "refugees:6290"]);
  });

  it("reads a death toll put above or near a number, without 'at'", () => {
    expect(pairsOf("Some human rights organisations put the overall death toll above 1,600.")).toEqual(["killed:1600"]);
    expect(pairsOf("Officials put the death toll near 300 on Monday.")).toEqual(["killed:300"]);
    expect(pairsOf("Officials put the death toll aside and sent 300 trucks.")).toEqual([]);
  });

  it("reads 'a total that includes', 'the children killed numbered' and a figure put 'nearer' a number", () => {
    expect(
      pairsOf("Government troops made up 45,478 of the dead, a total that includes 171 fighters from Hezbollah."),
    ).toEqual(["killed:45478", "killed:171"]);
    expect(pairsOf("The UN rights chief said the children killed numbered more than 300.")).toEqual(["killed:300"]);
    const text = "The UN said 60,000 had fled. The International Rescue Committee put the figure nearer 70,000.";
    expect(figuresOf(text, "2019-03-20").map((f) => `${f.metric}:${f.value}:${f.qualifier}`)).toEqual([
      "displaced:60000:exact",
      "displaced:70000:approximately",
    ]);
  });

  it("reads people driven or forced from their homes as displaced", () => {
    expect(pairsOf("The fighting has driven 5,000 people from their homes.")).toEqual(["displaced:5000"]);
    expect(pairsOf("The fighting forced 5,000 people from their homes in Aleppo.")).toEqual(["displaced:5000"]);
    expect(pairsOf("The fighting has driven 5,000 people to the camps.")).toEqual([]);
  });

  it("reads arrivals in another country as refugees", () => {
    expect(pairsOf("July saw 50,242 arrivals in Greece, more than in the whole of last year.")).toEqual([
      "refugees:50242",
    ]);
    expect(pairsOf("IOM's own count for July is 55,496 irregular arrivals in Greece.")).toEqual(["refugees:55496"]);
    expect(pairsOf("The ship's arrival in Greece was delayed by 3 days.")).toEqual([]);
  });

  it("reads lives lost as the dead", () => {
    expect(
      pairsOf("More than a quarter of a million lives lost in the conflict are on its list, the UN said."),
    ).toEqual(["killed:250000"]);
    expect(pairsOf("Over 190,000 lives have been lost, the UN said.")).toEqual(["killed:190000"]);
    expect(pairsOf("Medics said 300 lives were saved.")).toEqual([]);
  });

  it("reads a breakdown that points back to a count a sentence or two before it", () => {
    const text = [
      "The war in Syria killed three thousand seven hundred and forty-six people in 2021, the Observatory said.",
      "It is the lowest annual figure the monitor has recorded.",
      "Of those dead, one thousand five hundred and five were civilians, three hundred and sixty of them children.",
    ].join(" ");
    expect(pairsOf(text)).toEqual(["killed:3746", "killed:1505", "killed:360"]);
    // "of those who …" names other people: what they did says what they are, not the count before
    const others = [
      "Shelling killed 30 people in Qusayr on Sunday.",
      "Leaflets had persuaded residents to leave.",
      "Of those who reached Lebanon, 2,500 had arrived through Arsal.",
    ].join(" ");
    expect(pairsOf(others)).toEqual(["killed:30", "refugees:2500"]);
  });

  it("reads the next party's share, its verb said once, and 'Among the civilians were …' after a count", () => {
    expect(
      pairsOf(
        "The Observatory counted 1,100 deaths. Government forces were responsible for 741 of them, it said, and forces it believes to be Russian for 358.",
      ),
    ).toEqual(["killed:1100", "killed:741", "killed:358"]);
    expect(pairsOf("Russian air strikes were blamed for 416 deaths and raids by the US-led coalition for 67.")).toEqual(
      ["killed:416", "killed:67"],
    );
    // past the breakdown of the party before
    expect(
      pairsOf(
        "Government forces were responsible for 71 of those deaths, including 14 people shot at a checkpoint, and Russian aircraft for 28.",
      ),
    ).toEqual(["killed:71", "killed:14", "killed:28"]);
    // "for" after another verb is not a share
    expect(pairsOf("Russian strikes were blamed for 416 deaths, and the coalition was praised for 2 days.")).toEqual([
      "killed:416",
    ]);
    expect(pairsOf("The Observatory counted 500 dead. Among the civilians were 12 children and four women.")).toEqual([
      "killed:500",
      "killed:12",
      "killed:4",
    ]);
    expect(pairsOf("The Observatory counted 500 dead. Among the dead were 12 cars.")).toEqual(["killed:500"]);
    expect(
      pairsOf(
        "The monitor said 6,817 people died in 2020. Among last year's dead, the monitor counted 1,528 civilians.",
      ),
    ).toEqual(["killed:6817", "killed:1528"]);
  });

  it("reads a breakdown 'of the month's dead' as deaths, though a sentence of comment came between", () => {
    const text = [
      "The Observatory documented 547 deaths across Syria in January.",
      "The front lines have barely moved in almost a year.",
      "Of the month's dead, 145 were civilians.",
      "Among the week's victims were 12 children.",
    ].join(" ");
    expect(pairsOf(text, "2021-02-01")).toEqual(["killed:547", "killed:145", "killed:12"]);
  });

  it("reads shares 'of that number' of the count before, and the next share with its subject only", () => {
    const text = "The monitor counted 145 civilian deaths. Children made up 37 of that number, and women 19.";
    expect(figuresOf(text, "2021-02-01").map((f) => `${f.metric}:${f.value}:${f.group}`)).toEqual([
      "killed:145:civilians",
      "killed:37:children",
      "killed:19:women",
    ]);
  });

  it("reads a place's or a party's share of the count before told with 'accounted for' or 'made up'", () => {
    expect(pairsOf("The UN counted 191,369 deaths. Hama accounted for 14,690.", "2014-08-22")).toEqual([
      "killed:191369",
      "killed:14690",
    ]);
    expect(pairsOf("The UN counted 191,369 deaths. The regular army made up 29,954.", "2014-08-22")).toEqual([
      "killed:191369",
      "killed:29954",
    ]);
    expect(pairsOf("The UN counted 191,369 deaths. Hama accounted for the other 14,690.", "2014-08-22")).toEqual([
      "killed:191369",
      "killed:14690",
    ]);
    // (not a share of something else)
    expect(pairsOf("The UN counted 191,369 deaths. Hama accounted for 14 percent.", "2014-08-22")).toEqual([
      "killed:191369",
    ]);
    // (or the share of the party that did it: "was responsible for")
    expect(
      pairsOf(
        "Extremist groups killed 208 civilians. ISIS was responsible for 207, including 28 children.",
        "2016-03-01",
      ),
    ).toEqual(["killed:208", "killed:207", "killed:28"]);
  });

  it("reads a count in brackets right after the noun that says what it counts", () => {
    expect(pairsOf("Rural Damascus recorded the most killings (39,393) of any province.", "2014-08-22")).toEqual([
      "killed:39393",
    ]);
    // (brackets after other words hold no count of theirs)
    expect(pairsOf("Rural Damascus recorded the most killings in its history (2014).", "2014-08-22")).toEqual([]);
  });

  it("reads a breakdown the dead 'comprise', and a monitor's own count ('our count stood at')", () => {
    const text = [
      "The Observatory documented the deaths of 4,239 people in July.",
      "The July dead comprise 3,001 civilians, 1,133 soldiers of the regular army and 105 defectors.",
      "On the 21st our count already stood at 2,752.",
    ].join(" ");
    expect(pairsOf(text, "2012-08-04")).toEqual([
      "killed:4239",
      "killed:3001",
      "killed:1133",
      "killed:105",
      "killed:2752",
    ]);
  });

  it("reads a share of a place's people as the count, and the whole as its population", () => {
    const text = "Some 500,000 of the 1.6 million inhabitants of the province have left for other parts of Syria.";
    expect(pairsOf(text, "2012-08-04")).toEqual(["internally_displaced:500000"]);
    expect(pairsOf("About 40 of the 300 residents were killed.", "2012-08-04")).toEqual(["killed:40"]);
    // (a count of the dead is a count, whatever share of it follows)
    expect(pairsOf("Of the 300 residents killed, 40 were children.", "2012-08-04")).toEqual([
      "killed:300",
      "killed:40",
    ]);
  });

  it("reads the remains of people found as deaths, and losses that 'were put at' a number", () => {
    const text =
      "Relatives found the remains of more than 230 people, and the tribe's losses were put at more than 900.";
    expect(pairsOf(text, "2014-12-31")).toEqual(["killed:230", "killed:900"]);
    expect(pairsOf("Rescuers pulled the remains of 12 people from the rubble.", "2014-12-31")).toEqual(["killed:12"]);
  });

  it("reads people displaced who wait on the Syrian side of the border as displaced inside Syria", () => {
    const text = "More than 10,000 displaced Syrians were waiting on the Syrian side of the border opposite Kilis.";
    expect(pairsOf(text, "2012-12-10")).toEqual(["internally_displaced:10000"]);
    // (so are people displaced at Atmeh, the camps on the Syrian side of the Turkish border)
    expect(pairsOf("About 12,000 displaced people are sheltering at Atmeh.", "2012-12-14")).toEqual([
      "internally_displaced:12000",
    ]);
    // (a word or two may describe the border)
    const desert = "Nearly 50,000 displaced Syrians are stuck on the Syrian side of the desert border with Jordan.";
    expect(pairsOf(desert, "2017-08-10")).toEqual(["internally_displaced:50000"]);
  });

  it("steps over an aside of two words joined by 'and' between a count and its verb", () => {
    const text =
      "More than 129,000 soldiers and militiamen, Syrian and foreign, have died, among them 1,697 Hezbollah fighters.";
    expect(pairsOf(text, "2020-03-15")).toEqual(["killed:129000", "killed:1697"]);
  });

  it("reads the rest of a count broken down ('the remainder, some 600 people, were civilians')", () => {
    const told = "The Observatory counted 700 dead. About 100 were fighters";
    for (const rest of ["; the remainder, some 600 people, were civilians.", "; the other 600 or so were civilians."])
      expect(pairsOf(told + rest, "2014-12-31"), rest).toEqual(["killed:700", "killed:100", "killed:600"]);
    // (not the other things a sentence may count)
    expect(pairsOf("The Observatory counted 700 dead. The other 3 hospitals were closed.", "2014-12-31")).toEqual([
      "killed:700",
    ]);
  });

  it("reads the Kurdistan Region as another country, and people who made it across there as refugees", () => {
    const text = [
      "Roughly 42,000 Syrians have crossed into the Kurdistan Region of northern Iraq since Thursday.",
      "The exodus started on August 15, when a pontoon bridge opened.",
      "Some 750 people made it across before noon.",
      "On Sunday around 6,000 more came through.",
    ].join(" ");
    expect(pairsOf(text, "2013-08-23")).toEqual(["refugees:42000", "refugees:750", "refugees:6000"]);
    // (the passage is about people arriving there for a few sentences more)
    const later = [
      "Roughly 42,000 Syrians have crossed into the Kurdistan Region of northern Iraq since Thursday.",
      "Arrivals were slowing, a spokesman told reporters.",
      "The exodus started on August 15, when a pontoon bridge opened.",
      "Many said they had fled bombing that morning.",
      "On Sunday around 6,000 more came through.",
    ].join(" ");
    expect(pairsOf(later, "2013-08-23")).toEqual(["refugees:42000", "refugees:6000"]);
  });

  it("reads items that open with their number under a header of the dead, one to a line or after ';'", () => {
    const text = [
      "The dead documented by the Observatory are:",
      "",
      "12 fighters of the Asayish and YPG, killed in clashes; more than 22 members of regime forces and the NDF;",
      "10 further people whose identity has not been established.",
      "",
      "About 80 regime and NDF members were taken prisoner by the Asayish.",
    ].join("\n");
    expect(pairsOf(text, "2016-04-23")).toEqual(["killed:12", "killed:22", "killed:10"]);
  });

  it("counts a hyphenated word once in the reach between coordinated counts, and never coordinates the held", () => {
    const text =
      "At least 57,000 rebels were killed, along with more than 13,000 members of the Kurdish-led Syrian Democratic Forces and more than 67,000 jihadists.";
    expect(pairsOf(text, "2020-03-15")).toEqual(["killed:57000", "killed:13000", "killed:67000"]);
    // (or "alongside" them)
    expect(
      pairsOf(
        "It listed 72 civilian dead, alongside 224 SDF fighters and 183 members of rebel factions.",
        "2019-10-20",
      ),
    ).toEqual(["killed:72", "killed:224", "killed:183"]);
    // (past a span of days between: "in the first eight days of fighting")
    expect(
      pairsOf(
        "The Observatory said 72 civilians had been killed in the first eight days of fighting, along with 224 SDF fighters and 183 Turkish-backed rebels.",
        "2019-10-18",
      ),
    ).toEqual(["killed:72", "killed:224", "killed:183"]);
    const held =
      "Rights groups count more than 1,000 people killed across the country since mid-March and about 10,000 detained.";
    expect(pairsOf(held, "2011-06-20")).toEqual(["killed:1000"]);
  });

  it("reads people who fled their country as refugees", () => {
    expect(
      pairsOf("Across the region, more than 5.5 million Syrians have fled their country since 2011.", "2020-09-10"),
    ).toEqual(["refugees:5500000"]);
    // (not their town or their homes)
    expect(pairsOf("More than 5,000 people have fled their homes since Monday.", "2020-09-10")).toEqual([
      "displaced:5000",
    ]);
  });

  it("reads the camps of a passage about people arriving in another country as that country's", () => {
    const text = [
      "On Friday the agency said 1,578 Syrians had crossed, taking the total sheltering in Turkey to 11,739.",
      "By the morning of June 13 the camps held 6,817 people, according to the agency.",
      "When the ministry briefed on June 15, the figure was 8,421.",
    ].join(" ");
    expect(pairsOf(text, "2011-06-25")).toEqual(["refugees:1578", "refugees:11739", "refugees:6817", "refugees:8421"]);
    // (camps in a passage about people fleeing inside Syria stay theirs)
    expect(pairsOf("Some 20,000 people fled Saraqeb. The camps near Atmeh held 6,817 people.", "2020-02-10")).toEqual([
      "displaced:20000",
      "displaced:6817",
    ]);
  });

  it("reads the places' shares of a count a sentence after it 'recorded', in words or figures", () => {
    const text =
      "The UN counted 191,369 deaths. Idlib recorded twenty thousand and forty, Daraa eighteen thousand, five hundred and thirty-nine and Hama 14,690.";
    expect(figuresOf(text, "2014-08-22").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "killed:191369:Syria",
      "killed:20040:Idlib",
      "killed:18539:Daraa",
      "killed:14690:Hama",
    ]);
  });

  it("reads a host country's count set off after 'shelters the largest number'", () => {
    const text =
      "The number of Syrians registered as refugees has passed 3 million. Lebanon shelters the largest number, 1,140,000. Turkey has 815,000.";
    expect(pairsOf(text, "2014-08-29")).toEqual(["refugees:3000000", "refugees:1140000", "refugees:815000"]);
  });

  it("reads the items of a list a colon opened, parted by ';' and described by clauses of their own", () => {
    const text =
      "Attacks in Daraa killed 235 people: 50 civilians; 122 government soldiers; 42 former rebels who had signed settlement deals; 17 militiamen tied to Iran; and six members of the Fifth Corps.";
    expect(pairsOf(text, "2020-09-12")).toEqual([
      "killed:235",
      "killed:50",
      "killed:122",
      "killed:42",
      "killed:17",
      "killed:6",
    ]);
    // (outside such a list, ';' still ends a count's reach)
    expect(pairsOf("Shelling killed 12 people in Douma; 40 families left.", "2020-09-12")).toEqual(["killed:12"]);
  });

  it("does not take people in need, trapped or held as part of a toll told before", () => {
    const text =
      "Shelling killed 120 people in Ghouta. Nearly 400,000 people live in the enclave, and over 700 of them need immediate medical evacuation.";
    expect(pairsOf(text, "2018-02-20")).toEqual(["killed:120"]);
  });

  it("does not count again a count a sentence opens on to break it down ('Of the 651, …')", () => {
    const text =
      "The network documented 651 deaths in January. Of the 651, 31 died under torture in government detention.";
    expect(pairsOf(text, "2016-02-01")).toEqual(["killed:651", "killed:31"]);
  });

  it("reads the shares places 'received' of people displaced, places the gazetteer may not know", () => {
    const text = "Some 500,000 people have fled since December. Dana received 248,842, Salqin 95,268 and A'zaz 80,518.";
    expect(figuresOf(text, "2020-02-20").map((f) => `${f.metric}:${f.value}`)).toEqual([
      "displaced:500000",
      "displaced:248842",
      "displaced:95268",
      "displaced:80518",
    ]);
    const most =
      "Some 12,000 people fled Qaryatein. Industrial Hassya received the most, 2,850, followed by Shamsin with 2,700.";
    expect(figuresOf(most, "2015-08-10").map((f) => `${f.value}:${f.location}`)).toEqual([
      "12000:null",
      "2850:Industrial Hassya",
      "2700:null",
    ]);
  });

  it("reads the next day's count sharing the verb of the day before ('…, and on Monday upwards of 4,800')", () => {
    const text =
      "Roughly 42,000 Syrians have crossed into Iraq since Thursday. On Sunday around 6,000 more came through, and on Monday upwards of 4,800.";
    expect(figuresOf(text, "2013-08-23").map((f) => `${f.metric}:${f.value}:${f.periodEnd}`)).toEqual([
      "refugees:42000:2013-08-23",
      "refugees:6000:2013-08-18",
      "refugees:4800:2013-08-19",
    ]);
  });

  it("does not take a time after a number for what it counts ('gave a figure of 25 within hours')", () => {
    const text =
      "The Observatory counted 31 dead. A local activist, Mohammed Nour, gave a figure of 25 within hours of the strike.";
    expect(pairsOf(text, "2012-08-16")).toEqual(["killed:31", "killed:25"]);
  });

  it("reads a 'working' (provisional, preliminary) estimate told again as the count", () => {
    const text =
      "Pillay said more than 5,000 people had been killed. In mid-August the UN's working estimate had been between 1,900 and 2,000.";
    expect(pairsOf(text, "2011-12-13")).toEqual(["killed:5000", "killed:1900-2000"]);
  });

  it("reads arrivals someone 'put at' a number, in a passage about people arriving abroad, as refugees", () => {
    const text = "The total sheltering in Turkey reached 11,739. On June 11 a diplomat put the arrivals at 4,300.";
    expect(pairsOf(text, "2011-06-25")).toEqual(["refugees:11739", "refugees:4300"]);
  });

  it("reads people being treated in hospitals as injured, whoever else they are", () => {
    const text =
      "The total sheltering in Turkey reached 11,739. Sixty of the Syrians being treated in Hatay hospitals on June 15 had injuries, officials said.";
    expect(pairsOf(text, "2011-06-25")).toEqual(["refugees:11739", "injured:60"]);
  });

  it("reads 'members of one family' as the count, not the family", () => {
    const text = "In Abu Kamal, 13 members of one family, among them seven children and five women, were killed.";
    expect(pairsOf(text, "2017-11-12")).toEqual(["killed:13", "killed:7", "killed:5"]);
    expect(pairsOf("Four members of one family, two of them children, died in air strikes.", "2020-02-29")).toEqual([
      "killed:4",
      "killed:2",
    ]);
  });

  it("never reads a year after its month as a count, whoever follows it", () => {
    const text = "In July 2015 the militants shot dead 25 soldiers in the city's Roman theatre.";
    expect(pairsOf(text, "2016-04-02")).toEqual(["killed:25"]);
  });

  it("reads displacements, the movements the agencies inside Syria count, as internal displacement", () => {
    expect(pairsOf("Around 93,200 displacements were recorded nationwide in November.", "2017-12-20")).toEqual([
      "internally_displaced:93200",
    ]);
    expect(pairsOf("The cluster logged 30,784 new displacements over the same period.", "2017-12-20")).toEqual([
      "internally_displaced:30784",
    ]);
    // (a count set off by commas after the noun, and the shares that follow it)
    const text =
      "Most of these internal displacements, 1,191,079, were in the north. Aleppo accounted for 265,291 of them.";
    expect(pairsOf(text, "2017-12-20")).toEqual(["internally_displaced:1191079", "internally_displaced:265291"]);
  });

  it("reads a place's share in brackets after a count of people displaced", () => {
    const text =
      "The cluster logged 30,784 displacements. Smaller numbers were recorded in Homs (36,581) and Lattakia (1,581).";
    expect(figuresOf(text, "2017-12-20").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "internally_displaced:30784:null",
      "internally_displaced:36581:Homs",
      "internally_displaced:1581:Latakia",
    ]);
    // (not after a count of something else: "Homs (2014)")
    expect(pairsOf("Some 4,000 were killed. Fighting then moved to Homs (2014) and Hama.", "2017-12-20")).toEqual([
      "killed:4000",
    ]);
  });

  it("does not take a rate the item before ends with for the next item's", () => {
    const text = [
      "The network documented 1,381 civilian deaths in January.",
      "Of those, 182 were children, which the network calculates as seven children a day, and 110 were women.",
    ].join(" ");
    expect(pairsOf(text)).toEqual(["killed:1381", "killed:182", "killed:110"]);
    expect(pairsOf("Some 140 people are dying every day in Aleppo.")).toEqual([]);
  });

  it("reads a clause that says who some of a count were as its breakdown", () => {
    expect(
      pairsOf("It documented 955 civilian deaths in Aleppo city; 219 were children under 18 and 144 were women."),
    ).toEqual(["killed:955", "killed:219", "killed:144"]);
    expect(pairsOf("Some 300 people fled the town, and 200 were children.")).toEqual([
      "displaced:300",
      "displaced:200",
    ]);
    // a number that is not a count of people stays out
    expect(pairsOf("It documented 955 civilian deaths; 2016 was the worst year.")).toEqual(["killed:955"]);
  });

  it("reads an estimate raised or given 'within days' as done, and one 'that day' as the same count", () => {
    // "within days" with a past verb tells when it happened, not a horizon
    expect(
      pairsOf(
        "The UN said 60,000 had been displaced. Within days the office had raised its estimate to about 120,000.",
      ),
    ).toEqual(["displaced:60000", "displaced:120000"]);
    expect(pairsOf("The UN said 60,000 had been displaced. Within days the number will reach 120,000.")).toEqual([
      "displaced:60000",
    ]);
    const text = [
      "A Kurdish group said between 50,000 and 80,000 residents had fled by 26 June.",
      "The UN's first estimate that day was roughly 60,000.",
    ].join(" ");
    expect(pairsOf(text)).toEqual(["displaced:50000-80000", "displaced:60000"]);
  });

  it("carries a metric down a labelled list, and reads 'the number uprooted' and 'the known victims include'", () => {
    const list =
      "The committee said 20,063 people were killed in 2015.\n\nThe provinces with the highest tolls were:\n- Aleppo: 5,038 killed\n- Rural Damascus: 4,752\n- Idlib: 3,157\n";
    expect(pairsOf(list)).toEqual(["killed:20063", "killed:5038", "killed:4752", "killed:3157"]);
    // A labelled number with nothing counted before it is nobody's figure.
    expect(pairsOf("Opening hours:\n- Monday: 9\n- Tuesday: 10\n")).toEqual([]);
    expect(pairsOf("By 23 February, the number uprooted in the north-west had reached some 948,000.")).toEqual([
      "displaced:948000",
    ]);
    expect(pairsOf("The known victims include 49 children and 34 women.")).toEqual(["killed:49", "killed:34"]);
  });

  it("reads a header that names a span in months, and does not take up the list again at a sentence whose words before a colon give a count", () => {
    const text = [
      "Displacements recorded in the 12 months to 5 April, by governorate of origin:",
      "",
      "- Idleb: 386,900",
      "- Hama: 279,222",
      "",
      "Around Raqqa itself, OCHA counted 202,702 people displaced between 1 April and 5 July.",
      "",
      "Outside the country, the number of registered Syrian refugees passed five million at the end of March: UNHCR put the total at 5,008,473 on 30 March.",
    ].join("\n");
    expect(figuresOf(text, "2018-04-16").map((f) => [f.metric, f.value])).toEqual([
      ["displaced", 386_900],
      ["displaced", 279_222],
      ["displaced", 202_702],
      ["refugees", 5_000_000],
      ["refugees", 5_008_473],
    ]);
  });

  it("reads a list of yearly counts said once, past the years between its items", () => {
    expect(pairsOf("The Monitor lists 583 casualties in 2012 and 1,001 in 2013, then 383 in 2014.")).toEqual([
      "killed_or_injured:583",
      "killed_or_injured:1001",
      "killed_or_injured:383",
    ]);
    expect(pairsOf("Shelling killed 12 people in 2014 and 1,001 residents were evacuated.")).toEqual([
      "killed:12",
      "displaced:1001",
    ]);
  });

  it("carries a count's kind into the list its header opens, and reads 'those killed included'", () => {
    const text =
      "The committee has documented 320 deaths in Syria during January 2020. Those killed included 74 children.\n\nThe report breaks the month's dead down by province:\n\n- Idlib: 148\n- Aleppo: 81\n";
    expect(pairsOf(text, "2020-02-02")).toEqual(["killed:320", "killed:74", "killed:148", "killed:81"]);
    const hosts =
      "UNHCR said 4,013,000 Syrians are registered as refugees. The agency's breakdown by host country is:\n\nTurkey: 1,805,255\nLebanon: 1,172,753\n";
    expect(figuresOf(hosts, "2015-07-09").map((f) => [f.metric, f.value, f.location])).toEqual([
      ["refugees", 4013000, "Syria"],
      ["refugees", 1805255, "Turkey"],
      ["refugees", 1172753, "Lebanon"],
    ]);
    // A header with no count before it opens nothing.
    expect(pairsOf("Opening hours by day:\n\n- Monday: 9\n- Tuesday: 10\n")).toEqual([]);

    // dot leaders join a label to its number, and the day the header names is the lines' day
    const leaders =
      "The agency said 612,000 Syrians had registered as refugees. Refugees by host country, as of 3 March:\n\nLebanon ......... 201,455\nIraq ............ 88,310\n";
    expect(
      figuresOf(leaders, "2013-03-05").map((f) => [f.metric, f.value, f.location, f.periodStart, f.periodEnd]),
    ).toEqual([
      ["refugees", 612000, "Syria", "2011-03-15", "2013-03-05"],
      ["refugees", 201455, "Lebanon", "2011-03-15", "2013-03-03"],
      ["refugees", 88310, "Iraq", "2011-03-15", "2013-03-03"],
    ]);
  });

  it("reads a breakdown a colon opens after a count, each item in its own place", () => {
    expect(
      figuresOf(
        "About 90,000 are displaced within the province: some 52,000 in Idlib, 21,500 in Ariha and 16,500 in Saraqib.",
      ).map((f) => [f.metric, f.value, f.location]),
    ).toEqual([
      // (displaced within a province: inside Syria)
      ["internally_displaced", 90000, "Idlib"],
      ["internally_displaced", 52000, "Idlib"],
      ["internally_displaced", 21500, "Ariha"],
      ["internally_displaced", 16500, "Saraqeb"],
    ]);
    expect(
      figuresOf("By Tuesday the count stood at 410 dead: 180 soldiers, 150 rebels and 80 civilians.").map((f) => [
        f.value,
        f.group,
      ]),
    ).toEqual([
      [410, null],
      [180, "soldiers"],
      [150, "rebels"],
      [80, "civilians"],
    ]);
    // a colon after something that is not a count opens nothing
    expect(pairsOf("The convoy carried two loads: 40 tonnes of flour and 12 of rice.")).toEqual([]);
  });

  it("reads where people went as displacement only in a passage about people leaving home", () => {
    const passage =
      "Fighting near Suran has driven people from their homes, the UN says. Roughly 20,000 went to Hama city and an estimated 6,000 made for the coast, with 3,000 more heading north.";
    expect(pairsOf(passage, "2017-03-31")).toEqual(["displaced:20000", "displaced:6000", "displaced:3000"]);
    expect(pairsOf("Roughly 20,000 went to Hama city for the festival on Friday.", "2017-03-31")).toEqual([]);
    expect(
      pairsOf("Families have fled the town. A strike hit a civilian convoy heading into the town.", "2017-03-31"),
    ).toEqual([]);
    const evacuation =
      "The evacuation of the besieged districts ended on Thursday. The Observatory said 18,000 had left, and 1,312 people were brought out of Foah.";
    expect(pairsOf(evacuation, "2016-12-23")).toEqual(["displaced:18000", "displaced:1312"]);
    // people who left homes, with or without "their", and a share of those counted before who left
    expect(pairsOf("At least 8,000 people left homes in Hama and Idlib.", "2015-11-01")).toEqual(["displaced:8000"]);
    expect(
      pairsOf(
        "Some 120,000 people were displaced in October. At least 80,000 of them left homes in Hama.",
        "2015-11-01",
      ),
    ).toEqual(["displaced:120000", "displaced:80000"]);
    // people who set off for a place
    expect(
      pairsOf("About 60,000 people fled the fighting. Some 10,000 had set off north towards Amuda.", "2015-07-06"),
    ).toEqual(["displaced:60000", "displaced:10000"]);
    // landing from the sea is arriving abroad, and a share of those who landed is of their kind
    const boats =
      "Boats keep crossing from the Turkish coast. In August alone, well over 50,000 landed. Between January and September, 7,557 Syrians came ashore in Sicily, and 6,233 of those arrived after the start of August.";
    expect(pairsOf(boats, "2015-09-21")).toEqual(["refugees:50000", "refugees:7557", "refugees:6233"]);
    // taken to a camp or a site, in a passage about people leaving home
    const camps =
      "Families are fleeing the shelling of the eastern villages. About 4,000 have been bussed to a new camp near Azaz, and more than 900 were taken to the Bab al-Salama camp.";
    expect(pairsOf(camps, "2016-02-10")).toEqual(["displaced:4000", "displaced:900"]);
    expect(pairsOf("About 4,000 soldiers were bussed to a new camp near the base.", "2016-02-10")).toEqual([]);
  });

  it("reads 'those executed include' as the breakdown of the count before", () => {
    expect(
      pairsOf(
        "The monitor documented the execution of at least 190 people in the city. Those executed include 58 civilians, among them 9 children.",
        "2015-05-24",
      ),
    ).toEqual(["killed:190", "killed:58", "killed:9"]);
  });

  it("reads crossings as refugees in a passage about arrivals abroad, and a comma-joined elliptical list", () => {
    const passage =
      "More than 400,000 refugees have reached Greece this year, the agency said. The weekend was busy. More than 6,100 people crossed on Friday, over 7,200 on Saturday and about 7,900 on Sunday.";
    expect(pairsOf(passage, "2015-10-20")).toEqual([
      "refugees:400000",
      "refugees:6100",
      "refugees:7200",
      "refugees:7900",
    ]);
    // crossing with no country named, and no arrivals abroad before it, is movement, not flight
    expect(pairsOf("More than 6,100 people crossed on Friday.", "2015-10-20")).toEqual([]);
    // arrivals in a border province abroad, the camps there holding people, and those who came as refugees
    const hatay =
      "The first families walked over the hills into Hatay in April. By Thursday about 300 more had crossed. Officials said the camps were holding almost 12,000 people.";
    expect(pairsOf(hatay, "2011-06-24")).toEqual(["refugees:300", "refugees:12000"]);
    expect(
      pairsOf(
        "The minister said the Syrians who had come into Turkey as refugees now numbered more than 2,400.",
        "2011-06-09",
      ),
    ).toEqual(["refugees:2400"]);
  });

  it("reads people listed in camps abroad as refugees, and the men and women they numbered", () => {
    const text =
      "Thousands have fled into Turkey. Officials listed 8,421 people in the tent cities. Men numbered 1,921 and women 2,132.";
    expect(pairsOf(text, "2011-06-20")).toEqual(["refugees:2000", "refugees:8421", "refugees:1921", "refugees:2132"]);
    // (people in camps in Syria are not refugees)
    expect(pairsOf("Officials listed 8,421 people in the camps near Atmeh.", "2013-06-20")).toEqual([]);
  });

  it("reads people camped at the border hoping to cross as displaced, and a camp's population put at a number", () => {
    const text =
      "Satellite pictures showed about 2,000 people camped beside the northern berm, hoping to be allowed into Jordan. A military source put Rukban's population alone at 50,000.";
    expect(pairsOf(text, "2016-09-17")).toEqual(["displaced:2000", "displaced:50000"]);
    // (but those already let in are abroad)
    expect(
      pairsOf("The minister said 5,000 people fleeing the fighting had been let into Turkey.", "2016-02-08"),
    ).toEqual(["refugees:5000"]);
  });

  it("reads a total someone put at a number, with words between", () => {
    expect(
      pairsOf(
        "More than 400,000 refugees have reached Greece this year, the agency said. Its spokeswoman put this year's total for Greece at 412,300.",
        "2015-10-20",
      ),
    ).toEqual(["refugees:400000", "refugees:412300"]);
  });

  it("takes neither number of a ratio for a count, but reads the count it stands for", () => {
    expect(
      pairsOf(
        "The office identified 350,209 people killed. Women were more than one in every 13 of the dead, 26,727 in all, and children almost one in 13, or 27,126.",
        "2021-09-25",
      ),
    ).toEqual(["killed:350209", "killed:26727", "killed:27126"]);
    expect(pairsOf("One in five of the refugees lives in a camp.", "2021-09-25")).toEqual([]);
  });

  it("reads 'of those civilians' as a part of the count before it in the sentence, with its source", () => {
    expect(
      figuresOf(
        "The Observatory has recorded more than 370,000 deaths. Civilians account for 112,623 of them; 21,000 of those civilians were children.",
        "2019-03-15",
      ).map((f) => [f.value, f.attributedTo]),
    ).toEqual([
      [370000, "SOHR"],
      [112623, "SOHR"],
      [21000, "SOHR"],
    ]);
  });

  it("reads the next items of a ranked list after 'followed by X with', past an aside", () => {
    expect(
      pairsOf(
        "Aleppo province bore the brunt, with 1,020 dead. It was followed by Idlib with 231 and Rif Dimashq, the countryside around the capital, with 176.",
        "2016-12-01",
      ),
    ).toEqual(["killed:1020", "killed:231", "killed:176"]);
  });

  it("reads a camp's population: displaced in Syria, refugees in a neighbour", () => {
    expect(pairsOf("The camp now holds 61,000 people, the UN said.", "2019-03-18")).toEqual(["displaced:61000"]);
    expect(pairsOf("Arrivals from Baghouz took al-Hol above 62,000 on Friday.", "2019-03-18")).toEqual([
      "displaced:62000",
    ]);
    expect(
      pairsOf("Some 270,000 Syrians were registered in Jordan and the camp count stood at 150,100.", "2013-03-19").at(
        -1,
      ),
    ).toBe("refugees:150100");
    expect(pairsOf("Officials put Za'atri's registered population at about 80,500.", "2013-03-19")).toEqual([
      "refugees:80500",
    ]);
    // a camp built for a number of people is not a count of anyone
    expect(pairsOf("The new camp was built for 5,500 people.", "2013-03-19")).toEqual([]);
  });

  it("reads people who fled, sheltered by a country abroad, as refugees, however the number is hedged", () => {
    expect(
      pairsOf(
        "The EU is to resettle one Syrian from Turkey, which already shelters close to three million people who fled the war next door.",
        "2016-03-21",
      ),
    ).toEqual(["refugees:3000000"]);
  });

  it("reads 'Inside Syria, …' as displacement within the country, and 'eight in every ten' as a ratio", () => {
    expect(
      pairsOf("Inside Syria, a further 4.1 million people have been uprooted, the UN says.", "2013-09-03"),
    ).toEqual(["internally_displaced:4100000"]);
    // (or right before its number, later in the sentence)
    expect(
      pairsOf(
        "One Syrian in eight has now crossed a border, and inside the country a further 6.5 million people are displaced.",
        "2014-08-29",
      ),
    ).toEqual(["internally_displaced:6500000"]);
    expect(
      pairsOf(
        "It recorded 380 deaths in the camp, of which 310 were children, more than eight in every ten.",
        "2019-09-21",
      ),
    ).toEqual(["killed:380", "killed:310"]);
  });

  it("reads what a list line counts from its label", () => {
    expect(
      pairsOf("Killed in Aleppo province: 1,020.\nWounded: 3,400.\nDisplaced since May: 12,000.", "2016-12-01"),
    ).toEqual(["killed:1020", "injured:3400", "displaced:12000"]);
    expect(pairsOf("Displaced inside Syria: around 6.6 million.", "2016-12-20")).toEqual([
      "internally_displaced:6600000",
    ]);
    expect(pairsOf("Registered inside Za'atri camp: 150,200.", "2013-03-19")).toEqual(["refugees:150200"]);
    // registered with no refugees, camp abroad or host country named, and labels of other things, count nothing
    expect(pairsOf("Registered voters: 150,200.\nOpening hours: 9.", "2013-03-19")).toEqual([]);
    // (a year in the label is none of its numbers)
    expect(pairsOf("- People forced from their homes during 2018: more than one million", "2018-12-31")).toEqual([
      "displaced:1000000",
    ]);
  });

  it("reads a count told again past a sentence without figures as of the kind the headline names", () => {
    const text = [
      "Syria crackdown toll tops 5,000, Pillay tells Security Council",
      "",
      "More than 5,000 people have been killed, the High Commissioner said. At least 12,400 Syrians have sought refuge abroad and tens of thousands more are internally displaced. The UN's tally has climbed month after month. In mid-August the count stood at about 2,000.",
    ].join("\n");
    expect(pairsOf(text, "2011-12-13").at(-1)).toBe("killed:2000");
    // (a headline naming two kinds names none)
    const two = text.replace("crackdown toll tops 5,000", "dead top 5,000 as refugees pass 12,000");
    expect(pairsOf(two, "2011-12-13").at(-1)).toBe("internally_displaced:2000");
  });

  it("reads a header naming no kind as breaking down the kind the sentences since its count name", () => {
    const text = [
      "Over the year it documented the killing of 3,334 civilians. About 12,773 other people were injured.",
      "SNHR assigns each death to the party it holds responsible. Its table, set out here as a list:",
      "- Syrian regime forces: 1,523 civilians, of whom 362 were children",
      "- Russian forces: 567",
    ].join("\n");
    expect(pairsOf(text, "2020-04-18")).toEqual([
      "killed:3334",
      "injured:12773",
      "killed:1523",
      "killed:362",
      "killed:567",
    ]);
  });

  it("reads a sentence that opens on a count told before as going on with that count, not the last", () => {
    const text =
      "The Observatory has documented the deaths of 353 civilians in air raids. The raids also wounded about 950 people. Of the 353 civilians, 70 were killed by Russian strikes alone, including 18 children.";
    expect(pairsOf(text, "2015-12-15")).toEqual(["killed:353", "injured:950", "killed:70", "killed:18"]);
  });

  it("does not carry a list's kind to a line whose label says what else its people did", () => {
    const lines = [
      "Hajin pocket (Observatory):",
      "- Islamic State fighters killed: 922",
      "- SDF fighters committed to the operation: about 17,000",
      "- Islamic State fighters still holding out: at least 5,000, some 2,000 of them foreigners",
      "- Syrians who have gone back from Turkey: over 290,000",
      "- Civilians killed: 324",
    ];
    expect(pairsOf(lines.join("\n"), "2018-12-31")).toEqual(["killed:922", "killed:324"]);
    // (nor to one whose label counts a population, or people given aid)
    const displacement = [
      "Displacement, according to OCHA:",
      "- People displaced by the advance in May: about 91,000",
      "- The town's population before the battle: an estimated 64,000",
      "- People given food assistance across the governorate in May: 104,700",
    ];
    expect(pairsOf(displacement.join("\n"), "2017-06-07")).toEqual(["displaced:91000"]);
    // (nor to one that counts attacks or massacres)
    const attacks = [
      "Civilians wounded in August, by the network's count:",
      "- In Idlib: 212",
      "- Massacres: three",
      "- Attacks on medical facilities: four; on schools: seven",
    ];
    expect(pairsOf(attacks.join("\n"), "2019-09-01")).toEqual(["injured:212"]);
    // (a label bounded by two days still names its kind: "between 1 April and 31 May")
    expect(pairsOf("- People displaced across the north between 1 April and 31 May: 158,400.", "2017-06-07")).toEqual([
      "displaced:158400",
    ]);
  });

  it("reads a line labelled with a country abroad, under a header of people uprooted, as refugees there", () => {
    const table = [
      "THE UPROOTED (UN agencies and host governments)",
      "- Displaced inside Syria: around 6.6 million",
      "- In Turkey, the largest host: more than 2.7 million",
      "- In Lebanon: more than one million",
    ].join("\n");
    expect(figuresOf(table, "2016-12-20").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "internally_displaced:6600000:null",
      "refugees:2700000:Turkey",
      "refugees:1000000:Lebanon",
    ]);
  });

  it("keeps people the text calls refugees refugees, whatever verb moves them", () => {
    expect(pairsOf("Some 41,000 refugees and migrants are stranded on the Greek mainland.", "2016-05-20")).toEqual([
      "refugees:41000",
    ]);
    expect(pairsOf("Some 41,000 people are stranded at the crossing.", "2016-05-20")).toEqual(["displaced:41000"]);
  });

  it("reads where people went as refugees in a passage about people going into another country", () => {
    const passage =
      "Families escaping the assault kept wading across the river into northern Lebanon this week. Local counts run higher. A community leader reckoned that roughly 4,800 people had come over since late April.";
    expect(pairsOf(passage, "2011-05-18")).toEqual(["refugees:4800"]);
  });

  it("reads a count's verb past an abbreviation in brackets", () => {
    expect(
      pairsOf(
        "The monitor counted 280 fighters of the Syrian Democratic Forces (SDF) and 990 Islamic State (IS) militants killed since May 31.",
        "2016-08-14",
      ),
    ).toEqual(["killed:280", "killed:990"]);
  });

  it("reads a count's verb past the next count joined to it with its hedge", () => {
    expect(pairsOf("SANA said three soldiers and some 50 residents died.")).toEqual(["killed:3", "killed:50"]);
    expect(
      pairsOf("By its count 2,493 civilians and at least 1,345 members of the security forces have died."),
    ).toEqual(["killed:2493", "killed:1345"]);
    // (not a count a verb before it holds: the next count's verb is its own)
    expect(pairsOf("The town had 12,000 people and about 3,000 fled on Sunday.")).toEqual(["displaced:3000"]);
    expect(pairsOf("The town had 12,000 people and 3,000 fled on Sunday.")).toEqual(["displaced:3000"]);
  });

  it("reads 'the 2,683 it recorded in January' as a count of the kind counted before it", () => {
    expect(
      pairsOf(
        "The monitor documented 4,075 deaths in February, well above the 2,683 it recorded in January, though short of the 4,358 they counted for December.",
        "2015-03-01",
      ),
    ).toEqual(["killed:4075", "killed:2683", "killed:4358"]);
    // with no count before it, nothing says what was recorded
    expect(
      pairsOf("Well above the 2,683 it recorded in January, the new figure alarmed aid groups.", "2015-03-01"),
    ).toEqual([]);
  });

  it("reads the items of a total someone 'broke down into'", () => {
    expect(
      pairsOf(
        "Avaaz gave the highest count: 269 dead in the province on Tuesday, a total he broke down into 163 defectors, 97 government soldiers and nine civilians.",
        "2011-12-21",
      ),
    ).toEqual(["killed:269", "killed:163", "killed:97", "killed:9"]);
  });

  it("reads a second count after 'and of', the preposition said again", () => {
    expect(
      pairsOf(
        "We have documented the deaths of 25,407 regular soldiers and of 17,311 members of the National Defence Forces.",
        "2013-06-30",
      ),
    ).toEqual(["killed:25407", "killed:17311"]);
  });

  it("reads 'the same count had been' a number as the count told before", () => {
    expect(
      pairsOf(
        "The number of Syrians registered in the four neighbouring states reached 146,667 on 9 August. In mid-July the same count had been 112,000.",
        "2012-08-10",
      ),
    ).toEqual(["refugees:146667", "refugees:112000"]);
  });

  it("reads a count that 'was then' or 'was at that point' a number", () => {
    expect(
      pairsOf(
        "Its count of those displaced since the start of the month was at that point between 60,000 and 70,000.",
        "2019-12-20",
      ),
    ).toEqual(["displaced:60000-70000"]);
  });

  it("reads another body's count said to be lower or higher, 'at' a number, as the kind counted before", () => {
    expect(
      pairsOf(
        "Activists said 300 people were killed on Saturday across Syria. The Observatory's count for the same day was far lower, at 183 nationwide.",
        "2012-08-26",
      ),
    ).toEqual(["killed:300", "killed:183"]);
  });

  it("reads a count 'it' stood at or raised its figure to as the kind counted before", () => {
    expect(
      pairsOf(
        "Russian strikes have killed 2,371 people since September 30, the monitor says. On 22 December it stood at 2,132.",
        "2015-12-30",
      ),
    ).toEqual(["killed:2371", "killed:2132"]);
    expect(
      pairsOf(
        "The monitor spoke of at least 52 dead in the morning; by the evening it had raised its figure to 83.",
        "2013-01-16",
      ),
    ).toEqual(["killed:52", "killed:83"]);
    // raising what is not a count is not one
    expect(
      pairsOf("The monitor spoke of 52 dead; the agency raised its appeal to 300 families.", "2013-01-16"),
    ).toEqual(["killed:52"]);
  });

  it("reads a count raised to a number in a sentence of its own, with no word of what was counted", () => {
    // the officials' total, raised a sentence or two after the count it goes on from
    expect(
      pairsOf(
        "About 2,400 Syrians had crossed into Turkey by Thursday, the foreign minister said. A second camp went up near the border. On Saturday officials raised the total to 4,300.",
        "2011-06-13",
      ),
    ).toEqual(["refugees:2400", "refugees:4300"]);
  });

  it("reads 'the same number' a second body gave as a count of the kind before it", () => {
    expect(
      pairsOf(
        "The monitor said about 3,000 people had been driven from the two villages. A relief charity gave the same number, some 3,000, who it said had reached Hasakah.",
        "2015-02-28",
      ),
    ).toEqual(["displaced:3000", "displaced:3000"]);
    // with no count before it, nothing says what the number counts
    expect(
      pairsOf("A relief charity gave the same number, some 3,000, who it said had reached Hasakah.", "2015-02-28"),
    ).toEqual([]);
  });

  it("reads numbers each in a host country, after a count of refugees, but not camps counted there", () => {
    expect(
      pairsOf(
        "Some 1.9 million Syrians are registered with UNHCR across the region. U.N. figures released on Friday showed more than 684,000 in Lebanon, 516,000 in Jordan and 107,000 in Egypt.",
        "2013-08-20",
      ),
    ).toEqual(["refugees:1900000", "refugees:684000", "refugees:516000", "refugees:107000"]);
    expect(
      pairsOf(
        "About 1.9 million Syrians are refugees. Few live in camps - there are 14 in Turkey, three in Iraq and three in Jordan.",
        "2013-08-20",
      ),
    ).toEqual(["refugees:1900000"]);
  });

  it("reads a total given as a label, and host countries listed with their numbers", () => {
    const text = [
      "- 28 December 2012. Total: 170,637 Syrian refugees registered or awaiting registration in Lebanon.",
      "- 1 April 2013. Total: 396,931, well over a third of them still in the registration queue.",
      "- 5 October 2013. Total: 779,000, of whom 678,000 are registered and 101,000 pending.",
    ].join("\n");
    expect(pairsOf(text, "2013-10-07")).toEqual([
      "refugees:170637",
      "refugees:396931",
      "refugees:779000",
      "refugees:678000",
      "refugees:101000",
    ]);
    expect(
      pairsOf(
        "The number of Syrian refugees has passed two million. Its breakdown ran: Lebanon 716,000, Jordan 515,000, Turkey 460,000, with 168,000 in Iraq.",
        "2013-09-03",
      ),
    ).toEqual(["refugees:2000000", "refugees:716000", "refugees:515000", "refugees:460000", "refugees:168000"]);
    expect(
      pairsOf("Lebanon has over a million Syrian refugees on its books, and Jordan 657,000.", "2017-03-31"),
    ).toEqual(["refugees:1000000", "refugees:657000"]);
  });

  it("reads who some of a count told again were, when nothing but the count before says its kind", () => {
    const text = [
      "The Observatory says 26,283 people have been killed.",
      "The figure leaves out the missing.",
      "On 13 August it put the total at 23,002, of whom 16,142 were civilians.",
    ].join(" ");
    expect(figuresOf(text, "2012-09-02").map((f) => `${f.metric}:${f.value}:${f.group}`)).toEqual([
      "killed:26283:null",
      "killed:23002:null",
      "killed:16142:civilians",
    ]);
  });

  it("reads the breakdown a colon opens after a count told again, a sentence past the last count", () => {
    const text = [
      "Dozens of people were killed in the villages on Wednesday.",
      "As searchers went through the houses, the figures climbed again.",
      "The Observatory's count reached 246: 135 civilians, 34 of them children and women, and 111 armed men.",
    ].join(" ");
    expect(figuresOf(text, "2018-07-26").map((f) => `${f.metric}:${f.value}:${f.group}`)).toEqual([
      "killed:24:null",
      "killed:246:null",
      "killed:135:civilians",
      "killed:34:children",
      "killed:111:null",
    ]);
  });

  it("reads a count said only to have followed the one before as of its kind", () => {
    expect(
      pairsOf(
        "Some 750 people, many of whom had waited on the riverbank for two or three days, crossed into Iraq before midday; between 5,000 and 7,000 followed in the afternoon.",
        "2013-08-20",
      ),
    ).toEqual(["refugees:750", "refugees:5000-7000"]);
    expect(
      pairsOf(
        "About 30,000 Syrians have crossed into Iraq since Thursday. More than 4,800 followed on Monday.",
        "2013-08-20",
      ),
    ).toEqual(["refugees:30000", "refugees:4800"]);
  });

  it("reads people who reached a Lebanese or Turkish border town (Arsal, Yayladagi) as refugees", () => {
    expect(
      pairsOf("More than twelve thousand people had reached Arsal in the previous four days.", "2013-11-18"),
    ).toEqual(["refugees:12000"]);
    expect(pairsOf("Some 2,500 Syrians crossed to Yayladagi overnight, officials said.", "2011-06-12")).toEqual([
      "refugees:2500",
    ]);
  });

  it("reads the next count of people who moved and where it went, its verb said once, as of the same kind", () => {
    expect(
      pairsOf(
        "An estimated 30,000 had fled to Hama city, about 9,000 to Tartous governorate, and around 425 people (85 families) to Lattakia.",
        "2017-04-11",
      ),
    ).toEqual(["displaced:30000", "displaced:9000", "displaced:425"]);
    expect(
      pairsOf(
        "Some 164,000 people had fled to northern and eastern Idleb and around 16,000 to northern and western Aleppo.",
        "2019-05-24",
      ),
    ).toEqual(["displaced:164000", "displaced:16000"]);
    // (not a count of something else with its own destination: "… and 12 trucks to the camp")
    expect(pairsOf("Some 4,000 people had fled to Afrin and 12 trucks to the camp.", "2018-03-20")).toEqual([
      "displaced:4000",
    ]);
  });

  it("reads a line labelled with flight abroad as refugees, and leaves out counts of ambulances and boats", () => {
    const text = [
      "Running totals since mid-March:",
      "- Killed: more than 5,000",
      "- Fled to neighbouring countries: at least 12,400",
    ].join("\n");
    expect(pairsOf(text, "2011-12-22")).toEqual(["killed:5000", "refugees:12400"]);
    expect(
      pairsOf("An activist counted more than 35 ambulances ferrying casualties to hospitals.", "2020-04-29"),
    ).toEqual([]);
    expect(pairsOf("Two boats carrying Syrians went down off Alexandria.", "2013-10-11")).toEqual([]);
  });

  it("leaves out a list's lines that count places attacked, and reads a total put 'since' a day as counted before", () => {
    const text = [
      "SNHR recorded the following in August:",
      "- Civilians killed: 1,000",
      "- Medical facilities attacked: 3",
      "- Places of worship attacked: 19",
    ].join("\n");
    expect(pairsOf(text, "2019-09-01")).toEqual(["killed:1000"]);
    expect(
      pairsOf(
        "UNHCR said 20,000 Syrians had crossed into Iraq by Saturday. At Tuesday's briefing the agency put the total since 15 August at around 30,000.",
        "2013-08-23",
      ),
    ).toEqual(["refugees:20000", "refugees:30000"]);
  });

  it("reads people who had gathered somewhere as displaced, and the next month's count after 'and in March alone'", () => {
    expect(
      pairsOf(
        "OCHA said 285,000 people had been displaced in the southwest. Up to 189,000 of them had gathered close to the Golan Heights and up to 59,000 near the Nasib crossing.",
        "2018-07-06",
      ),
    ).toEqual(["displaced:285000", "displaced:189000", "displaced:59000"]);
    // (not bodies gathered in a mosque)
    expect(pairsOf("Activists said more than 150 bodies had been gathered in the main mosque.", "2012-07-13")).toEqual([
      "killed:150",
    ]);
    expect(pairsOf("In January we recorded 774 civilian deaths, and in March alone 1,241.", "2018-07-01")).toEqual([
      "killed:774",
      "killed:1241",
    ]);
  });

  it("reads people a force drove, sent or forced somewhere as uprooted", () => {
    expect(pairsOf("Activists said rebels killed about 200 people and drove hundreds from their villages.")).toEqual([
      "killed:200",
      "displaced:200",
    ]);
    expect(
      pairsOf("An earlier push in Qalamoun drove an estimated 18,000 people into Arsal in a single week."),
    ).toEqual(["refugees:18000"]);
    expect(pairsOf("The offensive has sent more than 2,700 people across the border into Lebanon.")).toEqual([
      "refugees:2700",
    ]);
    // (or abroad, and not into the toll the sentence goes on to give)
    expect(
      pairsOf("The war has pushed more than two and a half million Syrians abroad and killed upwards of 140,000."),
    ).toEqual(["refugees:2500000", "killed:140000"]);
    // (not people sent to do something: "sent 2,000 fighters into the town")
    expect(pairsOf("Hezbollah sent 2,000 fighters into the town.")).toEqual([]);
  });

  it("reads a revised count after ', then of' as the kind before it", () => {
    expect(
      pairsOf("The group had earlier spoken of 32 dead, then of at least 33, among them 12 rebel fighters."),
    ).toEqual(["killed:32", "killed:33", "killed:12"]);
  });

  it("reads the parts of a count 'broken down as' or 'made up of' as of its kind", () => {
    expect(
      pairsOf("Avaaz counted 269 dead, broken down as 163 defectors, 97 government troops and 9 civilians."),
    ).toEqual(["killed:269", "killed:163", "killed:97", "killed:9"]);
    expect(pairsOf("Opposition factions caused 70 deaths, made up of 53 civilians and 17 fighters.")).toEqual([
      "killed:70",
      "killed:53",
      "killed:17",
    ]);
  });

  it("reads a sum closed by ', 45 in all' and a part of 'the same monthly count' as of the kind before them", () => {
    expect(
      pairsOf("Activists count 37 civilians killed between 14 and 17 May and 8 more on Wednesday, 45 in all."),
    ).toContain("killed:45");
    const text = [
      "The Observatory counted 1,772 deaths across Syria in October.",
      "Of those, 1,064 were civilians.",
      "The same monthly count included 876 members of the government forces.",
    ].join(" ");
    expect(pairsOf(text, "2014-11-02")).toEqual(["killed:1772", "killed:1064", "killed:876"]);
  });

  it("reads a count 'going from 18,700 to more than 56,000' as the kind the sentence's subject names", () => {
    expect(
      pairsOf(
        "The number of Syrians registered or awaiting registration there has tripled since 1 September, going from 18,700 to more than 56,000.",
        "2012-11-20",
      ),
    ).toEqual(["refugees:18700", "refugees:56000"]);
  });

  it("reads a bulleted list as the kind the paragraph above it names, when its last sentence names none", () => {
    const text = [
      "People killed since the protests began on 15 March 2011, as of 6 June 2012, by governorate. Sources: two opposition databases. Where the two differ, the lower and the higher count are given.",
      "",
      "- Homs: 5,144 to 6,330",
      "- Idlib: 2,245 to 2,794",
    ].join("\n");
    expect(figuresOf(text, "2012-06-06").map((f) => `${f.metric}:${f.value}-${f.high}:${f.periodEnd}`)).toEqual([
      "killed:5144-6330:2012-06-06",
      "killed:2245-2794:2012-06-06",
    ]);
  });

  it("reads the parties 'blamed for' shares of a count told before, one after another", () => {
    expect(
      pairsOf(
        "The network counted 3,364 civilian deaths. It held government forces responsible for 1,497 of them. The Syrian Democratic Forces were blamed for 164, the Islamic State group for 94 and armed opposition factions for 21.",
        "2019-12-31",
      ),
    ).toEqual(["killed:3364", "killed:1497", "killed:164", "killed:94", "killed:21"]);
  });

  it("reads a part of the count, told in words two sentences on ('Fifty of them, it said, were rebel fighters')", () => {
    const text =
      "The Observatory said 150 people were killed in the village. It documented the killings by name. Fifty of them, it said, were rebel fighters.";
    expect(pairsOf(text, "2012-07-14")).toEqual(["killed:150", "killed:50"]);
  });

  it("reads the next item of a list past an abbreviation in brackets", () => {
    expect(
      pairsOf(
        "Nearly 370 fighters were killed, along with 158 members of the Syrian Democratic Forces (SDF) and around 600 members of ISIS.",
        "2021-12-22",
      ),
    ).toEqual(["killed:370", "killed:158", "killed:600"]);
  });

  it("reads what a host country 'hosted' or 'then had' as its refugees", () => {
    const text =
      "On 2 October, UNHCR counted more than 311,500 Syrian refugees in the four neighbouring countries. Jordan then had nearly 103,500 and Turkey over 93,500.";
    expect(figuresOf(text, "2012-10-23").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "refugees:311500:Syria",
      "refugees:103500:Jordan",
      "refugees:93500:Turkey",
    ]);
    expect(
      figuresOf(
        "UNHCR counted 358,000 Syrian refugees in the region. At that point Jordan hosted 105,737 and Iraq 42,661.",
        "2012-11-13",
      ).map((f) => `${f.value}:${f.location}`),
    ).toEqual(["358000:Syria", "105737:Jordan", "42661:Iraq"]);
  });

  it("reads an estimate that 'had jumped to' or a total that 'now exceeds' a number as the count told before, told again", () => {
    expect(
      pairsOf(
        "On June 28, OCHA put the number of displaced at 62,000; a day later, its first rough estimate had jumped to some 160,000.",
        "2018-07-05",
      ),
    ).toEqual(["displaced:62000", "displaced:160000"]);
    // (and a total that 'now exceeds' one)
    expect(
      pairsOf(
        "UNHCR counts 101,283 refugees in Lebanon. Across the four neighbouring states the total now exceeds 358,000.",
        "2012-10-23",
      ),
    ).toEqual(["refugees:101283", "refugees:358000"]);
  });

  it("reads tolls that 'have run between' two numbers as a range of the dead", () => {
    expect(pairsOf("Tolls given by medics and rescuers have run between 40 and 70.", "2018-04-11")).toEqual([
      "killed:40-70",
    ]);
  });

  it("reads a chemical attack's hurt and suffocated", () => {
    expect(
      pairsOf(
        "An estimated 500 people arrived at clinics in Douma showing signs of exposure to toxic chemicals.",
        "2018-04-11",
      ),
    ).toEqual(["injured:500"]);
    expect(
      pairsOf("It said at least 11 people had suffered symptoms of suffocation after an air raid.", "2018-04-11"),
    ).toEqual(["injured:11"]);
    expect(
      pairsOf("He said 70 people had suffocated and that hundreds more were still fighting for breath.", "2018-04-11"),
    ).toEqual(["killed:70", "injured:200"]);
  });

  it("reads children 'killed or maimed' as one count of both", () => {
    expect(pairsOf("That same year, 434 children were killed or maimed by landmines and unexploded ordnance.")).toEqual(
      ["killed_or_injured:434"],
    );
  });

  it("reads Syrians living abroad as refugees", () => {
    expect(pairsOf("Some 5.6 million Syrians now live abroad.")).toEqual(["refugees:5600000"]);
    expect(pairsOf("About 5.6 million are living abroad, most of them in Turkey, Lebanon and Jordan.")).toEqual([
      "refugees:5600000",
    ]);
  });

  it("reads people who drowned as dead", () => {
    expect(pairsOf("Survivors said at least 12 people drowned when the boat capsized off Alexandria.")).toEqual([
      "killed:12",
    ]);
    expect(pairsOf("Seven Syrians drowned on Tuesday, and 40 were pulled from the sea alive.")).toEqual(["killed:7"]);
  });

  it("reads martyrs as the dead, in a count and in a list's header", () => {
    const text = [
      "Our documentation teams recorded 734 martyrs between 1 and 30 November.",
      "",
      "Among November's martyrs:",
      "- children: 52",
      "",
      "Ten martyrs fell today.",
    ].join("\n");
    expect(pairsOf(text, "2011-12-03")).toEqual(["killed:734", "killed:52", "killed:10"]);
  });

  it("reads people 'among the known victims' as the dead", () => {
    expect(
      pairsOf("A spokesman said forty-nine children and thirty-four women were among the known victims.", "2012-05-29"),
    ).toEqual(["killed:49", "killed:34"]);
  });

  it("reads people uprooted who are in a country abroad as refugees, after a count of the displaced", () => {
    const text =
      "Inside Syria, UNHCR says, another 4.25 million people have been driven from their homes. The agency's figures show where the refugees went: 716,000 in Lebanon, 515,000 in Jordan and 460,000 in Turkey.";
    expect(pairsOf(text, "2013-09-05")).toEqual([
      "internally_displaced:4250000",
      "refugees:716000",
      "refugees:515000",
      "refugees:460000",
    ]);
  });

  it("reads people who made it to a country abroad, in a passage about people leaving", () => {
    expect(
      pairsOf(
        "Around 9,000 of them crossed into Turkey, UNHCR said, while roughly 1,000 reached Lebanon and about 1,200 more made it to Jordan.",
        "2012-11-09",
      ),
    ).toEqual(["refugees:9000", "refugees:1000", "refugees:1200"]);
  });

  it("reads an influx put at a number, whatever word describes it", () => {
    expect(
      pairsOf(
        "About 9,000 crossed into Turkey, UNHCR said. A Turkish Foreign Ministry official had earlier put the overnight influx at 8,000.",
        "2012-11-09",
      ),
    ).toEqual(["refugees:9000", "refugees:8000"]);
  });

  it("reads others' estimates that run over a range as the kind they name, or the count told before", () => {
    expect(
      pairsOf(
        "Medics said the toll could be as high as 1,400. Other estimates quoted by the paper ranged between 200 and 500.",
        "2013-08-22",
      ),
    ).toEqual(["killed:200-500"]);
    expect(pairsOf("Estimates of the wounded ranged between 40 and 50.", "2020-04-29")).toEqual(["injured:40-50"]);
    expect(
      pairsOf("Wire reports described the dead as numbering somewhere between 500 and 1,300.", "2013-08-22"),
    ).toEqual(["killed:500-1300"]);
  });

  it("reads victims a body documented, counted or named as the dead, but not victims of abuse or of an attack treated", () => {
    expect(
      pairsOf(
        "The commission said it had documented 646 victims by name, including 33 women and 22 children.",
        "2013-08-22",
      ),
    ).toEqual(["killed:646", "killed:33", "killed:22"]);
    expect(pairsOf("SHRC documented 48 victims in Raqqa governorate.", "2016-09-02")).toEqual(["killed:48"]);
    expect(pairsOf("The group documented 300 victims of torture in its prisons.", "2016-09-02")).toEqual([]);
    expect(pairsOf("Doctors treated 300 victims of the attack.", "2016-09-02")).toEqual([]);
  });

  it("reads 'put to death', 'slaughtered' and 'a score of' as the dead", () => {
    expect(pairsOf("The group had put to death at least 217 people in and around the city.", "2015-05-28")).toEqual([
      "killed:217",
    ]);
    expect(pairsOf("State media said the jihadists had slaughtered some 400 civilians.", "2015-05-28")).toEqual([
      "killed:400",
    ]);
    expect(
      pairsOf("Residents were made to watch as a score of men were killed in the amphitheatre.", "2015-05-28"),
    ).toEqual(["killed:20"]);
    // (a score of things is no count of people)
    expect(pairsOf("A score of villages were shelled and 12 people were killed.", "2015-05-28")).toEqual(["killed:12"]);
  });

  it("reads a heading in capitals that names its kind, with who and when in brackets, as the header of the list below", () => {
    const text = [
      "The group documented 1,956 deaths in November 2016. Below, the committee's breakdown.",
      "",
      "PEOPLE KILLED IN SYRIA, BY PROVINCE (SHRC; 1-30 November 2016)",
      "- Aleppo: 1,118 (about 57 per cent of the national total)",
      "- Idlib: 244",
    ].join("\n");
    expect(pairsOf(text, "2016-12-02")).toEqual(["killed:1956", "killed:1118", "killed:244"]);
  });

  it("reads the places and numbers after 'By country, the count stood at:' as the count told last", () => {
    const text = [
      "UNHCR counts 509,559 Syrians registered as refugees. By country, the count stood at:",
      "",
      "Lebanon 154,387; Jordan 142,664; Turkey 136,319.",
    ].join("\n");
    expect(pairsOf(text, "2012-12-11")).toEqual([
      "refugees:509559",
      "refugees:154387",
      "refugees:142664",
      "refugees:136319",
    ]);
    expect(
      pairsOf(
        "UNHCR counts 509,559 Syrians registered as refugees. By country, the count stood at: Lebanon 154,387; Jordan 142,664.",
        "2012-12-11",
      ),
    ).toEqual(["refugees:509559", "refugees:154387", "refugees:142664"]);
  });

  it("reads 'the highest number of victims, 92' and the next party's share after 'responsible for the deaths of'", () => {
    expect(
      pairsOf(
        "Idlib governorate recorded the highest number of victims, 92, followed by Deir ez-Zor with 75.",
        "2019-04-01",
      ),
    ).toEqual(["killed:92", "killed:75"]);
    expect(
      pairsOf(
        "Regime forces were responsible for the deaths of 79 people in March, and Russian warplanes for 41.",
        "2019-04-01",
      ),
    ).toEqual(["killed:79", "killed:41"]);
  });

  it("reads a side's dead or losses put at a number, and the other side's after 'and the jihadists' at'", () => {
    expect(
      pairsOf("The Observatory puts the SDF's own dead at more than 750 and the jihadists' at roughly 1,600."),
    ).toEqual(["killed:750", "killed:1600"]);
    expect(pairsOf("Bassam Ghazzal puts his own family's losses at more than 20.")).toEqual(["killed:20"]);
  });

  it("reads people who moved north or were able to leave as displaced, and 'inside south-west Syria' as inside", () => {
    expect(pairsOf("On 27 May OCHA reported that 4,600 people had moved north inside the Azaz sub-district.")).toEqual([
      "displaced:4600",
    ]);
    expect(pairsOf("Some 9,000 people were able to leave the encircled area.")).toEqual(["displaced:9000"]);
    expect(pairsOf("OCHA said that 165,200 people remained displaced inside south-west Syria.")).toEqual([
      "internally_displaced:165200",
    ]);
  });

  it("reads a list of people 'displaced internally' as internally displaced, and leaves out lines of returns and aid", () => {
    const text = [
      "Those displaced internally to other governorates went to:",
      "- Aleppo: about 15,000",
      "- Idleb: about 2,700",
      "- Refugee returns to Syria, January to May: about 31,000",
      "- Food aid: 91,777 people reached between 8 and 15 June",
    ].join("\n");
    expect(pairsOf(text, "2017-06-28")).toEqual(["internally_displaced:15000", "internally_displaced:2700"]);
  });

  it("reads host countries with their numbers in brackets after 'refugee populations', and a combined count of dead and injured", () => {
    expect(
      figuresOf(
        "As of today, the largest refugee populations were in Lebanon (1.14 million), Turkey (815,000) and Jordan (608,000).",
        "2014-08-29",
      ).map((f) => `${f.metric}:${f.value}:${f.location}`),
    ).toEqual(["refugees:1140000:Lebanon", "refugees:815000:Turkey", "refugees:608000:Jordan"]);
    // (the kind named in the sentence before: "the largest numbers" of it)
    expect(
      pairsOf(
        "Most refugees remain in the region. The largest numbers are in Lebanon (1.14 million) and Turkey (815,000).",
      ),
    ).toEqual(["refugees:1140000", "refugees:815000"]);
    // (places in the country, for the dead)
    expect(
      figuresOf(
        "The highest numbers of documented killings were in Rural Damascus (39,393), Aleppo (31,932) and Homs (28,186).",
      ).map((f) => `${f.metric}:${f.value}:${f.location}`),
    ).toEqual(["killed:39393:Rif Dimashq", "killed:31932:Aleppo", "killed:28186:Homs"]);
    // (or ", with" its number)
    expect(pairsOf("The governorate of Aleppo recorded the most killings, with 51,731 named victims.")).toEqual([
      "killed:51731",
    ]);
    // (or "the highest documented tolls", of the kind counted last)
    expect(
      pairsOf(
        "The office identified 191,369 people killed. By province, the highest documented tolls were in Rural Damascus (39,393) and Aleppo (31,932).",
      ),
    ).toEqual(["killed:191369", "killed:39393", "killed:31932"]);
    // (not a party named before its number: the list must follow "in")
    expect(pairsOf("The dead included members of Hezbollah (35) and of the army (120).")).toEqual([]);
    expect(pairsOf("It put the combined number of dead and injured at close to 95.")).toEqual(["killed_or_injured:95"]);
  });

  it("reads 'and about 142,000 more' at another time as more of the count before", () => {
    expect(
      pairsOf(
        "Some 200,000 people were uprooted within the northwest in the week from 26 January to 2 February, and about 142,000 more between 9 and 12 February.",
        "2020-03-10",
      ),
    ).toEqual(["internally_displaced:200000", "internally_displaced:142000"]);
    // (or "with 8,262 more" elsewhere)
    expect(
      pairsOf("Lebanon had 329,823 refugees and Egypt 43,665, with 8,262 more in North Africa.", "2013-03-10"),
    ).toEqual(["refugees:329823", "refugees:43665", "refugees:8262"]);
  });

  it("reads the next times of a list whose verb was said once", () => {
    expect(
      pairsOf(
        "In April 2012 Lebanon hosted 18,000 Syrian refugees; in April 2013, 356,000; in April 2014, one million.",
        "2014-08-30",
      ),
    ).toEqual(["refugees:18000", "refugees:356000", "refugees:1000000"]);
  });

  it("reads the next places of a list whose verb was said once, each in its own place", () => {
    expect(
      figuresOf("In Aleppo, 21 were killed, in Deir ez-Zor 17 and in Hama 12.", "2012-09-20").map(
        (f) => `${f.metric}:${f.value}:${f.location}`,
      ),
    ).toEqual(["killed:21:Aleppo", "killed:17:Deir ez-Zor", "killed:12:Hama"]);
    // (not a population a place is given: "in a country of about 20 million")
    expect(
      pairsOf("Inside Syria some 4.25 million people are displaced, in a country of about 20 million.", "2013-09-20"),
    ).toEqual(["internally_displaced:4250000"]);
  });

  it("reads arrivals put at a number as people who arrived, read where they went", () => {
    expect(
      pairsOf(
        "Turkey's Foreign Ministry said 13,000 Syrians had crossed into Turkey in ten days, while AFAD put arrivals over the past week at more than 6,000.",
        "2015-06-16",
      ),
    ).toEqual(["refugees:13000", "refugees:6000"]);
  });

  it("reads a list headed by a camp population abroad as refugees", () => {
    const text = [
      "Camp population, Wednesday morning (Hatay governorate):",
      "- Total in the camps: 8,421",
      "- Men: 1,921",
    ].join("\n");
    expect(pairsOf(text, "2011-06-15")).toEqual(["refugees:8421", "refugees:1921"]);
  });

  it("reads a list headed by arrivals abroad, whose lines are labelled with days", () => {
    const text = [
      "Jordan. Arrivals at Za'atri camp have doubled in a week:",
      "- 21-27 August: 10,200 people",
      "- 14-20 August: 4,500 people",
      "- Monday morning, 27 August: 1,147 people",
    ].join("\n");
    expect(figuresOf(text, "2012-08-28").map((f) => `${f.metric}:${f.value}:${f.periodEnd}`)).toEqual([
      "refugees:10200:2012-08-27",
      "refugees:4500:2012-08-20",
      "refugees:1147:2012-08-27",
    ]);
  });

  it("reads a list whose lines are labelled with a day of a year or a year, bulleted or not", () => {
    const bulleted = [
      "Syrian refugees registered in the region:",
      "- 3 September 2013: 2 million",
      "- 2014: 3 million",
    ].join("\n");
    expect(pairsOf(bulleted, "2015-07-09")).toEqual(["refugees:2000000", "refugees:3000000"]);
    const lines = [
      "People displaced in the north-west since 1 December:",
      "",
      "1 January 2020: almost 300,000",
      "",
      "2 February 2020: some 586,000",
    ].join("\n");
    expect(figuresOf(lines, "2020-03-02").map((f) => `${f.metric}:${f.value}:${f.periodEnd}`)).toEqual([
      "displaced:300000:2020-01-01",
      "displaced:586000:2020-02-02",
    ]);
    // (or with days from one to another: "- 26 January to 2 February alone: approximately 200,000")
    const span = [
      "People displaced in the north-west since 1 December:",
      "- 26 January to 2 February alone: approximately 200,000",
    ];
    expect(
      figuresOf(span.join("\n"), "2020-03-02").map((f) => `${f.metric}:${f.value}:${f.periodStart}:${f.periodEnd}`),
    ).toEqual(["displaced:200000:2020-01-26:2020-02-02"]);
  });

  it("reads a camp's population as displaced, but not a city's", () => {
    expect(
      pairsOf("Figures compiled by the agency put the population of Rukban alone at 68,000.", "2016-06-22"),
    ).toEqual(["displaced:68000"]);
    expect(pairsOf("The IRC said on Tuesday that the camp's population had topped 75,000.", "2019-04-03")).toEqual([
      "displaced:75000",
    ]);
    expect(pairsOf("Officials put the population of Idlib city at 700,000.", "2019-04-03")).toEqual([]);
  });

  it("reads people living in a camp as displaced, and as refugees in a passage about another country", () => {
    expect(pairsOf("About 70,000 people remain in al-Hol, the IRC says.", "2019-09-21")).toEqual(["displaced:70000"]);
    expect(pairsOf("At least 45,000 people were living in the camp, OCHA said.", "2019-03-15")).toEqual([
      "displaced:45000",
    ]);
    expect(
      pairsOf("Many crossed into Jordan. Some 110,000 people live in a single desert camp, Zaatari.", "2019-10-02"),
    ).toEqual(["refugees:110000"]);
    // people who live in a town are its population
    expect(pairsOf("About 70,000 people live in the town of Rastan.", "2019-09-21")).toEqual([]);
  });

  it("reads lives a massacre claimed, whoever's lives they were", () => {
    expect(pairsOf("Those massacres claimed 542 civilian lives, among them 187 children.", "2020-02-01")).toEqual([
      "killed:542",
      "killed:187",
    ]);
  });

  it("reads people 'assassinated' as killed", () => {
    expect(
      pairsOf("Sixty civilians, including ten women, were assassinated in separate attacks.", "2021-02-01"),
    ).toEqual(["killed:60", "killed:10"]);
    expect(pairsOf("Gunmen assassinated 12 local officials in Daraa in March.", "2021-04-01")).toEqual(["killed:12"]);
  });

  it("reads refugees a country is 'host to' or 'home to' as refugees, not as people aid goes to", () => {
    expect(pairsOf("Iraq was already host to 229,285 Syrian refugees, according to UNHCR.", "2019-10-20")).toEqual([
      "refugees:229285",
    ]);
    expect(
      pairsOf(
        "Turkey, already home to more than 3.6 million Syrian refugees, has kept its border closed.",
        "2019-12-24",
      ),
    ).toEqual(["refugees:3600000"]);
  });

  it("reads people who came over into another country in the sentence that says so", () => {
    expect(
      pairsOf(
        "The UN refugee agency said some 1,400 people had come over from Tal Kalakh into Wadi Khaled.",
        "2011-05-20",
      ),
    ).toEqual(["refugees:1400"]);
    // things that went off on the way are not people on the move
    expect(
      pairsOf(
        "A man died while trying to cross the border into Turkey, and two explosive devices went off in two vehicles.",
        "2016-04-22",
      ),
    ).toEqual([]);
  });

  it("reads arrivals in a passage about a camp filling up", () => {
    const passage =
      "As the enclave collapsed, people poured into the camp. In the eight weeks to 31 January about 21,000 people had reached it. More than 50,000 people had come since the start of December.";
    expect(pairsOf(passage, "2019-03-18")).toEqual(["displaced:21000", "displaced:50000"]);
    // "came under fire" is not where anyone went
    expect(pairsOf("People poured into the camp. Some 300 came under fire on the road.", "2019-03-18")).toEqual([]);
  });

  it("reads UNHCR's 'number registered or awaiting registration' as refugees", () => {
    expect(
      pairsOf(
        "The agency said 100,000 fled in August, bringing the number registered or awaiting registration to 230,100 as of 2 September.",
        "2012-09-05",
      ).at(-1),
    ).toBe("refugees:230100");
  });

  it("does not read people going back as people leaving home, nor the wounded as the dead", () => {
    expect(
      pairsOf(
        "Some 1,800 new arrivals crossed into Turkey on Monday. Another 37 people went back to Syria.",
        "2012-08-22",
      ),
    ).toEqual(["refugees:1800"]);
    expect(
      pairsOf("Families fled the town. About 100,000 Syrians had gone home from Lebanon in 2018.", "2018-12-24"),
    ).toEqual([]);
    expect(pairsOf("An activist put the dead at around 70 and the wounded at 40.", "2013-01-16")).toEqual([
      "killed:70",
      "injured:40",
    ]);
  });

  it("reads Syrians counted where refugees are kept as refugees, but not Syrians going home", () => {
    expect(pairsOf("Some 48,000 Syrians are now registered in Egypt.")).toEqual(["refugees:48000"]);
    expect(pairsOf("Barely 9,000 Syrians were on UNHCR's books in Egypt at the end of 2012.")).toEqual([
      "refugees:9000",
    ]);
    expect(pairsOf("The disaster agency counted 61,000 Syrians in its border camps.")).toEqual(["refugees:61000"]);
    expect(pairsOf("About 2,000 Syrians returned from Turkey on Monday.")).toEqual([]);
  });

  it("carries a count's kind into a list its next sentence opens with a colon, dated by what comes before the colon", () => {
    const text = [
      "UNHCR said 600,000 Syrians were registered in Lebanon in July.",
      "On 16 May its tally ran as follows: 474,461 in Lebanon, 474,405 in Jordan and 68,865 in Egypt.",
    ].join(" ");
    expect(figuresOf(text, "2013-08-23").map((f) => `${f.metric}:${f.value}:${f.periodEnd}`)).toEqual([
      "refugees:600000:2013-07-31",
      "refugees:474461:2013-05-16",
      "refugees:474405:2013-05-16",
      "refugees:68865:2013-05-16",
    ]);
  });

  it("breaks down the count before into the items after 'broke the month down as follows:'", () => {
    const text = [
      "The Observatory said 5,440 people were killed in August.",
      "Its director broke the month down as follows: 4,114 civilians, a category that includes rebels, together with 1,221 regular soldiers and 105 army defectors.",
    ].join(" ");
    expect(figuresOf(text, "2012-09-02").map((f) => `${f.metric}:${f.value}:${f.periodEnd}`)).toEqual([
      "killed:5440:2012-08-31",
      "killed:4114:2012-08-31",
      "killed:1221:2012-08-31",
      "killed:105:2012-08-31",
    ]);
  });

  it("breaks down the count before into the items a body splits it into, leaving ages out", () => {
    const text = [
      "Sunday brought the largest exodus from the Old City.",
      "Six hundred and eleven people came out, the governor said.",
      "The Observatory broke the total down into two hundred and ten women, ninety-one men over the age of",
      "fifty-five and one hundred and thirty younger men.",
    ].join(" ");
    // (the count itself, "the governor said", is left aside: the items are what is read here)
    const items = figuresOf(text, "2014-02-13").slice(1);
    expect(items.map((f) => `${f.metric}:${f.value}:${f.periodEnd}:${f.attributedTo}`)).toEqual([
      "displaced:210:2014-02-09:SOHR",
      "displaced:91:2014-02-09:SOHR",
      "displaced:130:2014-02-09:SOHR",
    ]);
  });

  it("steps over an aside listing who the people were", () => {
    expect(
      pairsOf(
        "The UN said eighty-three people, women, children and elderly men, some of them in wheelchairs, had been driven out.",
      ),
    ).toEqual(["displaced:83"]);
  });

  it("breaks a casualty count down into the kinds of people the next sentence lists", () => {
    const text = [
      "The Observatory says it documented the deaths of 4,075 people in February.",
      "On the government side, the tally was 568 regular soldiers and officers, 555 members of the",
      "National Defence Force and 30 fighters of Lebanon's Hezbollah.",
    ].join(" ");
    expect(figuresOf(text, "2015-03-02").map((f) => `${f.metric}:${f.value}:${f.periodEnd}`)).toEqual([
      "killed:4075:2015-02-28",
      "killed:568:2015-02-28",
      "killed:555:2015-02-28",
      "killed:30:2015-02-28",
    ]);
    // one kind of people, without words that open a list of the dead, is not a breakdown
    const army =
      "The Observatory documented 4,075 deaths in February. The army has 300,000 soldiers and 80,000 reservists.";
    expect(figuresOf(army, "2015-03-02").map((f) => f.value)).toEqual([4075]);
  });

  it("reads a count told again, later or revised, as the kind counted before it", () => {
    const text = [
      "By 12 February OCHA was reporting more than 800,000 displaced since December; five days later the figure was 900,000.",
      "By 26 February it had reached 948,000.",
    ].join(" ");
    expect(pairsOf(text)).toEqual(["displaced:800000", "displaced:900000", "displaced:948000"]);
    expect(
      pairsOf(
        "On June 28 OCHA put the displaced at 62,000; a day later, initial estimates had reached roughly 160,000.",
      ),
    ).toEqual(["displaced:62000", "displaced:160000"]);
    // (and a total that 'now exceeds' one)
    expect(
      pairsOf(
        "UNHCR counts 101,283 refugees in Lebanon. Across the four neighbouring states the total now exceeds 358,000.",
        "2012-10-23",
      ),
    ).toEqual(["refugees:101283", "refugees:358000"]);
  });

  it("reads a count raised, or the one it was raised from, as the kind the sentence counts", () => {
    expect(
      pairsOf(
        "Officials said 45,000 people had entered Turkey since Friday; later that day they raised the figure to 60,000.",
      ),
    ).toEqual(["refugees:45000", "refugees:60000"]);
    expect(
      pairsOf("The UN said 100,000 people have been killed, lifting the world body's estimate from close to 93,000."),
    ).toEqual(["killed:100000", "killed:93000"]);
  });

  it("reads a count told again a sentence or two after the last, as of that kind", () => {
    const text = [
      "The Observatory said Russian strikes had killed 2,371 people since 30 September.",
      "The campaign has drawn wide criticism.",
      "When the Observatory last published its count, on 22 December, it stood at 2,132.",
    ].join(" ");
    expect(figuresOf(text, "2015-12-30").map((f) => `${f.metric}:${f.value}:${f.periodEnd}`)).toEqual([
      "killed:2371:2015-12-30",
      "killed:2132:2015-12-22",
    ]);
  });

  it("reads refugees or the dead as the subject of the verb a count is given by", () => {
    expect(pairsOf("Syrian refugees in Lebanon passed 200,000 this week.")).toEqual(["refugees:200000"]);
    expect(pairsOf("The dead in Homs now number more than 300.")).toEqual(["killed:300"]);
    // a time right after the number is not what it counts; one after "of them" still ends the phrase
    expect(pairsOf("The report records 35 massacres, nine of them last month.")).toEqual([]);
  });

  it("reads 'the other four thousand or so were civilians' as part of the count before", () => {
    const text = [
      "Nearly five thousand people left Daraya over two days, state media said.",
      "The other four thousand or so were civilians.",
    ].join(" ");
    expect(pairsOf(text)).toEqual(["displaced:5000", "displaced:4000"]);
  });

  it("reads the bulleted lines under a header as the count the header lists", () => {
    const text = [
      "The Observatory said it had documented 5,440 deaths in Syria during August.",
      "",
      "August's dead, by category:",
      "- 4,114 civilians;",
      "- 1,221 soldiers of the regular army;",
      "- more than 2,000 detainees held in government prisons.",
    ].join("\n");
    expect(figuresOf(text, "2012-09-02").map((f) => `${f.metric}:${f.value}:${f.periodEnd}`)).toEqual([
      "killed:5440:2012-08-31",
      "killed:4114:2012-08-31",
      "killed:1221:2012-08-31",
    ]);
    // the header says what happened to the people; the line's noun only who they were
    const victims = [
      "SOHR has documented 74 murders inside the camp this year, which left 78 people dead.",
      "",
      "The victims documented this year are:",
      "- 60 Iraqi refugees;",
      "- 18 Syrians.",
    ].join("\n");
    expect(pairsOf(victims)).toEqual(["killed:78", "killed:60", "killed:18"]);
    // a line counting places, not people, is no item of the list
    const centres = [
      "LEBANON",
      "- More than 212,000 Syrians were receiving protection and assistance in Lebanon as of Saturday, UNHCR said.",
      "- Four registration centres now process an average of 1,500 people a day.",
    ].join("\n");
    expect(pairsOf(centres, "2013-01-08")).toEqual(["refugees:212000"]);
  });

  it("opens a list under a header that names what its lines count, with no count before it", () => {
    const text = [
      "We have set the latest figures out as a list.",
      "",
      "THE DEAD (Syrian Observatory, to 13 December)",
      "- All documented deaths: 312,001",
      "- Militiamen fighting for the government in the north and east of the country: 42,627",
      "- Defectors from the army: 2,602",
    ].join("\n");
    expect(figuresOf(text, "2016-12-20").map((f) => `${f.metric}:${f.value}:${f.attributedTo}`)).toEqual([
      "killed:312001:SOHR",
      "killed:42627:SOHR",
      "killed:2602:SOHR",
    ]);
  });

  it("reads every labelled line under a header, whether or not the line before gave a figure", () => {
    const text = [
      "The monitor said it had documented about 39,000 deaths in 2017, down from 49,742 in 2016.",
      "",
      "Its breakdown of the year's dead:",
      "",
      "Syrian army soldiers: 2,923.",
      "",
      // (a label of over a hundred characters)
      "Foreign fighters on the government side, most of them Shiite volunteers from Iraq, Afghanistan and Pakistan: 1,243.",
      "",
      "Lebanese Hezbollah fighters: 212.",
    ].join("\n");
    // the header breaks down the year's count, not the one it is compared with
    expect(figuresOf(text, "2018-01-02").map((f) => `${f.metric}:${f.value}:${f.periodEnd}`)).toEqual([
      "killed:39000:2017-12-31",
      "killed:49742:2016-12-31",
      "killed:2923:2017-12-31",
      "killed:1243:2017-12-31",
      "killed:212:2017-12-31",
    ]);
    // without a header a long label is a sentence, not a list's line
    expect(
      pairsOf("The monitor counted 300 dead. Foreign fighters on the government side, most from Iraq: 40."),
    ).toEqual(["killed:300"]);
  });
});

describe("people who came through", () => {
  it("does not count those who escaped unharmed", () => {
    const text =
      "Twenty-one people were killed in the attacks, and eight others were wounded. Five of those targeted escaped unharmed.";
    expect(pairsOf(text)).toEqual(["killed:21", "injured:8"]);
    expect(pairsOf("Some 5,000 people escaped to Turkey.")).toEqual(["refugees:5000"]);
  });
});

describe("people expelled", () => {
  it("reads people expelled or driven out as displaced, but not families", () => {
    expect(pairsOf("Around 60,000 people had been expelled from towns in the eastern countryside.")).toEqual([
      "displaced:60000",
    ]);
    expect(pairsOf("The group expelled 3,000 people from the town.")).toEqual(["displaced:3000"]);
    expect(pairsOf("The group expelled 3,000 families.")).toEqual([]);
  });
});

describe("who the people were against what happened to them", () => {
  it("reads displaced people who died as dead", () => {
    expect(pairsOf("A charity said as many as seven displaced children had died in the cold near Dana.")).toEqual([
      "killed:7",
    ]);
    expect(pairsOf("At least 5,000 displaced people fled the camp after shelling killed 20.")).toEqual([
      "displaced:5000",
      "killed:20",
    ]);
  });

  it("breaks down this sentence's count before carrying the last sentence's kind", () => {
    const text = [
      "Close to 200,000 people had fled Aleppo in two days, the UN said.",
      "The Observatory's count stood at more than 16,500 dead, of whom nearly 11,500 were civilians.",
    ].join(" ");
    expect(pairsOf(text)).toEqual(["displaced:200000", "killed:16500", "killed:11500"]);
    const contrasted = [
      "At least 2,014 people had died since the fasting month began, the Observatory said.",
      "More than 1,323 of the dead were fighters on both sides, while 639 were civilians.",
    ].join(" ");
    expect(pairsOf(contrasted)).toEqual(["killed:2014", "killed:1323", "killed:639"]);
  });
});

describe("counts beside a toll", () => {
  it("reads a count's own word after 'with' before the toll it leans on", () => {
    expect(pairsOf("The Observatory raised the toll to 20, with 25 wounded, on Monday.")).toEqual([
      "killed:20",
      "injured:25",
    ]);
    expect(pairsOf("He said the toll had reached at least 46, with more than 50 people injured.")).toEqual([
      "killed:46",
      "injured:50",
    ]);
    // a bare number after "with" still leans on the toll: "the worst-hit were Homs, with 17,800"
    expect(pairsOf("The death toll was highest in Homs, with 17,800.")).toEqual(["killed:17800"]);
  });

  it("reads the dead a count is brought to", () => {
    expect(pairsOf("Shelling killed 20 more, which would bring the day's civilian dead to 40.")).toEqual([
      "killed:20",
      "killed:40",
    ]);
    // (over the time the count covers)
    expect(
      pairsOf("Barrel bombs killed 20 people, bringing the number killed over four days to more than 150."),
    ).toEqual(["killed:20", "killed:150"]);
  });

  it("reads a number set off by commas with the verb after it, but not a person's age", () => {
    expect(
      pairsOf("The monitor counted 103 civilian deaths in March. About half of them, 51, died in shelling."),
    ).toEqual(["killed:103", "killed:51"]);
    expect(
      pairsOf("More than 8,000 Syrians crossed into Turkey. Gasan Alun, 40, came across with his family."),
    ).toEqual(["refugees:8000"]);
  });

  it("reads who some of a count were when the count's verb comes after them", () => {
    expect(
      pairsOf(
        "Between 1 and 16 February the office recorded at least 100 civilians, 18 women and 35 children among them, killed by strikes.",
        "2020-02-18",
      ),
    ).toEqual(["killed:100", "killed:18", "killed:35"]);
  });

  it("reads a group's number in brackets after the group, in a breakdown of the count before", () => {
    expect(
      pairsOf(
        "Russian strikes killed 276 people in October. The victims were overwhelmingly civilians (263, including 86 children).",
        "2015-11-01",
      ),
    ).toEqual(["killed:276", "killed:263", "killed:86"]);
  });

  it("reads a breakdown a dash opens after a count", () => {
    expect(pairsOf("By the next morning the toll had climbed to 76 - 28 children, four women and 43 men.")).toEqual([
      "killed:76",
      "killed:28",
      "killed:4",
      "killed:43",
    ]);
    // a dash before a change is not a breakdown
    expect(pairsOf("By the next morning the toll had climbed to 76 - 16 more than on Sunday.")).toEqual(["killed:76"]);
    // a dash after the rest of the count's clause, before who they were, opens it too (but not before a rate)
    expect(
      pairsOf("The monitor said 50 people died on the first day alone - at least 30 soldiers and 20 militants."),
    ).toEqual(["killed:50", "killed:30", "killed:20"]);
    expect(
      pairsOf(
        "Government forces killed 1,169 civilians in November, among them 176 children - about six children every day.",
      ),
    ).toEqual(["killed:1169", "killed:176"]);
  });

  it("reads a count described by what it covers", () => {
    expect(pairsOf("The monitor's count for the whole war, covering deaths up to July 8, stands at 171,509.")).toEqual([
      "killed:171509",
    ]);
  });
});

describe("counts that rose past a number", () => {
  it("reads a count raised 'to' a number, or brought to it, as the count told before", () => {
    expect(
      pairsOf(
        "Erdogan said 50,000 people were on the move towards the border. On Monday he raised that to more than 80,000.",
      ),
    ).toEqual(["displaced:50000", "displaced:80000"]);
    expect(
      pairsOf(
        "The group said 11,714 people had fled on 16 and 17 December alone, bringing its count since the start of November to 109,408.",
        "2019-12-27",
      ),
    ).toEqual(["displaced:11714", "displaced:109408"]);
    // (running from where the count it raises ran from)
    const [, raised] = figuresOf(
      "On Tuesday the UN refugee agency spoke of around 30,000 arrivals since last Thursday; a day later its update raised that to an estimated 40,000.",
      "2013-08-22",
    );
    expect([raised?.value, raised?.periodStart, raised?.periodEnd]).toEqual([40000, "2013-08-15", "2013-08-21"]);
  });

  it("reads a toll or an estimate that rose or climbs past a number as at least it", () => {
    expect(
      figuresOf("By Sunday the toll from the market attack had risen past 96.").map((f) => [f.value, f.qualifier]),
    ).toEqual([[96, "at_least"]]);
    expect(
      pairsOf(
        "The monitor has documented 310,000 deaths. With those it cannot name, its estimate climbs past 400,000.",
      ),
    ).toEqual(["killed:310000", "killed:400000"]);
  });
});

describe("counts put at a number", () => {
  it("reads losses put at a number, and the number who had left their homes", () => {
    expect(pairsOf("Army losses over the week have been put at between 52 and 61 soldiers.")).toEqual(["killed:52-61"]);
    expect(pairsOf("The council put the number who had left their homes at about 9,000.")).toEqual(["displaced:9000"]);
    expect(pairsOf("OCHA put the number who had left Eastern Ghouta since 11 March at no fewer than 20,000.")).toEqual([
      "displaced:20000",
    ]);
    // (but not those who left a hospital, nor those left dead)
    expect(pairsOf("Medics put the number who had left hospital at 300.")).toEqual([]);
    expect(pairsOf("Medics put the number who had been left dead at 30.")).not.toContain("displaced:30");
    // reaching a city is no crossing into another country
    expect(pairsOf("The priest put the number who reached the city with him at about 1,500.")).not.toContain(
      "refugees:1500",
    );
    expect(pairsOf("Officials put the number who reached Turkey at about 1,500.")).toEqual(["refugees:1500"]);
  });
});

describe("a count told again as a bare number", () => {
  it("reads a bare number a speaker gives as the count given before it", () => {
    const text = [
      "The first report spoke of more than 24 dead; reporters at the scene soon said 50; by nightfall the monitor gave 112.",
      "On Sunday the Observatory settled on 126, including 68 children.",
    ].join(" ");
    expect(pairsOf(text)).toEqual(["killed:24", "killed:50", "killed:112", "killed:126", "killed:68"]);
  });

  it("reads a bare number its counter had counted, told again as the dead when the toll came with its wounded", () => {
    const text =
      "At dawn the monitor reported at least 38 dead and more than 20 wounded. By noon it had counted 97, of whom 41 were civilians.";
    expect(pairsOf(text)).toEqual(["killed:38", "injured:20", "killed:97", "killed:41"]);
    // a count of things is no toll
    expect(pairsOf("At dawn the monitor reported at least 38 dead. By noon it had counted 97 strikes.")).toEqual([
      "killed:38",
    ]);
    // so is a count given again the next sentence, and the people among it
    expect(
      pairsOf(
        "A car bomb killed 41 people and wounded 70. By evening the monitor's count stood at 58, among them 12 children.",
      ),
    ).toEqual(["killed:41", "injured:70", "killed:58", "killed:12"]);
    // (and a count given again after a past toll is told in the monitor's words)
    expect(pairsOf("A week earlier, 31 had died. Her office's estimate on 8 November was roughly 3,500.")).toEqual([
      "killed:31",
      "killed:3500",
    ]);
  });

  it("reads a count told again with what it was of between: 'the agency's tally for the four countries was'", () => {
    expect(
      pairsOf(
        "UNHCR counts 294,000 Syrian refugees. The agency's tally for the same four countries was roughly 100,000 in June.",
      ),
    ).toEqual(["refugees:294000", "refugees:100000"]);
    expect(pairsOf("The network counted 1,200 civilian deaths in 2021. Its count for 2020 had been 1,734.")).toEqual([
      "killed:1200",
      "killed:1734",
    ]);
    // however long what it was of, and a sentence without figures between
    expect(
      pairsOf(
        "UNHCR counts 294,000 Syrian refugees. That is three times the June figure. In June the agency's count for the four neighbouring host countries stood at 98,000.",
      ),
    ).toEqual(["refugees:294000", "refugees:98000"]);
    // with what it was of and a time set off by commas, both before its verb
    expect(
      pairsOf(
        "Air strikes have killed 18,096 people in three years. The monitor recalls that its count after the first four months of the campaign, at the end of January 2016, stood at 1,015 civilians, among them 238 children.",
        "2018-09-30",
      ),
    ).toEqual(["killed:18096", "killed:1015", "killed:238"]);
    // a second body's tally, kept by it, and a register that stood at a number
    expect(
      pairsOf(
        "Activists said 1,200 people had been killed. By Friday a separate tally kept by rights groups stood at 1,297 civilians.",
        "2011-08-05",
      ),
    ).toEqual(["killed:1200", "killed:1297"]);
    expect(
      pairsOf(
        "Fighting has displaced 20,000 in Daraa. SARC's registration stood at 33,540 people on 12 August.",
        "2021-08-20",
      ),
    ).toEqual(["displaced:20000", "displaced:33540"]);
    // (not a count of soldiers who changed sides)
    expect(
      pairsOf(
        "The monitor counted 4,000 deaths. Activists say the number of soldiers who have defected has reached 10,000.",
      ),
    ).toEqual(["killed:4000"]);
  });

  it("reads a count that 'had crossed' a number, and an influx someone put at one in a passage about arrivals abroad", () => {
    expect(
      pairsOf(
        "The number of refugees climbed to 146,667 by 9 August, and on 24 August the agency reported that it had crossed 200,000.",
        "2012-10-02",
      ),
    ).toEqual(["refugees:146667", "refugees:200000"]);
    expect(
      pairsOf(
        "Thousands of Syrians crossed into Turkey on Friday. A Turkish official had earlier put the influx at 8,000.",
        "2012-11-10",
      ),
    ).toEqual(["refugees:2000", "refugees:8000"]);
  });

  it("reads a number followed by 'for' a time, and a figure described by two words", () => {
    expect(
      pairsOf(
        "The Observatory counted 103 civilians killed in March. The Syrian Network for Human Rights arrived at a higher civilian figure of 145 for the month.",
        "2020-04-02",
      ),
    ).toEqual(["killed:103", "killed:145"]);
  });

  it("reads a count activists 'now speak of' as the count told again", () => {
    expect(
      pairsOf(
        "At least 150 people were killed in Tremseh, activists said. Activists now speak of 103 victims.",
        "2012-07-16",
      ),
    ).toEqual(["killed:150", "killed:103"]);
  });

  it("reads a figure someone was citing, with its hedge after", () => {
    expect(
      pairsOf(
        "Some 800,000 people have fled since December, OCHA said. By Tuesday the rights office was citing a figure above 900,000.",
        "2020-02-18",
      ),
    ).toEqual(["displaced:800000", "displaced:900000"]);
  });

  it("reads a documented count and the true toll beside it", () => {
    const text =
      "The Observatory had documented 494,438 deaths by June and believes the true toll exceeds 606,000. As recently as March its documented figure was about 388,000.";
    expect(pairsOf(text, "2021-12-01")).toEqual(["killed:494438", "killed:606000", "killed:388000"]);
  });

  it("reads where a group of the count given before stood", () => {
    const text =
      "Up to 11 May the Observatory had named 70,257 dead. Civilians then stood at about 34,437, including 4,788 children.";
    expect(pairsOf(text, "2013-06-26")).toEqual(["killed:70257", "killed:34437", "killed:4788"]);
    // with no count before it, where a group stood is no count
    expect(pairsOf("Civilians then stood at about 34,437 in the square.", "2013-06-26")).toEqual([]);
  });

  it("reads a count told again after a sentence that names its kind but gives no number", () => {
    const text = [
      "Gunmen stormed the town on Thursday.",
      "Residents fled.",
      "Shops closed.",
      "Aid stopped.",
      "The toll climbed as bodies were pulled from houses.",
      "By Saturday the Observatory's count had reached 206; by Monday it stood at 223.",
    ].join(" ");
    expect(pairsOf(text, "2015-07-05")).toEqual(["killed:206", "killed:223"]);
  });

  it("reads a count told again as of the kind the report last counted, a paragraph of comment later", () => {
    const counted = "The Observatory said 76,021 people were killed in Syria this year.";
    const comment = (n: number) => Array.from({ length: n }, (_, i) => `Its work drew comment ${i + 1}.`).join(" ");
    const told = "A year ago, at the start of December 2013, the Observatory's count stood at 125,835.";
    expect(pairsOf(`${counted} ${comment(5)} ${told}`, "2014-12-31")).toEqual(["killed:76021", "killed:125835"]);
    // (too far from any count, it is none)
    expect(pairsOf(`${counted} ${comment(8)} ${told}`, "2014-12-31")).toEqual(["killed:76021"]);
  });

  it("keeps the kind a count names for itself when the next count has a verb: '265 deaths and 1,200 wounded'", () => {
    expect(pairsOf("There were 265 deaths and 1,200 wounded.", "2015-08-20")).toEqual(["killed:265", "injured:1200"]);
    expect(
      pairsOf(
        "Its teams recorded 265 deaths, including 44 children and 33 women, and some 1,200 wounded.",
        "2015-08-20",
      ),
    ).toEqual(["killed:265", "killed:44", "killed:33", "injured:1200"]);
    expect(pairsOf("They recorded 265 deaths and 1,200 injuries.", "2015-08-20")).toEqual([
      "killed:265",
      "injured:1200",
    ]);
    // a count with no kind of its own shares the verb after the next one
    expect(pairsOf("Three soldiers and some 50 residents died.", "2015-08-20")).toEqual(["killed:3", "killed:50"]);
  });

  it("reads a count put at a number, told again, after a sentence that names its kind beside other numbers", () => {
    const named = "The number of Syrians registered as refugees has almost doubled in three months, the agency said.";
    expect(pairsOf(`${named} Its spokesman put the regional total at 442,256.`, "2012-11-23")).toEqual([
      "refugees:442256",
    ]);
    // (a sentence that gave figures of its own passes on their kind, not the words it names)
    expect(pairsOf("Some 3,000 refugees crossed. Officials put the total at 12,000.", "2012-11-23")).toEqual([
      "refugees:3000",
      "refugees:12000",
    ]);
  });

  it("reads a range a count was put at, told again", () => {
    const before = "OCHA said 45,000 people had been displaced by Tuesday.";
    expect(
      figuresOf(`${before} Two days later it put the number at between 62,000 and 66,000.`, "2018-07-03").map(
        (f) => `${f.metric}:${f.value}-${f.high}`,
      ),
    ).toEqual(["displaced:45000-null", "displaced:62000-66000"]);
  });

  it("reads a count something 'pushed it to', told again", () => {
    const before = "OCHA said 45,000 people had been displaced by Tuesday.";
    expect(
      pairsOf(`${before} It warned that more air strikes had probably pushed it to around 160,000.`, "2018-07-03"),
    ).toEqual(["displaced:45000", "displaced:160000"]);
    // (or 'put it at')
    expect(
      pairsOf("The toll has risen quickly. On Tuesday, its director had put it at 805 civilians.", "2018-03-09"),
    ).toEqual(["killed:805"]);
    // (a count named by who keeps it, without a possessive, 'stood at': "the UN estimate"; not a plan)
    const uprooted = "OCHA counted nearly 140,000 people uprooted since February.";
    expect(pairsOf(`${uprooted} By May 27 the UN estimate stood at about 240,000.`, "2019-07-27")).toEqual([
      "displaced:140000",
      "displaced:240000",
    ]);
    expect(pairsOf(`${uprooted} The planning figure for December is 280,000.`, "2019-07-27")).toEqual([
      "displaced:140000",
    ]);
    // (a count the sentence names itself is not needed)
    expect(pairsOf("The shelling went on. It took it to 12 villages.", "2018-07-03")).toEqual([]);
  });

  it("reads a count someone gave 'the total as'", () => {
    const named = "Registrations of Syrian refugees keep climbing, the UN refugee agency said.";
    expect(pairsOf(`${named} Its spokeswoman gave the total as 509,559.`, "2012-12-11")).toEqual(["refugees:509559"]);
    // (after a count of its own sentence, too)
    const counted = "Registrations of Syrian refugees have passed half a million, the UN refugee agency said.";
    expect(pairsOf(`${counted} Its spokeswoman gave the total as 509,559.`, "2012-12-11")).toEqual([
      "refugees:500000",
      "refugees:509559",
    ]);
  });

  it("reads a count that 'has gone above' a number, past an aside between commas, and the tally told again after", () => {
    const text = [
      "The number of Syrians registered as refugees in the region, or waiting to be registered, has gone above half a million, UNHCR said.",
      "Its spokesperson said the agency's tally, compiled up to Monday, stood at 509,559 people.",
    ].join(" ");
    expect(pairsOf(text, "2012-12-11")).toEqual(["refugees:500000", "refugees:509559"]);
  });

  it("reads a regional figure that had 'only just passed' a number, told again", () => {
    const before = "UNHCR said 1.5 million Syrians were registered as refugees.";
    expect(
      pairsOf(`${before} In late October the regional figure had only just passed 358,000.`, "2013-05-17"),
    ).toEqual(["refugees:1500000", "refugees:358000"]);
  });

  it("reads a running total told again since a date, of the kind the sentence before counts", () => {
    const before = "The Observatory said 13 soldiers died on Saturday.";
    expect(pairsOf(`${before} Its running total since March 2011 had passed 14,100 by Sunday.`, "2012-06-14")).toEqual([
      "killed:13",
      "killed:14100",
    ]);
    expect(pairsOf(`${before} The cumulative tally stood at 14,100.`, "2012-06-14")).toEqual([
      "killed:13",
      "killed:14100",
    ]);
  });

  it("reads a list that opens on a count told again, dated or not", () => {
    const before = "Refugees keep arriving, UNHCR said.";
    for (const told of ["Its count stood at", "The agency's count as of Thursday stood at"])
      expect(
        figuresOf(`${before} ${told} 127,420 in Lebanon, 125,670 in Jordan and 123,747 in Turkey.`, "2012-11-23").map(
          (f) => `${f.metric}:${f.value}:${f.location}`,
        ),
      ).toEqual(["refugees:127420:Lebanon", "refugees:125670:Jordan", "refugees:123747:Turkey"]);
  });

  it("does not read a bare number with a noun of its own, or with no count before it", () => {
    expect(pairsOf("Shelling killed 12 people; the army said 40 tanks had moved in.")).toEqual(["killed:12"]);
    expect(pairsOf("The mayor said 50, and the governor gave 60.")).toEqual([]);
  });
});

describe("a place in Syria's share after a count of people displaced", () => {
  const read = (text: string) => figuresOf(text, "2020-03-10").map((f) => `${f.metric}:${f.value}:${f.location}`);

  it("reads each place's share, in that place", () => {
    expect(
      read(
        "Some 742,000 people were displaced in February. Three sub-districts took in the most: Azaz received 248,842, Afrin 95,268 and Jarablus 80,518.",
      ),
    ).toEqual(["displaced:742000:null", "displaced:248842:Azaz", "displaced:95268:Afrin", "displaced:80518:Jarablus"]);
    expect(
      read(
        "Ten communities each host more than 10,000 displaced people; the largest are Azaz, with about 70,000, and Afrin, with 58,150.",
      ),
    ).toEqual(["displaced:10000:Azaz", "displaced:70000:Azaz", "displaced:58150:Afrin"]);
  });

  it("does not read a place's population after a count of another kind", () => {
    expect(read("Shelling killed 12 people in Idlib. Azaz has 60,000 people and Afrin 50,000.")).toEqual([
      "killed:12:Idlib",
    ]);
  });
});

describe("a count whose subject is before an aside", () => {
  it("reads the subject past the aside", () => {
    expect(
      pairsOf(
        "The number of Syrians registered as refugees, or waiting to be registered, in the countries around Syria stood at 442,256.",
      ),
    ).toEqual(["refugees:442256"]);
  });

  it("takes the subject nearest the verb", () => {
    expect(
      pairsOf(
        "The agency put the toll at no fewer than 118 and said the number of injured, first reported as 40, had risen to at least 224.",
      ),
    ).toEqual(["killed:118", "injured:224"]);
  });

  it("reads a toll 'approaching' a number", () => {
    expect(pairsOf("Navi Pillay was saying the toll was probably approaching 70,000.", "2013-02-01")).toEqual([
      "killed:70000",
    ]);
  });

  it("reads the number of people cut down, gunned down or shot dead that someone put at a number", () => {
    expect(pairsOf("Activists in the area put the number of soldiers cut down at up to 70.")).toEqual(["killed:70"]);
    expect(pairsOf("Residents put the number of protesters gunned down at 12.")).toEqual(["killed:12"]);
  });

  it("reads losses someone put at a number, and a number followed by 'over' a time", () => {
    expect(pairsOf("A source close to Hezbollah had put the group's losses at around 110 over those months.")).toEqual([
      "killed:110",
    ]);
    expect(pairsOf("It put losses among the YPG and the Arab units fighting beside it at 30.")).toEqual(["killed:30"]);
    // (a breakdown of things after it is not of the dead: "Of the 35 villages …, at least ten are now held")
    expect(
      pairsOf(
        "It put losses among the YPG at 30. Of the 35 villages the community built, at least ten are now in the hands of the jihadists.",
      ),
    ).toEqual(["killed:30"]);
  });

  it("reads a count put higher or lower than another's, at a number", () => {
    expect(
      pairsOf("Twenty people died in the raid. Local activists put the number higher, at no fewer than 37."),
    ).toEqual(["killed:20", "killed:37"]);
    expect(pairsOf("Sixty soldiers were killed, officials said. The rebels put the toll far lower, at 25.")).toEqual([
      "killed:60",
      "killed:25",
    ]);
  });
});

describe("a host country's share after a count of refugees", () => {
  const total =
    "The number of Syrians registered as refugees in the countries around Syria stood at 442,256, the UN refugee agency said.";

  it("reads each host's share, in the place that holds it", () => {
    const text = `${total} Lebanon, for the first time, tops the table with 127,420 people. Jordan has 125,670, Turkey 123,747 and Iraq 55,685.`;
    expect(figuresOf(text, "2012-11-23").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "refugees:442256:Syria",
      "refugees:127420:Lebanon",
      "refugees:125670:Jordan",
      "refugees:123747:Turkey",
      "refugees:55685:Iraq",
    ]);
  });

  it("reads a host's share after a time that opens the sentence, a sentence without figures later", () => {
    const text =
      "More than two million Syrians have now fled their country, UNHCR said. The count includes everyone waiting to be registered. At the end of August Lebanon was hosting 716,000 of them, Jordan 515,000 and Turkey 460,000.";
    expect(pairsOf(text, "2013-09-03")).toEqual([
      "refugees:2000000",
      "refugees:716000",
      "refugees:515000",
      "refugees:460000",
    ]);
  });

  it("reads a host's share after a sentence naming refugees, however far the last figure", () => {
    const text = [
      "More than two million Syrians have now fled their country, UNHCR said.",
      "What alarms the agency most is the speed. Hundreds now cross every day.",
      "The count, which covers Syrians registered with UNHCR or waiting to register, is spread across the region. By the end of August, Lebanon held 716,000 of them and Jordan 515,000.",
    ].join("\n\n");
    expect(pairsOf(text, "2013-09-03")).toEqual(["refugees:2000000", "refugees:716000", "refugees:515000"]);
  });

  it("reads hosts' shares after a count described by two words joined by 'or'", () => {
    expect(
      pairsOf(
        "The figures showed Lebanon hosting 474,461 registered or waiting refugees, Jordan 474,405 and Turkey 347,815.",
        "2013-08-23",
      ),
    ).toEqual(["refugees:474461", "refugees:474405", "refugees:347815"]);
    // (not a second kind of thing: "416 deaths and raids")
    expect(pairsOf("Russian air strikes were blamed for 416 deaths and raids by the coalition for 67.")).toEqual([
      "killed:416",
      "killed:67",
    ]);
  });

  it("reads Syrians on the register, and the regions that hosted them after it", () => {
    const text =
      "In the agency's weekly update dated 27 March, some 966,000 Syrians were on the register. The Bekaa valley hosted 329,404 of them, the north 261,525 and the south 120,443.";
    expect(pairsOf(text, "2014-04-03")).toEqual([
      "refugees:966000",
      "refugees:329404",
      "refugees:261525",
      "refugees:120443",
    ]);
  });

  it("reads the next hosts' shares after a share 'of them'", () => {
    const text =
      "The number of Syrian refugees has passed three million, UNHCR said. Lebanon hosts 1.14 million of them, Turkey 815,000 and Jordan 608,000.";
    expect(pairsOf(text, "2014-08-10")).toEqual([
      "refugees:3000000",
      "refugees:1140000",
      "refugees:815000",
      "refugees:608000",
    ]);
  });

  it("reads a host's share told with a verb in the progressive, and the next hosts' after it", () => {
    const text =
      "UNHCR counts 4,013,000 Syrian refugees. Iraq is sheltering 249,726, Egypt 132,375; Lebanon was hosting 1.17 million.";
    expect(figuresOf(text, "2015-07-09").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "refugees:4013000:Syria",
      "refugees:249726:Iraq",
      "refugees:132375:Egypt",
      "refugees:1170000:Lebanon",
    ]);
  });

  it("reads the next host's share after one said with where it is counted", () => {
    const text = "UNHCR has registered 1.5 million refugees. Turkey had 347,815 on its lists and Iraq 148,028.";
    expect(figuresOf(text, "2013-05-17").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "refugees:1500000:Syria",
      "refugees:347815:Turkey",
      "refugees:148028:Iraq",
    ]);
  });

  it("reads what a host took in after a colon, in the host that took them in", () => {
    const text = "Host countries, at the end of August: Lebanon had taken in 716,000 Syrians, Jordan 515,000.";
    expect(figuresOf(text, "2013-09-03").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "refugees:716000:Lebanon",
      "refugees:515000:Jordan",
    ]);
  });

  it("places a share the host holds as 'it', after a colon, in that host, as of the end of the month it names", () => {
    const text =
      "Lebanon has taken the largest share: at the end of August it hosted 716,000 Syrian refugees, against 515,000 in Jordan.";
    expect(figuresOf(text, "2013-09-03").map((f) => `${f.metric}:${f.value}:${f.location}:${f.periodEnd}`)).toEqual([
      "refugees:716000:Lebanon:2013-08-31",
      "refugees:515000:Jordan:2013-08-31",
    ]);
  });

  it("does not read a host's population, or a share with no refugees before it", () => {
    expect(pairsOf(`${total} Lebanon has four million people.`)).toEqual(["refugees:442256"]);
    expect(pairsOf("Shelling killed 12 people in Idlib. Jordan has 125,670, Turkey 123,747.")).toEqual(["killed:12"]);
  });
});

describe("lists under a heading", () => {
  it("takes a line whose label gives its day in brackets, which is no number of the label's own", () => {
    const text = [
      "Deaths, injuries and arrests",
      "- Civilians killed since mid-March, main activist network (12 June): more than 1,300",
      "- Security personnel wounded, army spokesman (June 26): 1,300",
    ].join("\n");
    expect(pairsOf(text, "2011-06-27")).toEqual(["killed:1300", "injured:1300"]);
  });

  it("takes lines whose label is set off by a hyphen, each in its host country", () => {
    const text = [
      "UNHCR counted 509,559 Syrian refugees in the region.",
      "",
      "Registered with UNHCR or awaiting registration, 10 December:",
      "- Lebanon - 154,387",
      "- Jordan - 142,664",
      "- Egypt - roughly 70,000, according to Cairo",
    ].join("\n");
    expect(figuresOf(text, "2012-12-11").map((f) => `${f.metric}:${f.value}:${f.location}`)).toEqual([
      "refugees:509559:Syria",
      "refugees:154387:Lebanon",
      "refugees:142664:Jordan",
      "refugees:70000:Egypt",
    ]);
  });

  it("takes a header with a number inside a compound, and lines with a share in brackets", () => {
    const text = [
      "The network documented the killing of 3,364 civilians in 2019.",
      "",
      "Its year-end breakdown, from the 27-page report, is reproduced below:",
      "",
      "- Syrian regime forces: 1,497 (371 children)",
      "- Russian forces: 452 (112 children)",
    ].join("\n");
    expect(pairsOf(text, "2019-12-31")).toEqual([
      "killed:3364",
      "killed:1497",
      "killed:371",
      "killed:452",
      "killed:112",
    ]);
  });

  it("takes a heading without a colon, and lines past a comment on the one before", () => {
    const text = [
      "The network has documented the deaths of 1,106 civilians in October.",
      "",
      "Breakdown by perpetrator",
      "",
      "Government forces (army and militias): 497 civilians, including 113 children. Twenty-four of these victims died under torture. Children were killed at a rate of four every day.",
      "",
      "Forces believed to be Russian: 294 civilians, of whom 81 were children.",
      "",
      "ISIS: 129 civilians.",
    ].join("\n");
    expect(pairsOf(text, "2016-11-01")).toEqual([
      "killed:1106",
      "killed:497",
      "killed:113",
      "killed:24",
      "killed:294",
      "killed:81",
      "killed:129",
    ]);
  });

  it("takes the sentence right before a bulleted list as its header", () => {
    const text = [
      "The network counted 3,334 civilians killed over the year. About 12,773 others were wounded.",
      "",
      "The table is reproduced below. For each party the first number is the civilians killed.",
      "",
      "- Syrian regime forces: 1,523 (362 children)",
      "- Russian forces: 567",
    ].join("\n");
    expect(pairsOf(text, "2020-04-20")).toEqual([
      "killed:3334",
      "injured:12773",
      "killed:1523",
      "killed:362",
      "killed:567",
    ]);
    // with no count before it, a bulleted list of labels is no list of figures
    expect(pairsOf("The parties are listed below.\n\n- Syrian regime forces: 1,523\n- Russian forces: 567")).toEqual(
      [],
    );
  });

  it("reads a table whose labels are set off by a dash, with bulleted sub-lines", () => {
    const text = [
      "The Observatory said it had documented the deaths of at least 110,371 people since March 2011.",
      "It split the new total into four groups. We set out its figures below.",
      "",
      "Civilians — 40,146",
      "- children under sixteen: 5,833",
      "",
      "Rebel fighters — 21,850",
      "- defectors from the army: 2,128",
    ].join("\n");
    expect(pairsOf(text, "2013-09-02")).toEqual([
      "killed:110371",
      "killed:40146",
      "killed:5833",
      "killed:21850",
      "killed:2128",
    ]);
    // with no count before it, a label and a number are no figure
    expect(pairsOf("We set out the groups below.\n\nCivilians — 40,146\n\nRebel fighters — 21,850")).toEqual([]);
  });

  it("reads who some of a count were, in brackets", () => {
    expect(pairsOf("Shelling killed 30 people (12 children) in Douma.")).toEqual(["killed:30", "killed:12"]);
    expect(pairsOf("By Wednesday night 221 were dead (127 civilians, 94 fighters).")).toEqual([
      "killed:221",
      "killed:127",
      "killed:94",
    ]);
    expect(pairsOf("Shelling killed 30 people in Douma (a town of 100,000 people).")).toEqual(["killed:30"]);
  });

  it("ends a list at a labelled line far from it", () => {
    const text = [
      "The network has documented the deaths of 1,106 civilians in October.",
      "",
      "Breakdown by perpetrator",
      "",
      "Government forces: 497 civilians.",
      "The weather was cold. Aid was short. Roads were closed. Schools were shut.",
      "Teachers: 300 civilians.",
    ].join("\n");
    expect(pairsOf(text, "2016-11-01")).toEqual(["killed:1106", "killed:497"]);
  });

  it("reads a list titled 'Displacement' as people displaced, and a displacement camp as a place", () => {
    const text = [
      "The offensive's toll, by the bodies that keep count:",
      "",
      "Injuries",
      "- SNHR, to 30 May: 1,240 civilians wounded.",
      "",
      "Displacement",
      "- Camp cluster, by month: 61,000 in June; 98,000 in July.",
      "",
      "Deaths",
      "- displacement camp near the town: 12 civilians killed.",
    ].join("\n");
    expect(pairsOf(text, "2019-08-09")).toEqual(["injured:1240", "displaced:61000", "displaced:98000", "killed:12"]);
  });

  it("reads a line whose label follows its number by what the label names, or not at all", () => {
    const text = [
      "The dead and injured",
      "- More than 170: civilians reported killed as of 17 May, among them at least 15 women.",
      "- 6.2 million: Syrians living in protracted internal displacement.",
      "- 216,200: returnees recorded between January and April 2019.",
    ].join("\n");
    expect(pairsOf(text, "2019-05-28")).toEqual(["killed:170", "killed:15", "internally_displaced:6200000"]);
  });

  it("reads a list a colon opens inside a sentence, a place before each number, as the kind named before it", () => {
    // (a header that says the list follows in words, ending on a full stop, opens it as a colon does)
    expect(
      pairsOf(
        "In March 955 people were killed. The monitor's breakdown for March was as follows.\n\nCivilians: 451, including 193 children.",
        "2019-05-01",
      ),
    ).toEqual(["killed:955", "killed:451", "killed:193"]);
    expect(
      figuresOf(
        "Broken down by host country, the agency's figures are as follows: Turkey 1,938,999; Lebanon 1,113,941; Jordan 633,466.",
        "2015-09-01",
      ).map((f) => `${f.metric}:${f.value}:${f.location}`),
    ).toEqual(["refugees:1938999:Turkey", "refugees:1113941:Lebanon", "refugees:633466:Jordan"]);
    expect(pairsOf("The monitor's dead break down by province as follows: Idlib 148; Hama 96; Homs 41.")).toEqual([
      "killed:148",
      "killed:96",
      "killed:41",
    ]);
    // (the number in brackets after its place, the last item after "and")
    expect(
      figuresOf(
        "UNHCR said 509,559 Syrians were registered as refugees: Lebanon (154,387), Jordan (142,664) and Iraq (65,449).",
        "2012-12-11",
      ).map((f) => `${f.metric}:${f.value}:${f.location}`),
    ).toEqual(["refugees:509559:Syria", "refugees:154387:Lebanon", "refugees:142664:Jordan", "refugees:65449:Iraq"]);
    // (not a number after a colon that opens no such list: "the toll: 300 civilians")
    expect(pairsOf("The week's toll in Idlib: 300 civilians, the monitor said.")).toEqual(["killed:300"]);
  });

  it("reads a list a count is said to break down into, a few sentences after the count", () => {
    const text =
      "More than two million Syrians are now refugees, the UN refugee agency said. A year ago its count stood at about 200,000. The pace was the most alarming part, its head said. The figure covers Syrians who have registered with UNHCR. At the end of August it broke down as follows: seven hundred and sixteen thousand in Lebanon, five hundred and fifteen thousand in Jordan and four hundred and sixty thousand in Turkey.";
    expect(
      figuresOf(text, "2013-09-03").map((f) => `${f.metric} ${f.value} ${f.location} ${f.periodEnd} ${f.attributedTo}`),
    ).toEqual([
      "refugees 2000000 Syria 2013-09-03 UNHCR",
      "refugees 200000 Syria 2012-09-03 UNHCR",
      "refugees 716000 Lebanon 2013-08-31 UNHCR",
      "refugees 515000 Jordan 2013-08-31 UNHCR",
      "refugees 460000 Turkey 2013-08-31 UNHCR",
    ]);
  });

  it("reads people who sought refuge in a country further afield as refugees", () => {
    expect(onlyFigure("UNHCR also said that up to 25,000 Syrians had sought refuge in Algeria.").metric).toBe(
      "refugees",
    );
    expect(onlyFigure("About 10,000 Syrians have fled to North Africa, the agency said.").metric).toBe("refugees");
  });

  it("reads people crossing, and arriving in a place abroad, as refugees, but not a border's crossing points", () => {
    expect(
      figuresOf(
        "UNHCR said that more than 7,100 Syrians had arrived in the Kurdistan Region since last Monday, with over 1,700 crossing overnight into Tuesday alone.",
        "2019-10-22",
      ).map((f) => `${f.metric} ${f.value}`),
    ).toEqual(["refugees 7100", "refugees 1700"]);
    expect(
      figuresOf("Kurtulmus said 45,000 people entered Turkey through eight crossing points.", "2014-09-21").map(
        (f) => f.value,
      ),
    ).toEqual([45_000]);
  });

  it("reads a count said to lie somewhere between two numbers, but not the true figure of what is no count", () => {
    expect(
      figuresOf(
        "Thousands of Syrian Kurds have fled into Turkey. On Sunday a UNHCR official said the true number of arrivals in less than two days probably lay somewhere between 70,000 and 100,000.",
        "2014-09-22",
      ).map((f) => `${f.metric} ${f.value}-${f.high}`),
    ).toEqual(["refugees 2000-null", "refugees 70000-100000"]);
    expect(
      figuresOf(
        "The UN puts the number displaced inside the country at 6.5 million. Around 400,000 Syrians live in besieged communities by the UN's reckoning, while MSF believes the true figure is somewhere between 1.5 million and 2 million.",
        "2016-01-12",
      ).map((f) => f.value),
    ).toEqual([6_500_000]);
  });

  it("reads a total said to have gone past a number, not one that may go past it", () => {
    const text =
      "More than 1.5 million Syrians have now registered as refugees. By way of comparison:\n\n- 26 February: 936,000 registered\n\n- 6 March: the total went past one million.";
    expect(figuresOf(text, "2013-05-17").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "1500000:2013-05-17",
      "936000:2013-02-26",
      "1000000:2013-03-06",
    ]);
    expect(
      figuresOf(
        "On 9 August the agency's tally of refugees reached 146,667. Ankara has said it may run out of room if the figure goes past a hundred thousand.",
        "2012-08-24",
      ).map((f) => f.value),
    ).toEqual([146_667]);
  });

  it("reads the people a neighbouring country hosts as refugees, whatever count came before", () => {
    expect(
      figuresOf(
        "The United Nations counts 6.6 million Syrians living as refugees and another 6.7 million displaced within their own country. Turkey alone hosts more than 3.6 million.",
        "2021-06-10",
      ).map((f) => `${f.metric} ${f.value}`),
    ).toEqual(["refugees 6600000", "internally_displaced 6700000", "refugees 3600000"]);
  });
});

describe("people pouring out of a place", () => {
  it("reads people who streamed or poured out as displaced, but not a crowd leaving prayers", () => {
    expect(pairsOf("Around 10,000 civilians had streamed out that morning.", "2018-03-18")).toEqual([
      "displaced:10000",
    ]);
    expect(
      pairsOf("Activists said tens of thousands of people poured out of mosques after prayers.", "2011-08-06"),
    ).toEqual([]);
  });
});

describe("people at a crossing, and guesses at the past", () => {
  it("does not read people camped at a crossing into another country as having crossed", () => {
    expect(
      figuresOf(
        "About 164,000 of the displaced had moved west towards Quneitra, and some 60,000 were camped near the Nasib crossing into Jordan.",
        "2018-07-06",
      ).map((f) => `${f.metric} ${f.value}`),
    ).toEqual(["displaced 164000", "displaced 60000"]);
  });

  it("reads 'likely died' as a guess at what befell them, not a projection", () => {
    expect(pairsOf("At least 433 civilians likely died in Raqqa during August.", "2017-10-01")).toEqual(["killed:433"]);
    expect(pairsOf("Some 5,000 people are likely to flee Raqqa.", "2017-10-01")).toEqual([]);
  });
});

describe("counts named in other words", () => {
  it("reads the total registered in the region, pushed to a number, as refugees", () => {
    expect(
      pairsOf(
        "A new surge of arrivals in Turkey pushed the total registered in the region to more than 4,013,000 people.",
        "2015-07-09",
      ),
    ).toEqual(["refugees:4013000"]);
  });

  it("reads people who found refuge as having fled", () => {
    expect(pairsOf("In the north, 161,786 Syrians had found refuge as of 8 April.", "2015-07-09")).toEqual([
      "displaced:161786",
    ]);
  });

  it("reads a share of the month's victims as a part of the count before", () => {
    expect(
      pairsOf(
        "The Observatory documented the deaths of 3,686 people during September 2016. Civilians account for 1,228 of the month's victims.",
        "2016-10-01",
      ),
    ).toEqual(["killed:3686", "killed:1228"]);
  });

  it("reads the number forced out of their homes, put at a number, as displaced", () => {
    expect(
      pairsOf(
        "The Observatory put the number forced out of their homes in the first week at some 40,000.",
        "2016-02-12",
      ),
    ).toEqual(["displaced:40000"]);
  });

  it("reads people registered in the kingdom as refugees, and Palestine refugees in a count of the displaced as no border crossed", () => {
    expect(
      figuresOf("Some 628,427 people of concern were registered in the kingdom as of 8 April.", "2015-07-09").map(
        (f) => `${f.metric} ${f.value}`,
      ),
    ).toEqual(["refugees 628427"]);
    expect(
      figuresOf(
        "OCHA put the number of people pushed out towards Daraa city at as many as 24,000, a count that took in Palestine refugees from the city's camp.",
        "2021-09-01",
      ).map((f) => `${f.metric} ${f.value}`),
    ).toEqual(["displaced 24000"]);
  });

  it("reads a count after a date as going on with the count before the date, not with the date's day", () => {
    expect(
      pairsOf("A total of 167 died in al-Bayda on May 2, and another 81 in Baniyas the next day.", "2013-09-10"),
    ).toEqual(["killed:167", "killed:81"]);
  });
});
