import { describe, expect, it } from "vitest";
import { analyzeSentence } from "./analysis";
import { findHeadNoun } from "./distractors";
import { pairsOf } from "./test-helpers";

/** Each sentence holds numbers, none of them a figure of this kind. */
const NOT_FIGURES: Record<string, string[]> = {
  projections: [
    "Planning figures used by the UN foresee 1 million refugees in Turkey and 3.5 million across the region by December.",
    "The regional response plan, which projects 4.3 million refugees, has received only a fifth of its funds.",
  ],
  another_countrys_displaced: [
    "Some 1.8 million Iraqis have been displaced inside their own country during 2014, about 850,000 of them into the Kurdistan Region.",
    "The total included 2,183 Iraqis from Mosul, Ramadi and Fallujah who had fled.",
  ],
  other_fates: [
    "This year more than 1.3 million refugee children have been vaccinated against measles.",
    "Some 2,000 fighters surrendered to the army in the town, where many were killed.",
  ],
  populations: [
    "Manbij, a town of some 100,000 people, fell after weeks of fighting that killed many.",
    "The province is home to roughly 4 million people, many of them displaced already.",
    "Half of the 1.6 million inhabitants of the province have fled.",
    "By the time the city fell, roughly half of the district's 320,000 inhabitants had fled.",
    "Most of the town's roughly 40,000 inhabitants had left well before the final assault.",
    "Arsal, a town host to some 60,000 people, lies on the border where refugees cross.",
  ],
  areas_and_distances: [
    "The army said it had retaken 1,200 square kilometers (460 square miles) where rebels had killed soldiers.",
    "The front line now lies 12 kilometers from the town where refugees once crossed.",
  ],
  money: [
    "Donors pledged $4.4 billion for Syrians displaced by the war.",
    "The government pays families 50,000 pounds for each son killed at the front.",
  ],
  percentages: [
    "Troops now control 90 percent of the area where the civilians were killed.",
    "About 70% of those who fled are women and children.",
  ],
  years_and_dates: [
    "The war that began in 2011 has displaced much of the population.",
    "Elections set for April 13 were postponed after the killings.",
    "Fighting that erupted on 3 March killed many in the town.",
    "Only 56 per cent of the UN's 2016 regional refugee appeal had been funded by the end of November.",
  ],
  times_of_day: ["The shelling began at 10:30 and went on until 14:05 as residents fled."],
  durations: [
    "The 30-day truce collapsed within hours as shelling killed residents.",
    "For 20 days the convoy waited while people fled on foot.",
  ],
  deployments_weapons_vehicles_villages: [
    "Ankara sent 300 commandos and 50 tanks to the border after its soldiers were killed.",
    "Rebels fired 40 rockets at villages where civilians had fled.",
    "Government forces captured 15 villages as residents fled the area.",
    "A convoy of 90 trucks carried food to the displaced in Atmeh.",
  ],
  rates: [
    "Put another way, the average daily toll of those killed rose from 94 in June to roughly 131 in July.",
    "Every day, 2,000 people cross into Lebanon at Masnaa.",
    "Aid workers said roughly 500 refugees a day were arriving in Jordan.",
  ],
  projections_and_appeals: [
    "The agency expects up to 1 million refugees by the end of the year.",
    "Officials warned that 200,000 more people could flee if the assault continued.",
    "Turkey said it was preparing camps to shelter up to 50,000 displaced people.",
    "The appeal seeks aid for 300,000 displaced people in the north.",
  ],
  families_and_households: [
    "Cheques went to 730 displaced families in Nabek who fled the fighting.",
    "Some 5,000 refugee households in Lebanon received winter aid after fleeing Homs.",
  ],
  illness: [
    "Jordan has recorded 17 deaths from the virus among refugees who fled the war.",
    "At least four Syrian refugees living outside the camps have tested positive.",
    "In the camp where the displaced shelter, 12 people have died of cholera.",
  ],
  attempts_incidents_and_violations: [
    "A local group counted more than 500 assassination attempts in Daraa, where many have been killed.",
    "The monitors logged more than 791 ceasefire violations as people fled the shelling.",
    "Jordan has recorded 2,478 infections among refugees who fled Syria.",
  ],
  trapped_and_besieged: ["Around 30,000 civilians remain trapped in the old city under bombardment."],
  held_and_missing: [
    "After the raids on the displaced, some 2,000 people remain missing and 300 were arrested.",
    "A lawyer said more than 500 refugees from Syria were being held in police stations in that city alone.",
  ],
  ordinals_and_codes: ["The fifth Su-24 strike of the day hit the M5 highway where people fled."],
  waves_and_bouts: ["Survivors said militiamen went from house to house in two separate waves of killing."],
  family_sizes: [
    "Khaled, a 52-year-old father of six who fled Tadmur in 2015, sells bread in a camp near Sarmada.",
    "A mother of three said she had fled the shelling twice.",
  ],
  aid_reach: ["The agency said it would bring food to 45,000 people displaced from the Jazira."],
  returns_to_come: ["UNHCR has said up to 250,000 refugees could return during 2019."],
  at_risk_of_flight: ["The agency warned that 241,783 more were at risk of being uprooted if the attacks continued."],
  applications_and_places: [
    "The figures do not include the more than 270,000 asylum applications Syrians have lodged in Europe.",
    "Some 224,694 resettlement and other admission places have been pledged worldwide since the crisis began.",
  ],
  people_sent_back: [
    "Lebanon deported more than 2,700 Syrians who had fled the fighting last year.",
    "Ankara says it wants to resettle some two million Syrian refugees in a zone 30 kilometres deep along the border.",
  ],
};

