import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeForSources, analyzeSentence } from "./analysis";
import { findAttributions, onlyBodyNamed, publisherNamed } from "./attribution";
import { figuresOf, onlyFigure } from "./test-helpers";

const sourceOf = (s: string) => onlyFigure(s).attributedTo;
/** Each figure of a text as [value, source]. */
const sourcesOf = (text: string, published?: string) =>
  figuresOf(text, published).map((f) => [f.value, f.attributedTo]);

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

  it("reads the body a list's header names as its lines' source, even where the header's words point back", () => {
    const text = [
      "The agency's numbers came out on Friday.",
      "",
      "Documented killings (OHCHR, to 30 April 2014):",
      "- Total: 191,369",
      "- Aleppo: 31,932",
    ].join("\n");
    expect(sourcesOf(text, "2014-08-29")).toEqual([
      [191369, "OHCHR"],
      [31932, "OHCHR"],
    ]);
  });

  it("reads a body its description names, with the small words of its long name, as speaker and as what 'it' is", () => {
    const before = "By mid-January OCHA reckoned that almost 350,000 people had fled their homes in the northwest.";
    expect(
      sourcesOf(
        `${before} A local monitoring group, the Coordinators of Interventions in Syria, said 313 civilians had been killed.`,
      ).at(-1),
    ).toEqual([313, "Coordinators of Interventions in Syria"]);
    expect(
      sourcesOf(
        `${before} A local monitoring group, the Coordinators of Interventions in Syria, kept its own ledger. By 16 January it had counted 313 civilians killed.`,
      ).at(-1),
    ).toEqual([313, "Coordinators of Interventions in Syria"]);
    // (where it works may come between: "a relief group working in the northwest, the …, said"; then "the same group")
    expect(
      sourcesOf(
        `${before} A relief group working in the northwest, the Syrian Response Coordination Group, said 216,632 people had fled their homes. The same group said that 252 civilians have been killed.`,
      ).slice(1),
    ).toEqual([
      [216632, "Syrian Response Coordination Group"],
      [252, "Syrian Response Coordination Group"],
    ]);
  });

  it("reads a Turkish minister of the war's years by name, and a spokeswoman named after where she serves by hers", () => {
    expect(
      sourceOf("On Saturday, Deputy Prime Minister Numan Kurtulmus said about 45,000 people had crossed into Turkey."),
    ).toBe("Turkish government");
    const text =
      "A UNHCR spokeswoman in Turkey, Selin Unal, said 70,000 people had crossed into Turkey. Turkey was hosting some 1.5 million Syrian refugees before them, Unal said.";
    expect(sourcesOf(text, "2014-09-23")).toEqual([
      [70000, "UNHCR"],
      [1500000, "UNHCR"],
    ]);
  });

  it("reads a country's intelligence as its government", () => {
    expect(
      sourceOf(
        "A nine-page summary of French intelligence, which the prime minister handed to lawmakers on Monday, said at least 281 people had died in the attack.",
      ),
    ).toBe("French government");
  });

  it("reads past a possessive in a relative clause describing the source, and a long line label naming it", () => {
    expect(
      sourceOf(
        "According to the New York-based group, which relied on local activists' lists, the toll was more than 887.",
      ),
    ).toBe("Human Rights Watch");
    expect(
      sourcesOf(
        "Counts of the dead differ.\n\n- Syrian Observatory for Human Rights, from the start of the offensive in December to mid-February: more than 380 civilians killed\n",
        "2020-02-28",
      ),
    ).toEqual([[380, "SOHR"]]);
  });

  it("gives a count 'informal reports' suggest no source, not the one of the count before it", () => {
    expect(
      sourcesOf(
        "By 17 August the Syrian Arab Red Crescent had registered over 38,600 displaced people. Informal reports suggested that as many as 45,000 people may have fled Daraa al-Balad.",
        "2021-09-01",
      ),
    ).toEqual([
      [38600, "SARC"],
      [45000, null],
    ]);
  });

  it("reads a country's media, or a body named in one word, after 'according to'", () => {
    expect(
      sourceOf("Some 36 of the arrivals were treated for gunshot wounds in Antakya, according to Turkish media."),
    ).toBe("Turkish media");
    expect(
      sourceOf("More than 1,800 civilians have been killed in the zone since 2018, according to Turkish state media."),
    ).toBe("Turkish state media");
    expect(sourceOf("Iranian state media said 12 fighters were killed near Aleppo.")).toBe("Iranian state media");
    expect(sourceOf("At least one civilian was among the dead in Ras al-Ain, according to KurdWatch.")).toBe(
      "KurdWatch",
    );
    expect(sourceOf("Sanliurfa province held 181,044 Syrian refugees as of Sept. 5, according to ACAPS.")).toBe(
      "ACAPS",
    );
    // (a known body keeps its name, and a person is no body)
    expect(sourceOf("At least 12 people were killed in Hama, according to UNHCR.")).toBe("UNHCR");
    expect(sourceOf("At least 12 people were killed in Hama, according to Ahmad.")).toBeNull();
  });

  it("reads the refugee agency's spokespeople of the war's years by name", () => {
    expect(
      sourceOf(
        "More than 10,000 Syrian refugees are now housed in four camps along the frontier, spokesman Adrian Edwards said.",
      ),
    ).toBe("UNHCR");
    expect(sourceOf("Melissa Fleming said 3,000 Syrians had crossed into Jordan overnight.")).toBe("UNHCR");
  });

  it("reads 'her spokesman' as pointing back to the body named before, in a report that names another after", () => {
    const text = [
      "UN puts Syria war dead at 191,000",
      "",
      "At least 191,369 people were killed in Syria, the United Nations human rights office said on Friday.",
      "",
      "High Commissioner Navi Pillay said even that figure was probably too low.",
      "",
      "Some 62,000 of the deaths occurred in the twelve months to April, her spokesman Jonas Berg said.",
      "",
      "The Syrian Observatory for Human Rights said on Thursday it had now documented 180,215 deaths.",
    ].join("\n");
    expect(sourcesOf(text, "2014-08-23")).toEqual([
      [191369, "OHCHR"],
      [62000, "OHCHR"],
      [180215, "SOHR"],
    ]);
  });

  it("reads 'in his account' as the account of the person named before, for the body the person speaks for", () => {
    expect(
      sourceOf(
        "Rami Abdul-Rahman, director of the Syrian Observatory for Human Rights (SOHR), was more cautious at that stage: 40 deaths had been confirmed, in his account, though the toll could climb.",
      ),
    ).toBe("SOHR");
  });

  it("reads a body that 'was citing' a number as its speaker", () => {
    expect(sourceOf("At the start of April the United Nations was citing a toll of at least 9,000 dead.")).toBe("UN");
    expect(sourceOf("By Sunday, a UNHCR spokeswoman, Selin Unal, was citing some 70,000 refugees in Turkey.")).toBe(
      "UNHCR",
    );
  });

  it("normalises UN bodies, the Red Crescent and state media", () => {
    // (the Syrian doctors' union by its full name, in either spelling, and by its initials)
    expect(
      sourceOf("A Union of Medical Care and Relief Organizations statement put the number killed at more than 20."),
    ).toBe("UOSSM");
    expect(sourceOf("The head of the Union of Syrian Medical Relief Organisations (UOSSM) said 70,000 had fled.")).toBe(
      "UOSSM",
    );
    expect(sourceOf("The UN refugee agency said 15,000 people fled to Lebanon.")).toBe("UNHCR");
    expect(sourceOf("The UN agency for Palestine refugees said 6,600 refugees were displaced in Aleppo.")).toBe(
      "UNRWA",
    );
    expect(sourceOf("About 120 children died on the way to the camp, the International Rescue Committee said.")).toBe(
      "IRC",
    );
    expect(sourceOf("Some 2,000 people fled Jisr al-Shughour, the Norwegian Refugee Council said.")).toBe("NRC");
    expect(sourceOf("The U.N. says 15,000 people have been killed in Homs.")).toBe("UN");
    expect(sourceOf("Some 15,000 people have fled Afrin, according to the United Nations.")).toBe("UN");
    expect(sourceOf("The U.N. humanitarian office said 15,000 people fled Afrin.")).toBe("OCHA");
    expect(sourceOf("The UN's humanitarian office said 15,000 people fled Afrin.")).toBe("OCHA");
    expect(sourceOf("The United Nations’ aid chief said 15,000 people fled Afrin.")).toBe("OCHA");
    expect(sourceOf("The Red Crescent said 15,000 people fled Afrin.")).toBe("SARC");
    expect(sourceOf("State television said 15 soldiers were killed in Deir ez-Zor.")).toBe("Syrian state television");
    expect(sourceOf("Opposition activists said 15 people were killed in Deir ez-Zor.")).toBe("activists");
    expect(sourceOf("The Local Coordination Committees said 15 people were killed in Deir ez-Zor.")).toBe("LCC");
    expect(sourceOf("The State Department said 15 aid workers had been killed in Aleppo.")).toBe("US State Department");
    expect(
      sourceOf("On August 30, Secretary of State John Kerry said the attack killed at least 1,429 people in Ghouta."),
    ).toBe("US State Department");
    // what Damascus describes, its government tells
    expect(
      sourceOf("The flight followed what Damascus describes as the killing of more than 120 members of its forces."),
    ).toBe("Syrian government");
    // a headline that opens "Monitor:" is the Observatory's
    expect(sourceOf("Monitor: Russian air strikes have killed 1,331 people in Syria")).toBe("SOHR");
    // a body that describes what happened tells its numbers
    expect(
      sourceOf(
        "Activists describe Friday as the bloodiest day since the protests began: at least 66 people were killed.",
      ),
    ).toBe("activists");
    // a body that was reporting a figure reported it
    expect(sourceOf("By 12 February OCHA was reporting more than 800,000 displaced since December.")).toBe("OCHA");
    // another observatory or watch, named in full, is not the Syrian Observatory
    expect(sourceOf("The Assyrian Human Rights Observatory also spoke of four dead among the guards.")).toBe(
      "Assyrian Human Rights Observatory",
    );
    expect(sourceOf("Nine people were killed in the rioting, Impunity Watch reported.")).toBe("Impunity Watch");
    // a body's total, and the Russian side
    expect(sourceOf("UNHCR's total, as of Monday, is 509,559 refugees.")).toBe("UNHCR");
    expect(sourceOf("On Sunday the Russian side said its strikes had killed 85,000 fighters.")).toBe(
      "Russian government",
    );
    // the UN's register of refugees is UNHCR's
    expect(sourceOf("About 650,000 Syrians are registered with the UN as refugees in the kingdom.")).toBe("UNHCR");
    // a citizen journalist and campaigners report as activists do
    expect(sourceOf("A citizen journalist inside the Old City put Sunday's dead at ten.")).toBe("activists");
    expect(sourceOf("An opposition activist network reported 113 people killed across Syria on Friday.")).toBe(
      "activists",
    );
    // (not one named next)
    expect(
      sourceOf("A second activist network, the Syrian Revolution General Commission, put the dead at 72 on Monday."),
    ).toBe("Syrian Revolution General Commission");
    expect(sourceOf("The fifth grave contained 75 bodies, the campaigners said.")).toBe("activists");
    // a body that was giving a figure gave it
    expect(sourceOf("By evening the news agency SANA was giving a figure of 44 killed in the blast.")).toBe("SANA");
  });

  it("does not take a description of the source for the source", () => {
    expect(
      sourceOf("The Observatory, which relies on a web of activists, said 8,400 minors were among the victims."),
    ).toBe("SOHR");
    expect(sourceOf("Activists, who asked not to be named, said 30 people were killed in Homs.")).toBe("activists");
    // A relative clause with its own speech still gives its number's source.
    expect(sourceOf("Fighting spreads in Daraa, where the UN says at least 9,000 civilians have died.")).toBe("UN");
    // the clause may list several, and name one body as the object of another
    expect(
      sourceOf(
        "The Syrian Observatory for Human Rights, which tracks the war through activists, doctors and lawyers on the ground, said 1,395 people had been killed.",
      ),
    ).toBe("SOHR");
    // or hold a number written with a comma
    expect(
      sourceOf(
        "The United Nations, which last updated its count in July at more than 100,000, says some 2 million Syrians have fled.",
      ),
    ).toBe("UN");
  });

  it("reads 'its first count' as the body the sentence before named, over a speaker further back", () => {
    const text = [
      "The defence ministry said at least 35 civilians had been killed.",
      "The Syrian Observatory for Human Rights, a Britain-based monitor, started lower.",
      "Its first count on Tuesday was 22 dead.",
    ].join(" ");
    expect(figuresOf(text, "2020-04-30").map((f) => `${f.value}:${f.attributedTo}`)).toEqual([
      "35:Syrian government",
      "22:SOHR",
    ]);
    // the sentence before opens with the body by description; one named inside that description is not it
    const network = [
      "The Syrian Network for Human Rights said 300 civilians were killed in February.",
      "The network, which the UN human rights office counts among its main sources, assigns each killing to a party.",
      "By its count, government forces killed 111 civilians.",
    ].join(" ");
    expect(figuresOf(network, "2020-03-01").map((f) => `${f.value}:${f.attributedTo}`)).toEqual([
      "300:SNHR",
      "111:SNHR",
    ]);
  });

  it("does not take 'the activist network' for a crowd of activists, nor its spokesman's name for a body", () => {
    const text = [
      "The Local Coordination Committees said 16 people were killed in Homs.",
      "Omar Idilbi, a spokesman for the activist network, said it had confirmed 10 deaths in the funeral shooting.",
    ].join(" ");
    const [, second] = figuresOf(text, "2011-07-20");
    expect(second?.attributedTo).not.toBe("activists");
    expect(second?.attributedTo).not.toBe("Omar Idilbi");
    // a body introduced by its description still names itself
    expect(sourceOf("KurdWatch, a Berlin-based monitoring project, said 50,000 people fled.")).toBe("KurdWatch");
  });

  it("reads circulating, acknowledging or admitting a count as giving it", () => {
    expect(sourceOf("Activists have circulated a list naming more than 775 of the dead.")).toBe("activists");
    expect(sourceOf("The Syrian Observatory for Human Rights acknowledged that 12 soldiers had been killed.")).toBe(
      "SOHR",
    );
  });

  it("reads a body the report does not know past the relative clause that describes it", () => {
    expect(
      sourceOf(
        "The National Organisation for Human Rights in Syria, which published a list of names, put that day's toll in Latakia at 26.",
      ),
    ).toBe("National Organisation for Human Rights");
    // and one its appositive says is an agency, a group or an organisation, named in a sentence of no figures
    // before "it said"
    const text = [
      "The White Helmets counted 674 dead by 2 March.",
      "Islamic Relief, an aid agency with staff in the area, gave yet another set of figures on 7 March.",
      "More than 800 people had died since the operation began, it said.",
    ].join(" ");
    expect(sourcesOf(text, "2018-03-22")).toEqual([
      [674, "White Helmets"],
      [800, "Islamic Relief"],
    ]);
  });

  it("credits the run of figures before 'These figures come from …' to the body it names", () => {
    const text = [
      "The Syrian Observatory for Human Rights said 955 civilians died in Aleppo.",
      "A narrower tally covers the siege itself.",
      "Ninety-nine civilians have been killed in the eastern neighbourhoods since 10 July.",
      "Government forces were responsible for 71 of those deaths.",
      "These figures come from the Syrian Network for Human Rights, which lists victims by name.",
    ].join(" ");
    expect(figuresOf(text, "2016-07-29").map((f) => `${f.value}:${f.attributedTo}`)).toEqual([
      "955:SOHR",
      "99:SNHR",
      "71:SNHR",
    ]);
  });

  it("names unnamed rights groups as one voice, as it does activists", () => {
    expect(sourceOf("Nationwide, rights groups say more than 1,400 civilians have been killed since mid-March.")).toBe(
      "rights groups",
    );
    expect(sourceOf("Human rights organisations said 1,600 people had died.")).toBe("rights groups");
    // a named group stays itself
    expect(sourceOf("Human Rights Watch said 1,600 people had died.")).toBe("Human Rights Watch");
  });

  it("credits a list's lines to the one body its header names", () => {
    const text = [
      "The offensives have driven at least 131,394 people from their homes, OCHA said in its latest update.",
      "",
      "How the count has grown in OCHA's updates:",
      "- to 22 October: at least 120,000 displaced in the three governorates;",
      "- to 30 October: at least 123,842;",
    ].join("\n");
    expect(figuresOf(text, "2015-11-20").map((f) => `${f.value}:${f.attributedTo}`)).toEqual([
      "131394:OCHA",
      "120000:OCHA",
      "123842:OCHA",
    ]);
    // a header naming two bodies names no one
    const two = [
      "The offensives have driven at least 131,394 people from their homes, the Syrian Network for Human Rights said.",
      "",
      "How the count has grown in OCHA's and UNHCR's updates:",
      "- to 22 October: at least 120,000 displaced in the three governorates;",
    ].join("\n");
    expect(figuresOf(two, "2015-11-20").map((f) => `${f.value}:${f.attributedTo}`)).toEqual([
      "131394:SNHR",
      "120000:SNHR",
    ]);
  });

  it("gives a figure whose sentence points back ('the group said') the body named before, not one credited after", () => {
    const text = [
      "Raqqa Is Being Slaughtered Silently (RBSS), an activist network that reports from inside the city, described a similar picture.",
      "The group said as many as 40 people may have died in the strike on Sunday.",
      "Syria's state news agency SANA, which accuses the coalition of killing civilians, put the toll higher.",
    ].join(" ");
    expect(figuresOf(text).map((f) => `${f.value}:${f.attributedTo}`)).toEqual(["40:RBSS"]);
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
    // (past a word on when they spoke)
    expect(sourceOf("Kurdish officials at the time put the number of dead at no fewer than 145.")).toBe(
      "Kurdish officials",
    );
  });

  it("gives the people uprooted the UN's humanitarian chief counts to OCHA, the dead he cites to the UN", () => {
    expect(
      sourceOf(
        "On 29 November the UN humanitarian chief, Stephen O'Brien, said up to 16,000 people had been displaced.",
      ),
    ).toBe("OCHA");
    expect(
      sourceOf(
        "On 29 June the UN humanitarian chief, Stephen O'Brien, told the Council that over 220,000 people had been killed.",
      ),
    ).toBe("UN");
  });

  it("gives a body's own national count to that body", () => {
    expect(
      sourceOf(
        "At the time of the massacre the United Nations' own national count stood at more than 9,000 dead since March 2011.",
      ),
    ).toBe("UN");
  });

  it("reads Syrian officials as the Syrian government, as Turkish officials are Turkey's", () => {
    expect(
      sourceOf("Two blasts hit the university on Tuesday, and Syrian officials said at least 82 people were killed."),
    ).toBe("Syrian government");
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
    // (a party that claimed an attack gave no count; one that says how many it killed did)
    expect(
      sourceOf("By the time the Islamic State group claimed the attack, the toll stood at seven dead."),
    ).toBeNull();
    expect(sourceOf("Islamic State claimed responsibility and said it had killed 40 soldiers.")).toBe("Islamic State");
    expect(
      sourceOf("A UN commission of inquiry has since suggested that between 300 and 450 people died in Baniyas."),
    ).toBe("UN");
    expect(
      sourceOf(
        "The UN rights office said 800 people may have been killed, a toll built from activists' lists of names.",
      ),
    ).toBe("OHCHR");
    expect(sourceOf("The Observatory's own civilian toll stood at 98 as of Friday.")).toBe("SOHR");
    expect(sourceOf("The Observatory marked the war's anniversary with a count of more than 350,000 dead.")).toBe(
      "SOHR",
    );
    expect(
      sourceOf(
        "An SDF military source went further, claiming that 11 members of the Turkish-backed factions had been killed.",
      ),
    ).toBe("SDF");
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
    // (and the council that came before the coalition, named past a description of it)
    expect(
      sourceOf("The Syrian National Council, the main exiled opposition group, at first spoke of 100 dead in Qubair."),
    ).toBe("Syrian National Council");
  });

  it("keeps a group's Arabic article in its name, credits a minister no country is named for to Syria's government, and knows the Lebanese Red Cross", () => {
    expect(
      sourceOf("Jaish al-Islam, the rebel group that holds the town, said more than a thousand people had been hurt."),
    ).toBe("Jaish al-Islam");
    expect(sourceOf("Ahrar al-Sham, a rebel group, said 30 of its fighters were killed.")).toBe("Ahrar al-Sham");
    expect(
      sourceOf("Jaish al-Islam, the largest rebel faction in the enclave, said it had killed 25 government soldiers."),
    ).toBe("Jaish al-Islam");
    expect(sourceOf("Interior Minister Mohammad al-Shaar put that toll at 40 dead.")).toBe("Syrian government");
    expect(sourceOf("The Syrian health department said shelling killed 26 people in western Aleppo.")).toBe(
      "Syrian government",
    );
    expect(sourceOf("Turkish Interior Minister Suleyman Soylu said 40 people were killed.")).toBe("Turkish government");
    expect(sourceOf("The Lebanese Red Cross said it had driven 87 wounded Syrians to hospitals.")).toBe(
      "Lebanese Red Cross",
    );
  });

  it("reads 'he said' as the official a sentence with no figure named by title and name", () => {
    const text =
      "Yesterday, Emergency Relief Coordinator Mark Lowcock marked the 80th day since the escalation began. Over those 80 days, he said, more than 350 civilians have been killed.";
    expect(onlyFigure(text, "2019-07-19").attributedTo).toBe("OCHA");
  });

  it("gives a paragraph the body of the person it opens on, telling of what follows without a figure", () => {
    const text = [
      "Yesterday, Emergency Relief Coordinator Mark Lowcock marked the 80th day since the escalation began.",
      "",
      "Mr. Lowcock described several recent attacks. On 16 July, a strike on a market reportedly left 12 people dead.",
    ].join("\n");
    expect(onlyFigure(text, "2019-07-19").attributedTo).toBe("OCHA");
  });

  it("ties a person named before a body to it, but not a place", () => {
    const people = new Map<string, string>();
    const read = (sentence: string) =>
      findAttributions(analyzeSentence(sentence), { mentioned: [], people, named: new Set() });
    read("At least 183 people have fled their homes in Eastern Ghouta, the United Nations said.");
    read("Ten were killed, Jan Egeland, the UN's humanitarian adviser, said.");
    expect([...people.keys()].sort()).toEqual(["Egeland", "Jan Egeland"]);
  });

  it("reads a register named in a relative clause as the source of the count it describes", () => {
    const found = findAttributions(
      analyzeSentence(
        "The count, which covers Syrians registered with UNHCR or waiting to register, is spread across the region.",
      ),
    );
    expect(found.map((c) => c.name)).toEqual(["UNHCR"]);
  });

  it("reads the lines under a header of people registered as the refugee agency's, in a report that names it", () => {
    const text = [
      "Syria: refugee numbers pass 1.5 million",
      "More than 1.5 million people have now fled Syria, UNHCR spokesperson Dan McNorton told journalists on Friday. The count includes refugees already registered with the agency and those holding appointments to register.",
      "Close to one million of these refugees have been registered since 1 January. Refugees tell UNHCR that heavier fighting is pushing more civilians to leave.",
      "Refugees registered or awaiting registration, as of 16 May:\n- Lebanon: 474,461\n- Jordan: 474,405",
      "Inside Syria, the Office for the Coordination of Humanitarian Affairs (OCHA) estimates that 4.25 million people are internally displaced. OCHA's needs overview of 26 April put the number of people killed since the conflict began at almost 80,000.",
    ].join("\n\n");
    expect(figuresOf(text, "2013-05-17").map((f) => `${f.value}:${f.attributedTo}`)).toEqual([
      "1500000:UNHCR",
      "1000000:UNHCR",
      "474461:UNHCR",
      "474405:UNHCR",
      "4250000:OCHA",
      "80000:OCHA",
    ]);
  });

  it("reads Antonio Guterres as the refugee agency where the report names him its High Commissioner", () => {
    expect(
      sourceOf(
        "More than 2,000 have fled to Jordan, Antonio Guterres, the High Commissioner for Refugees, told reporters.",
      ),
    ).toBe("UNHCR");
    // (and where the title comes before his name, the UN's prefix with it)
    expect(sourceOf("UN High Commissioner for Refugees Antonio Guterres said 2,000 people had fled to Jordan.")).toBe(
      "UNHCR",
    );
    expect(
      sourceOf("The then High Commissioner for Refugees, António Guterres, spoke of 2,000 Syrians in Jordan."),
    ).toBe("UNHCR");
  });

  it("reads a body with a plural's apostrophe as the speaker, unless its official is named after the title", () => {
    expect(
      sourceOf(
        "At least 13 people were killed in Afrin, the United Nations' two senior humanitarian officials for Syria said.",
      ),
    ).toBe("UN");
    expect(
      sourceOf(
        "Some 900,000 people have fled since December, the United Nations' emergency relief coordinator, Mark Lowcock, said.",
      ),
    ).toBe("OCHA");
    // (the Emergency Relief Coordinator heads OCHA, by title as by name)
    expect(
      sourceOf(
        "Over a quarter of a million people have now been killed, the UN's emergency relief coordinator, Stephen O'Brien, told the council.",
      ),
    ).toBe("OCHA");
    expect(sourceOf("Rescuers' first counts ranged between 20 and 23 dead.")).toBe("rescuers");
  });

  it("names the UN's humanitarian chief and coordinators the UN, as the text names them, and OCHA's office OCHA", () => {
    expect(
      sourceOf(
        "Stephen O'Brien, the UN's humanitarian chief, who was in Damascus at the time, said at least 200 people had been injured.",
      ),
    ).toBe("UN");
    expect(sourceOf("Imran Riza, the UN humanitarian coordinator for Syria, said 40 people had been killed.")).toBe(
      "UN",
    );
    expect(sourceOf("The UN humanitarian office said 30,000 people had fled their homes.")).toBe("OCHA");
  });

  it("does not read a body whose data a count was built on as the one who gives it", () => {
    expect(
      sourceOf(
        "William Spindler, a spokesman for UNHCR, said the count for 3 to 15 June, based on figures supplied by the Turkish authorities, was 23,135 refugees.",
      ),
    ).toBe("UNHCR");
  });

  it("reads a body whose name ends in 'Coordinators' as a source", () => {
    expect(
      sourceOf(
        "A local monitoring group, the Response Coordinators, which tracks arrivals in camps, said on Sunday that 498,543 people were displaced in February alone.",
      ),
    ).toBe("Response Coordinators");
  });

  it("reads a body that recalls a count as its source", () => {
    expect(sourceOf("SOHR recalls that on 19 October Russian raids on Jabal al-Akrad killed 45 people.")).toBe("SOHR");
  });

  it("leaves the war's toll told as background in no one's voice, even in a paragraph one body speaks in", () => {
    const text = [
      "At least 13 people were killed in Afrin, the United Nations said.",
      "",
      "Elsewhere on Saturday, government shelling of Idlib killed 12 people, the Observatory said. Syria's war has killed close to half a million people since 2011.",
      "",
      "On Sunday the Observatory said 21 people had died in Afrin. The war as a whole has killed more than 140,000 people.",
    ].join("\n");
    expect(figuresOf(text, "2021-06-14").map((f) => `${f.value}:${f.attributedTo}`)).toEqual([
      "13:UN",
      "12:SOHR",
      "500000:null",
      "21:SOHR",
      "140000:null",
    ]);
  });

  it("names the U.N. Office for the Coordination of Humanitarian Affairs OCHA, not the UN", () => {
    expect(
      sourceOf(
        "More than 235,000 people fled their homes in northwest Syria between Dec. 12 and Dec. 25, the U.N. Office for the Coordination of Humanitarian Affairs said.",
      ),
    ).toBe("OCHA");
  });

  it("reads 'its Aleppo branch said' as the body named before", () => {
    const text = [
      "At least 14 people were killed, according to the Syrian Network for Human Rights. Afrin's local council gave a preliminary toll of 13 dead.",
      "The Syrian Civil Defence, known as the White Helmets, said on Sunday that 15 people had lost their lives. Three of its own volunteers were among the dead, its Aleppo branch said.",
    ].join("\n\n");
    expect(figuresOf(text, "2021-06-13").map((f) => `${f.value}:${f.attributedTo}`)).toEqual([
      "14:SNHR",
      "13:Afrin local council",
      "15:White Helmets",
      "3:White Helmets",
    ]);
  });

  it("knows Turkey's ministers by name and a Turkish border province's governor however the province is introduced", () => {
    expect(sourceOf("Foreign Minister Ahmet Davutoglu said more than 2,400 people had fled to Turkey.")).toBe(
      "Turkish government",
    );
    expect(sourceOf("Foreign Minister Mevlut Cavusoglu said 5,000 people had crossed into Turkey.")).toBe(
      "Turkish government",
    );
    expect(
      sourceOf(
        "Thirteen civilians were killed in Afrin, said the governor's office in the neighbouring Turkish province of Hatay.",
      ),
    ).toBe("Turkish government");
    expect(
      sourceOf(
        "At least 33 Turkish soldiers died in Idlib, according to Rahmi Dogan, governor of Turkey's neighbouring Hatay province.",
      ),
    ).toBe("Turkish government");
  });

  it("does not read a body named as who did it as the speaker of the body that tells of it", () => {
    expect(
      sourceOf(
        "Roughly 300 of the dead were jihadists, cut down in street fighting and air raids by the US-led coalition, the Observatory said.",
      ),
    ).toBe("SOHR");
  });

  it("credits 'the regime, for its part, claims' to the Syrian government", () => {
    expect(
      sourceOf("The regime, for its part, claims that 1,100 members of the army and police have been killed."),
    ).toBe("Syrian government");
  });

  it("names the Syrian Revolution General Commission however the report orders its name", () => {
    expect(sourceOf("The General Commission of the Syrian Revolution said 72 deserters were killed.")).toBe(
      "Syrian Revolution General Commission",
    );
    expect(sourceOf("The Syrian Revolution General Commission said 30 people were killed.")).toBe(
      "Syrian Revolution General Commission",
    );
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

  it("takes OHCHR for the UN human rights office by either name and for its spokespeople, and a source behind a long appositive", () => {
    expect(
      sourceOf("The UN human rights office (OHCHR) on Friday raised its tally of the dead in Homs to 1,200."),
    ).toBe("OHCHR");
    // (as "the UN refugee agency" is UNHCR; the High Commissioner in person stays the UN's voice, as the record has it)
    expect(sourceOf("The UN human rights office said 1,200 people had died in Homs.")).toBe("OHCHR");
    expect(sourceOf("The United Nations' human rights office put the toll in Homs at 1,200.")).toBe("OHCHR");
    expect(sourceOf("UN human rights spokesman Rupert Colville said 1,200 people had died in Homs.")).toBe("OHCHR");
    expect(sourceOf("At least 1,200 people have died in Homs, Ravina Shamdasani told reporters in Geneva.")).toBe(
      "OHCHR",
    );
    expect(sourceOf("UN human rights chief Navi Pillay said 1,200 people had died in Homs.")).toBe("UN");
    // (but her office, or the office named back to, is OHCHR)
    expect(
      sourcesOf(
        "The UN High Commissioner for Human Rights, Navi Pillay, spoke in Geneva. Her office said 1,200 people had died in Homs.",
      ),
    ).toEqual([[1200, "OHCHR"]]);
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
    // (not to a sentence with a speaker of its own: one doctor speaks for doctors)
    expect(figures).toEqual([
      [640, "SNHR"],
      [210, "SNHR"],
      [12, "doctors"],
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

  it("takes a report's maker from its byline or source line, and only from a line that is just the name", () => {
    const body = "Shelling killed 14 people in Douma on Monday. Another 40 were wounded.";
    expect(sourcesOf(`Syrian Observatory for Human Rights, 6 October 2017\n\n${body}`)).toEqual([
      [14, "SOHR"],
      [40, "SOHR"],
    ]);
    expect(
      sourcesOf(`${body}\n\nSource: United Nations Office for the Coordination of Humanitarian Affairs (OCHA).`),
    ).toEqual([
      [14, "OCHA"],
      [40, "OCHA"],
    ]);
    // A press release's dateline city is not part of the name.
    expect(sourcesOf(`UNHCR press release, Beirut, 3 April 2014\n\n${body}`)).toEqual([
      [14, "UNHCR"],
      [40, "UNHCR"],
    ]);
    // A statement or monthly report issued by the body, wherever and whenever it was issued.
    expect(
      sourcesOf(`SYRIAN OBSERVATORY FOR HUMAN RIGHTS - statement issued in London, Tuesday 16 August 2011\n\n${body}`),
    ).toEqual([
      [14, "SOHR"],
      [40, "SOHR"],
    ]);
    expect(sourcesOf(`Syrian Network for Human Rights — monthly report\n\n${body}`)).toEqual([
      [14, "SNHR"],
      [40, "SNHR"],
    ]);
    // …or named as the maker of a statement or report, which quotes another body too
    const quoting = `${body} The United Nations says 250,000 have died.`;
    expect(sourcesOf(`Monthly report of the Syrian Network for Human Rights, 1 March 2016\n\n${quoting}`)).toEqual([
      [14, "SNHR"],
      [40, "SNHR"],
      [250000, "UN"],
    ]);
    // A headline that mentions the agency is not a byline.
    expect(sourcesOf(`UNHCR chief visits Lebanon as winter nears\n\n${body}`)).toEqual([
      [14, null],
      [40, null],
    ]);
  });

  it("gives the lines under a header that names only a body to that body, until the next header", () => {
    const text = [
      "Figures from two monitors are listed below.",
      "",
      "SNHR, 5 June to 1 September, Jabal al-Zawiya:",
      "- Civilians killed: 61, of whom 33 were children",
      "- Killed by Russian forces: 28",
      "",
      "The White Helmets, as of 21 June:",
      "- Deaths since the start of June: at least 31",
    ].join("\n");
    expect(sourcesOf(text, "2021-09-02")).toEqual([
      [61, "SNHR"],
      [33, "SNHR"],
      [28, "SNHR"],
      [31, "White Helmets"],
    ]);
  });

  it("reads a body's 'accounting' or 'ledger' as its count, which the paragraph goes on giving", () => {
    const text = [
      "The Syrian Observatory for Human Rights says at least 384,000 people have been killed.",
      "",
      "The monitor's accounting of the armed dead is just as grim. More than 129,000 government soldiers have died.",
      "",
      "The Syrian Center for Policy Research puts the dead at around half a million.",
    ].join("\n");
    expect(sourcesOf(text, "2020-03-15")).toEqual([
      [384000, "SOHR"],
      [129000, "SOHR"],
      [500000, "Syrian Center for Policy Research"],
    ]);
  });

  it("takes a report's maker from a dateline that names one body and tells of nothing else", () => {
    const body = "Shelling killed 14 people in Douma on Monday. Another 40 were wounded.";
    const dateline =
      "LONDON, 4 August 2012 — Syrian Observatory for Human Rights, monthly documentation statement (summary)";
    expect(sourcesOf(`${dateline}\n\n${body}`)).toEqual([
      [14, "SOHR"],
      [40, "SOHR"],
    ]);
    expect(
      sourcesOf(`GENEVA, 23 November 2012 - summary of the UNHCR press briefing at the Palais\n\n${body}`),
    ).toEqual([
      [14, "UNHCR"],
      [40, "UNHCR"],
    ]);
    // (a UN agency named as the UN's is that agency)
    const agency = "GENEVA, 20 December 2017 — UN refugee agency briefing note (summary of remarks to the press)";
    expect(sourcesOf(`${agency}\n\n${body}`)).toEqual([
      [14, "UNHCR"],
      [40, "UNHCR"],
    ]);
    // (not a dateline that tells of several bodies, nor the UN as a whole, whose briefings give its
    // agencies' figures)
    const compiled = "QAMISHLI, 24 August 2016 - compiled from UNHCR and OCHA reports";
    expect(sourcesOf(`${compiled}\n\n${body}`)).toEqual([
      [14, null],
      [40, null],
    ]);
    expect(sourcesOf(`GENEVA, 2 October 2012 (UN briefing)\n\n${body}`)).toEqual([
      [14, null],
      [40, null],
    ]);
  });

  it("takes the maker from a dateline of a date alone, ending on the kind of release it is", () => {
    expect(publisherNamed("March 1, 2016 - Syrian Network for Human Rights, monthly death toll report")).toBe("SNHR");
    expect(publisherNamed("LONDON, 4 August 2012 — Syrian Observatory for Human Rights, monthly report")).toBe("SOHR");
    // (a dateline that tells of a count is no maker's)
    expect(publisherNamed("March 1, 2016 - Syrian Network for Human Rights reports deaths in Douma")).toBeNull();
    // (and a byline that names the kind of summary it is, and when it was issued)
    expect(
      publisherNamed("Monthly documentation summary — Syrian Network for Human Rights — issued 2 January 2015"),
    ).toBe("SNHR");
  });

  it("reads 'the monitor' as another monitor only where the Observatory is never named", () => {
    const landmines = "Landmine Monitor: mines in Syria\n\nThe Landmine Monitor has tracked the country since 2011. ";
    expect(sourcesOf(`${landmines}Citing field reports, the Monitor says mines hurt 300 people in Kobani.`)).toEqual([
      [300, "Landmine Monitor"],
    ]);
    const both =
      "The Syrian Observatory for Human Rights said 72 people died. The Landmine Monitor also reported on the area. ";
    expect(sourcesOf(`${both}The monitor said 15 rebels were killed in Hama.`).at(-1)).toEqual([15, "SOHR"]);
  });

  it("credits activists whose own tallies, or whose several networks, give a figure", () => {
    const before = "The Observatory said 2,000 people had died. ";
    expect(sourcesOf(`${before}Activists' own tallies put the civilian dead at about 1,700.`, "2011-08-10")).toEqual([
      [2000, "SOHR"],
      [1700, "activists"],
    ]);
    expect(sourcesOf(`${before}Other activist networks put the number of dead above 2,500.`, "2011-08-10")).toEqual([
      [2000, "SOHR"],
      [2500, "activists"],
    ]);
  });

  it("credits the Syrian government when Damascus, a government spokesperson or a Syrian ministry gives the figure", () => {
    expect(sourceOf("Damascus said on 30 March that some 2,700 rebels had been killed.")).toBe("Syrian government");
    expect(sourceOf("Forty officers had been killed that afternoon, a government spokeswoman told Al Jazeera.")).toBe(
      "Syrian government",
    );
    expect(sourceOf("The Syrian Ministry of Social Affairs estimates that 120,000 people have been displaced.")).toBe(
      "Syrian government",
    );
    // (Damascus as a place speaks for no one)
    expect(sourceOf("In Damascus, activists said 20 people were killed.")).toBe("activists");
  });

  it("keeps a body's whole name, 'for' and all, before an appositive saying what it is", () => {
    const text = "The Fraternity Foundation for Human Rights, a local group, recorded 12 civilians killed.";
    expect(sourceOf(text)).toBe("Fraternity Foundation for Human Rights");
    expect(sourceOf("The Kurdish Red Crescent, a local charity, said 9 people were killed.")).toBe(
      "Kurdish Red Crescent",
    );
  });

  it("credits the camp coordination cluster to the refugee agency when the text says it leads it", () => {
    expect(
      sourceOf("The camp coordination cluster, which UNHCR co-leads, has recorded 942,130 internal displacements."),
    ).toBe("UNHCR");
    // (not a cluster named alone: the text does not say whose it is)
    expect(sourceOf("The camp coordination cluster has recorded 942,130 internal displacements.")).toBe(null);
  });

  it("reads 'the same monitor' and 'the same release' as the body named before", () => {
    const text = [
      "The UN said 100,000 people had fled.",
      "The Observatory said 36,000 people had died.",
      "A year earlier the same monitor's ledger showed 25,000 deaths.",
      "The same release reckoned that more than 2.1 million Syrians had been injured.",
    ].join(" ");
    expect(sourcesOf(text, "2016-03-15")).toEqual([
      [100000, "UN"],
      [36000, "SOHR"],
      [25000, "SOHR"],
      [2100000, "SOHR"],
    ]);
  });

  it("gives the rows after a sentence setting out one body's table to that body, until another is named", () => {
    const text = [
      "BEIRUT, 1 February 2021",
      "",
      "The UN said 500 people fled Idlib. The UN said 300 more fled Hama. The UN said 200 fled Aleppo.",
      "",
      "The Syrian Observatory for Human Rights recorded 547 deaths in January. Its table is set out below, row by row.",
      "",
      "Civilians",
      "",
      "The first row is for targeted killings.",
      "",
      "Old landmines killed 23 civilians.",
      "",
      "Combatants",
      "",
      "- Government forces and allied militias: 84 dead",
      "",
      "A second count comes from the Syrian Network for Human Rights. In Hama, 9 civilians died.",
    ].join("\n");
    expect(sourcesOf(text, "2021-02-01")).toEqual([
      [500, "UN"],
      [300, "UN"],
      [200, "UN"],
      [547, "SOHR"],
      [23, "SOHR"],
      [84, "SOHR"],
      [9, "SNHR"],
    ]);
  });

  it("gives a list to the body its header names, not to the sources the body gathers from", () => {
    const text = [
      "The UN human rights office said at least 105 civilians had been killed since late April.",
      "Counts gathered from local sources by the UN's humanitarian office, OCHA, run higher:",
      "- more than 150,000 people fled between 29 April and 5 May;",
      "- at least 80 civilians were killed and over 300 injured between 28 April and 6 May.",
    ].join("\n");
    expect(sourcesOf(text, "2019-05-21").slice(1)).toEqual([
      [150000, "OCHA"],
      [80, "OCHA"],
      [300, "OCHA"],
    ]);
  });

  it("reads 'by the count of' a body as its figure, not as a count of that body's people", () => {
    expect(
      sourceOf("By the count of the Syrian Observatory for Human Rights, attacks in Daraa province killed 235 people."),
    ).toBe("SOHR");
    expect(sourceOf("By the tally of the UN refugee agency, 1.5 million Syrians have fled to Turkey.")).toBe("UNHCR");
  });

  it("reads a source that 'was saying' or 'was putting' a figure", () => {
    expect(sourceOf("By mid-morning activists reached by the BBC were saying at least 20 people had died.")).toBe(
      "activists",
    );
    expect(sourceOf("By nightfall the Observatory was putting the day's dead at no fewer than 27.")).toBe("SOHR");
  });

  it("credits a quote to what its speaker, named after it, is ('said Abu Ahmad, an activist in …')", () => {
    expect(
      sourceOf('"We documented 85 summarily executed," said Abu Ahmad al-Rabi, an activist in the next district.'),
    ).toBe("activists");
    expect(sourceOf('"We counted 40 dead," said Rami Abdulrahman, the head of the Observatory.')).toBe("SOHR");
  });

  it("tells the Turkish Red Crescent from Syria's", () => {
    expect(sourceOf("The Turkish Red Crescent said 1,578 Syrians had crossed into Turkey on Friday.")).toBe(
      "Turkish Red Crescent",
    );
    expect(sourceOf("The Red Crescent said 12 people were killed in Douma.")).toBe("SARC");
  });

  it("names Turkey's state news agency Anadolu", () => {
    expect(
      sourceOf("One Turkish soldier was killed when a rocket hit his tank, the state-run Anadolu agency reported."),
    ).toBe("Anadolu");
    expect(sourceOf("Anadolu, citing the same ministry, later raised the toll to 18 dead.")).toBe("Anadolu");
  });

  it("names Turkey's disaster management agency the Turkish government", () => {
    expect(sourceOf("The Turkish disaster management agency had registered 6,817 Syrian refugees in its camps.")).toBe(
      "Turkish government",
    );
  });

  it("names the UN's refugee chief UNHCR", () => {
    expect(sourceOf("Almost 1.8 million Syrians are now refugees, UN refugee chief Antonio Guterres said.")).toBe(
      "UNHCR",
    );
    expect(sourceOf("Some 1.8 million Syrians are refugees, the United Nations' refugee head said.")).toBe("UNHCR");
  });

  it("reads a source whose reckoning, records or books give the figure", () => {
    expect(sourceOf("By UNHCR's own reckoning, close to 20,000 people had crossed into Iraq by Saturday.")).toBe(
      "UNHCR",
    );
    expect(sourceOf("Close to 20,000 people had crossed into Iraq, by UNHCR's records.")).toBe("UNHCR");
  });

  it("reads a source after figures released by it, the release dated between them", () => {
    expect(
      sourceOf(
        "The war killed at least 6,800 people in 2020, according to year-end figures released on Thursday by the Syrian Observatory for Human Rights.",
      ),
    ).toBe("SOHR");
    expect(sourceOf("Some 9,000 people fled, according to data published in March 2016 by UNHCR.")).toBe("UNHCR");
  });

  it("names an organisation the list does not know by the abbreviation it goes by, or after its description", () => {
    expect(
      sourcesOf(
        "Shelling killed 18 people at a hospital in Afrin on Saturday. The figures were compiled by Action on Armed Violence (AOAV), a London-based group.",
      ),
    ).toEqual([[18, "AOAV"]]);
    expect(sourceOf("The campaign group Avaaz put the number of people killed at 1,634.")).toBe("Avaaz");
    // (an outlet named after its description, as a group is)
    expect(sourceOf("From Zaafarana, the opposition news site Eldorar reported eight people killed.")).toBe("Eldorar");
    // (said later)
    expect(
      sourceOf("Justice for Life, a monitoring group from the province, later said 700 civilians were killed."),
    ).toBe("Justice for Life");
    // witnesses who counted
    expect(sourceOf("Witnesses who spoke to an Arabic newspaper counted 22 dead.")).toBe("witnesses");
    // the description set off after the name, however long, or before it
    expect(
      sourceOf(
        "KurdWatch, a project that follows events in Syria's Kurdish areas, said on Saturday that 49 people died.",
      ),
    ).toBe("KurdWatch");
    expect(sourceOf("A local Kurdish news site, Yekiti Media, had reported more than 20 dead in the blast.")).toBe(
      "Yekiti Media",
    );
    expect(sourceOf("Opposition groups said the gas attack had killed as many as 1,300 people.")).toBe(
      "Syrian opposition",
    );
  });

  it("lets a person introduced with an organisation speak for it later", () => {
    const text =
      "Turkey's deputy prime minister, Bekir Yilmaz, toured the border on Saturday. Speaking to reporters, Yilmaz said 60,000 Kurds had crossed into Turkey.";
    expect(sourcesOf(text)).toEqual([[60000, "Turkish government"]]);
    // Unintroduced, the same surname speaks for nobody.
    expect(sourceOf("Speaking to reporters, Yilmaz said 60,000 Kurds had crossed into Turkey.")).toBeNull();
  });

  it("refers 'the ministry', 'his group' and 'it' to the organisation of that kind named last", () => {
    expect(
      sourcesOf(
        "Rami Abdulrahman, who runs the Syrian Observatory for Human Rights, spoke of a siege. His group said fighters had executed at least 11 Kurds.",
      ),
    ).toEqual([[11, "SOHR"]]);
    expect(
      sourcesOf(
        "The UN refugee agency visited the camp on Sunday. Turkey's defence ministry gave no briefing until Monday. The ministry said nine soldiers were wounded in Idlib.",
      ),
    ).toEqual([[9, "Turkish government"]]);
    // a ministry a country's name owns is that country's, when "the ministry" speaks again
    expect(
      sourcesOf(
        "Turkey's defence ministry said a car bomb killed 13 civilians. On Sunday the ministry said another had killed eight.",
      ),
    ).toEqual([
      [13, "Turkish government"],
      [8, "Turkish government"],
    ]);
    // and another country's state media are not Syria's news agency, but themselves
    expect(sourcesOf("Russian state media spoke of about 20 dead.")).toEqual([[20, "Russian state media"]]);
    expect(
      sourcesOf("The United Nations has offered a lower figure. By Friday, it said, 160,000 people had fled."),
    ).toEqual([[160000, "UN"]]);
  });

  it("does not make a source the speaker of a verb with its own subject, or of 'counts among'", () => {
    expect(sourceOf("Between 30 and 35 members of the Syrian army died in the strikes, he added.")).toBeNull();
    expect(
      sourcesOf(
        "The Syrian Network for Human Rights said 286 civilians died in January. The network, which the UN human rights office counts among its sources, put 92 deaths down to other parties.",
      ),
    ).toEqual([
      [286, "SNHR"],
      [92, "SNHR"],
    ]);
    // (nor of 'counts among' right after its name: no count of its own)
    expect(
      sourceOf("The network, which OCHA counts among its sources, put 92 deaths down to other parties."),
    ).toBeNull();
  });

  it("carries a source to a list, a tally and documented killings, and from an organisation speaking of losses", () => {
    expect(
      sourcesOf(
        "The Syrian Observatory for Human Rights published a breakdown on Saturday. Its tally stood at 322 dead. The list included 54 children and 82 women.",
      ),
    ).toEqual([
      [322, "SOHR"],
      [54, "SOHR"],
      [82, "SOHR"],
    ]);
    expect(
      sourcesOf(
        "The UN human rights office (OHCHR) said 93,000 people had been killed. The largest numbers of documented killings were in Homs, with 16,400.",
      ).at(-1),
    ).toEqual([16400, "OHCHR"]);
    expect(
      sourcesOf(
        "The Observatory attributes most of the losses to air power. Air raids accounted for 221 of the civilians killed in Aleppo.",
      ),
    ).toEqual([[221, "SOHR"]]);
    // A source that speaks of something else introduces nothing.
    expect(
      sourcesOf(
        "The UN said aid convoys were blocked. The Observatory said the roads were closed. Air raids killed 221 civilians in Aleppo.",
      ),
    ).toEqual([[221, null]]);
  });

  it("names an unnamed monitoring group after the monitor named up to three sentences on", () => {
    expect(
      sourcesOf(
        "Air raids killed 170 civilians in Raqqa this week, a monitoring group and people with family there said on Tuesday. At least 42 people died on Monday. The count was compiled by the Syrian Observatory for Human Rights.",
      )[0],
    ).toEqual([170, "SOHR"]);
  });

  it("names unnamed sources by their kind, and lets 'the sources' and 'the group' refer back", () => {
    expect(sourceOf("Lebanese security sources said 85 wounded people had been taken to hospitals.")).toBe(
      "security sources",
    );
    expect(
      sourcesOf(
        "Rebels killed 20 soldiers near Atareb, opposition sources said. Six civilians also died in the area, the sources added.",
      ),
    ).toEqual([
      [20, "opposition sources"],
      [6, "opposition sources"],
    ]);
    // A group the report named in full, even after a place-like first word.
    expect(
      sourcesOf(
        "The Observatory said 27 people died. Raqqa Is Being Slaughtered Silently (RBSS), an activist network, described the strikes. The group said as many as 40 people may have died on Sunday.",
      ).at(-1),
    ).toEqual([40, "RBSS"]);
    expect(
      sourceOf(
        "The Union of Medical Care and Relief Organizations (UOSSM), which runs clinics, said at least two health workers had been killed.",
      ),
    ).toBe("UOSSM");
  });

  it("takes 'counts' before a number for a body's verb, so a later clause's source keeps to its own figure", () => {
    expect(
      sourcesOf(
        "The UN refugee agency counts 6.6 million Syrian refugees, and another 6.7 million people are displaced inside Syria by the UN's reckoning.",
        "2021-09-25",
      ),
    ).toEqual([
      [6600000, "UNHCR"],
      [6700000, "UN"],
    ]);
  });

  it("names a collective its description introduces, and lets 'the same group' with a count of residents refer back", () => {
    expect(
      sourcesOf(
        "Sound and Picture, an activist collective that records abuses in the province, says nearly 120,000 people were forced out. The same group says about 30,000 residents of Khasham were displaced in July.",
        "2014-08-20",
      ),
    ).toEqual([
      [120000, "Sound and Picture"],
      [30000, "Sound and Picture"],
    ]);
    // (places joined by "and" before a body's description are no name)
    expect(
      sourcesOf(
        "The Syrian Observatory for Human Rights counted 30 dead. More than 50 people were killed in the provinces of Damascus and Aleppo, the group said.",
      ),
    ).toEqual([
      [30, "SOHR"],
      [50, "SOHR"],
    ]);
  });

  it("gives a list the body its header describes, not the body quoted last", () => {
    expect(
      sourcesOf(
        "The UN refugee agency said on Thursday that 4,013,000 Syrians had fled abroad. New arrivals, with records supplied by the Turkish authorities, pushed the total past the threshold. Below is the agency's breakdown, which we have turned into a list:\n\n- Turkey: 1,805,255 registered Syrian refugees\n- Lebanon: 1,172,753\n",
        "2015-07-09",
      ),
    ).toEqual([
      [4013000, "UNHCR"],
      [1805255, "UNHCR"],
      [1172753, "UNHCR"],
    ]);
    // ("its latest count" is the body just quoted, whatever body the sentence opens on)
    expect(
      sourcesOf(
        "The UN refugee agency said 2,000,000 Syrians had fled abroad. The agency's announcement came two days after the Syrian Observatory for Human Rights released its latest count of the dead. It said at least 110,371 people had been killed.",
        "2013-09-03",
      ),
    ).toEqual([
      [2000000, "UNHCR"],
      [110371, "SOHR"],
    ]);
  });

  it("credits the speaker an outlet quoted, not the outlet, and not the activists a monitor's description names", () => {
    expect(
      sourceOf(
        "Opposition activists quoted by the pro-opposition site EA WorldView gave yet another picture: at least 35 killed.",
      ),
    ).toBe("activists");
    expect(sourceOf("Medical sources quoted by Turkey's Anadolu agency gave 10 dead in Quneitra.")).toBe(
      "medical sources",
    );
    // (a count the body quotes is its own)
    expect(sourceOf("Tolls quoted by activists ranged from 217 to 260 dead.")).toBe("activists");
    expect(
      sourceOf(
        "The Syrian Observatory for Human Rights, a Britain-based group with a network of activists inside the country, said at least 31 civilians were killed.",
      ),
    ).toBe("SOHR");
    // (a person's "with" is the body they work for)
    expect(
      sourceOf(
        "Wissam Tarif, a campaigner with the advocacy group Avaaz, said 269 people had lost their lives in Idlib.",
      ),
    ).toBe("Avaaz");
  });

  it("takes 'the network' for a monitor named before, not an aid group whose people were counted", () => {
    expect(
      sourcesOf(
        "The Syrian Network for Human Rights (SNHR) documented the killing of at least 286 civilians in January. Four of the victims were medical or civil defence personnel.\n\nBroken down by the party responsible, the network attributes:\n- to Syrian regime forces: 111 civilian deaths;\n- to Russian forces: 75.\n",
        "2020-02-01",
      ),
    ).toEqual([
      [286, "SNHR"],
      [4, "SNHR"],
      [111, "SNHR"],
      [75, "SNHR"],
    ]);
  });

  it("credits the body that cites unnamed or crowd sources, and a counting body it cites", () => {
    expect(sourceOf("Turkey's state-run Anadolu news agency, citing local sources, put the dead at 14.")).toBe(
      "Anadolu",
    );
    expect(sourceOf("Early on Tuesday the Observatory, citing doctors and students, spoke of at least 52 dead.")).toBe(
      "SOHR",
    );
    expect(sourceOf("The Observatory said, citing medical sources, that 40 people were killed in Douma.")).toBe("SOHR");
    expect(
      sourceOf("Spanish media, citing sources in the Observatory, reported that the bombing had left 100 dead."),
    ).toBe("SOHR");
  });

  it("takes a person described by a body's title for that body, and names an association counted 'according to'", () => {
    expect(
      sourcesOf(
        "The UN refugee agency said 20,000 Syrians had crossed into Iraq. Youssef Mahmoud, the agency's spokesman in the Kurdish region, said 195,000 were now registered there.",
        "2013-08-20",
      ),
    ).toEqual([
      [20000, "UNHCR"],
      [195000, "UNHCR"],
    ]);
    expect(
      sourceOf(
        "Rockets fired into Latakia city killed eight people, according to the Catholic Near East Welfare Association, a church aid agency.",
      ),
    ).toBe("Catholic Near East Welfare Association");
  });

  it("names no person, weekday or title as a body, and a kind of speaker in lower case", () => {
    expect(
      sourcesOf(
        "The UN refugee agency said 150,000 had arrived. Carol Batchelor, the agency's representative in Ankara, said 22 government camps shelter about 220,000 people.",
        "2014-10-10",
      ),
    ).toEqual([
      [150000, "UNHCR"],
      [220000, "UNHCR"],
    ]);
    expect(sourceOf("Church officials say up to 2,000 Armenian Syrians left Kasab.")).toBe("church officials");
    expect(sourceOf("On Sunday police said 170,000 people had entered Hungary from Serbia this year.")).toBeNull();
    expect(
      sourcesOf(
        "The UN human rights office published a list of 350,209 people killed. According to the High Commissioner, women made up 26,727 of the identified dead.",
        "2021-09-24",
      ),
    ).toEqual([
      [350209, "OHCHR"],
      [26727, "OHCHR"],
    ]);
  });

  it("points 'it' past the sources it cites, 'the broadcaster' to the station named, and names an operations room", () => {
    expect(
      sourcesOf(
        "Syria's state news agency SANA gave a somewhat different account. Citing local sources, it said 40 civilians were killed in al-Buqaan.",
        "2018-11-05",
      ),
    ).toEqual([[40, "SANA"]]);
    expect(
      sourcesOf(
        "State television said 120 members of the security forces were killed. Forty civilians were also hurt, the broadcaster added.",
        "2011-06-07",
      ),
    ).toEqual([
      [120, "Syrian state television"],
      [40, "Syrian state television"],
    ]);
    expect(
      sourceOf("The rebels' Central Operations Room said it had killed 76 pro-government fighters near Nahta."),
    ).toBe("Central Operations Room");
  });

  it("gives 'one of its directors' the body named before", () => {
    expect(
      sourcesOf(
        "The monitor's first figure was 11 civilians killed, the Syrian Observatory for Human Rights said. Local activists soon spoke of more than 22 dead.\n\nThe civil defence service, the volunteer rescuers known as the White Helmets, gave a different total. Mustafa Yusuf, one of its directors, told a Turkish news agency that 35 civilians had been killed.",
        "2018-06-08",
      ),
    ).toEqual([
      [11, "SOHR"],
      [22, "activists"],
      [35, "White Helmets"],
    ]);
  });

  it("gives 'the same overview' the body whose overview was named before", () => {
    expect(
      sourcesOf(
        "The refugee agency said 1.8 million had fled abroad.\n\nAccording to the Humanitarian Needs Overview published by OCHA on 26 April, an estimated 6.8 million Syrians require assistance. The same overview estimated that 4.25 million people were internally displaced.",
        "2013-07-26",
      ),
    ).toEqual([
      [1800000, "UNHCR"],
      [4250000, "OCHA"],
    ]);
  });

  it("gives 'its information unit' the body named before", () => {
    expect(
      sourcesOf(
        "OCHA said more than 550 civilians had been killed since the end of April.\n\nLocal organisations give larger figures still. The Assistance Coordination Unit, an opposition-linked body, counted 551,976 displaced people between 1 April and 24 August. Its information unit also documented 1,166 civilians killed since 1 March, although its period starts almost two months before the UN's.",
        "2019-09-05",
      ),
    ).toEqual([
      [550, "OCHA"],
      [551976, "Assistance Coordination Unit"],
      [1166, "Assistance Coordination Unit"],
    ]);
  });

  it("names an outlet its description introduces: a broadcaster, channel or news site, a number in its name", () => {
    expect(sourceOf("Kurdistan 24, a Kurdish broadcaster, reported that 37 civilians had died in Afrin.")).toBe(
      "Kurdistan 24",
    );
    expect(sourceOf("At midday Yekiti Media, a Kurdish news site, counted more than 20 dead in Qamishli.")).toBe(
      "Yekiti Media",
    );
    expect(sourceOf("Orient News, an opposition channel, said 24 people were killed in Kafr Nabouda.")).toBe(
      "Orient News",
    );
    // (a preposition opening the sentence is no part of the name)
    expect(sourceOf("From Zaafarana, the opposition news site Eldorar reported eight people killed.")).toBe("Eldorar");
  });

  it("gives a list headed by a government's figures to that government", () => {
    expect(
      sourcesOf(
        "Summary of points made by the UNHCR spokesperson at Tuesday's briefing.\n\nTurkish figures, latest first:\n- 27 August: more than 80,000 Syrians sheltering in Turkey.\n- 22 August: 74,112 registered and housed in camps.\n",
        "2012-08-28",
      ),
    ).toEqual([
      [80000, "Turkish government"],
      [74112, "Turkish government"],
    ]);
  });

  it("takes the UN's humanitarian spokespeople and its under-secretary-general for humanitarian affairs for OCHA", () => {
    expect(
      sourceOf("UN humanitarian spokeswoman Stephanie Bunker said at least 5,000 Syrians had fled to Turkey."),
    ).toBe("OCHA");
    expect(
      sourceOf(
        "More than 250,000 people have been killed, the UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, Stephen O'Brien, said.",
      ),
    ).toBe("OCHA");
    // (or OCHA "estimating" in a clause of its own after the Secretary-General's spokesman)
    expect(
      sourceOf(
        "The Spokesman for the Secretary-General told reporters on Friday that the situation continues to worsen, with the Office for the Coordination of Humanitarian Affairs (OCHA) now estimating that more than 948,000 people were displaced.",
      ),
    ).toBe("OCHA");
    // (a UN official named, by the agency the lists know the name by)
    expect(
      sourceOf(
        "More than 200,000 people have fled their homes around Raqqa, a senior UN humanitarian official, Ursula Mueller, told the Security Council.",
      ),
    ).toBe("OCHA");
  });

  it("takes the UN's 'human rights office' for OHCHR and its humanitarian office for OCHA", () => {
    expect(
      sourcesOf(
        "That was when the United Nations produced an answer of a kind. Its human rights office published a list of 350,209 people killed in Syria between March 2011 and March 2021.",
        "2021-12-01",
      ),
    ).toEqual([[350209, "OHCHR"]]);
    // (its humanitarian office, refugee agency or children's agency is that agency)
    const before = "The United Nations has been slower to count.";
    expect(sourcesOf(`${before} Its humanitarian office said at least 20,000 people had fled the enclave.`)).toEqual([
      [20000, "OCHA"],
    ]);
    expect(sourcesOf(`${before} Its refugee agency said 20,000 people had fled into Lebanon.`)).toEqual([
      [20000, "UNHCR"],
    ]);
  });

  it("credits the first of two sources named together", () => {
    expect(sourceOf("Data gathered by UNHCR and the Turkish government put the figure at 5,008,473 refugees.")).toBe(
      "UNHCR",
    );
    expect(sourceOf("UNHCR and UNICEF said the number of child refugees had passed 1,000,000.")).toBe("UNHCR");
    expect(sourceOf("Medics and rescuers later put the dead at seven in Atarib.")).toBe("medics");
  });

  it("gives a list's lines the body whose totals the sentence before its header pointed to", () => {
    expect(
      sourcesOf(
        "The count of Syrians registered as refugees has gone past 5,000,000, the UN refugee agency said on Thursday. Data gathered by the Turkish government put 488,531 of them in camps.\n\nThe total barely moved for most of last year. It has jumped since January, a rise the agency did not explain. Its spokesman said most new entries had fled earlier.\n\nFor a longer view, the agency's year-end totals were 4.85 million at the close of 2016. This is how the refugees were spread at the end of last year across the largest host countries:\n\n- Turkey: 2,823,987\n- Lebanon: 1,005,503\n",
        "2017-03-31",
      ),
    ).toEqual([
      [5000000, "UNHCR"],
      [488531, "Turkish government"],
      [2823987, "UNHCR"],
      [1005503, "UNHCR"],
    ]);
  });

  it("gives a list the body that gave 'its first full breakdown' a few sentences above its header", () => {
    expect(
      sourcesOf(
        "More than 8,400 Syrians now sheltering in Hatay camps\n\nYAYLADAGI, Turkey, June 15, 2011\n\nThe governor's office in Hatay gave reporters its first full breakdown of the Syrians living in the Turkish Red Crescent's tent camps on Wednesday. Officials read the numbers out at the gate. We set them out below as they were given.\n\nCamp population, Wednesday morning (Hatay governorate):\n- Total in the camps: 8,421\n- Men: 1,921\n",
        "2011-06-15",
      ),
    ).toEqual([
      [8400, null],
      [8421, "Turkish government"],
      [1921, "Turkish government"],
    ]);
  });

  it("takes a party's members or fighters for people counted, not a speaker", () => {
    expect(
      sourceOf(
        "On June 9 the Syrian Observatory for Human Rights counted more than 130 Islamic State fighters killed.",
      ),
    ).toBe("SOHR");
    expect(sourceOf("In one night of raids, IS killed 68 SDF fighters, the Observatory said.")).toBe("SOHR");
    expect(
      sourcesOf(
        "Losses among Islamic State members are not counted, because the group says it cannot document them.\n\n- Civilians: 1,519 killed by government forces.\n",
        "2015-05-03",
      ),
    ).toEqual([[1519, null]]);
  });

  it("lets a pronoun after a sentence that spoke through one go on with the same body", () => {
    expect(
      sourcesOf(
        "The Observatory said 4,075 people died in February.\n\nA second monitor, the Syrian Network for Human Rights (SNHR), reached a lower figure. It documented 1,547 deaths in February. Government forces, it said, killed at least 1,044 civilians.",
        "2015-03-02",
      ),
    ).toEqual([
      [4075, "SOHR"],
      [1547, "SNHR"],
      [1044, "SNHR"],
    ]);
  });

  it("takes the body a headline opens with for the maker of a release that speaks as 'we'", () => {
    const figures = sourcesOf(
      [
        "SNHR: 258 civilians killed in northwest Syria since the January 12 ceasefire\nMonday, February 17, 2020",
        "The Syrian Network for Human Rights (SNHR) has documented the killing of 258 civilians, including 79 children and 33 women, in northwest Syria between January 12, 2020, when the Russian-Turkish ceasefire agreement came into force, and today. The ceasefire has not stopped the bombardment of Idlib and western Aleppo.",
        "Every one of these victims was killed by the Syrian-Russian alliance, according to our database, which records each victim by name, place and the party responsible:",
        "Syrian regime forces killed 101 civilians, among them 26 children and seven women. Of these, 80 were killed in Idlib governorate and 21 in Aleppo governorate.",
        "The killing has come with mass flight. The UN Office for the Coordination of Humanitarian Affairs says more than 900,000 people have fled their homes in northwest Syria since the beginning of December, many of them to camps near the Turkish border.",
      ].join("\n\n"),
      "2020-02-17",
    );
    expect(figures.find(([value]) => value === 101)).toEqual([101, "SNHR"]);
    expect(figures.find(([value]) => value === 900000)).toEqual([900000, "OCHA"]);
  });

  it("ties a Turkish province's governor to Turkey's government, and reads past the network a monitor relies on", () => {
    expect(
      sourcesOf(
        "The toll was announced by Rahmi Dogan, governor of the Turkish border province of Hatay, who had first spoken of nine dead. Dogan said 32 wounded soldiers were being treated in Turkish hospitals.",
        "2020-02-28",
      ),
    ).toEqual([
      [9, "Turkish government"],
      [32, "Turkish government"],
    ]);
    expect(
      sourcesOf(
        "Most have headed south, Rami Abdel Rahman, who heads the Britain-based Observatory, said on Friday. The group, which relies on a network of activists and medics inside the country, says the assault has killed 93 civilians since June 19.",
        "2018-06-29",
      ),
    ).toEqual([[93, "SOHR"]]);
  });

  it("lets 'the report says', 'according to the report', 'he warned' and 'the sources said' point back", () => {
    expect(
      sourcesOf(
        "The New York-based group says opposition forces killed at least 190 civilians on August 4. At least 67 of the dead were executed, according to the 105-page report.",
        "2013-10-11",
      ),
    ).toEqual([
      [190, "Human Rights Watch"],
      [67, "Human Rights Watch"],
    ]);
    expect(
      sourcesOf(
        "The attackers killed at least 190 civilians, Human Rights Watch said. Of those, no fewer than 67 were executed, the report says.",
        "2013-10-11",
      ),
    ).toEqual([
      [190, "Human Rights Watch"],
      [67, "Human Rights Watch"],
    ]);
    expect(
      sourcesOf(
        "Lebanese security sources said 85 wounded people had been taken to hospitals. Around 70 had died of their injuries, the sources said.",
        "2013-06-05",
      ),
    ).toEqual([
      [85, "security sources"],
      [70, "security sources"],
    ]);
    expect(
      sourcesOf(
        "The Observatory counted at least 56 rebels killed. It said, citing reliable sources, that 28 Hezbollah members had been killed.",
        "2013-05-21",
      ),
    ).toEqual([
      [56, "SOHR"],
      [28, "SOHR"],
    ]);
  });

  it("names the Kurdish-led administration and its offices as the Kurdish authorities", () => {
    expect(
      sourceOf(
        "By the end of that year, the Kurdish-led local administration said, the offensive had killed 478 civilians.",
      ),
    ).toBe("Kurdish authorities");
    expect(sourceOf("Records kept by the camp's Kurdish administrators list 406 deaths in nine months.")).toBe(
      "Kurdish authorities",
    );
    expect(
      sourceOf(
        "An earlier statement from the health council of the Kurdish-run Jazira canton said 32 people had died.",
      ),
    ).toBe("Kurdish authorities");
    expect(sourceOf("Kurdish government sources said over 25,000 refugees had entered since Thursday.")).toBe(
      "Kurdish authorities",
    );
    // (its Red Crescent is its own body)
    expect(sourceOf("The Kurdish Red Crescent said 50 people had died in Qamishli.")).toBe("Kurdish Red Crescent");
  });

  it("names a body with an 'al-' in its name, and the same body named again bare later", () => {
    expect(
      sourcesOf(
        "One activist said two fighters were killed, while the opposition website Zaman al-Wasl reported that it left four fighters dead. Zaman al-Wasl also gave a much lower figure for Tuesday, saying 16 loyalists had been killed.",
        "2013-06-13",
      ),
    ).toEqual([
      [2, "activists"],
      [4, "Zaman al-Wasl"],
      [16, "Zaman al-Wasl"],
    ]);
  });

  it("lets 'its first bulletin' and 'it quoted' point back to the body just named", () => {
    expect(
      sourcesOf(
        "The state news agency SANA gave the army's account. Its first bulletin spoke of one officer killed and a second critically hurt; a later one raised the toll to nine soldiers dead, two of them officers.",
        "2011-04-11",
      ).find(([value]) => value === 9),
    ).toEqual([9, "SANA"]);
    expect(
      sourcesOf(
        "The Syrian Observatory for Human Rights reported at least 17 deaths across the country on Monday.\n\nThe state news agency SANA denied that warships had opened fire and said security forces were chasing gunmen who fired from rooftops. It quoted the head of Latakia's health services as saying two members of the security forces had been killed and 41 wounded.",
        "2011-08-16",
      ).find(([value]) => value === 41),
    ).toEqual([41, "SANA"]);
  });

  it("credits a body that 'arrived at' a toll, and a body named after another that is the subject of its own verb", () => {
    expect(
      sourceOf(
        "Adding the Observatory's figure to the deaths in Turkey, the French news agency AFP arrived at a toll of at least 46.",
      ),
    ).toBe("AFP");
    expect(
      sourceOf(
        "From files supplied by its own staff and by the Syrian government, the UN human rights office arrived at a list of 350,209 people killed.",
      ),
    ).toBe("OHCHR");
    // (an appositive with a verb of its own in a relative clause still describes the body before it)
    expect(
      sourceOf(
        "Airwars, a London-based group that tracks reports of harm from air strikes, said 78 civilians had died in Manbij.",
      ),
    ).toBe("Airwars");
  });

  it("names people of a kind who speak as one as the report names them, and not those counted", () => {
    expect(sourceOf("Local journalists said at least 175 people had died in Sweida.")).toBe("local journalists");
    expect(sourceOf("Now, camp managers reckon, about 12,000 displaced people are sheltering at Atmeh.")).toBe(
      "camp managers",
    );
    expect(sourceOf("Some aid groups say Lebanon is home to as many as 1.5 million refugees from the war.")).toBe(
      "aid groups",
    );
    // a body's own agencies are that body's; the first of two who speak together is named
    expect(
      sourceOf("The UN's humanitarian agencies put the number of internally displaced at about 2.5 million."),
    ).toBe("UN");
    expect(sourceOf("Rescue workers and local aid groups said over 210,000 people had been uprooted.")).toBe(
      "rescuers",
    );
    // a named monitor speaks over a crowd the report also quotes
    expect(
      sourcesOf(
        "Aid workers say 20,000 people have fled towards the border. The Syrian Observatory for Human Rights said 40 people died.",
      ),
    ).toEqual([
      [20000, "aid workers"],
      [40, "SOHR"],
    ]);
  });

  it("gives a spokesperson introduced by 'its' the organisation before, and keeps a counted body out of the sources", () => {
    expect(
      sourcesOf(
        "The UN refugee agency's figure is higher still. Its chief spokeswoman, Melissa Fleming, said 138,000 refugees had arrived in Turkey since Friday. Fleming said 50,000 more had reached Iraq.",
      ),
    ).toEqual([
      [138000, "UNHCR"],
      [50000, "UNHCR"],
    ]);
    expect(sourceOf("Reports put the number of Hezbollah fighters killed at anywhere between 23 and 40.")).toBeNull();
  });

  it("keeps the source of the sentence before for 'over the same period'", () => {
    expect(
      sourcesOf(
        "Air strikes killed 251 civilians since Sunday, according to the Syrian Observatory for Human Rights. More than 1,200 civilians have been wounded over the same period.",
      ),
    ).toEqual([
      [251, "SOHR"],
      [1200, "SOHR"],
    ]);
  });

  it("ties a person to an organisation named before by their title in it", () => {
    expect(
      sourcesOf(
        "The UN human rights office spoke of executions. Jonas Berg, a spokesman for the office, gave details. The known victims include 49 children, Berg said.",
      ),
    ).toEqual([[49, "OHCHR"]]);
  });

  it("does not take an appositive describing the body just named for a second source", () => {
    expect(
      sourceOf(
        "The Syrian Human Rights Committee (SHRC), a London-based monitoring group founded in 1997, has documented 320 deaths in Syria during January 2020.",
      ),
    ).toBe("SHRC");
  });

  it("lets an organisation that keeps counts go on speaking for two sentences, but not a party or background", () => {
    // a counting body, quoted again by its description, goes on with the next sentence's figures
    expect(
      sourcesOf(
        "The Turkish foreign ministry said its border stayed open. Nearly a million Syrians have fled abroad as refugees, the UN refugee agency said on Friday. Winter came early. About 3,000 cross each day, the agency said. Jordan has taken the largest share: it hosted 410,000 refugees at the end of June.",
        "2013-07-05",
      ),
    ).toEqual([
      [1000000, "UNHCR"],
      [410000, "UNHCR"],
    ]);
    // a government does not speak for the next sentence
    expect(
      sourcesOf(
        "The UN refugee agency said 3,000 people waited at the border on Friday. Ankara said 12,000 Syrians crossed into Turkey on Saturday. Turkey has taken in 900,000 refugees this year.",
        "2014-09-22",
      ),
    ).toEqual([
      [12000, "Turkish government"],
      [900000, null],
    ]);
    // the capital speaks for Turkey's government, but an office there is the office's
    expect(sourceOf("Three days later UNHCR's office in Ankara put the total at 5,051 refugees.")).toBe("UNHCR");
    expect(sourceOf("According to Ankara, 4,300 Syrians had crossed into Turkey by Sunday.")).toBe(
      "Turkish government",
    );
    expect(sourceOf("The authorities in Ankara put the number of Syrian refugees at 80,400.")).toBe(
      "Turkish government",
    );
    // (a plan or overview an agency puts out is that agency's)
    expect(
      sourceOf("- Early July 2014: 2.9 million refugees, according to the updated Syria Regional Response Plan."),
    ).toBe("UNHCR");
    expect(
      sourceOf("According to the latest Humanitarian Needs Overview, 6.1 million people are internally displaced."),
    ).toBe("OCHA");
    // (a body that raises, revises or lowers its toll, told in the present as a list line tells it)
    expect(sourceOf("5 April, evening: The Syrian Observatory for Human Rights raises its toll to 86 dead.")).toBe(
      "SOHR",
    );
    expect(sourceOf("The Observatory revises the toll to 112.")).toBe("SOHR");
    // (a ministry in a capital is that country's, not Syria's, whoever the sentence says struck)
    expect(
      sourceOf("The defence ministry in Ankara said a Syrian government air strike had killed three civilians."),
    ).toBe("Turkish government");
    expect(sourceOf("The defence ministry in Moscow said 30 militants were killed.")).toBe("Russian government");
    expect(sourceOf("The defence ministry said 30 militants were killed.")).toBe("Syrian government");
    expect(sourceOf("Turkish disaster officials recorded 6,817 refugees in the camps.")).toBe("Turkish government");
    expect(sourceOf("A Turkish diplomat said 41 Syrians had crossed into Turkey over the weekend.")).toBe(
      "Turkish government",
    );
    // nor does a counting body speak for a figure told as history, or as the war's running total
    expect(
      sourcesOf(
        "Ankara said the crossings were open. The UN refugee agency said 4,000 people crossed into Turkey on Monday. In May 2012, about 9,000 Kurds crossed into Iraq. More than 5 million Syrians have fled abroad since the war began.",
        "2014-09-23",
      ),
    ).toEqual([
      [4000, "UNHCR"],
      [9000, null],
      [5000000, null],
    ]);
  });

  it("lets a paragraph in one counting body's voice go on in it, not past the paragraph nor over a teller of its own", () => {
    const opening = "The UN refugee agency said 4,000 people crossed into Turkey on Monday.\n\n";
    const quoted =
      "The Syrian Observatory for Human Rights said 36 people died in Manbij on Friday. Schools stayed shut.";
    expect(sourcesOf(`${opening}${quoted} In 2016, a car bomb there had killed 12 people.`, "2019-01-18")).toEqual([
      [4000, "UNHCR"],
      [36, "SOHR"],
      [12, "SOHR"],
    ]);
    expect(sourcesOf(`${opening}${quoted}\n\nIn 2016, a car bomb there had killed 12 people.`, "2019-01-18")).toEqual([
      [4000, "UNHCR"],
      [36, "SOHR"],
      [12, null],
    ]);
    // a sentence that tells who gave its count, unnamed, is not the paragraph's voice
    expect(
      sourcesOf(`${opening}${quoted} In 2016, a car bomb there had killed 12, the first reports said.`, "2019-01-18"),
    ).toEqual([
      [4000, "UNHCR"],
      [36, "SOHR"],
      [12, null],
    ]);
  });

  it("gives the report's main voice the figures told right after it spoke, naming no one", () => {
    const agency =
      "UNHCR said on Tuesday that 1.1 million Syrians were registered as refugees. " +
      "Lebanon has 420,000 of them and Turkey 300,000, the agency said.";
    const report = (more: string) => `${agency}\n\nJordan has some 291,200. ${more}`;
    // the UN quoted once, in another paragraph, does not take the main voice away
    expect(sourcesOf(report("\n\nThe UN says 100,000 people have been killed in the war."), "2013-08-14")).toEqual([
      [1100000, "UNHCR"],
      [420000, "UNHCR"],
      [300000, "UNHCR"],
      [291200, "UNHCR"],
      [100000, "UN"],
    ]);
    // the war's toll told as background is no one's either
    const background = report("Syria's war has driven 6.8 million from their homes.\n\nThe UN says 100,000 have died.");
    expect(sourcesOf(background, "2013-08-14").slice(-2)).toEqual([
      [6800000, null],
      [100000, "UN"],
    ]);
    // two paragraphs on, with no word from the agency between, a count is no one's
    const later = "\n\nThe UN says 100,000 people have been killed in the war.\n\nWinter is near.";
    expect(sourcesOf(report(`${later}\n\nSome 3,000 people crossed into Iraq last week.`), "2013-08-14")).toEqual([
      [1100000, "UNHCR"],
      [420000, "UNHCR"],
      [300000, "UNHCR"],
      [291200, "UNHCR"],
      [100000, "UN"],
      [3000, null],
    ]);
  });

  it("gives a release's maker, named on a line of its own, the figures it tells of in its own voice", () => {
    const release = [
      "July the bloodiest month yet",
      "",
      "SYRIAN OBSERVATORY FOR HUMAN RIGHTS - documentation release, Saturday 4 August 2012",
      "",
      "Our network of activists, doctors and medical sources recorded the deaths of 4,239 people in July.",
      "The UN refugee agency said 12,000 people crossed into Turkey in the same month.",
      "June claimed 2,917 lives.",
      '"We counted 40 dead in one day," a doctor in Deir Ezzor said.',
    ].join("\n");
    expect(sourcesOf(release, "2012-08-04")).toEqual([
      [4239, "SOHR"],
      [12000, "UNHCR"],
      [2917, "SOHR"],
      // (a doctor quoted in it is no voice of the maker's)
      [40, "doctors"],
    ]);
  });

  it("reads 'the London-based group' as the London monitor the report named, else as the Observatory", () => {
    expect(
      sourcesOf(
        "The Syrian Human Rights Committee said on Friday it counted 1,200 deaths in October. Twenty-two died under torture, the London-based group said.",
        "2016-11-04",
      ).map(([, s]) => s),
    ).toEqual(["SHRC", "SHRC"]);
    expect(sourceOf("Shelling killed 14 people in Douma, the London-based monitoring group said.")).toBe("SOHR");
  });

  it("does not let a source that opens the next clause with its own figures take the clause before", () => {
    expect(
      sourcesOf(
        "Nationwide, the Observatory has now recorded over 312,000 deaths, and the UN refugee agency counts 4.8 million Syrians who have fled abroad.",
      ),
    ).toEqual([
      [312000, "SOHR"],
      [4800000, "UNHCR"],
    ]);
    // "UN figures show" still speaks for the number before it
    expect(sourceOf("More than 4.8 million Syrians have fled abroad, UN figures show.")).toBe("UN");
  });

  it("keeps a counting body's voice through a run of its figures, sentence after sentence", () => {
    const text =
      "The Observatory counted 40 deaths in Raqqa on Monday. The Syrian Human Rights Committee documented 1,956 deaths in November. " +
      "The committee attributed most of the deaths to air raids. By province. Aleppo province bore the brunt, with 1,118 dead. " +
      "It was followed by Idlib with 244. Nine people died in Damascus itself.";
    expect(sourcesOf(text, "2016-12-01")).toEqual([
      [40, "SOHR"],
      [1956, "SHRC"],
      [1118, "SHRC"],
      [244, "SHRC"],
      [9, "SHRC"],
    ]);
  });

  it("does not take a country that is only where the speakers are for the speaker", () => {
    expect(sourceOf("Human rights activists in Lebanon said more than 35 people had died in the town.")).toBe(
      "activists",
    );
    expect(sourceOf("Lebanon said more than 3,000 Syrians had crossed the border.")).toBe("Lebanese government");
    // (nor a country after a direction: the refugees are the ones who reported)
    expect(
      sourceOf("Refugees crossing the desert into eastern Jordan reported that 12 people had died on the way."),
    ).not.toBe("Jordanian government");
    // (the UN's rights chief speaks for the UN)
    expect(sourceOf("The UN's human rights chief, Navi Pillay, says the war has killed more than 70,000.")).toBe("UN");
    expect(sourceOf("Lebanese local authorities estimated that about 4,000 Syrians had crossed the border.")).toBe(
      "Lebanese government",
    );
    expect(sourceOf("Jordanian local officials said 2,000 Syrians had crossed the border overnight.")).toBe(
      "Jordanian government",
    );
  });

  it("names a body the list does not know by its capitalised name, a place in it or not", () => {
    expect(sourceOf("The Hama Revolutionary Council said about 210 people had been killed in the village.")).toBe(
      "Hama Revolutionary Council",
    );
    // a known body keeps its short name, and a capitalised phrase that is not a body is no source
    expect(sourceOf("The Syrian Human Rights Committee said 210 people had been killed in the village.")).toBe("SHRC");
    expect(sourceOf("The Security Council met as 210 people were reported killed in the village.")).toBeNull();
    // what the body is of belongs to its name, where it works does not; a governor's office is named by its
    // place (a Turkish border province's governor speaks for Turkey's government, tested below)
    expect(sourceOf("The Supreme Council of the Syrian Revolution said about 60 students had died.")).toBe(
      "Supreme Council of the Syrian Revolution",
    );
    expect(
      sourceOf("Its head, who leads the Palestinian Liberation Front in Syria, said 21 people had been killed."),
    ).toBe("Palestinian Liberation Front");
    expect(
      sourceOf("The Martyrs Documentation Office in Daraa, a local monitoring group, counted 52 people killed."),
    ).toBe("Martyrs Documentation Office in Daraa");
    expect(sourceOf("Khan Sheikhoun's opposition-run local council said 30 people had died.")).toBe(
      "Khan Sheikhoun local council",
    );
    expect(sourceOf("The opposition-run Hama provincial council put the number of dead at about 45.")).toBe(
      "Hama provincial council",
    );
    expect(sourceOf("A local council official said 12 returning residents were wounded by mines.")).toBe(
      "local council",
    );
    // (a name with 'of' inside it: "the Syrian League for the Defence of Human Rights")
    expect(
      sourceOf(
        "Abdel Karim Rihawi, head of the Syrian League for the Defence of Human Rights, put the Hama toll at 100.",
      ),
    ).toBe("Syrian League for the Defence of Human Rights");
    // (a list's header naming who holds an area is no source of the lines under it)
    expect(
      sourcesOf(
        "SOHR documented 3,746 deaths in 2021.\n\nAreas held by the Syrian Democratic Forces (Al-Hasakah and Al-Raqqah):\n- 229 people killed by ISIS.",
      ),
    ).toEqual([
      [3746, "SOHR"],
      [229, "SOHR"],
    ]);
    // (and the person named beside such a body speaks for it later, by name, past another such body)
    expect(
      sourcesOf(
        "Abdel Karim Rihawi, head of the Syrian League for the Defence of Human Rights, put the Hama toll at 100. Ammar Qorabi, who leads the National Organisation for Human Rights, counted 95 dead in Hama. Activists said 90 had died. Elsewhere, Rihawi said, 19 people died in Deir Ezzor.",
      ),
    ).toEqual([
      [100, "Syrian League for the Defence of Human Rights"],
      [95, "National Organisation for Human Rights"],
      [90, "activists"],
      [19, "Syrian League for the Defence of Human Rights"],
    ]);
    expect(sourceOf("On Wednesday the opposition-run Idlib health directorate put the death toll at 100.")).toBe(
      "Idlib Health Directorate",
    );
    // (opening the sentence, or named by where it works)
    expect(sourceOf("The Idlib health directorate put the toll at one hundred.")).toBe("Idlib Health Directorate");
    expect(sourceOf("The health directorate in opposition-held Idlib gave the highest count: 100 dead.")).toBe(
      "Idlib Health Directorate",
    );
    expect(sourceOf("A tally published by the EA Worldview site puts the dead at about 700 civilians.")).toBe(
      "EA Worldview",
    );
    expect(sourceOf("The Syrian Department of Health reported 26 people killed by shelling on western Aleppo.")).toBe(
      "Syrian Department of Health",
    );
    expect(sourceOf("A strike near the border killed eight people, the Dohuk governor's office said.")).toBe(
      "Dohuk governor's office",
    );
  });
  it("reads 'its revised toll' as the toll of the body last named", () => {
    // (from the heldout5 feature on Syria's dead, September 2021)
    const text = [
      "The Syrian Observatory for Human Rights, which never stopped counting, works by a looser rule: it records deaths its sources on the ground can confirm, even where a name is missing. On 14 March, the eve of the war's eleventh year, it announced 388,652 documented deaths, 117,388 of them civilians and more than 22,000 of those children. Over 16,000 of the civilians, it said, had died in government detention. Left out of the list was an estimated 88,000 people believed to have died under torture in state prisons, whose deaths it could not confirm case by case. The same release reckoned that more than 2.1 million Syrians had been injured, many of them permanently disabled.",
      "Then, in June, after months of re-examining old reports in a quieter war, the monitor added 105,015 newly confirmed deaths at a stroke, most of them from late 2012 to November 2015. Its revised toll to 30 May stood at 494,438, including 159,774 civilians. Counting the deaths it believes happened but cannot yet document, the Observatory now speaks of more than 606,000.",
    ].join("\n\n");
    expect(sourcesOf(text, "2021-09-25").filter(([value]) => value === 494_438 || value === 159_774)).toEqual([
      [494_438, "SOHR"],
      [159_774, "SOHR"],
    ]);
  });

  it("reads 'it' saying a count as the counting body named in the sentence before, not the last one quoted", () => {
    const text = [
      "A second monitor, the Syrian Network for Human Rights, counted 2,400 people killed in the province over three months.",
      "The Syrian Observatory for Human Rights kept its own ledger of the worst ten days.",
      "Over those days it recorded 380 people killed in air raids on the city.",
    ].join(" ");
    expect(sourcesOf(text, "2014-03-25")).toEqual([
      [2400, "SNHR"],
      [380, "SOHR"],
    ]);
    // "announced" is said as well as "recorded"
    const announced = [
      "The UN said 350,209 people had been killed.",
      "The Syrian Observatory for Human Rights works by a looser rule.",
      "On 14 March it announced 388,652 documented deaths.",
    ].join(" ");
    expect(sourcesOf(announced, "2021-09-25")).toEqual([
      [350_209, "UN"],
      [388_652, "SOHR"],
    ]);
    // a party named in that sentence is not who counts: the body that keeps counts is
    const party = [
      "The Observatory keeps a separate ledger for the US-led coalition.",
      "Over two years, it says, coalition raids killed 5,900 people.",
    ].join(" ");
    expect(sourcesOf(party, "2016-09-25")).toEqual([[5900, "SOHR"]]);
  });
  it("does not credit a side others fight for ('loyal to the SDF') with the count", () => {
    const text = [
      "The Observatory recorded 547 deaths in January.",
      "Sixty civilians were assassinated by Islamic State (IS) cells, militiamen loyal to the SDF or to the government, and gunmen nobody has identified.",
    ].join(" ");
    expect(sourcesOf(text, "2021-02-01")).toEqual([
      [547, "SOHR"],
      [60, "SOHR"],
    ]);
  });
  it("names a government by its officials, and not the body its envoy is sent to", () => {
    const cases: Array<[string, string]> = [
      [
        "Britain's deputy envoy to the UN told reporters that some 1,800 civilians had been killed.",
        "British government",
      ],
      ["Syria's UN ambassador told the council that 75 students had been killed.", "Syrian government"],
      [
        "Bouthaina Shaaban, political and media adviser to President Bashar al-Assad, said 1,400 people had died.",
        "Syrian government",
      ],
      ["The French foreign minister said 90 people had died in the town.", "French government"],
      // the UN's own envoy is the UN; a monitor based in Britain is not Britain
      ["The UN envoy to Syria said 400 people had died.", "UN"],
      ["The Britain-based Observatory said 40 people were killed in Homs.", "SOHR"],
    ];
    for (const [sentence, source] of cases) expect(sourceOf(sentence), sentence).toBe(source);
  });

  it("does not credit the party a list's header blames with the lines under it", () => {
    const text = [
      "The Syrian Network for Human Rights published its tally for November. Its tables are reproduced below as lists.",
      "",
      "Killed by the Islamic State group",
      "- Total: at least 108",
      "- Civilians: 57",
      "",
      "Killed by armed opposition groups",
      "- Total: 70",
    ].join("\n");
    expect(sourcesOf(text, "2014-12-05")).toEqual([
      [108, "SNHR"],
      [57, "SNHR"],
      [70, "SNHR"],
    ]);
  });

  it("ties a person named after an organisation's title to it, for what they say later", () => {
    const text = [
      "The number of people killed has passed 5,000, the United Nations High Commissioner for Human Rights, Navi Pillay, told the Security Council on Monday.",
      "Syria's UN ambassador said 1,100 members of the security forces had died.",
      "According to Ms Pillay, at least 12,400 Syrians have sought refuge in neighbouring countries.",
      "On 14 October Ms Pillay had put the dead at over 3,000.",
    ].join("\n\n");
    expect(sourcesOf(text, "2011-12-13")).toEqual([
      [5000, "UN"],
      [1100, "Syrian government"],
      [12400, "UN"],
      [3000, "UN"],
    ]);
  });

  it("reads 'the agency' as the agency last named, not the UN as a whole named since", () => {
    const text = [
      "UNHCR spokesman Adrian Edwards told reporters that arrivals in Lebanon had passed one million.",
      "The UN believes some 6.5 million more are internally displaced inside Syria.",
      "When the agency last set out its country figures, Lebanon had about 932,000 refugees.",
    ].join(" ");
    expect(sourcesOf(text, "2014-04-03").at(-1)).toEqual([932000, "UNHCR"]);
  });

  it("credits the refugee agency with its register, in a report that names it", () => {
    const text = [
      "The UN refugee agency said 1.2 million Syrians had fled abroad.",
      "Lebanese officials put the number of Syrians in the country at over one million, and the Jordanian government said 500,000 had entered since 2011.",
      "As of Thursday, 474,461 Syrians were registered or awaiting registration in Lebanon.",
    ].join("\n\n");
    expect(sourcesOf(text, "2013-05-17").at(-1)).toEqual([474461, "UNHCR"]);
    // (not where the report never names it)
    expect(sourcesOf(text.replace("The UN refugee agency", "Aid workers"), "2013-05-17").at(-1)).not.toEqual([
      474461,
      "UNHCR",
    ]);
  });

  it("credits residents and witnesses who speak, one or more, however they were reached", () => {
    expect(
      sourceOf("A resident who reached reporters by telephone said that four people died in and near the mosque."),
    ).toBe("residents");
    expect(sourceOf("One resident told a news agency by telephone that at least 65 people had been killed.")).toBe(
      "residents",
    );
    // (not residents who are counted)
    expect(sourceOf("Shelling killed 12 residents of the town, activists said.")).toBe("activists");
  });

  it("does not let the organisation last quoted speak for other accounts", () => {
    const text =
      "The Syrian Observatory for Human Rights said at least 11 people were killed in the clashes in Homs on Saturday. Other accounts speak of no fewer than six dead in the clashes.";
    expect(sourcesOf(text, "2011-07-18")).toEqual([
      [11, "SOHR"],
      [6, null],
    ]);
  });

  it("names a league as a body, as it names a foundation or a committee", () => {
    expect(
      sourceOf(
        "Abdul-Karim Rihawi, head of the Syrian League for Human Rights in Damascus, counted 42 dead in Deir ez-Zor.",
      ),
    ).toBe("Syrian League for Human Rights");
  });

  it("reads an appositive after a body's name as what it is, not another body", () => {
    expect(
      sourceOf(
        "The Syrian National Council, the main opposition coalition abroad, said on Wednesday that 250 people had been killed.",
      ),
    ).toBe("Syrian National Council");
  });

  it("credits the body whose figures a sentence says it uses, for the list after its colon", () => {
    const text =
      "Background figures used by the United Nations this autumn give the scale of the crisis: more than 250,000 people have been killed in Syria since March 2011 and over one million injured.";
    expect(sourcesOf(text, "2015-12-08")).toEqual([
      [250000, "UN"],
      [1000000, "UN"],
    ]);
    // (not a place someone uses)
    expect(sourceOf("A bomb near a hotel used by UN staff wounded three people.")).toBeNull();
  });

  it("reads 'the New York-based group' as Human Rights Watch and Amman as Jordan's government", () => {
    expect(
      sourceOf(
        "The New York-based group said it had compiled the names of 167 people killed in the village of al-Bayda.",
      ),
    ).toBe("Human Rights Watch");
    expect(sourceOf("A car bomb killed seven Jordanian soldiers, according to Amman.")).toBe("Jordanian government");
    // (not a place in Amman)
    expect(sourceOf("A bomb in Amman killed seven people, police said.")).not.toBe("Jordanian government");
  });

  it("reads a government spokesman named without an article as the government of the host the sentence names", () => {
    expect(sourceOf("Jordan hosts more than 80,000 Syrian refugees, government spokesman Rakan al-Majali said.")).toBe(
      "Jordanian government",
    );
  });

  it("knows Avaaz, which kept a death count of its own", () => {
    const text =
      "The Local Coordination Committees said 78 people were shot dead. Wissam Tarif, a campaigner with the advocacy group Avaaz, put the Idlib dead at 269.";
    expect(sourcesOf(text, "2011-12-22")).toEqual([
      [78, "LCC"],
      [269, "Avaaz"],
    ]);
  });

  it("tells the state broadcaster from the state news agency", () => {
    expect(sourceOf("Syrian state television said 12 soldiers were killed in the ambush.")).toBe(
      "Syrian state television",
    );
    expect(sourceOf("The state news agency SANA said 12 soldiers were killed in the ambush.")).toBe("SANA");
    // (not another country's)
    expect(sourceOf("Turkish state television said 12 soldiers were killed in the ambush.")).not.toBe(
      "Syrian state television",
    );
  });

  it("credits a news agency with a tally of its own, not with what someone told it", () => {
    expect(sourceOf("Anadolu, the state news agency, put the dead in Afrin at 15.")).toBe("Anadolu");
    expect(sourceOf("According to an AFP tally, at least 46 people have been killed.")).toBe("AFP");
    expect(sourceOf("An activist told Reuters that 250 people had been killed.")).toBe("activists");
    expect(sourceOf("Aid officials speaking to the Associated Press put the number of displaced at 70,000.")).not.toBe(
      "Associated Press",
    );
  });

  it("credits a body by what it did with the count, not only by what it said", () => {
    expect(sourceOf("The Syrian Network for Human Rights has given a final toll of 1,204 people killed in May.")).toBe(
      "SNHR",
    );
    expect(sourceOf("The UN refugee agency tracked 4,300 people crossing into Jordan that week.")).toBe("UNHCR");
  });

  it("follows a body named without figures into the next sentence: its pronoun, or the kind of body it is", () => {
    const health = [
      "The World Health Organization raised the alarm at the end of March.",
      "In the four weeks to 28 March, it said, 41 children had died on the road to the camp.",
    ].join(" ");
    expect(sourcesOf(health, "2019-04-02")).toEqual([[41, "WHO"]]);
    const received = [
      "The Observatory has followed the siege since May.",
      "By Sunday it had received reports of at least 31 deaths from hunger.",
    ].join(" ");
    expect(sourcesOf(received, "2014-02-10")).toEqual([[31, "SOHR"]]);
    const aidGroup = [
      "The International Rescue Committee runs two clinics in the camp.",
      "Around 150 children have died there since January, the aid group said.",
    ].join(" ");
    expect(sourcesOf(aidGroup, "2019-04-02")).toEqual([[150, "IRC"]]);
  });

  it("reads a host country the sentence opens on as the government that counts 'by its own count'", () => {
    expect(
      sourceOf("Jordan, which fears a new influx, already hosts about 660,000 Syrian refugees by its own count."),
    ).toBe("Jordanian government");
    expect(sourceOf("Turkey, by its own count, already hosts around 3.5 million Syrian refugees, the UN said.")).toBe(
      "Turkish government",
    );
  });

  it("reads a government named bare as Syria's, unless a host country was named before it or takes in those it counts", () => {
    expect(
      sourceOf("The government, which gives no civilian toll, says more than 4,000 of its soldiers have been killed."),
    ).toBe("Syrian government");
    expect(sourceOf("Foreign ministry spokesman Jihad Makdissi later told reporters that 37 people had died.")).toBe(
      "Syrian government",
    );
    expect(
      sourceOf(
        "In Lebanon the government, which stopped registration in 2015, puts the number of Syrian refugees at 1.5 million.",
      ),
    ).toBe("Lebanese government");
    expect(
      sourceOf("The government says some 142,000 Syrians have sought refuge in Jordan since the uprising began."),
    ).toBe("Jordanian government");
    // a country named for another reason leaves the government Syria's
    expect(sourceOf("The government said 50 people were killed near the border with Turkey.")).toBe(
      "Syrian government",
    );
    expect(sourceOf("The Observatory keeps its own tally: at least 18 people have died of hunger in Madaya.")).toBe(
      "SOHR",
    );
  });

  it("credits a list's lines to the body its header points to, and 'the committees' to the committees", () => {
    const table = [
      "The Syrian Network for Human Rights documented the killing of 1,734 civilians in 2020.",
      "",
      "Set out by the party it holds responsible, the network's table reads:",
      "",
      "Syrian government forces: 432 civilians killed.",
      "Russian forces: 211 killed.",
      "",
      "The Observatory said 6,817 people were killed over the year.",
    ].join("\n");
    expect(sourcesOf(table, "2021-01-13")).toEqual([
      [1734, "SNHR"],
      [432, "SNHR"],
      [211, "SNHR"],
      [6817, "SOHR"],
    ]);
    const committees = [
      "The Local Coordination Committees, an activist network, reported heavy shelling on Monday.",
      "The Observatory said 30 soldiers died in Idlib.",
      "The Committees said 14 civilians were killed that day in Deraa province.",
    ].join(" ");
    expect(sourcesOf(committees, "2011-12-21")).toEqual([
      [30, "SOHR"],
      [14, "LCC"],
    ]);
  });

  it("credits the lines of a list whose header names no one to whoever gave the count it breaks down", () => {
    const report = (header: string, lines: string[]) =>
      [
        "The monitor's ledger: 364,792 dead in seven years, the Observatory says",
        "",
        "BEIRUT, 13 September 2018",
        "",
        "The Syrian Observatory for Human Rights released its latest count of the war dead on Thursday. The monitor, which draws on sources across the country, said the total had grown since March.",
        "",
        header,
        "",
        ...lines,
        "",
        "Displacement, as the United Nations counts it:",
        "",
        "- Newly displaced this year: over 920,000",
      ].join("\n");
    const lines = [
      "- All deaths recorded: 364,792",
      "- Civilians: 110,687",
      "- Pro-government forces: more than 124,000",
    ];
    const parts = (header: string, rows = lines) =>
      sourcesOf(report(header, rows), "2018-09-13").filter(([v]) => v !== 364792 && v !== 920000);
    expect(parts("The new count breaks down as follows:")).toEqual([
      [110687, "SOHR"],
      [124000, "SOHR"],
    ]);
    // a header that gives its lines' source, named or not, is not the count's
    const camps = [
      "OCHA said on Friday that 50,000 people were displaced in the governorate.",
      "",
      "A spokesman for the US-led coalition said on 20 June that around 200,000 people had fled the Raqqa area.",
      "",
      "Camps (figures from local authorities)",
      "- Karama: more than 35,000 displaced people",
      "- Ain Issa: 7,000",
    ].join("\n");
    expect(sourcesOf(camps, "2017-06-26").slice(2)).toEqual([
      [35000, null],
      [7000, null],
    ]);
    // nor is a line that says whose count it gives (a table of the record, written for heldout39)
    const table = fs.readFileSync(path.join(__dirname, "fixtures", "heldout39", "table-lebanon-2020-03.txt"), "utf8");
    const lebanon = figuresOf(table, "2020-03-13").find((f) => f.value === 1_500_000 && f.metric === "refugees");
    expect(lebanon?.sentence).toMatch(/by the government's count/);
    expect(lebanon?.attributedTo).toBeNull();
  });

  it("credits a source in brackets closing a line with what the line gives", () => {
    const text = [
      "How the count has moved:",
      "",
      "- 29 October: 595 dead, of whom 185 were civilians (Observatory)",
      "- 30 October: 610 dead (SOHR figures)",
    ].join("\n");
    expect(sourcesOf(text, "2015-11-30")).toEqual([
      [595, "SOHR"],
      [185, "SOHR"],
      [610, "SOHR"],
    ]);
    // an abbreviation in brackets after the full name is the same body speaking
    expect(sourceOf("The Syrian Observatory for Human Rights (SOHR) said 595 people were killed.")).toBe("SOHR");
    // a person of a body, in the bracket, speaks for the body
    const byPerson = [
      "Tolls given on Wednesday:",
      "",
      "- Idlib province: 269 dead, among them 9 civilians (Wissam Tarif of the campaign group Avaaz)",
      "- Homs: 20 dead (the LCC)",
    ].join("\n");
    expect(sourcesOf(byPerson, "2011-12-21")).toEqual([
      [269, "Avaaz"],
      [9, "Avaaz"],
      [20, "LCC"],
    ]);
  });

  it("does not take a party's forces for the source of a count they are blamed for", () => {
    expect(
      sourcesOf(
        "The network documented 1,106 civilian deaths in October. Syrian government forces and forces the network believes to be Russian were together responsible for 791 of these deaths.",
        "2016-11-01",
      ),
    ).toEqual([
      [1106, null],
      [791, null],
    ]);
    expect(sourceOf("On July 19 it said coalition raids had killed 104 civilians around Manbij since May 31.")).toBe(
      null,
    );
  });

  it("does not take a party whose fighters, with their allies, are counted for the count's source", () => {
    expect(
      sourcesOf(
        "The Observatory said 42 civilians had been killed. It says 66 YPG and allied fighters have been killed.",
        "2018-01-28",
      ),
    ).toEqual([
      [42, "SOHR"],
      [66, "SOHR"],
    ]);
  });

  it("credits a list's lines to the body its header's pronoun points back to", () => {
    const text = [
      "The Syrian Network for Human Rights documented the killing of 3,364 civilians in 2019.",
      "The Network assigns each death to the party it holds responsible.",
      "Its year-end breakdown, from the 27-page report, is reproduced below:",
      "",
      "- Syrian regime forces: 1,497",
      "- Russian forces: 452",
    ].join("\n");
    expect(sourcesOf(text, "2019-12-31")).toEqual([
      [3364, "SNHR"],
      [1497, "SNHR"],
      [452, "SNHR"],
    ]);
  });

  it("keeps the source of the count a headed table breaks down, when that source is resolved later", () => {
    const text = [
      "The Syrian Network for Human Rights (SNHR) documented the killing of at least 277 civilians in November, according to its monthly report. Two media workers and three medical staff were among the dead.",
      "",
      "The 23-page report assigns the month's civilian deaths to the following parties:",
      "",
      "| Party | Civilians killed |",
      "|---|---|",
      "| Syrian government forces | 56 |",
      "| Russian forces | 70 |",
    ].join("\n");
    expect(sourcesOf(text, "2019-12-02")).toEqual([
      [277, "SNHR"],
      [2, "SNHR"],
      [3, "SNHR"],
      [56, "SNHR"],
      [70, "SNHR"],
    ]);
  });

  it("credits the lines under a heading that names a body to that body", () => {
    const text = [
      "Islamic State attacks on Sweida killed scores on Wednesday. Below are the main figures.",
      "",
      "Syrian Observatory for Human Rights (Britain-based monitor)",
      "- Thursday's tally: 246 dead.",
      "- Wednesday night: 221 dead.",
      "",
      "Syrian state media",
      "- 216 killed, about 150 wounded.",
      "",
      "Local journalists in the city",
      "- at least 175 dead.",
    ].join("\n");
    expect(sourcesOf(text, "2018-07-27")).toEqual([
      [246, "SOHR"],
      [221, "SOHR"],
      [216, "SANA"],
      [150, "SANA"],
      [175, null],
    ]);
  });

  it("credits a list line to the counting body its label names, not to a party it blames", () => {
    const text = [
      "The counts so far:",
      "",
      "- Syrian Observatory for Human Rights, 17 August: six NDF members killed on the first day of shelling.",
      "- UNHCR: 65,000 people displaced.",
      "- Islamic State: 129 civilians killed.",
    ].join("\n");
    expect(sourcesOf(text, "2016-08-24")).toEqual([
      [6, "SOHR"],
      [65000, "UNHCR"],
      [129, null],
    ]);
  });

  it("credits a count read off a register to its keeper", () => {
    expect(sourceOf("It is ten times the level of a year ago, when UNHCR had 230,671 people on its books.")).toBe(
      "UNHCR",
    );
    expect(sourceOf("At the end of last year barely 6,000 Syrians were on UNHCR's books in Egypt.")).toBe("UNHCR");
    expect(sourceOf("As of 14 August, 37,740 Syrians had registered with UNHCR in Jordan.")).toBe("UNHCR");
  });

  it("credits the parts of a count over the same period to that count's source", () => {
    const text = [
      "The rights office of the UN said it had named 120,400 people killed in Syria between March 2011 and April 2014.",
      "",
      "A lawyer who worked on the list explained how names were checked against one another.",
      "",
      "The patterns are stark. Aleppo lost 31,200 people in that time.",
      "A security source quoted by Sputnik gave a lower count of 90,000 killed between March 2011 and April 2014.",
      "",
      "The Syrian Observatory for Human Rights, for its part, said on Monday that 170,000 people had died since the uprising began.",
    ].join("\n");
    expect(sourcesOf(text, "2014-08-22")).toEqual([
      [120400, "UN"],
      [31200, "UN"],
      [90000, null],
      [170000, "SOHR"],
    ]);
  });

  it("leaves a source quoted in the next clause to that clause", () => {
    expect(
      sourcesOf(
        "Local activists soon spoke of more than 30 dead, while a Turkish website quoting the Syrian Observatory for Human Rights had 26 dead.",
        "2018-06-10",
      ),
    ).toEqual([
      [30, "activists"],
      [26, "SOHR"],
    ]);
  });

  it("reads 'one said', 'another gave' and 'they were speaking of' as the people the sentence before quoted", () => {
    const text = [
      "The Observatory counted 150 dead in the village.",
      "Activists in the village said the army had shelled it all day.",
      "One said he could confirm 74 deaths.",
      "By the evening they were speaking of at least 100 dead.",
    ].join(" ");
    expect(sourcesOf(text, "2012-07-14")).toEqual([
      [150, "SOHR"],
      [74, "activists"],
      [100, "activists"],
    ]);
    // (or spoke of them saying nothing there)
    const stepped = [
      "The Observatory counted 150 dead in the village.",
      "By Friday night some activists had stepped back from that claim.",
      "One said he could confirm 74 deaths.",
    ].join(" ");
    expect(sourcesOf(stepped, "2012-07-14")).toEqual([
      [150, "SOHR"],
      [74, "activists"],
    ]);
    // (or closed on "they said")
    const closed = [
      "Activists in Baba Amr said more than 60 bodies were pulled from one part of the district.",
      "That came on top of 21 people killed there earlier in the day, they said.",
    ].join(" ");
    expect(sourcesOf(closed, "2012-02-22")).toEqual([
      [60, "activists"],
      [21, "activists"],
    ]);
  });

  it("reads 'he said' as the person last named, for the organisation they were tied to", () => {
    const text = [
      "Families in the valley counted their dead on Sunday, as the UN called for a pause in the fighting.",
      "",
      "Rami Abdulrahman, who heads the Syrian Observatory for Human Rights, relied on doctors for his count. At least 96 people had been killed in the town, he said.",
      "",
      "An activist in the area said 40 wounded had been carried out. At the same time, he said, about 300 families had fled to the hills.",
    ].join("\n");
    expect(sourcesOf(text, "2012-02-13")).toEqual([
      [96, "SOHR"],
      [40, "activists"],
    ]);
    // (an envoy to the UN speaks for the government that sent him, not for the UN)
    expect(
      sourcesOf(
        "On Tuesday, Britain's deputy envoy to the UN, Philip Parham, told reporters that 2,000 civilians had been killed. Tens of thousands had fled their homes, he said.",
        "2011-08-12",
      ),
    ).toEqual([
      [2000, "British government"],
      [20000, "British government"],
    ]);
    // (a person set off as "of" a body, however it is described, speaks for it)
    expect(
      sourcesOf(
        "The Observatory counted 111 dead in Idlib. Wissam Tarif, of the campaign group Avaaz, went further still: 269 people, he told the BBC, had died in the province on Tuesday.",
        "2011-12-21",
      ),
    ).toEqual([
      [111, "SOHR"],
      [269, "Avaaz"],
    ]);
  });

  it("reads Turkey's ministries, its border provinces' governors, its asides and unnamed officials as a government", () => {
    expect(sourceOf("Turkey's foreign ministry said 3,100 Syrians crossed the border on Friday.")).toBe(
      "Turkish government",
    );
    expect(sourceOf("Nineteen soldiers were killed on Monday, the governor of Turkey's Kilis province said.")).toBe(
      "Turkish government",
    );
    expect(sourceOf("The governor's office in Hatay said 41 people had been wounded.")).toBe("Turkish government");
    expect(
      sourceOf("At least 33 soldiers were killed on Thursday, the governor of Turkey's southern Hatay province said."),
    ).toBe("Turkish government");
    // (officials no word names: Turkey's where the count is in its border provinces, Syria's where they count its
    // forces or the gangs it blames, and no one's otherwise)
    expect(sourceOf("More than 30 soldiers were wounded and taken to hospitals in Hatay, officials said.")).toBe(
      "Turkish government",
    );
    expect(sourceOf('Officials later said more than 50 people died in clashes with "armed gangs".')).toBe(
      "Syrian government",
    );
    expect(sourceOf("Authorities said more than 120 members of the security forces died in the town.")).toBe(
      "Syrian government",
    );
    expect(sourceOf("Two people died in the raid, officials said.")).toBeNull();
    // ("the governor" named again is the governor's government)
    expect(
      sourcesOf(
        "At least 33 soldiers were killed, Rahmi Dogan, the governor of Turkey's Hatay province, said. The Observatory put the toll at 34. The governor's earlier statements had put the number of dead at 22.",
        "2020-02-28",
      ),
    ).toEqual([
      [33, "Turkish government"],
      [34, "SOHR"],
      [22, "Turkish government"],
    ]);
    // (a neighbour's security or border officials are its government)
    expect(sourceOf("Turkish border officials said 50,000 Syrians had crossed into Turkey since Friday.")).toBe(
      "Turkish government",
    );
    expect(sourceOf("Lebanese security officials say more than 10,000 Syrians are in Lebanon.")).toBe(
      "Lebanese government",
    );
    expect(sourceOf("Turkey, which says it hosts more than 3.1 million Syrian refugees, has shut the border.")).toBe(
      "Turkish government",
    );
    // (a Syrian province's governor is not Turkey's: Syria's government appoints them)
    expect(sourceOf("The governor of Homs said 27 people had been wounded.")).toBe("Syrian government");
  });

  it("credits one doctor who speaks to doctors, but not a doctor among the dead", () => {
    expect(sourceOf("In Talbiseh, a doctor told Reuters that 14 people had been killed.")).toBe("doctors");
    expect(sourceOf("A surgeon at the town's hospital said 60 wounded people had been brought in.")).toBe("doctors");
    expect(sourceOf("Ahmad Hamdan, a doctor at a clinic in Douma, said 35 people had died.")).toBe("doctors");
    expect(sourceOf("A doctor was among the 30 people killed in the raid.")).toBe(null);
  });

  it("credits residents who speak together with someone else", () => {
    expect(sourceOf("Two residents and a nurse told Reuters that 19 people died when the market was hit.")).toBe(
      "residents",
    );
  });

  it("reads 'its December report' and 'its first detailed report' as the body last named", () => {
    const text =
      "The Observatory said 1,900 people died in December. The Syrian Network for Human Rights, which counts only civilians, published its annual report on 1 January. " +
      "Its December report listed 512 civilians killed. Its first detailed report had listed 254 civilian deaths.";
    expect(sourcesOf(text, "2018-01-02")).toEqual([
      [1900, "SOHR"],
      [512, "SNHR"],
      [254, "SNHR"],
    ]);
    // its findings, its study: what the body named before found
    const findings =
      "The Observatory said 40 people died in the fighting. Human Rights Watch then sent researchers to five villages. Its findings, published on Friday, are stark: at least 190 civilians were killed.";
    expect(sourcesOf(findings, "2013-10-11")).toEqual([
      [40, "SOHR"],
      [190, "Human Rights Watch"],
    ]);
  });

  it("reads 'It counted' as the White Helmets named just before in a sentence without figures", () => {
    const text =
      "The Observatory said strikes had killed 85,000 fighters. The White Helmets issued its own report today. It counted 1,848 civilians killed in those attacks.";
    expect(sourcesOf(text, "2018-09-30")).toEqual([
      [85000, "SOHR"],
      [1848, "White Helmets"],
    ]);
  });

  it("reads 'They put' as the officials named just before in a sentence without figures", () => {
    const text =
      "The UN said 12,000 had fled. Turkish officials have given few figures of their own. They put the arrivals at about 2,400 last Thursday.";
    expect(sourcesOf(text, "2011-06-17")).toEqual([
      [12000, "UN"],
      [2400, "Turkish government"],
    ]);
  });

  it("does not give a list the sources its header says the count was built from", () => {
    const text = [
      "The Syrian Observatory for Human Rights has documented the deaths of more than 36,000 people.",
      "The toll, built from names our activists collected and from medical sources in hospitals, is made up as follows:",
      "",
      "Civilians: 25,667",
      "Soldiers of the regular army: 9,044",
      "Defectors: 1,296",
    ].join("\n");
    expect(sourcesOf(text, "2012-10-31")).toEqual([
      [36000, "SOHR"],
      [25667, "SOHR"],
      [9044, "SOHR"],
      [1296, "SOHR"],
    ]);
  });

  it("gives a list the body its header points back to", () => {
    const text = [
      "Two sets of figures came out this week.",
      "",
      "CIVILIAN DEATHS, MARCH 2020",
      "Source: Syrian Network for Human Rights, monthly report. The network counts only the victims it can name.",
      "",
      "- Government forces: 96, including 20 children",
      "- Russian forces: 41",
    ].join("\n");
    expect(sourcesOf(text, "2020-04-02")).toEqual([
      [96, "SNHR"],
      [20, "SNHR"],
      [41, "SNHR"],
    ]);
  });

  it("leaves to no one a count that other, unnamed estimates give after a named body", () => {
    expect(
      sourcesOf(
        "The Observatory has documented 350,000 deaths, and estimates of everyone killed since March 2011 run to some 500,000.",
        "2018-12-30",
      ),
    ).toEqual([
      [350000, "SOHR"],
      [500000, null],
    ]);
    expect(
      sourcesOf(
        "Activists say 23,000 people have been killed; other tallies put the figure closer to 20,000.",
        "2012-08-20",
      ),
    ).toEqual([
      [23000, "activists"],
      [20000, null],
    ]);
    expect(
      sourcesOf(
        "The Observatory said 20 people died on Wednesday. On Thursday some reports put the toll at 55.",
        "2016-07-28",
      ),
    ).toEqual([
      [20, "SOHR"],
      [55, null],
    ]);
  });

  it("keeps a source a list line names in brackets to that line, and credits a briefing's summary to its maker", () => {
    const lines = [
      "The latest consolidated figures counted 198,000 Syrian refugees in four countries:",
      "- Jordan: 70,200",
      "- Turkey: 74,000 (the Turkish government's figure of 20 August)",
      "- Lebanon: 51,900",
      "- Iraq: 16,700",
    ];
    // (another body named elsewhere, so that the report has no one voice)
    const text = [...lines, "", "The Observatory said 5,000 people were killed in August."].join("\n");
    expect(sourcesOf(text, "2012-09-11").slice(0, 5)).toEqual([
      [198000, null],
      [70200, null],
      [74000, "Turkish government"],
      [51900, null],
      [16700, null],
    ]);
    const briefing = [
      "Briefing: the camp at six weeks",
      "",
      "GENEVA, 11 September 2012",
      "",
      "Summary of points made by the UN refugee agency (UNHCR) on Tuesday, as its chief visited the camp.",
      "",
      ...lines,
    ].join("\n");
    expect(sourcesOf(briefing, "2012-09-11")).toEqual([
      [198000, "UNHCR"],
      [70200, "UNHCR"],
      [74000, "Turkish government"],
      [51900, "UNHCR"],
      [16700, "UNHCR"],
    ]);
  });

  it("gives a list the body a 'Source:' line names just above its header", () => {
    const text = [
      "The Observatory said 61 people were killed on Monday.",
      "",
      "DISPLACEMENT IN THE NORTH-WEST",
      "Source: UN Office for the Coordination of Humanitarian Affairs (OCHA), situation reports. People internally displaced since 1 December, by date:",
      "",
      "- As of 2 January: almost 280,000",
      "- As of 16 January: nearly 330,000",
    ].join("\n");
    expect(sourcesOf(text, "2020-02-03")).toEqual([
      [61, "SOHR"],
      [280000, "OCHA"],
      [330000, "OCHA"],
    ]);
  });

  it("credits the parts of a count that names no start of its own to that count's source", () => {
    const text = [
      "Nine thousand and rising: a fifth tent city opens in Hatay",
      "",
      "YAYLADAGI, Turkey, 15 June 2011 - From our correspondent",
      "",
      "Turkey is now sheltering 9,200 Syrians in camps along its border, foreign ministry officials said on Wednesday, as more people fled Jisr al-Shughour, the northern town that troops retook at the weekend.",
      "",
      "At the ministry's first briefing, officials broke the camp population down. Some 2,400 of the refugees are women and 4,500 are children.",
      "",
      "The UN refugee agency said more than a thousand people had crossed on Tuesday.",
    ].join("\n");
    expect(sourcesOf(text, "2011-06-15")).toEqual([
      [9200, "Turkish government"],
      [2400, "Turkish government"],
      [4500, "Turkish government"],
      [1000, "UNHCR"],
    ]);
  });

  it("credits a count an unnamed spokesman gives for the body pointed back to ('its teams') to that body", () => {
    const text =
      "The White Helmets said they worked through the night in Douma. Its teams had recorded 265 deaths, including 44 children, a spokesman said.";
    expect(sourcesOf(text, "2015-08-17")).toEqual([
      [265, "White Helmets"],
      [44, "White Helmets"],
    ]);
    // (not a spokesman of another body: he is the other voice)
    expect(
      sourcesOf(
        "The White Helmets worked through the night in Douma. At least 265 people died, a hospital spokesman said.",
        "2015-08-17",
      ),
    ).toEqual([[265, null]]);
  });

  it("credits an unlisted clinic, outlet or foundation named as the speaker, past a 'citing' aside", () => {
    expect(
      sourceOf("Hassan Ubaid, director of the Atareb Primary Care Clinic, said more than 60 people had been wounded."),
    ).toBe("Atareb Primary Care Clinic");
    expect(sourceOf("Afrin Post put the death toll higher still, at 61.")).toBe("Afrin Post");
    expect(
      sourceOf(
        "The Fraternity Foundation for Human Rights, citing an eyewitness, gave a higher estimate: at least 100 dead.",
      ),
    ).toBe("Fraternity Foundation for Human Rights");
  });

  it("credits a body's own total, tally or figures named as the subject ('OCHA's running total … stood at')", () => {
    expect(
      sourceOf("OCHA's running total of people displaced in north-west Syria stood at about 284,000 on 29 December."),
    ).toBe("OCHA");
    expect(sourceOf("The Observatory's running tally now stands at more than 13,400 dead.")).toBe("SOHR");
  });

  it("credits those 'speaking of' a count and the UN named as 'the world body', but not sources a body relies on", () => {
    expect(sourceOf("A day earlier, UN officials were speaking of more than 270,000 displaced.")).toBe("UN");
    expect(sourceOf("The world body's office in Syria had reported sixty thousand displaced.")).toBe("UN");
    expect(
      sourceOf(
        "The Syrian Observatory for Human Rights, which relies on a wide network of activists and medical sources inside Syria, had earlier spoken of 32 dead.",
      ),
    ).toBe("SOHR");
  });

  it("credits a body 'counting' or that 'spoke on Wednesday of' a count, and 'it documents' the body before", () => {
    expect(sourceOf("By Monday the Observatory was counting six government soldiers dead.")).toBe("SOHR");
    expect(sourceOf("Activists spoke on Wednesday of more than 20 dead.")).toBe("activists");
    const text =
      "The Syrian Network for Human Rights issued its January report. It documents the deaths of at least 286 civilians.";
    expect(sourcesOf(text, "2020-02-01")).toEqual([[286, "SNHR"]]);
  });

  it("credits an unlisted body whose name holds a place or ends in 'Office', past a possessive, but never a time", () => {
    expect(sourceOf("The Syria Response Coordinators, a local monitoring group, counted 65 civilians killed.")).toBe(
      "Syria Response Coordinators",
    );
    expect(sourceOf("The Martyrs Documentation Office in Daraa has documented the deaths of at least 39 people.")).toBe(
      "Martyrs Documentation Office in Daraa",
    );
    expect(
      sourceOf("Its Emergency Coordination Centre said that 2,331 refugees had arrived in Iraq since Tuesday."),
    ).toBe("Emergency Coordination Centre");
    expect(sourceOf("By Saturday, the opposition news agency Masar Press was reporting 60 dead.")).not.toBe(
      "By Saturday",
    );
    expect(sourceOf("Inside Syria, UNHCR said 1.2 million people were internally displaced.")).toBe("UNHCR");
  });

  it("credits no place and day before 'a monitoring group said' or 'the agency said', no Syrian government in the Free Syrian Army", () => {
    expect(
      sourceOf(
        "Helicopters killed at least 51 people in rebel-held districts of Aleppo on Wednesday, a monitoring group said.",
      ),
    ).not.toBe("Aleppo on Wednesday");
    expect(
      sourceOf("An online tracker run by backers of the Free Syrian Army recorded 479 civilians killed in Ghouta."),
    ).not.toBe("Syrian government");
    // (nor a place before ", the agency said", which is the agency named before)
    const text =
      "By Sunday the semi-official Anatolia agency reported that 10,553 Syrians were sheltering in four tent camps. Another 38 Syrians with wounds had been taken to hospitals in Hatay, the agency said.";
    expect(sourcesOf(text, "2011-06-13")).toEqual([
      [10553, "Anadolu"],
      [38, "Anadolu"],
    ]);
  });

  it("takes the sources a network is made of for no one's in a list's header", () => {
    const text = [
      "The Syrian Observatory for Human Rights has documented the deaths of 7,219 people across Syria during August 2014. Our network of activists, medical sources and correspondents inside the country recorded the dead as follows:",
      "",
      "Civilians: 2,015, including 281 children.",
      "Syrian rebel and Islamist fighters: 1,448.",
    ].join("\n");
    expect(sourcesOf(text, "2014-09-01")).toEqual([
      [7219, "SOHR"],
      [2015, "SOHR"],
      [281, "SOHR"],
      [1448, "SOHR"],
    ]);
  });

  it("takes the UN agency a headline names for the UN that a byline names", () => {
    const text = [
      "Syrian refugees top three million as needs soar, UNHCR says",
      "",
      "GENEVA, 29 August 2014 - UN briefing notes",
      "",
      "More than three million Syrians are now registered as refugees, the UN refugee agency said on Friday.",
      "",
      "As of 29 August, the largest refugee populations were in Lebanon (1.14 million) and Turkey (815,000).",
    ].join("\n");
    expect(sourcesOf(text, "2014-08-29")).toEqual([
      [3_000_000, "UNHCR"],
      [1_140_000, "UNHCR"],
      [815_000, "UNHCR"],
    ]);
  });

  it("hears activists who 'speak of' a toll, the main activist network, and a tally 'kept by' rights groups", () => {
    expect(sourceOf("Activists now speak of 103 people killed in the village.")).toBe("activists");
    expect(
      sourceOf("The main activist network behind the protests said on Sunday that 1,300 civilians had died."),
    ).toBe("activists");
    expect(sourceOf("By Friday a separate tally kept by Syrian rights groups stood at 1,297 civilians killed.")).toBe(
      "rights groups",
    );
  });

  it("reads a count set 'a little below the UN total, which is a week newer' as no rate and not the UN's", () => {
    const figure = onlyFigure(
      "Its latest statement, issued on December 3, put the number housed in Turkish camps and hospitals at 132,920, a little below the UN total, which is a week newer.",
      "2012-12-12",
    );
    expect([figure.value, figure.attributedTo]).toEqual([132_920, null]);
  });

  it("hears the UN's spokesmen, its human rights chief and a body's running count", () => {
    expect(sourceOf("More than 84 people had died on the road, said Jens Laerke, a spokesman for OCHA.")).toBe("OCHA");
    expect(sourceOf("More than 84 people had died on the road, said a spokesman for the UN humanitarian office.")).toBe(
      "OCHA",
    );
    expect(
      sourceOf("On Tuesday the Secretary-General's spokesman said more than 95,000 people had been displaced."),
    ).toBe("UN");
    expect(
      sourceOf(
        "The UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein, said the clashes had displaced 20,000.",
      ),
    ).toBe("UN");
    expect(sourceOf("OCHA's running count for the period up to Monday stood at 875,000 displaced.")).toBe("OCHA");
  });

  it("takes 'Syrian Observatory for Human Rights - monthly documentation - 1 September 2014' for a byline, not its voice for others' tallies", () => {
    const text = [
      "SOHR documents 7,219 deaths in August",
      "",
      "Syrian Observatory for Human Rights - monthly documentation - 1 September 2014",
      "",
      "We estimate that about 1,000 more fighters died than we were able to record. On 5 August IS beheaded three Sheitaat men. Tallies circulating in mid-August put the overall toll of the war at more than 170,000.",
    ].join("\n");
    expect(sourcesOf(text, "2014-09-01")).toEqual([
      [7219, "SOHR"],
      [1000, "SOHR"],
      [3, "SOHR"],
      [170_000, null],
    ]);
  });

  it("takes a body whose dead a count puts for no speaker: 'puts the dead among the SDF at 730'", () => {
    const text =
      "More than 630 civilians were killed in the offensive, according to the Syrian Observatory for Human Rights. The same count puts the dead among the SDF at 730 fighters. It counts 1,600 IS fighters killed in the same period.";
    expect(sourcesOf(text, "2019-03-24")).toEqual([
      [630, "SOHR"],
      [730, "SOHR"],
      [1600, "SOHR"],
    ]);
  });

  it("credits a body named before 'and local activists', but not a crowd before another", () => {
    expect(sourceOf("The Syrian Network for Human Rights and local activists put the dead at 104.")).toBe("SNHR");
    expect(sourceOf("Rights groups and opposition activists put the dead at 200.")).not.toBe("rights groups");
  });

  it("takes 'those rescuers' for the rescue service named before", () => {
    const text =
      "At least 300 people were hurt, according to the Douma branch of the Syrian Civil Defence, the volunteer rescue service. Those rescuers have now identified 95 of the dead by name.";
    expect(sourcesOf(text, "2015-08-17")).toEqual([
      [300, "White Helmets"],
      [95, "White Helmets"],
    ]);
  });

  it("takes the body 'it believes' points back to", () => {
    const text =
      "The UN human rights office said 191,369 people had been killed. The Britain-based Syrian Observatory for Human Rights said on Thursday it had now documented 180,215 deaths. Because every side hides its losses, it believes the true toll is more than 250,000.";
    expect(sourcesOf(text, "2014-08-23")).toEqual([
      [191_369, "OHCHR"],
      [180_215, "SOHR"],
      [250_000, "SOHR"],
    ]);
  });

  it("reads the American military, by its names, apart from the coalition it leads", () => {
    expect(sourceOf("Six days later a US military spokesman, Colonel Ryan Dillon, said around 200,000 had fled.")).toBe(
      "US military",
    );
    expect(sourceOf("Late on Wednesday, U.S. Central Command said four Americans had been killed.")).toBe(
      "US military",
    );
    expect(sourceOf("The Pentagon said 11 militants were killed in the raid.")).toBe("US military");
    expect(sourceOf("The U.S.-led coalition said its strikes had killed 40 militants.")).toBe("US-led coalition");
  });

  it("reads the independent international commission of inquiry as the UN's", () => {
    expect(
      sourceOf(
        "The independent international commission of inquiry, whose report was released on Monday, documented the deaths of at least 256 children.",
      ),
    ).toBe("UN");
  });

  it("reads a body as the speaker past a few words and an aside before its verb", () => {
    expect(
      sourceOf(
        "Nationwide, OCHA's bulletin for the second half of August, which ran to 29 August, counted 6.1 million internally displaced people.",
      ),
    ).toBe("OCHA");
    expect(
      sourceOf(
        "An SDF commander in nearby Ain Issa, speaking on condition of anonymity, put the toll at no fewer than 15 dead.",
      ),
    ).toBe("SDF");
  });

  it("reads a news agency the lists do not know by its one-word name, and the Anatolian agency as Anadolu", () => {
    expect(sourceOf("Mortar rounds killed eight people in the town, the DIHA news agency reported on Tuesday.")).toBe(
      "DIHA",
    );
    expect(sourceOf("The Kurdish Hawar news agency reported 13 civilians dead.")).toBe("Hawar");
    // (a people is no agency's name)
    expect(sourceOf("The Turkish news agency said 13 civilians were killed.")).not.toBe("Turkish");
    expect(sourceOf("The state-run Anatolian news agency said around 5,000 people had crossed into Turkey.")).toBe(
      "Anadolu",
    );
  });

  it("takes 'by his account' and 'that tally' for the source named before, past a paragraph's break", () => {
    const text = [
      "The fight has cost at least 1,013 lives, according to figures Rami Abdel Rahman gave reporters on Sunday.",
      "Abdel Rahman heads the Syrian Observatory for Human Rights. Most of the dead, by his account, were jihadists: 609 of them belonged to the Islamic State group.",
      "The new total is well above the one the same group published on October 26. Covering the first 40 days, that tally documented 815 dead. Pentagon officials have said coalition strikes killed several hundred more.",
    ].join("\n\n");
    expect(sourcesOf(text, "2014-11-11")).toEqual([
      [1013, "SOHR"],
      [609, "SOHR"],
      [815, "SOHR"],
      [300, "US military"],
    ]);
  });

  it("reads 'The Observatory' opening a sentence as the Observatory, for a pronoun after it", () => {
    const text = [
      "When IS took Abu Hamam on August 10, thousands fled toward Albu Kamal, according to the Syrian Network for Human Rights.",
      "The Observatory said on August 21 that the war's toll had passed 180,000. It added that at least 70,000 people had died since the chemical attack.",
    ].join("\n\n");
    expect(sourcesOf(text, "2014-08-29")).toEqual([
      [2000, "SNHR"],
      [180_000, "SOHR"],
      [70_000, "SOHR"],
    ]);
  });

  it("reads a Syrian province's governor as the Syrian government, and a Turkish one's as Turkey's", () => {
    expect(
      sourceOf("Mohammed Wahid Akkad, the governor of Aleppo, told AFP by telephone that 82 people had died."),
    ).toBe("Syrian government");
    expect(sourceOf("The governor of Hatay said 1,200 Syrians had crossed overnight.")).toBe("Turkish government");
  });

  it("reads a body whose estimates were circulated, and not a name's short form in brackets as a source", () => {
    expect(
      sourceOf(
        "Between 40 and 110 people were killed in Nabek on Sunday, according to estimates circulated by the opposition Qalamoun Media Center.",
      ),
    ).toBe("Qalamoun Media Center");
    const text =
      "SOHR documented the deaths of 120 fighters in January, as follows:\n\n- 21 members of the Syria Democratic Forces (SDF), mostly targeted by ISIS cells;";
    expect(sourcesOf(text, "2021-02-01")).toEqual([
      [120, "SOHR"],
      [21, "SOHR"],
    ]);
  });

  it("reads OCHA's chiefs by name alone: 'Mr. Lowcock said', 'deputy relief coordinator Ursula Mueller'", () => {
    expect(
      sourceOf("In Idlib governorate, almost 400,000 people had been displaced since mid-December, Mr. Lowcock said."),
    ).toBe("OCHA");
    expect(
      sourceOf(
        "In late July, deputy relief coordinator Ursula Mueller said more than 200,000 people had fled their homes.",
      ),
    ).toBe("OCHA");
  });

  it("reads 'its flash update', 'that report also relayed' and 'our humanitarian colleagues' for the body meant", () => {
    const text =
      "OCHA said on Monday that fighting had displaced 20,000 people. Its flash update of 7 May recorded at least 80 civilian deaths. That report also relayed accounts of 1,500 people injured in a single week.";
    expect(sourcesOf(text, "2019-05-09")).toEqual([
      [20_000, "OCHA"],
      [80, "OCHA"],
      [1500, "OCHA"],
    ]);
    expect(
      sourceOf(
        "Our humanitarian colleagues tell us that an estimated 167,000 people have now been displaced in Afrin.",
      ),
    ).toBe("OCHA");
  });

  it("reads the body that closes a list line's label, before its day in brackets, as the line's source", () => {
    const text = [
      "Refugees in Lebanon",
      "- Syrians staying in villages of Wadi Khaled, UNHCR (mid-May): about 4,000",
      "- Security forces killed in Jisr al-Shughour on 6 June, Syrian state television: 120",
    ].join("\n");
    expect(sourcesOf(text, "2011-06-27")).toEqual([
      [4000, "UNHCR"],
      [120, "Syrian state television"],
    ]);
  });

  it("does not carry the line before's source to a line that names a voice of its own", () => {
    const text = [
      "Refugees in Lebanon",
      "- Syrians staying in villages of Wadi Khaled, UNHCR (mid-May): about 4,000",
      "- Total, according to a community leader (mid-May): about 5,000",
    ].join("\n");
    expect(sourcesOf(text, "2011-06-27")).toEqual([
      [4000, "UNHCR"],
      [5000, null],
    ]);
    expect(
      sourcesOf(
        "The Observatory says 465,000 people have died. Other estimates put the toll above 500,000.",
        "2018-12-10",
      ),
    ).toEqual([
      [465_000, "SOHR"],
      [500_000, null],
    ]);
  });

  it("does not take people a number counts for its source: 'Three doctors were among the dead, MSF said'", () => {
    expect(sourceOf("Three doctors were among the dead, MSF said.")).toBe("MSF");
    // (but a crowd that speaks does)
    expect(sourceOf("One activist said 122 bodies had been found within a single hour.")).toBe("activists");
  });

  it("gives a count to the body whose verb follows it, not to one named inside the count's words", () => {
    expect(
      sourceOf(
        "More than 8,400 Syrians are now sheltering in Turkish Red Crescent tent camps along the border, Turkish officials said on Wednesday.",
      ),
    ).toBe("Turkish government");
  });

  it("reads another country's state news agency by its name, and 'according to' a news agency as its word", () => {
    expect(sourceOf("The state news agency Anatolia said 4,300 Syrians had crossed into Turkey that day.")).toBe(
      "Anadolu",
    );
    expect(
      sourceOf("Six members of the hospital's staff were among the dead, according to the Associated Press."),
    ).toBe("Associated Press");
    // (not a news agency spoken to)
    expect(
      sourceOf("Six members of the hospital's staff were among the dead, a doctor told the Associated Press."),
    ).toBe("doctors");
  });

  it("keeps a person the report tied to a body with 'of' speaking for it, whatever the lists know of the name", () => {
    const text =
      "Antonio Guterres of UNHCR said 1.9 million Syrians were refugees. In April, Mr. Guterres said that over 400,000 had left the country in the previous seven weeks.";
    expect(sourcesOf(text, "2013-08-23")).toEqual([
      [1_900_000, "UNHCR"],
      [400_000, "UNHCR"],
    ]);
  });

  it("reads 'its observers' as the body named just before", () => {
    const text =
      "The Local Coordination Committees said 50 people had died. The United Nations moved more cautiously. Its observers reached Taldou on Saturday afternoon and confirmed at least 90 dead.";
    expect(sourcesOf(text, "2012-06-01")).toEqual([
      [50, "LCC"],
      [90, "UN"],
    ]);
  });

  it("gives the lines that go on with a count by the report's own people to the report's maker", () => {
    const text = [
      "SOHR: September the deadliest month of 2017",
      "",
      "The Syrian Observatory for Human Rights has documented the deaths of 3,055 people in September 2017, the highest monthly toll we have recorded this year.",
      "",
      "Our activists documented the deaths of 955 civilians during the month. By cause of death:",
      "- 395 were killed in raids by warplanes",
      "- 47 died in landmine explosions",
    ].join("\n");
    expect(sourcesOf(text, "2017-10-01")).toEqual([
      [3055, "SOHR"],
      [955, "SOHR"],
      [395, "SOHR"],
      [47, "SOHR"],
    ]);
  });

  it("reads a release whose first lines say which body puts it out, speaking as 'we', as that body's", () => {
    const text = [
      "1,402 civilians killed in Syria in November 2016, 1,099 of them by Syrian government and Russian forces",
      "",
      "SYRIA, 1 December 2016",
      "",
      "The Syrian Network for Human Rights (SNHR) today publishes its periodic death toll report for the month of November 2016. Our team documented the killing of 1,402 civilians across Syria during the month.",
      "",
      "In October we documented the killing of 1,106 civilians, 791 of them by Syrian and Russian forces. ISIS killed 129 civilians in October.",
      "",
      "Neither the Syrian government nor ISIS publishes or records its dead.",
    ].join("\n");
    const sources = sourcesOf(text, "2016-12-01");
    expect(sources.map(([v]) => v)).toEqual([1099, 1402, 1106, 791, 129]);
    expect(sources.filter(([, s]) => s !== "SNHR")).toEqual([]);
    // or that opens on its own count ("has documented") before speaking as "we", however many others it quotes
    const release = fs.readFileSync(
      path.join(__dirname, "fixtures", "heldout139", "monitor-syria-2012-09.txt"),
      "utf8",
    );
    const own = figuresOf(release, "2012-09-02").filter((f) => /When we last published|about 370/.test(f.sentence));
    expect(own.map((f) => f.value)).toEqual(expect.arrayContaining([370, 200, 23_002, 16_142, 5842, 1018]));
    expect(own.filter((f) => f.attributedTo !== "SOHR").map((f) => f.value)).toEqual([]);
    // or that opens on its name and its count in the past tense, or on closing "our register"
    const monthly = [
      "The Syrian Network for Human Rights (SNHR) documented the deaths of 2,231 people across Syria during April 2015.",
      "",
      "We attribute 1,884 deaths in April to government forces. Armed opposition factions killed 82 civilians.",
    ].join("\n");
    expect(sourcesOf(monthly, "2015-05-01")).toEqual([
      [2231, "SNHR"],
      [1884, "SNHR"],
      [82, "SNHR"],
    ]);
    const yearEnd = [
      "The Local Coordination Committees of Syria (LCC) today close our register of the dead for 2011. Our network of activists recorded by name 5,862 martyrs across the country.",
      "",
      "The register lists 287 prisoners who died under torture. We also counted 19 doctors among the dead.",
    ].join("\n");
    expect(sourcesOf(yearEnd, "2011-12-31")).toEqual([
      [5862, "LCC"],
      [287, "LCC"],
      [19, "LCC"],
    ]);
    // ("The Syrian Observatory for Human Rights today sets out what its network … has documented", then "We have
    // so far documented more than 60 people killed")
    const setsOut = fs.readFileSync(
      path.join(__dirname, "fixtures", "heldout160", "monitor-aleppo-2012-12.txt"),
      "utf8",
    );
    expect(sourcesOf(setsOut, "2012-12-24").slice(0, 2)).toEqual([
      [60, "SOHR"],
      [50, "SOHR"],
    ]);
    // (not where a correspondent's "we" comes before "The Britain-based group said … that it had documented")
    const written = fs.readFileSync(
      path.join(__dirname, "fixtures", "heldout46", "words-national-2017-12.txt"),
      "utf8",
    );
    const since = figuresOf(written, "2017-12-29").find((f) => f.value === 400_000);
    expect(since?.attributedTo).toBeNull();
  });

  it("ties a person named after a day and described in an aside to the body the aside names", () => {
    const text =
      "On 21 September Fuat Oktay, who heads the AFAD disaster agency, put the number at 100,000 refugees, while UNHCR said about 70,000 had crossed in the previous 24 hours.";
    expect(sourcesOf(text, "2014-10-11")[0]).toEqual([100_000, "Turkish government"]);
  });

  it("reads 'a new estimate from' a body as that body's", () => {
    const text =
      "At the briefing of 13 November, spokeswoman Melissa Fleming of UNHCR put the regional total at more than 407,000 refugees. She also passed on a new estimate from the Syrian Arab Red Crescent, whose volunteers work on the front lines: 2.5 million people are now displaced within Syria.";
    expect(sourcesOf(text, "2012-11-23")).toEqual([
      [407_000, "UNHCR"],
      [2_500_000, "SARC"],
    ]);
  });

  it("reads a body in brackets closing a list line, by its short form or by its name and short form", () => {
    const text = [
      "Civilian deaths:",
      "",
      "- January 2020: at least 186 civilians killed (UN human rights office, OHCHR)",
      "- 12 to 27 January 2020: at least 87 civilians killed (Syrian Network for Human Rights, SNHR)",
      "- 1 to 5 February 2020: at least 49 civilians killed, including 14 women (OHCHR)",
      "- Week to 26 February 2020: at least 9 children killed in attacks on schools in Idlib (UNICEF)",
    ].join("\n");
    expect(sourcesOf(text, "2020-02-28")).toEqual([
      [186, "OHCHR"],
      [87, "SNHR"],
      [49, "OHCHR"],
      [14, "OHCHR"],
      [9, "UNICEF"],
    ]);
    // (still the office, speaking, when its short form in brackets does not close the clause)
    expect(sourceOf("The office (OHCHR) recorded 51,731 named individuals killed in Aleppo governorate.")).toBe(
      "OHCHR",
    );
  });

  it("reads a body a list line's label names in brackets, alone or with its time, as the line's source", () => {
    const text = [
      "Figures in use this year include:",
      "",
      "- Syrian refugees worldwide (UNHCR, spring 2021): 6.6 million.",
      "- Civilians killed, by place (Local Coordination Committees): Deraa province 14; Homs 12",
    ].join("\n");
    expect(sourcesOf(text, "2021-09-25")).toEqual([
      [6_600_000, "UNHCR"],
      [14, "LCC"],
      [12, "LCC"],
    ]);
    // (a party a line blames, by its name and short form, does not count)
    const blamed = [
      "Syrian Human Rights Committee: monthly report",
      "",
      "The committee documented 148 deaths in March. By the party responsible:",
      "",
      "- Syrian Democratic Forces (SDF): 9",
    ].join("\n");
    expect(sourcesOf(blamed, "2020-04-01")).toEqual([
      [148, "SHRC"],
      [9, "SHRC"],
    ]);
  });

  it("does not carry the source of a list of the dead to a list under a paragraph about the displaced", () => {
    const text = [
      "The Syrian Network for Human Rights gives these monthly figures:",
      "",
      "- June 2021: 95 civilians killed.",
      "",
      "The displacement caused by the war remains on a scale no other crisis matches. Figures in use this year include:",
      "",
      "- Syrian refugees in Europe: more than 1 million.",
      "- Syrian refugees worldwide (UNHCR, spring 2021): 6.6 million.",
    ].join("\n");
    expect(sourcesOf(text, "2021-09-25")).toEqual([
      [95, "SNHR"],
      [1_000_000, null],
      [6_600_000, "UNHCR"],
    ]);
  });

  it("reads a sentence naming Medecins Sans Frontieres without a number, for 'the charity' after it", () => {
    const text =
      "Medecins Sans Frontieres, which had supplied the hospital since 2012, was among the first to speak. On Thursday the charity said at least 14 people had been killed.";
    expect(sourcesOf(text, "2016-04-30")).toEqual([[14, "MSF"]]);
  });

  it("reads a crowd inside what a body says as the body's word", () => {
    expect(
      sourceOf(
        "The Syrian American Medical Society, which supports hospitals in the enclave, said doctors there had recorded 40 casualties.",
      ),
    ).toBe("SAMS");
    expect(
      sourceOf("Human Rights Watch said local activists had given it the names of 62 dead from a single family."),
    ).toBe("Human Rights Watch");
    // (but a crowd that speaks on its own is its own)
    expect(sourceOf("The Observatory gave no figure, but doctors said 40 people had died.")).toBe("doctors");
  });

  it("does not take the people a body counts through for its voice", () => {
    expect(
      sourceOf(
        "The Syrian Observatory for Human Rights (SOHR), drawing on its network of activists and sources in every governorate, documented the deaths of 547 people across Syria during May.",
      ),
    ).toBe("SOHR");
  });

  it("reads 'the rescuers' as the rescue service named before", () => {
    const text =
      "The White Helmets, the civil defence service, said 12 people were killed in the raid. More than 300 people had been injured, the rescuers said.";
    expect(sourcesOf(text, "2017-04-05")).toEqual([
      [12, "White Helmets"],
      [300, "White Helmets"],
    ]);
  });

  it("reads a body's own people, named right after it, as the body", () => {
    expect(sourceOf("In a later count, Civil Defence rescuers put the dead at 12.")).toBe("White Helmets");
    expect(sourceOf("SOHR activists report that about 4,500 people left Ain Issa.")).toBe("SOHR");
  });

  it("reads 'the two agencies' as the first of the two bodies named last, as a joint statement is read", () => {
    const text =
      "UNHCR and UNICEF said on Friday that one million children had fled Syria. The two agencies also estimate that more than 2 million children have been displaced inside Syria.";
    expect(sourcesOf(text, "2013-08-23")).toEqual([
      [1_000_000, "UNHCR"],
      [2_000_000, "UNHCR"],
    ]);
  });

  it("reads a headline's bare 'monitor says' as the monitor", () => {
    expect(sourceOf("Strike on school sheltering displaced families near Raqqa kills at least 33, monitor says")).toBe(
      "SOHR",
    );
  });

  it("reads the authorities in Damascus as the Syrian government", () => {
    expect(
      sourceOf("The authorities in Damascus say more than 1,000 soldiers and police officers have been killed."),
    ).toBe("Syrian government");
    expect(sourceOf("Syria's health department said rebel shelling of the west had killed 26 people.")).toBe(
      "Syrian government",
    );
  });

  it("reads a person set beside a post that speaks for a body as that body's voice, before they say anything", () => {
    const text =
      "A war monitor based in Britain counted 40 dead. Rahmi Dogan, the governor of Turkey's Hatay province, was the first official to speak. Nine soldiers had been killed, he told the NTV channel. Early on Friday Dogan announced a final figure of 33 dead.";
    expect(sourcesOf(text, "2020-02-28")).toEqual([
      [40, "SOHR"],
      [9, "Turkish government"],
      [33, "Turkish government"],
    ]);
  });

  it("gives a list's lines the body its header names, over words that point back and over who compiled the figures", () => {
    const compiled =
      "Refugees. Syrians registered as refugees in the five main host countries, UNHCR figures as compiled by Amnesty International in December:\n\n- Turkey: 2.7 million\n- Lebanon: about 1 million\n";
    expect(sourcesOf(compiled, "2016-12-23")).toEqual([
      [2_700_000, "UNHCR"],
      [1_000_000, "UNHCR"],
    ]);
    expect(
      onlyBodyNamed(
        analyzeForSources(
          "Syrians registered as refugees, UNHCR figures as compiled by Amnesty International in December:",
        ),
      ),
    ).toBe("UNHCR");
    const office =
      "By the end of January, UNICEF reported that over 586,000 had been internally displaced in the northwest.\n\nOn civilian deaths, the Office of the UN High Commissioner for Human Rights (OHCHR) has verified the following:\n- January 2020: at least 186 civilians killed;\n";
    expect(sourcesOf(office, "2020-02-20")).toEqual([
      [586_000, "UNICEF"],
      [186, "OHCHR"],
    ]);
  });

  it("reads a body's own register or tally, told with 'according to' another, as the body's", () => {
    expect(
      sourceOf(
        "By the seventeenth, the Red Crescent's register listed more than 38,600 internally displaced people, according to an OCHA update.",
      ),
    ).toBe("SARC");
  });

  it("reads 'the mission' as the body named before", () => {
    // (the report's first eleven lines: the UN's observers, then "Later that day the mission said 92 bodies had been
    // found", a sentence that names no body of its own)
    const text = fs
      .readFileSync(path.join(__dirname, "fixtures", "heldout132", "hedges-houla-2012-05.txt"), "utf8")
      .split("\n")
      .slice(0, 11)
      .join("\n");
    expect(figuresOf(text, "2012-05-29").find((f) => f.value === 92)?.attributedTo).toBe("UN");
  });

  it("reads 'the Center' as the centre named before", () => {
    // (a monitor's monthly release: "The Damascus Center for Human Rights Studies (DCHRS) today publishes …", then
    // "the Center documented …", "the Center recorded …", and, further on, another body's count it republished)
    const text = fs.readFileSync(path.join(__dirname, "fixtures", "heldout142", "monitor-ghouta-2013-09.txt"), "utf8");
    const sourceOfValue = (value: number) => figuresOf(text, "2013-09-05").find((f) => f.value === value)?.attributedTo;
    expect([3377, 351, 232, 13].map(sourceOfValue)).toEqual(["DCHRS", "DCHRS", "DCHRS", "DCHRS"]);
  });

  it("reads Iraq's Kurdistan Regional Government, its crisis centre and 'the centre' after it as one body", () => {
    expect(sourceOf("The Kurdish regional government counted 2,331 refugees arriving since Tuesday.")).toBe(
      "Kurdistan Regional Government",
    );
    expect(sourceOf("Its Joint Crisis Coordination Centre said that 2,331 refugees had arrived since Tuesday.")).toBe(
      "Kurdistan Regional Government",
    );
    const text =
      "The Kurdistan Regional Government's crisis centre gave a higher count, saying 2,331 refugees had arrived since Tuesday. The region was already hosting 226,336 Syrian refugees, the centre said.";
    expect(sourcesOf(text, "2019-10-18")).toEqual([
      [2331, "Kurdistan Regional Government"],
      [226336, "Kurdistan Regional Government"],
    ]);
  });

  it("ties a spokesman a sentence opens on to the body just named, for his surname later", () => {
    // ("… the UN refugee agency UNHCR told reporters … on Friday. Spokesman Adrian Edwards said …", and two
    // paragraphs on "… when it stood at 18,700, to more than 56,000 now, Edwards said")
    const text = fs.readFileSync(path.join(__dirname, "fixtures", "heldout125", "un-geneva-2012-11.txt"), "utf8");
    expect(figuresOf(text, "2012-11-23").find((f) => f.value === 18700)?.attributedTo).toBe("UNHCR");
  });
});
