import { describe, expect, it } from "vitest";
import { extractedFigureSchema } from "@/lib/schema";
import { generateCorpus } from "./bench-corpus";
import { ExtractError } from "./errors";
import { extractFigures } from "./extract-figures";
import { figuresOf, pairsOf } from "./test-helpers";

describe("extractFigures", () => {
  it("fills every field of the record", () => {
    const sentence = "The United Nations says over 9,000 people have been killed in the past 12 months.";
    expect(extractFigures(`Syria's year of bloodshed\n\n${sentence}`, { published: "2012-03-20" })).toEqual([
      {
        metric: "killed",
        value: 9000,
        high: null,
        qualifier: "at_least",
        vague: false,
        periodStart: "2011-03-15",
        periodEnd: "2012-03-20",
        scope: "national",
        location: "Syria",
        group: null,
        attributedTo: "UN",
        sentence,
      },
    ]);
  });

  it("reads a list whose header follows a sentence that gave only a count to compare with, without failing", () => {
    const text =
      "The toll fell, down from the 4,475 deaths recorded in August.\nThe breakdown by province:\n- Idlib: 100\n";
    expect(() => extractFigures(text, { published: "2016-10-02" })).not.toThrow();
  });

  it("keeps a range with its upper end", () => {
    expect(figuresOf("Between 2,000 and 3,000 people fled Tal Rifaat on Sunday.")[0]).toMatchObject({
      value: 2000,
      high: 3000,
      metric: "displaced",
    });
  });

  it("does not count a headline's figure twice", () => {
    const text =
      "At least 30 killed in Aleppo market strike\n\nAt least 30 people were killed when jets struck a market in Aleppo on Tuesday, activists said.";
    expect(figuresOf(text)).toHaveLength(1);
  });

  it("keeps a list's line whose number a sentence before gave for another count", () => {
    const text = [
      "SHRC: 106 people killed in Syria in August 2021",
      "",
      "The Syrian Human Rights Committee documented the killing of 106 people in Syria during August 2021. The victims included 33 children and 12 women.",
      "",
      "Distribution by governorate",
      "",
      "Daraa: 33",
      "Idlib: 18",
    ].join("\n");
    expect(figuresOf(text, "2021-09-01").map((f) => `${f.value}:${f.group ?? f.location}`)).toEqual([
      "106:null",
      "33:children",
      "12:women",
      "33:Daraa",
      "18:Idlib",
    ]);
  });

  it("reads a breakdown whose metric the sentence before gave, with its source", () => {
    const figures = figuresOf(
      "The Syrian Network for Human Rights said 18,400 people had been killed in the province since 2012. " +
        "Of those, 11,200 were civilians, 5,100 fighters and 640 army defectors.",
    );
    expect(figures.map((f) => [f.metric, f.value, f.group, f.attributedTo])).toEqual([
      ["killed", 18400, null, "SNHR"],
      ["killed", 11200, "civilians", "SNHR"],
      ["killed", 5100, "fighters", "SNHR"],
      ["killed", 640, "defectors", "SNHR"],
    ]);
  });

  it("reads the next items of a ranked list, the metric said once", () => {
    const values = (text: string) => figuresOf(text).map((f) => `${f.metric}:${f.value}`);
    expect(
      values(
        "Clashes killed 2,310 people in June, the monitor said. July followed with 1,870 deaths and August with 1,455.",
      ),
    ).toEqual(["killed:2310", "killed:1870", "killed:1455"]);
    expect(
      values(
        "Some 640,000 Syrians have registered as refugees. Jordan leads with 210,000, ahead of Lebanon at 198,000. Iraq hosts 61,000.",
      ),
    ).toEqual(["refugees:640000", "refugees:210000", "refugees:198000", "refugees:61000"]);
    // without a figure just before, such a sentence gives nothing
    expect(values("The village council met in June. July followed with 1,870 visitors.")).toEqual([]);
  });

  it("reads a list of host countries and their counts after the sentence that names the count", () => {
    const text =
      "The UN refugee agency UNHCR said on Tuesday that 2.4 million Syrians have now registered as refugees abroad. " +
      "The agency's breakdown shows where they went. Lebanon hosts 905,000 registered Syrians. " +
      "Next come Turkey with 760,000, Jordan with 590,000 and Iraq with 201,000.";
    const figures = figuresOf(text, "2014-05-20");
    expect(figures.map((f) => `${f.metric}:${f.value}:${f.location}:${f.attributedTo}`)).toEqual([
      "refugees:2400000:Syria:UNHCR",
      "refugees:905000:Lebanon:UNHCR",
      "refugees:760000:Turkey:UNHCR",
      "refugees:590000:Jordan:UNHCR",
      "refugees:201000:Iraq:UNHCR",
    ]);
    // a country and a number, with no count named just before, are no refugee figure
    expect(pairsOf("The match ended with Jordan at 2, Lebanon at 1.")).toEqual([]);
  });

  it("reads items whose verb and noun were left out, counting the same people as the first", () => {
    const text =
      "The Syrian Network for Human Rights recorded 190 civilian deaths in March. " +
      "The group, which the UN has cited in its own reports, blames each death on one party. " +
      "By its reckoning, government forces killed 88 civilians, Russian aircraft 41 and the Islamic State group nine.";
    const figures = figuresOf(text, "2020-04-01");
    expect(figures.map((f) => `${f.value}:${f.group}:${f.attributedTo}`)).toEqual([
      "190:civilians:SNHR",
      "88:civilians:SNHR",
      "41:civilians:SNHR",
      "9:civilians:SNHR",
    ]);
    // an item with a verb of its own is a clause, not a gapped item
    expect(pairsOf("Shelling killed 14 people in Ariha, the monitor said 30 were hurt.")).toEqual([
      "killed:14",
      "injured:30",
    ]);
    expect(pairsOf("The army fired 30 rockets, the rebels 12.")).toEqual([]);
  });

  it("reads a breakdown of a caseload, and a part of the displaced as the kind just counted", () => {
    const text =
      "OCHA said on Monday that 12,300 people had been displaced inside Syria from Jisr al-Shughur since Friday. " +
      "The recorded caseload consists of about 5,100 women, over 6,000 children and some 1,200 men. " +
      "Roughly 900 of the displaced are sheltering in two schools.";
    expect(figuresOf(text, "2019-06-03").map((f) => `${f.metric}:${f.value}`)).toEqual([
      "internally_displaced:12300",
      "internally_displaced:5100",
      "internally_displaced:6000",
      "internally_displaced:1200",
      "internally_displaced:900",
    ]);
    // (a share that "of whom" opens, before or after its number, whatever its own verb of moving says)
    expect(
      figuresOf(
        "OCHA counted 280,000 people internally displaced by 8 January, of whom some 26,000 went to northern Aleppo; 9,000 of them reached Afrin.",
        "2020-01-10",
      ).map((f) => `${f.metric}:${f.value}`),
    ).toEqual(["internally_displaced:280000", "internally_displaced:26000", "internally_displaced:9000"]);
  });

  it("reads a share of the count before ('account for N of them') with its group, and people living as refugees", () => {
    const text =
      "The Observatory says it has documented 402,000 deaths since 2011. Civilians account for 121,000 of them. " +
      "Another sentence about the weather follows.";
    expect(figuresOf(text, "2019-09-01").map((f) => `${f.metric}:${f.value}:${f.group}:${f.attributedTo}`)).toEqual([
      "killed:402000:null:SOHR",
      "killed:121000:civilians:SOHR",
    ]);
    // with its own count in the sentence, "of them" points to that count, not to the sentence before
    expect(pairsOf("UNHCR counts 12,000 new refugees. Shelling killed 40 people, 11 of them children.")).toEqual([
      "refugees:12000",
      "killed:40",
      "killed:11",
    ]);
    expect(pairsOf("Some 6.1 million are displaced inside Syria and 5.7 million live as refugees abroad.")).toEqual([
      "internally_displaced:6100000",
      "refugees:5700000",
    ]);
    // a sentence opening on "N of them" a sentence or two after the count it is part of
    const later =
      "Some 88,200 people are displaced inside Syria, the agency said. Most come from the east. " +
      "About 31,900 of them are children.";
    expect(pairsOf(later)).toEqual(["internally_displaced:88200", "internally_displaced:31900"]);
    // or on "A further N were …", the next part of the count broken down before, past a sentence with no number
    const further =
      "We have documented the deaths of 36,446 people. Of these, 25,667 were civilians. We count as civilians the residents who took up arms.\n\n" +
      "A further 9,044 were soldiers, and 1,296 were defectors.";
    expect(pairsOf(further)).toEqual(["killed:36446", "killed:25667", "killed:9044", "killed:1296"]);
  });

  it("reads a count given again as a figure, registrations that reached a number, and crossings out of Syria", () => {
    expect(
      pairsOf("The monitor now counts 4,200 dead in the province. Ten days ago it had given a figure of almost 3,000."),
    ).toEqual(["killed:4200", "killed:3000"]);
    expect(pairsOf("The number of Syrians registered or awaiting registration in Iraq has reached 61,400.")).toEqual([
      "refugees:61400",
    ]);
    expect(pairsOf("Nearly 150,000 people have crossed out of Syria since March, the agency said.")).toEqual([
      "refugees:150000",
    ]);
    // an age is not a count: "most of them under 11"
    expect(pairsOf("Half of all the refugees are children, most of them under 11.")).toEqual([]);
    // nor "women over eighteen"
    expect(
      pairsOf(
        "The strikes killed 90 people. Among them are 44 children under the age of eighteen and 30 women over eighteen.",
      ),
    ).toEqual(["killed:90", "killed:44", "killed:30"]);
  });

  it("reads a count set off by commas after its noun, and the number of people who entered a country", () => {
    expect(pairsOf("The deadliest month's toll, 3,912, came in May.")).toEqual(["killed:3912"]);
    expect(pairsOf("The largest number of recorded deaths, 9,310, was in Aleppo province.")).toEqual(["killed:9310"]);
    expect(
      pairsOf(
        "The governor said the number of Syrians who had entered Jordan that week exceeded 12,000. " +
          "An aid worker put the number at about 14,500.",
      ),
    ).toEqual(["refugees:12000", "refugees:14500"]);
    expect(pairsOf("The office listed 12,400 people killed by June. In March the tally had stood at 11,900.")).toEqual([
      "killed:12400",
      "killed:11900",
    ]);
    // a list of parts closed by "among them"
    expect(
      figuresOf("Rescuers said 52 people were killed in the market, nine women and 14 children among them.").map(
        (f) => `${f.metric}:${f.value}:${f.group}`,
      ),
    ).toEqual(["killed:52:null", "killed:9:women", "killed:14:children"]);
    expect(
      figuresOf(
        "A strike killed at least 40 civilians; the monitor said 17 children and 12 women were among them.",
      ).map((f) => `${f.metric}:${f.value}:${f.group}`),
    ).toEqual(["killed:40:civilians", "killed:17:children", "killed:12:women"]);
    // the verb "number", its subject before a list of places
    expect(
      pairsOf("Syrians who have registered in Turkey, Iraq, Egypt and Lebanon, or wait to, now number over 510,000."),
    ).toEqual(["refugees:510000"]);
    expect(pairsOf("The villages, the officials said, now number 40.")).toEqual([]);
    // a number set off by commas after a noun that counts nothing is not a figure
    expect(pairsOf("The convoy's route, 300, ran north of the city.")).toEqual([]);
  });

  it("reads counts given as a share, a host's count, or the number a total has passed", () => {
    const pairs = (text: string) => figuresOf(text).map((f) => `${f.metric}:${f.value}`);
    expect(pairs("Shelling accounted for 140 of the civilians killed in the town, including 31 children.")).toEqual([
      "killed:140",
      "killed:31",
    ]);
    expect(pairs("Jordan, which shares a long desert border with Syria, hosts 412,000 registered Syrians.")).toEqual([
      "refugees:412000",
    ]);
    expect(pairs("The highest numbers of recorded killings were in Idlib, with 9,300, then Hama at 6,100.")).toEqual([
      "killed:9300",
      "killed:6100",
    ]);
    expect(pairs("The number of Syrians registered as refugees has gone past two million.")).toEqual([
      "refugees:2000000",
    ]);
    expect(pairs("He said the real toll was probably close to 90,000.")).toEqual(["killed:90000"]);
    // a city that hosts people is not a count of refugees without a country doing the hosting
    expect(pairs("The stadium hosts 40,000 fans.")).toEqual([]);
  });

  it("returns nothing for text without figures", () => {
    expect(figuresOf("Diplomats met in Geneva and agreed to meet again next month.")).toEqual([]);
    expect(figuresOf("")).toEqual([]);
  });

  it("refuses a publication day that is not a calendar date", () => {
    expect(() => extractFigures("text", { published: "2016-02-30" })).toThrow(ExtractError);
    expect(() => extractFigures("text", { published: "yesterday" })).toThrow(/YYYY-MM-DD/);
  });

  it("always returns records that satisfy the schema", () => {
    for (const article of generateCorpus(200_000, 7)) {
      for (const f of extractFigures(article.text, { published: article.published })) {
        const parsed = extractedFigureSchema.safeParse(f);
        expect(parsed.success, JSON.stringify(f)).toBe(true);
      }
    }
  });

  // e2e/review.spec.ts adds this figure by hand from the keyboard: if the extractor learns to read it,
  // that test must be given another sentence (it failed CI twice when rules caught up with it).
  it("still misses the sentence the keyboard review test adds by hand", () => {
    const text =
      "At least 14 people were killed in Deir ez-Zor on Sunday, activists said. The school outside the town now shelters 3,100.";
    expect(pairsOf(text, "2013-06-03")).toEqual(["killed:14"]);
  });

  it("gives each item of a nationwide breakdown its own place, the same number twice included", () => {
    expect(
      figuresOf(
        "Nationwide the monitor counted 19 civilians killed on Friday: five in Idlib province, five in Hama and nine in Daraa.",
        "2012-01-08",
      ).map((f) => [f.value, f.scope, f.location]),
    ).toEqual([
      [19, "national", "Syria"],
      [5, "local", "Idlib province"],
      [5, "local", "Hama"],
      [9, "local", "Daraa"],
    ]);
  });
});