describe("distractor filter", () => {
  for (const [kind, sentences] of Object.entries(NOT_FIGURES)) {
    it(`leaves out ${kind.replace(/_/g, " ")}`, () => {
      for (const s of sentences) expect(pairsOf(s), s).toEqual([]);
    });
  }

  it("drops a rate told 'on average' before its number, and ages given as a range, but keeps the counts beside them", () => {
    expect(pairsOf("On average almost 5,000 people are now crossing into neighbouring countries every day.")).toEqual(
      [],
    );
    // (past a comma after "on average")
    expect(
      pairsOf(
        "On average, at least two aid workers and eight medical staff have been killed every month for ten years.",
      ),
    ).toEqual([]);
    expect(pairsOf("Registrations reached a record pace this year, at around 100,000 new refugees a month.")).toEqual(
      [],
    );
    expect(pairsOf("A month ago 100,000 refugees had registered.")).toEqual(["refugees:100000"]);
    expect(
      pairsOf(
        "Government forces killed 497 civilians last month. Of these, 113 were children and 92 were women, which means that on average about four children were killed every day.",
      ),
    ).toEqual(["killed:497", "killed:113", "killed:92"]);
    expect(
      pairsOf("On New Year's Day, five children aged between 6 and 13 were killed when rockets struck a school."),
    ).toEqual(["killed:5"]);
  });

  it("takes 'daily tolls' for a rate, in an item after a count too, but not a rate word past the count's clause", () => {
    expect(
      pairsOf(
        "Activists put the number killed since the uprising began at more than 44,000, and daily tolls now regularly exceed 100.",
      ),
    ).toEqual(["killed:44000"]);
    expect(pairsOf("Daily tolls above 100 have become routine.")).toEqual([]);
  });

  it("drops counts a toll was expected to climb to, and only those", () => {
    expect(pairsOf("Activists at the time expected the al-Bayda toll to climb above 100 and possibly to 200.")).toEqual(
      [],
    );
    expect(
      pairsOf(
        "He expected the toll to climb, because several of the roughly sixty people wounded were in a critical state.",
      ),
    ).toEqual(["injured:60"]);
  });

  it("drops an estimate of how many people remained somewhere", () => {
    expect(
      pairsOf(
        "More than 80,000 people had fled Eastern Ghouta since 9 March. OCHA said it was unclear how many people remained in the parts of the enclave that had changed hands, though some estimates put the figure at 20,000 to 25,000.",
      ),
    ).toEqual(["displaced:80000"]);
  });

  it("reads an age after 'aged about', and the one coordinated with it, as no count", () => {
    expect(
      pairsOf("The bodies of two girls, aged about one and two, were recovered from the sea, the coastguard said."),
    ).toEqual(["killed:2"]);
    expect(pairsOf("Two sisters aged four and three died in the strike.")).not.toContain("killed:3");
  });

  it("drops one person on the move, and 'one' standing for a noun ('the higher one'), but keeps one person killed", () => {
    expect(
      pairsOf(
        "Jolie met a group of about 200 refugees minutes after they had crossed; some were wounded, and one man arrived with a bullet in his leg.",
      ),
    ).toEqual(["refugees:200"]);
    expect(
      pairsOf(
        "UN figures put the number of refugees at between 5.5 million and 6.6 million, the lower figure covering those registered in Turkey and the higher one all Syrian refugees worldwide.",
      ),
    ).toEqual(["refugees:5500000-6600000"]);
    expect(pairsOf("Shelling killed one civilian in Idlib, the only one to die that day.")).toEqual(["killed:1"]);
    expect(
      pairsOf("No two officials seem to agree on how many people have poured across the border into Turkey."),
    ).toEqual([]);
    expect(
      pairsOf(
        "Since 15 March 2011 we have documented 180,215 deaths. We believe the real number is at least 70,000 higher than the documented one.",
      ),
    ).toEqual(["killed:180215"]);
  });

  it("finds the noun a number counts past a hyphened compound before it", () => {
    const head = (text: string) => {
      const a = analyzeSentence(text);
      const { kind, word } = findHeadNoun(a, a.mentions[0]!);
      return `${kind}:${word}`;
    };
    expect(head("Two cross-border convoys this month reached 162,000 people.")).toEqual("thing:convoys");
    expect(head("Some 3,000 Kurdish-led fighters were killed.")).toEqual("person:fighters");
  });

  it("drops a count of a year before the war, but not one told beside a year something began in", () => {
    for (const sentence of [
      "Older people here remember Hama in 1982, when about 10,000 people were killed.",
      "Its residents remember 1982, when a crackdown killed up to twenty thousand people there.",
      "Turkish jets bombed Kurdish rebel bases, in a conflict that has cost about 45,000 lives since 1984.",
      "It would be the deadliest gas attack since thousands of Kurds were killed at Halabja in 1988.",
    ])
      expect(pairsOf(sentence), sentence).toEqual([]);
    expect(pairsOf("The group, founded in 1997, has documented 320 deaths in Syria during January 2020.")).toEqual([
      "killed:320",
    ]);
    expect(
      pairsOf(
        "UNHCR said more than four million Syrians had fled abroad, the biggest exodus it has handled since 1992.",
      ),
    ).toEqual(["refugees:4000000"]);
  });

  it("keeps the figure and drops the distractor in the same sentence", () => {
    expect(pairsOf("The strike on the town of 20,000 residents killed 14 people.")).toEqual(["killed:14"]);
    expect(pairsOf("Some 12,000 people have fled to Turkey, and hundreds more cross every day.")).toEqual([
      "refugees:12000",
    ]);
    expect(
      pairsOf("Activists say the killing has barely slowed, with nearly 40 civilians dying on an average day."),
    ).toEqual([]);
    // a projection coordinated with a count: the modal stands between them
    expect(pairsOf("The Observatory spoke of at least 52 dead and warned the toll could reach 90.")).toEqual([
      "killed:52",
    ]);
  });

  it("keeps counts told with 'could not', 'could identify' or 'was prepared', which project nothing, but not people who could not get out", () => {
    expect(pairsOf("Groups we could not identify by the time this report was prepared killed 101 people.")).toEqual([
      "killed:101",
    ]);
    expect(pairsOf("- Other parties, including attackers the network could not identify: 1,019 killed")).toEqual([
      "killed:1019",
    ]);
    expect(
      pairsOf(
        "UNHCR said 15,000 residents who could not get out were sheltering in schools, and 2,000 had reached Turkey.",
      ),
    ).toEqual(["refugees:2000"]);
    // what a body could identify or confirm it had already counted
    expect(pairsOf("The group said it could identify no fewer than 80 dead.")).toEqual(["killed:80"]);
    expect(pairsOf("One activist said he could confirm seventy-four deaths.")).toEqual(["killed:74"]);
    // (but not what people could still do)
    expect(pairsOf("Officials warned that 200,000 more people could flee if the assault continued.")).toEqual([]);
  });

  it("keeps Iraqis killed in Syria, though Iraqis displaced in Iraq are no figure of this war", () => {
    expect(pairsOf("The SDF said six Iraqis were shot dead in al-Hol camp in June.")).toEqual(["killed:6"]);
  });

  it("keeps those killed beside a count of those who surrendered, and a breakdown's item who surrendered", () => {
    expect(pairsOf("Around 150 soldiers had been killed and 700 had surrendered, according to activists.")).toEqual([
      "killed:150",
    ]);
    expect(
      pairsOf(
        "Some 1,400 people fled the Old City of Homs on Friday. The Observatory broke it down into 210 women, 180 children and 130 younger men who had surrendered to the authorities.",
      ),
    ).toContain("displaced:130");
  });

  it("leaves out people held, whatever kind of count the sentence before spoke of", () => {
    const text =
      "Tens of thousands more are internally displaced. Arrests run into five figures: more than 14,000 people are believed to be in detention.";
    expect(pairsOf(text)).toEqual(["internally_displaced:20000"]);
  });

  it("keeps a count a body revised its figure to, which is not aid", () => {
    expect(pairsOf("On Thursday the Observatory revised its figure to 31 killed and 200 wounded.")).toEqual([
      "killed:31",
      "injured:200",
    ]);
  });

  it("keeps a count whose colon opens its breakdown, which is not a time of day", () => {
    const text =
      "The Observatory documented 4,239 deaths in July. By the 21st its count stood at 2,752: 1,933 civilians and 81 rebels.";
    expect(pairsOf(text)).toEqual(["killed:4239", "killed:2752", "killed:1933", "killed:81"]);
  });

  it("keeps a toll 'in the space of a week', which is no rate", () => {
    expect(pairsOf("Coalition strikes had killed more than 170 civilians in the space of a week.")).toEqual([
      "killed:170",
    ]);
    expect(pairsOf("Coalition strikes were killing about 25 civilians a week.")).toEqual([]);
  });

  it("keeps a running total raised 'to' a number, which is not aid", () => {
    expect(
      pairsOf("Shelling killed 8 people in Kafr Nabl, bringing to 640 the number of civilians killed there since May."),
    ).toEqual(["killed:8", "killed:640"]);
    expect(
      pairsOf(
        "By nightfall the monitor had at least 221, roughly 127 civilians and 94 fighters. On Thursday it said the figure had risen to 246, including some 135 civilians, as the badly wounded died.",
      ),
    ).toEqual(["killed:246", "killed:135"]);
  });
  it("keeps deaths a maker is blamed 'for', which are not aid, and still drops aid for people", () => {
    expect(pairsOf("In March the network blamed government air strikes for 512 deaths, over half the total.")).toEqual([
      "killed:512",
    ]);
    expect(pairsOf("The alliance has admitted responsibility for more than 1,300 civilian deaths since 2014.")).toEqual(
      ["killed:1300"],
    );
    expect(pairsOf("The charity has sent food for 2,000 people in the town.")).toEqual([]);
    // (but people aid goes to, counted as people who fled, are a count of people who fled)
    expect(
      pairsOf("The UN refugee agency is now helping more than 22,000 Syrians who have fled into Lebanon."),
    ).toEqual(["refugees:22000"]);
    expect(pairsOf("UNICEF has sent hygiene kits for 100,000 displaced people in Azaz.")).toEqual([]);
  });

  it("reads 'number' before a number as a verb after a plural or 'now', and as a label otherwise", () => {
    expect(pairsOf("Refugees registered across the region now number 118,600, the agency said.")).toEqual([
      "refugees:118600",
    ]);
    expect(pairsOf("The dead in the province now number 412, activists said.")).toEqual(["killed:412"]);
    expect(pairsOf("The council passed resolution number 2139 as 30 people were killed in Aleppo.")).toEqual([
      "killed:30",
    ]);
  });

  it("leaves out tolls and massacres counted as things, and a threshold a definition sets", () => {
    expect(pairsOf("One bombing, three death tolls: the town counts its dead")).toEqual([]);
    expect(pairsOf("Massacres recorded in the month: no fewer than 29, the network said.")).toEqual([]);
    expect(
      pairsOf("The network defines a massacre as an attack in which five or more civilians are killed at once."),
    ).toEqual([]);
    expect(pairsOf("Five or more civilians were killed in each of the raids, the network said.")).toEqual(["killed:5"]);
    expect(
      pairsOf("We define a massacre as an incident in which at least five unarmed people are killed at once."),
    ).toEqual([]);
    // (nor are the batches people left in counted as people)
    expect(
      pairsOf(
        "By 3 September, OCHA reckoned, 18,787 people had left Rukban camp. Of these, 17,964 went in 26 organised batches to five collective shelters in Homs, and an estimated 823 made their own way out.",
      ),
    ).toEqual(["displaced:18787", "displaced:17964", "displaced:823"]);
  });

  it("leaves out people captured or arrested right after their number, but not captured soldiers who died", () => {
    expect(pairsOf("The group said 14 of its fighters had been killed and nine captured.")).toEqual(["killed:14"]);
    expect(pairsOf("A statement said 40 soldiers had been killed and 120 taken prisoner.")).toEqual(["killed:40"]);
    expect(
      pairsOf("Rights groups say 1,100 civilians have been killed and upwards of 10,000 people arrested since March."),
    ).toEqual(["killed:1100"]);
    expect(pairsOf("The militants executed more than 80 captured soldiers on Wednesday.")).toEqual(["killed:80"]);
  });

  it("leaves out a number of years with a fraction after it, and keeps the count told over them", () => {
    expect(pairsOf("More than 115,000 people have been killed in the two and a half years of war.")).toEqual([
      "killed:115000",
    ]);
  });

  it("leaves out fractions, and Palestine refugees still living in Syria, but not those who fled abroad", () => {
    expect(pairsOf("Women and children make up three quarters of the refugee population.")).toEqual([]);
    expect(
      pairsOf("Up to 12,000 Palestine refugees are among the civilians still living in the south of the city."),
    ).toEqual([]);
    expect(pairsOf("In Jordan, 11,300 Palestine refugees from Syria had approached the agency by March.")).toEqual([
      "refugees:11300",
    ]);
  });

  it("leaves out a difference between two counts, and keeps the count it is the difference of", () => {
    expect(
      pairsOf("Government forces killed 1,884 people in April, nearly 550 more than in March.", "2015-05-01"),
    ).toEqual(["killed:1884"]);
    // ("550 more were killed": more people, not a difference)
    expect(
      pairsOf("Government forces killed 1,884 people in April; 550 more were killed in May.", "2015-06-01"),
    ).toEqual(["killed:1884", "killed:550"]);
  });

  it("leaves out the size of a crowd", () => {
    expect(
      pairsOf(
        "Two mourners were killed and five wounded, the monitor said, adding that it estimated the crowd at 40,000.",
      ),
    ).toEqual(["killed:2", "injured:5"]);
    expect(pairsOf("Security forces fired on a crowd of some 3,000 mourners, killing 11.")).toEqual(["killed:11"]);
  });

  it("keeps the dead a count went 'to', who are given no aid", () => {
    expect(pairsOf("By nightfall doctors had lifted the count once more, to at least 41 dead and 90 hurt.")).toEqual([
      "killed:41",
      "injured:90",
    ]);
    expect(pairsOf("The toll went to 12 killed on Sunday.")).toEqual(["killed:12"]);
    expect(pairsOf("The charity has sent blankets to 300 wounded in the town.")).toEqual([]);
  });
  it("reads 'nine in ten' as a ratio whose numbers count nobody, and keeps a count in a few places", () => {
    expect(
      pairsOf("The camp now holds 58,000 people, aid workers said, nine in ten of them women and children."),
    ).toEqual(["displaced:58000"]);
    expect(pairsOf("Eight in ten of the dead were civilians, the group said, 3,900 in all.")).toEqual(["killed:3900"]);
    expect(pairsOf("Shelling killed 4 in two villages near the front.")).toEqual(["killed:4"]);
  });
  it("leaves out people going back, whatever the noun calls them, and their breakdown", () => {
    expect(
      pairsOf(
        "Some 390,000 displaced Syrians went back to their home areas in the first half of the year, and about 28,000 refugees returned from abroad: 18,000 from Turkey and 6,000 from Lebanon.",
      ),
    ).toEqual([]);
    expect(pairsOf("Some 400 people fled the village and 120 returned.")).toEqual(["displaced:400"]);
    // another count's verb in between is not the return's
    expect(pairsOf("Shelling killed 300 and 2,000 returned to the town.")).toEqual(["killed:300"]);
  });

  it("does not read the first of two days a month follows as a count", () => {
    expect(
      pairsOf(
        "The Observatory counted 93 dead in all by 28 June, after 46 were killed on 27 and 28 June alone.",
        "2018-07-06",
      ),
    ).toEqual(["killed:93", "killed:46"]);
  });

  it("does not read how many live in a place, labelling a list line, as a count of the list before", () => {
    const text = [
      "Combatants killed:",
      "",
      "- Week to 2 February 2020: 205 pro-government fighters killed (SOHR)",
      "",
      "Context:",
      "",
      "- People living in northwest Syria: more than 4 million (OCHA)",
      "- People living in Lebanon as refugees: 1.5 million",
    ].join("\n");
    expect(pairsOf(text, "2020-02-27")).toEqual(["killed:205", "refugees:1500000"]);
  });

  it("leaves out the people a region or a zone is home to, after a count of people who fled, but not a camp's", () => {
    expect(
      pairsOf(
        "One unofficial camp near Atmeh alone holds almost 122,000 people, and the Idlib region as a whole is home to some three million.",
        "2020-02-21",
      ),
    ).toEqual(["displaced:122000"]);
    expect(
      pairsOf(
        "Turkey already hosts about 3.7 million Syrian refugees, the agency said, and the de-escalation zone is home to some 4 million civilians.",
        "2020-02-20",
      ),
    ).toEqual(["refugees:3700000"]);
    expect(
      pairsOf(
        "Some 3,000 more people fled to al-Hol camp this week. The camp is home to roughly 70,000 people, nearly all of them women and children.",
        "2019-09-10",
      ),
    ).toEqual(["displaced:3000", "displaced:70000"]);
  });

  it("does not read a line's count of places pledged as a count of the list it stands in", () => {
    const text = [
      "Refugees in the region:",
      "- Lebanon: 1,017,433",
      "- Resettlement and admission places pledged worldwide since the crisis began: 224,694",
    ].join("\n");
    expect(pairsOf(text, "2016-12-10")).toEqual(["refugees:1017433"]);
  });

  it("does not read people at risk of hunger as a count of the list they stand in", () => {
    const text = [
      "Displaced inside Syria:",
      "- Total: 4.25 million",
      "- At imminent risk of food insecurity: about 1.5 million",
      "- About 1.5 million of them are at imminent risk of going hungry.",
    ].join("\n");
    expect(pairsOf(text, "2013-05-20")).toEqual(["internally_displaced:4250000"]);
  });

  it("does not read people aid reached as a count of the list they stand in", () => {
    const text =
      "People displaced since 29 April:\n\n- 60,252 people have already received blankets, mattresses and other non-food items.";
    expect(pairsOf(text, "2019-05-30")).toEqual([]);
    // (nor people aid agencies say they reached with aid, after a count of the displaced or a headline's toll)
    const reached = [
      "Raqqa's civilian toll passes 800 as air strikes intensify",
      "",
      "More than 200,000 people have fled their homes in and around Raqqa since the start of April. Aid agencies say they reached more than 263,000 people across the area with some assistance in July.",
    ].join("\n");
    expect(pairsOf(reached, "2017-08-20")).toEqual(["killed:800", "displaced:200000"]);
  });

  it("reads a part of a toll placed 'inside' the town, and the known dead, as counts", () => {
    expect(pairsOf("Some 146 civilians had died, at least 120 of them inside the town itself.")).toEqual([
      "killed:146",
      "killed:120",
    ]);
    expect(pairsOf("Among the known dead were 49 children and 34 women, Colville said.")).toEqual([
      "killed:49",
      "killed:34",
    ]);
  });

  it("leaves out people a host wants to send back, and keeps those an offensive sent across a border", () => {
    expect(
      pairsOf(
        "Turkey, which hosts some 3.6 million Syrian refugees, says it wants to send at least a million of them back to a safe zone.",
        "2019-10-20",
      ),
    ).toEqual(["refugees:3600000"]);
    expect(
      pairsOf(
        "The offensive on Yabroud has sent more than 2,700 people across the border into the Lebanese town of Arsal, UNHCR said.",
        "2014-02-14",
      ),
    ).toEqual(["refugees:2700"]);
  });

  it("does not read the first day of a span of one month as a count", () => {
    expect(
      pairsOf("At least 87 civilians were killed from 12 to 27 January 2020, the Syrian Network said.", "2020-02-28"),
    ).toEqual(["killed:87"]);
  });
});
