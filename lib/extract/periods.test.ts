import { describe, expect, it } from "vitest";
import { WAR_START } from "@/lib/schema";
import { figuresOf, onlyFigure } from "./test-helpers";

// 2016-12-14 is a Wednesday
const period = (s: string, published = "2016-12-14") => {
  const f = onlyFigure(s, published);
  return [f.periodStart, f.periodEnd];
};

describe("periods relative to the publication day", () => {
  it("reads 'overnight' and 'yesterday' in words told on an earlier day as relative to that day", () => {
    expect(
      period("The Observatory reported on May 4 that 62 people had died in Ras al-Nabeh overnight.", "2013-09-13"),
    ).toEqual(["2013-05-04", "2013-05-04"]);
    expect(period("The Observatory said on May 4 that 62 people had died there yesterday.", "2013-09-13")).toEqual([
      "2013-05-03",
      "2013-05-03",
    ]);
    // (told today, they are today's)
    expect(period("The Observatory said 62 people had died there overnight.", "2013-09-13")).toEqual([
      "2013-09-13",
      "2013-09-13",
    ]);
  });

  it("dates a list line by the month its label names", () => {
    const lines = [
      "Civilian deaths in 2018, according to SNHR:",
      "- killed in June alone: 593",
      "- Refugees outside Syria, UN figure for February: 5.5 million",
    ];
    expect(figuresOf(lines.join("\n"), "2018-12-31").map((f) => [f.value, f.periodEnd])).toEqual([
      [593, "2018-06-30"],
      [5_500_000, "2018-02-28"],
    ]);
  });

  it("dates a count 'during the month' by the month a line before named", () => {
    const text = [
      "THE DEAD - Syrian Observatory for Human Rights, toll for June 2015",
      "",
      "The monitor documented the deaths of 5,247 people during the month.",
    ].join("\n");
    expect(figuresOf(text, "2015-07-10").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [5247, "2015-06-01", "2015-06-30"],
    ]);
  });

  it("dates 'on the 21st' in the month named before it, or else in the month of the report", () => {
    const text =
      "The monitor counted 4,239 deaths in July. Three weeks into July, on the 21st, its count stood at 2,752.";
    expect(figuresOf(text, "2012-08-04").map((f) => [f.value, f.periodEnd])).toEqual([
      [4239, "2012-07-31"],
      [2752, "2012-07-21"],
    ]);
    expect(figuresOf("On the 2nd, shelling killed 12 people in Hama.", "2012-08-04")[0]?.periodEnd).toBe("2012-08-02");
    // (a later day than the report's is of the month before)
    expect(figuresOf("On the 12th, shelling killed 12 people in Hama.", "2012-08-04")[0]?.periodEnd).toBe("2012-07-12");
    // (not a floor, a century or an anniversary)
    expect(figuresOf("On the 3rd floor, 12 people were killed.", "2012-08-04")[0]?.periodEnd).toBe("2012-08-04");
  });

  it("dates the lines under a header that names no kind by the time the header covers", () => {
    const lines = [
      "Figures from the monitors are listed below.",
      "",
      "SNHR, 5 June to 1 September, Jabal al-Zawiya:",
      "- Civilians killed: 61",
      "",
      "A local aid agency, as of 21 June:",
      "- Deaths since the start of June: at least 31",
    ];
    expect(figuresOf(lines.join("\n"), "2021-09-02").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [61, "2021-06-05", "2021-09-01"],
      [31, "2021-06-01", "2021-06-21"],
    ]);
  });

  it("dates a list line by the year it is labelled with", () => {
    const lines = [
      "Deaths by year, according to the Observatory:",
      "- 2017: 33,400 dead",
      "- 2014, the worst year: 76,000 dead",
    ];
    expect(figuresOf(lines.join("\n"), "2018-12-31").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [33400, "2017-01-01", "2017-12-31"],
      [76000, "2014-01-01", "2014-12-31"],
    ]);
  });

  it("does not date a count by the war's start a superlative is measured from", () => {
    expect(
      period(
        "August was the bloodiest month since the uprising began in March 2011, with 5,440 people killed, the Observatory said.",
        "2012-09-02",
      ),
    ).toEqual(["2012-08-01", "2012-08-31"]);
    // (a count that runs from the war's start still does)
    expect(
      period("More than 26,000 people have been killed since the uprising began in March 2011.", "2012-09-02"),
    ).toEqual([WAR_START, "2012-09-02"]);
    // nor by any other time a superlative is measured from, but by the day told before it
    expect(
      period(
        "On 30 December, Islamic State fighters ambushed government soldiers in the eastern province of Deir al-Zor, killing 37 of them, one of the deadliest attacks by the group since the fall of its last enclave in 2019.",
        "2021-01-13",
      ),
    ).toEqual(["2020-12-30", "2020-12-30"]);
    expect(
      period(
        "The single deadliest day since the start of the uprising was 26 September, when 306 people were killed across Syria.",
        "2012-10-31",
      ),
    ).toEqual(["2012-09-26", "2012-09-26"]);
  });

  it("resolves weekdays to the latest such day on or before publication", () => {
    expect(period("Shelling killed 12 people in Douma on Monday.")).toEqual(["2016-12-12", "2016-12-12"]);
    expect(period("Shelling killed 12 people in Douma on Wednesday.")).toEqual(["2016-12-14", "2016-12-14"]);
    expect(period("Thursday's toll in Douma stood at 12.")).toEqual(["2016-12-08", "2016-12-08"]);
  });

  it("resolves written dates, pushing a later day into the previous year", () => {
    expect(period("Shelling killed 12 people in Douma on Dec. 2.")).toEqual(["2016-12-02", "2016-12-02"]);
    expect(period("Shelling killed 12 people in Douma on 28 November.")).toEqual(["2016-11-28", "2016-11-28"]);
    expect(period("Shelling killed 12 people in Douma on March 5.")).toEqual(["2016-03-05", "2016-03-05"]);
    expect(period("Shelling killed 12 people in Douma on Dec. 20.")).toEqual(["2015-12-20", "2015-12-20"]);
  });

  it("reads last week as the previous Monday to Sunday, and the weekend", () => {
    expect(period("Shelling killed 12 people in Douma last week.")).toEqual(["2016-12-05", "2016-12-11"]);
    expect(period("Shelling killed 12 people in Douma over the weekend.")).toEqual(["2016-12-10", "2016-12-11"]);
    expect(period("Shelling killed 12 people in Douma yesterday.")).toEqual(["2016-12-13", "2016-12-13"]);
  });

  it("runs 'since' counts to the as-of day", () => {
    expect(period("Some 30,000 people have fled Douma since October.")).toEqual(["2016-10-01", "2016-12-14"]);
    expect(period("Some 30,000 people have fled Douma since October.", "2017-01-20")).toEqual([
      "2016-10-01",
      "2017-01-20",
    ]);
    expect(period("Some 300 people have died in Douma since the assault began on Nov. 15.")).toEqual([
      "2016-11-15",
      "2016-12-14",
    ]);
    expect(period("Some 300 people have died in Douma since fighting flared on Friday.")).toEqual([
      "2016-12-09",
      "2016-12-14",
    ]);
    expect(period("The Observatory said on Monday that 300 people have died in Douma since Nov. 15.")).toEqual([
      "2016-11-15",
      "2016-12-12",
    ]);
  });

  it("counts a span back from the day it was told on, and dates what was said last week or at the weekend", () => {
    // "the previous ten days" back from Monday, not from the report's Wednesday
    expect(
      period("On Monday the UN rights chief, Zeid, said at least 90 civilians had died in the previous ten days."),
    ).toEqual(["2016-12-02", "2016-12-12"]);
    // told during a span of days: its middle day (last week's Thursday), or the weekend's Saturday
    expect(period("The Observatory said last week that the war had killed more than 310,000 people.")[1]).toBe(
      "2016-12-08",
    );
    expect(period("At least 27 children died of cold in the camp, a UNICEF spokeswoman said at the weekend.")).toEqual([
      null,
      "2016-12-10",
    ]);
  });

  it("dates a running count to the day it was told on, and 'the end of' a year to its last day", () => {
    // a day opening the sentence, then who told it: the war so far up to that day
    expect(
      period(
        "At the start of November the Observatory put the number of dead in five and a half years of war at 310,000.",
      ),
    ).toEqual([WAR_START, "2016-11-01"]);
    expect(
      period(
        "On 2 December the envoy told the council that 400 people had been killed since the truce on 19 November.",
      ),
    ).toEqual(["2016-11-19", "2016-12-02"]);
    expect(period("UNHCR counted 4.8 million Syrian refugees in the region at the end of 2015.")).toEqual([
      WAR_START,
      "2015-12-31",
    ]);
  });

  it("dates a year followed by 'when', a span to 'that morning', and what was said in an update on a day", () => {
    expect(period("The worst year of the war remains 2014, when about 70,000 people were killed.")).toEqual([
      "2014-01-01",
      "2014-12-31",
    ]);
    // "that morning" is the day the sentence opened with
    const [total] = figuresOf(
      "On 2 December the monitor gave its count: 310,200 people killed between 15 March 2011 and that morning.",
      "2016-12-14",
    );
    expect([total?.periodStart, total?.periodEnd]).toEqual([WAR_START, "2016-12-02"]);
    expect(period("Since 1 December, 21,000 people have fled the district, OCHA said in an update on Monday.")).toEqual(
      ["2016-12-01", "2016-12-12"],
    );
  });

  it("leaves a count given only to compare out of the dates later counts go on with", () => {
    const text =
      "The network documented 1,734 civilian deaths in 2020. That is roughly half its count for 2019, when it recorded 3,364. " +
      "Government forces killed 432 civilians, it said.";
    expect(figuresOf(text, "2021-01-13").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "1734:2020-12-31",
      "3364:2019-12-31",
      "432:2020-12-31",
    ]);
  });

  it("ends a 'since' count on the day it is told up to, when the sentence names one", () => {
    expect(period("By 28 November, shelling had killed at least 410 people in Douma since 2 November.")).toEqual([
      "2016-11-02",
      "2016-11-28",
    ]);
    // a day before the count began is not its end (it is the end of the earlier count, 120, told beside it)
    const [since, earlier] = figuresOf(
      "Some 300 people have died in Douma since Nov. 15, up from 120 by Nov. 1.",
      "2016-12-14",
    );
    expect([since?.value, since?.periodEnd]).toEqual([300, "2016-12-14"]);
    expect([earlier?.value, earlier?.periodEnd]).toEqual([120, "2016-11-01"]);
  });

  it("dates national running totals from the start of the war", () => {
    expect(period("The conflict has killed more than 300,000 people since the uprising began.")).toEqual([
      WAR_START,
      "2016-12-14",
    ]);
    expect(period("The conflict has so far killed more than 300,000 people.")).toEqual([WAR_START, "2016-12-14"]);
    expect(period("Over 8,000 people have been killed nationwide in the past 12 months.", "2012-03-01")).toEqual([
      WAR_START,
      "2012-03-01",
    ]);
    expect(period("More than 5 million Syrians have fled abroad in five years of war.")).toEqual([
      WAR_START,
      "2016-12-14",
    ]);
  });

  it("reads 'the three days starting 9 February' as those days", () => {
    expect(period("Some 143,000 people fled Idlib during the three days starting 9 February.", "2020-03-01")).toEqual([
      "2020-02-09",
      "2020-02-11",
    ]);
  });

  it("reads 'the first five months of 2015' and 'the whole of 2014'", () => {
    expect(period("In the first five months of 2015, 42,000 people reached Greece by sea.", "2015-10-20")).toEqual([
      "2015-01-01",
      "2015-05-31",
    ]);
    expect(period("Some 43,500 people reached Greece by sea in the whole of 2014.", "2015-10-20")).toEqual([
      "2014-01-01",
      "2014-12-31",
    ]);
  });

  it("reads 'mid-month' as the 15th of the report's month, or of the month before when that is yet to come", () => {
    expect(period("By mid-month it had recorded 99 rebels executed after capture.", "2014-01-20")).toEqual([
      null,
      "2014-01-15",
    ]);
    expect(period("By mid-month it had recorded 99 rebels executed after capture.", "2014-01-10")[1]).toBe(
      "2013-12-15",
    );
  });

  it("reads the first or last weeks or days of a year named, as many as it says", () => {
    const told = "2020-03-14";
    expect(period("About 300 civilians were killed in the northwest in the first seven weeks of 2020.", told)).toEqual([
      "2020-01-01",
      "2020-02-18",
    ]);
    expect(period("More than 30 children were killed in the first 14 days of the year.", "2018-03-01")).toEqual([
      "2018-01-01",
      "2018-01-14",
    ]);
    expect(period("Some 2,000 people were killed in the last two weeks of 2019.", told)).toEqual([
      "2019-12-18",
      "2019-12-31",
    ]);
  });

  it("reads the first or last months, half or quarter of a year named, this year or last", () => {
    const told = "2021-07-04";
    expect(period("The network documented 723 civilian deaths in the first six months of this year.", told)).toEqual([
      "2021-01-01",
      "2021-06-30",
    ]);
    expect(period("The network documented 723 civilian deaths in the first half of 2019.", told)).toEqual([
      "2019-01-01",
      "2019-06-30",
    ]);
    expect(period("It documented 723 civilian deaths in the second half of last year.", told)).toEqual([
      "2020-07-01",
      "2020-12-31",
    ]);
    expect(period("It documented 723 civilian deaths in the last quarter of 2019.", told)).toEqual([
      "2019-10-01",
      "2019-12-31",
    ]);
    // (a part of the year not yet over runs to the day it is told)
    expect(period("It documented 723 civilian deaths in the first nine months of this year.", told)).toEqual([
      "2021-01-01",
      told,
    ]);
  });

  it("keeps a date before ', at least N of them' for the count before it", () => {
    const figures = figuresOf(
      "The United Nations put the toll at no fewer than 93,000 by the end of April, at least 6,500 of them children.",
      "2013-06-26",
    );
    expect(figures.map((f) => [f.value, f.periodEnd])).toEqual([
      [93_000, "2013-04-30"],
      [6_500, "2013-04-30"],
    ]);
  });

  it("does not read a clause before a semicolon as saying a count still runs", () => {
    expect(
      period("By the network's measure the pace has slowed; it counted 1,734 civilian deaths in 2020.", "2021-07-04"),
    ).toEqual(["2020-01-01", "2020-12-31"]);
  });

  it("reads a year set beside 'year' ('in the worst year, 2014, …')", () => {
    expect(
      period("In the worst year, 2014, more than seventy-six thousand people died across Syria.", "2020-12-31"),
    ).toEqual(["2014-01-01", "2014-12-31"]);
  });

  it("reads a month a count was told or published in as the time of telling, not of the count", () => {
    expect(
      period(
        "Its mid-year report, released in July, documented 4,759 civilian deaths between January and June.",
        "2018-12-31",
      ),
    ).toEqual(["2018-01-01", "2018-06-30"]);
    // (with no time of its own, the count is as of that month at the latest, not of publication)
    expect(period("Its last figure, published in July, was at least one hundred thousand dead.", "2014-04-03")).toEqual(
      [WAR_START, "2013-07-31"],
    );
  });

  it("gives each of two coordinated clauses the day it opens with", () => {
    const figures = figuresOf(
      "On August 22, at a special session in Geneva, Pillay put the death toll at 2,200, and on September 12 she told the council that at least 2,600 people had been killed since mid-March.",
      "2011-12-13",
    );
    expect(figures.map((f) => [f.value, f.periodEnd])).toEqual([
      [2_200, "2011-08-22"],
      [2_600, "2011-09-12"],
    ]);
    // (or "as of" a day)
    const asOf = figuresOf(
      "On 12 August, the Red Crescent had registered 33,540 displaced people, and as of 17 August it had registered more than 38,600 internally displaced people.",
      "2021-08-20",
    );
    expect(asOf.map((f) => [f.value, f.periodEnd])).toEqual([
      [33_540, "2021-08-12"],
      [38_600, "2021-08-17"],
    ]);
    // (or a weekday named with its "on")
    const weekday = figuresOf(
      "On 30 January a strike on a market in Ariha killed 15, and on Thursday shelling of Saraqeb killed five more.",
      "2018-02-03",
    );
    expect(weekday.map((f) => [f.value, f.periodEnd])).toEqual([
      [15, "2018-01-30"],
      [5, "2018-02-01"],
    ]);
  });

  it("gives a count told on a day the span its clause names further on, past no other number", () => {
    const told = (opening: string) =>
      figuresOf(
        `${opening}, UN aid chief Mark Lowcock told the Security Council that at least 100 civilians were killed by air and ground strikes in the northwest between Feb. 1 and Feb. 16.`,
        "2020-02-20",
      ).map((f) => [f.value, f.periodStart, f.periodEnd]);
    expect(told("On Wednesday")).toEqual([[100, "2020-02-01", "2020-02-16"]]);
    // (with the place it was told in)
    expect(told("In New York on Wednesday")).toEqual([[100, "2020-02-01", "2020-02-16"]]);
    // (not the span of another number after it)
    const other = figuresOf(
      "On 6 February Lowcock told the Security Council that an estimated 586,000 people had been displaced in two months, some 200,000 of them in the week between 26 January and 2 February.",
      "2020-02-08",
    );
    expect(other.find((f) => f.value === 586_000)?.periodEnd).toBe("2020-02-06");
  });

  it("runs a count from the day clashes 'flared' or 'escalated' after, as from one an offensive was launched", () => {
    expect(
      period(
        "Another 26,000 or more fled villages east of the city after clashes between government forces and the jihadists flared there on Feb. 25.",
        "2017-03-20",
      ),
    ).toEqual(["2017-02-25", "2017-03-20"]);
  });

  it("reads 'since the beginning of 2018' and 'since early 2016' as from that year's first day", () => {
    expect(
      period("Since the beginning of 2018, SNHR has documented the killing of 3,404 civilians.", "2018-04-10"),
    ).toEqual(["2018-01-01", "2018-04-10"]);
    expect(period("Since early 2016 the monitor has documented the killing of 3,404 civilians.", "2016-06-10")).toEqual(
      ["2016-01-01", "2016-06-10"],
    );
  });

  it("runs the lines under a header of running totals since a day long before from that day, not on it", () => {
    const text = [
      "RUNNING TOTALS SINCE MID-MARCH (United Nations)",
      "- Killed: more than 5,000 (UN High Commissioner for Human Rights Navi Pillay, briefing the Security Council on 12 December)",
      "- Children among the dead: at least 300",
      "- Fled to neighbouring countries: at least 12,400",
    ].join("\n");
    expect(figuresOf(text, "2011-12-23").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [5000, WAR_START, "2011-12-12"],
      [300, WAR_START, "2011-12-23"],
      [12400, WAR_START, "2011-12-23"],
    ]);
  });

  it("dates the lines under a header of the dead by the month it names, past a comment between them", () => {
    const text = [
      "Civilian deaths by party, February 2016:",
      "- Government forces: 651 civilians, including 182 children. A further 31 people died under torture in detention.",
      "- Russian forces: 382 civilians.",
    ].join("\n");
    const lines = figuresOf(text, "2016-03-05").filter((f) => f.value !== 31);
    expect(lines.map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [651, "2016-02-01", "2016-02-29"],
      [182, "2016-02-01", "2016-02-29"],
      [382, "2016-02-01", "2016-02-29"],
    ]);
    // (a new header takes the time of the one before away: "Overall, to 31 October:" then "June:")
    const ledger = [
      "The Observatory said the war has claimed more than 36,000 lives.",
      "Overall, to 31 October:",
      "- civilians: 25,667",
      "June:",
      "- 2,924 killed, the highest monthly figure so far",
    ].join("\n");
    expect(figuresOf(ledger, "2012-11-05").map((f) => [f.value, f.periodEnd])).toEqual([
      [36_000, "2012-11-05"],
      [25_667, "2012-10-31"],
      [2_924, "2012-11-05"],
    ]);
  });

  it("reads 'the first ten days of May' as those days", () => {
    expect(
      period("In the first ten days of May alone, air attacks killed twenty-nine civilians.", "2018-06-09"),
    ).toEqual(["2018-05-01", "2018-05-10"]);
    expect(period("In the last two weeks of May, air attacks killed 29 civilians.", "2018-06-09")).toEqual([
      "2018-05-18",
      "2018-05-31",
    ]);
    // (a week when no number is named)
    expect(period("In the first week of May, air attacks killed 29 civilians.", "2018-06-09")).toEqual([
      "2018-05-01",
      "2018-05-07",
    ]);
  });

  it("reads 'On 8 December last year' as that day, not the whole of last year", () => {
    expect(
      period(
        "On 8 December last year, UNHCR said about 12,000 displaced Syrians were stuck along the border.",
        "2016-06-22",
      ),
      // (people stuck at the border that day are a stock, whose start the text does not give)
    ).toEqual([null, "2015-12-08"]);
  });

  it("lets a stock of refugees recalled from long before date nothing past its paragraph", () => {
    const text =
      "In April 2013 Lebanon had 356,000 registered Syrian refugees.\n\nSome 400,000 of the refugees in Lebanon are children of school age.";
    expect(figuresOf(text, "2014-04-03").map((f) => f.periodEnd)).toEqual(["2013-04-30", "2014-04-03"]);
  });

  it("reads 'September third', 'the end of last year' and 'in April and May'", () => {
    // (and a weekday set off after the day it names is that day: "on June 6, a Monday,")
    expect(
      period(
        "State television said that on June 6, a Monday, 120 members of the security forces were killed.",
        "2011-06-13",
      ),
    ).toEqual(["2011-06-06", "2011-06-06"]);
    expect(
      period(
        "On September third the UN refugee agency said the number of Syrian refugees had passed two million.",
        "2013-10-11",
      )[1],
    ).toBe("2013-09-03");
    expect(
      period("By the end of last year its count of the dead since 2011 had passed 370,000.", "2020-03-01"),
    ).toEqual(["2011-03-15", "2019-12-31"]);
    expect(
      period(
        "According to OCHA, the advance displaced more than 169,000 people in northern Syria in April and May.",
        "2017-12-05",
      ),
    ).toEqual(["2017-04-01", "2017-05-31"]);
    // (across the new year too)
    expect(period("More than 900,000 people fled Idlib in December and January, the UN said.", "2020-03-01")).toEqual([
      "2019-12-01",
      "2020-01-31",
    ]);
  });

  it("ends a count 'by the end of that year' on the last day of the year named before", () => {
    expect(
      figuresOf(
        "The offensive began on 9 October 2019. By the end of that year, the local administration said, it had killed 478 civilians.",
        "2021-12-06",
      ).map((f) => f.periodEnd),
    ).toEqual(["2019-12-31"]);
  });

  it("ends a count 'by the end of that month' on the last day of the month named before, over a day it ran from", () => {
    expect(
      figuresOf(
        "The barrel-bomb campaign on Aleppo intensified in the middle of December. By the end of that month, the Observatory had counted at least 517 civilians killed by the bombs since 15 December.",
        "2014-05-30",
      ).map((f) => [f.periodStart, f.periodEnd]),
    ).toEqual([["2013-12-15", "2013-12-31"]]);
  });

  it("counts on from a day named earlier in the sentence, past a semicolon, and leaves a comparison's time", () => {
    const ends = (text: string, published: string) => figuresOf(text, published).map((f) => f.periodEnd);
    expect(
      ends(
        "By 12 February OCHA was reporting more than 800,000 displaced since the start of December; five days later the figure was 900,000.",
        "2020-04-02",
      ),
    ).toEqual(["2020-02-12", "2020-02-17"]);
    // (the count before the semicolon keeps the day its clause was told on)
    expect(
      ends(
        "On 26 June, a week into the offensive, OCHA estimated that up to 50,000 had fled; two days later it put the number at between 62,000 and 66,000.",
        "2018-07-03",
      ),
    ).toEqual(["2018-06-26", "2018-06-28"]);
    // ("a day after the assault" counts from an event, not from the day named)
    expect(
      ends("On Friday, a day after the assault, opposition sources said 220 people had died.", "2012-07-16"),
    ).toEqual(["2012-07-13"]);
    // ("a million more than a year ago": the time the count is measured against dates nothing)
    expect(
      ends(
        "On Friday the UN refugee agency said the number of registered Syrian refugees had passed three million, a million more than a year ago.",
        "2014-08-30",
      ),
    ).toEqual(["2014-08-29"]);
    // ("up to February the fifth": a day written as its month, then the ordinal; not "May the second-deadliest month")
    expect(
      ends(
        "In a statement covering the period up to February the fifth, the Observatory put the toll at 210,060.",
        "2015-03-15",
      ),
    ).toEqual(["2015-02-05"]);
    expect(
      ends(
        "Airwars put the month's civilian toll at 348, making May the second-deadliest month of the campaign.",
        "2017-06-02",
      ),
    ).toEqual(["2017-05-31"]);
  });

  it("ends a count since a day on the day of the report that gave it", () => {
    // (or on the day a clause opening the sentence says the source spoke)
    expect(
      period(
        "Briefing the Security Council on 27 July, the UN's relief chief said over 200,000 people had fled Raqqa since the start of April.",
        "2017-08-31",
      ),
    ).toEqual(["2017-04-01", "2017-07-27"]);
    // (or a weekday with its own "on", and a span back from it)
    expect(
      period(
        "Speaking in Geneva on Friday, Andrej Mahecic of UNHCR said 166,000 people had been displaced over the previous seven days.",
        "2019-10-21",
      ),
    ).toEqual(["2019-10-11", "2019-10-18"]);
    expect(
      period(
        "In a report on 10 December last year, the network said landmines had killed at least 2,601 civilians since 2011.",
        "2021-07-04",
      ),
    ).toEqual(["2011-03-15", "2020-12-10"]);
    expect(
      period(
        "In its flash update of May 7, the office said local sources had reported at least 80 civilians killed since April 28.",
        "2019-05-14",
      ),
    ).toEqual(["2019-04-28", "2019-05-07"]);
  });

  it("ends a count since a day on the day the count 'ran to'", () => {
    expect(
      period(
        "In its latest full count, which ran to the fifth of February, the Observatory documented 210,060 deaths since the fifteenth of March 2011.",
        "2015-03-07",
      ),
    ).toEqual(["2011-03-15", "2015-02-05"]);
  });

  it("counts 'within two days' on from the day named before it", () => {
    expect(
      period(
        "Troops began their assault on Yabroud on 12 February; within two days, more than 2,700 refugees had fled to Lebanon.",
        "2014-04-10",
      ),
    ).toEqual(["2014-02-12", "2014-02-14"]);
    expect(
      period(
        "On September 19 Turkey opened its border, and within 48 hours some 70,000 people had crossed into Turkey.",
        "2014-10-01",
      ),
    ).toEqual(["2014-09-19", "2014-09-21"]);
    // (or after the count, in its clause)
    expect(
      period(
        "When fighting broke out in Ras al-Ain on Friday, November 9, some 8,000 Syrians crossed into Turkey within three days.",
        "2012-12-10",
      ),
    ).toEqual(["2012-11-09", "2012-11-12"]);
  });

  it("bounds a count by the month it names when its 'have' is of a past infinitive, not of a count still running", () => {
    expect(
      period("Some 5,000 people are believed to have died in August, the bloodiest month so far.", "2012-09-04"),
    ).toEqual(["2012-08-01", "2012-08-31"]);
    // (not "have fled", still running at publication)
    expect(period("Some 5,000 people have fled since the fighting began in August.", "2012-09-04")).toEqual([
      "2012-08-01",
      "2012-09-04",
    ]);
  });

  it("reads 'In September last year' as that month of the year before, however near the report's month", () => {
    expect(period("In September last year, about 2,000 people were killed in Aleppo.", "2016-09-17")).toEqual([
      "2015-09-01",
      "2015-09-30",
    ]);
    expect(period("Last September about 2,000 people were killed in Aleppo.", "2016-09-17")).toEqual([
      "2015-09-01",
      "2015-09-30",
    ]);
    // (and the old number a count is compared with dates no count after it)
    expect(
      figuresOf(
        "Some 2.6 million Syrians are now registered as refugees, up from 1,367,413 in mid-April last year. An estimated 6.5 million people are displaced inside Syria.",
        "2014-04-03",
      ).map((f) => [f.value, f.periodEnd]),
    ).toEqual([
      [2600000, "2014-04-03"],
      [1367413, "2013-04-15"],
      [6500000, "2014-04-03"],
    ]);
  });

  it("reads the day a tally was last updated on as the day it is told up to", () => {
    expect(
      period(
        "The Observatory's overall tally of the conflict, last updated on 9 December, stands at 387,000 dead since March 2011.",
        "2020-12-29",
      ),
    ).toEqual([WAR_START, "2020-12-09"]);
  });

  it("reads 'the start of this month' and 'the end of last month' as days", () => {
    expect(
      period(
        "The Observatory's last count, released at the start of this month, put the dead since March 2011 at about 115,000.",
        "2013-10-11",
      ),
    ).toEqual([WAR_START, "2013-10-01"]);
    expect(
      period("By the end of last month, 115,000 people had been killed, the Observatory said.", "2013-10-11"),
    ).toEqual([WAR_START, "2013-09-30"]);
  });

  it("counts days into an offensive from the day the report said it began", () => {
    const text = [
      "Turkey launched its offensive into north-east Syria on October 9.",
      "Eight days into the operation, the Observatory had counted 72 civilians killed.",
      "The UN said it had reports of seven civilians killed in the first two days of the offensive.",
    ].join(" ");
    expect(figuresOf(text, "2019-11-22").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [72, "2019-10-09", "2019-10-17"],
      [7, "2019-10-09", "2019-10-10"],
    ]);
    // bare, "the opening three days", "the first week" and "the first hours" are of that offensive too
    const bare = [
      "Rebels launched their assault on the Alawite villages on August 4.",
      "Activists say the rebels killed about 200 people in the opening three days.",
      "The Observatory put those who fled in the first week at 40,000.",
      "Four guards died in the first hours, a church group said.",
    ].join(" ");
    expect(figuresOf(bare, "2013-10-11").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [200, "2013-08-04", "2013-08-06"],
      [40_000, "2013-08-04", "2013-08-10"],
      [4, "2013-08-04", "2013-08-04"],
    ]);
    // (not the first days of another time: "of the month", "after the deal")
    const other = [
      "Rebels launched their assault on the Alawite villages on August 4.",
      "In the first two days after the truce took hold on September 12, 30 people were killed.",
    ].join(" ");
    expect(figuresOf(other, "2013-10-11").map((f) => f.periodStart)).not.toContain("2013-08-04");
    // ("a week into the operation" is seven days, where no day is named)
    const aWeek =
      "Turkey launched its offensive on 9 October. A week into the operation, officials in the region said almost 1,000 Syrian Kurds had entered Iraq.";
    expect(figuresOf(aWeek, "2019-10-30").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [1000, "2019-10-09", "2019-10-16"],
    ]);
    // (an offensive resumed on a day begins again on it)
    const resumed =
      "Since the government resumed its bombardment of the east on 15 November, at least 212 civilians have been killed. Five days into the campaign the monitor had counted at least 103 civilian deaths.";
    expect(figuresOf(resumed, "2016-12-01").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [212, "2016-11-15", "2016-12-01"],
      [103, "2016-11-15", "2016-11-20"],
    ]);
    // a sentence opening "After ten days" counts from the first day too
    const after =
      "Government forces launched an offensive on Yarmouk on April 19. After ten days the Observatory counted at least 85 troops dead.";
    expect(figuresOf(after, "2018-05-30").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [85, "2018-04-19", "2018-04-29"],
    ]);
    // (and "within 11 days of the start of the offensive", anywhere in the sentence)
    const within =
      "Turkey launched its offensive on 9 October. The Observatory said more than 300,000 civilians had fled their towns and villages within 11 days of the start of the offensive.";
    expect(figuresOf(within, "2019-10-25").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [300000, "2019-10-09", "2019-10-20"],
    ]);
    // (not a day something else began on: "the army said it began to pull out on May 5")
    const siege =
      "The siege began that week. About 50 people were killed, and the army said it began to pull out on May 5.";
    expect(figuresOf(siege, "2011-05-20").map((f) => f.periodEnd)).not.toContain("2011-05-15");
  });

  it("dates 'that day' by the day named in the sentences before", () => {
    const figures = figuresOf(
      "The heaviest loss came on July 19, when strikes hit the village. The Observatory put the dead that day at 52 civilians.",
      "2016-08-14",
    );
    expect(figures.map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([[52, "2016-07-19", "2016-07-19"]]);
  });

  it("dates the counts after 'August was the bloodiest month' to August", () => {
    const figures = figuresOf(
      "August was the bloodiest month of the uprising. The Observatory documented 5,100 deaths across the country.",
      "2012-09-05",
    );
    expect(figures.map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([[5100, "2012-08-01", "2012-08-31"]]);
    // ("we have recorded" describes the month, and leaves the count closed)
    expect(period("August remains the worst month we have recorded, with 5,440 people killed.", "2012-11-01")).toEqual([
      "2012-08-01",
      "2012-08-31",
    ]);
  });

  it("counts the past nights as days", () => {
    expect(period("In the past two nights, about 900 people crossed into Jordan.", "2012-12-11")).toEqual([
      "2012-12-09",
      "2012-12-11",
    ]);
  });

  it("keeps a past month whole unless the count still runs", () => {
    expect(period("In October, 400 people were killed in Aleppo.")).toEqual(["2016-10-01", "2016-10-31"]);
    expect(period("The army attacked in October, causing the displacement of 40,000 people in Aleppo.")).toEqual([
      "2016-10-01",
      "2016-12-14",
    ]);
    // a month the sentence opens on holds for the clauses after a semicolon
    expect(period("In October the monitor counted the dead of the month; 400 people were killed in Aleppo.")).toEqual([
      "2016-10-01",
      "2016-10-31",
    ]);
  });

  it("joins 'between X and Y' and 'from X to Y' into one span", () => {
    expect(period("Some 21,000 people were displaced in Hama between June and September.")).toEqual([
      "2016-06-01",
      "2016-09-30",
    ]);
    expect(period("The office counted 612 civilians killed in Idlib from 3 October to 28 November.")).toEqual([
      "2016-10-03",
      "2016-11-28",
    ]);
    expect(period("The monitor listed 9,800 deaths between March 2014 and May 2015.")).toEqual([
      "2014-03-01",
      "2015-05-31",
    ]);
  });

  it("dates a ranked day or month by its name, and leaves a later month to the number it follows", () => {
    expect(period("Monday was the deadliest day of the siege so far, with 61 people killed in Douma.")).toEqual([
      "2016-12-12",
      "2016-12-12",
    ]);
    const months = figuresOf("August was the deadliest month, with 2,140 dead, followed by 1,730 in September.").map(
      (f) => [f.value, f.periodStart, f.periodEnd],
    );
    expect(months).toEqual([
      [2140, "2016-08-01", "2016-08-31"],
      [1730, "2016-09-01", "2016-09-30"],
    ]);
  });

  it("gives a breakdown the period of the total it breaks down", () => {
    const [total, children] = figuresOf(
      "Since the offensive began on 2 November, the monitor has documented 4,120 deaths in the province. Of these, 960 were children.",
    );
    expect([total?.periodStart, total?.periodEnd]).toEqual(["2016-11-02", "2016-12-14"]);
    expect([children?.periodStart, children?.periodEnd]).toEqual(["2016-11-02", "2016-12-14"]);
  });

  it("takes the time nearest to the number", () => {
    expect(period("The strike on Monday came as rebels said they had killed 30 soldiers in Hama last week.")).toEqual([
      "2016-12-05",
      "2016-12-11",
    ]);
  });

  it("subtracts a stated duration from the end day", () => {
    expect(
      period(
        "Troops shelled the district for nearly a month before storming it on Nov. 20, after hundreds of residents were killed.",
      ),
    ).toEqual(["2016-10-20", "2016-11-20"]);
  });

  it("defaults to the publication day with no start", () => {
    expect(period("Twelve people were killed in Douma.")).toEqual([null, "2016-12-14"]);
  });

  it("ignores a date in a relative clause after the figure", () => {
    expect(
      period("Sixteen rebels were killed near Kafr Zita, where an offensive launched last month has since stalled."),
    ).toEqual([null, "2016-12-14"]);
  });

  it("dates a figure told in a 'when' clause to that date, not to the span since it", () => {
    expect(period("It was the worst raid since March 2015, when a chlorine attack killed 6 people in Sarmin.")).toEqual(
      ["2015-03-01", "2015-03-31"],
    );
  });

  it("lets later numbers with no time of their own go on with the last dated count", () => {
    const ends = (text: string) => figuresOf(text).map((f) => f.periodEnd);
    const total =
      "The UN listed 350,209 people killed in the conflict between March 2011 and March 2016. Broken down by governorate, the list is a map of the war. ";
    expect(ends(`${total}The highest toll, 51,731, was in Aleppo.`)).toEqual(["2016-03-31", "2016-03-31"]);
    // A sentence that sets another time ends the run; so does a count as it stands now.
    expect(ends(`${total}Who died this year says more. The highest toll, 51,731, was in Aleppo.`)).toEqual([
      "2016-03-31",
      "2016-12-14",
    ]);
    expect(ends(`${total}Aleppo now counts 51,731 dead.`)).toEqual(["2016-03-31", "2016-12-14"]);
    // Displacement does not go on with a death toll's dates.
    expect(ends(`${total}Some 20,000 people have fled Aleppo.`).at(-1)).toBe("2016-12-14");
  });

  it("dates a count of one event told of 'there' by the day named just before, but not a count since", () => {
    const ends = (text: string) => figuresOf(text).map((f) => f.periodEnd);
    const event = "The worst blow fell before dawn on Tuesday in Tokhar. ";
    expect(ends(`${event}The monitor said 56 civilians were killed there.`)).toEqual(["2016-12-13"]);
    expect(ends(`${event}Its doctors said the strike killed 12 people.`)).toEqual(["2016-12-13"]);
    expect(ends(`${event}More than 110 people have died there since the offensive began.`)).toEqual(["2016-12-14"]);
  });

  it("runs undated numbers to the end of the period a report says it covers", () => {
    const text =
      "Shelling killed 187 people in Idlib and 353 were injured. This overview covers the month of October 2016.";
    expect(figuresOf(text).map((f) => f.periodEnd)).toEqual(["2016-10-31", "2016-10-31"]);
    // (a list's header naming the month its lines count, past a sentence on when an air campaign began; a day
    // named in the two sentences just before still dates a toll)
    const breakdown =
      "The Network documented 1,771 deaths in November. The Russian air campaign began on 30 September. In October, we recorded 1,497 deaths. Our breakdown by perpetrator for November is as follows:\n\nA. Government forces killed 1,284 people.";
    expect(figuresOf(breakdown).at(-1)).toMatchObject({ value: 1284, periodEnd: "2016-11-30" });
    const header =
      "Deaths documented across Syria by the Observatory, 1-30 November 2016\n\nThe SDF took the town on 23 November. The monitor documented 955 deaths in all. Its categories are below.\n\nCIVILIANS: 451 killed";
    expect(figuresOf(header).at(-1)).toMatchObject({ value: 451, periodEnd: "2016-11-30" });
    // (a monthly toll's headline, out in the days after its month, says the same of the report's tolls)
    const monthly = "The monitor's civilian death toll for November 2016\n\nShelling killed 40 people in Idlib.";
    expect(figuresOf(monthly, "2016-12-04").map((f) => f.periodEnd)).toEqual(["2016-11-30"]);
    // (not weeks later)
    expect(figuresOf(monthly, "2017-01-20").map((f) => f.periodEnd)).toEqual(["2017-01-20"]);
    // Without the coverage line they run to publication.
    expect(figuresOf("Shelling killed 187 people in Idlib and 353 were injured.").map((f) => f.periodEnd)).toEqual([
      "2016-12-14",
      "2016-12-14",
    ]);
    // A dated tally that opens a list is not what the report covers: "now" stays at publication.
    const listed = figuresOf(
      "Some 950,000 Syrians are now refugees, the agency says. On the sixteenth of May its tally ran as follows: four hundred and seventy-four thousand four hundred and sixty-one in Lebanon and three hundred and forty-seven thousand eight hundred and fifteen in Turkey.",
    );
    expect(listed[0]).toMatchObject({ value: 950_000, periodEnd: "2016-12-14" });
  });

  it("leaves a date that leads into the next number to it, reads 'after … began on' as a start, and dates a share by its count", () => {
    expect(
      figuresOf(
        "December was the deadliest month of the year, with 2,195 people killed, followed by June, when the committee counted 2,000 deaths.",
        "2016-01-01",
      ).map((f) => f.periodEnd),
    ).toEqual(["2015-12-31", "2015-06-30"]);
    expect(
      period("Russian warplanes killed 1,690 people in Idlib after Moscow launched its air campaign on 30 September."),
    ).toEqual(["2016-09-30", "2016-12-14"]);
    expect(
      figuresOf(
        "The committee said 20,063 people were killed in Syria during 2015. Government forces were responsible for 14,633 of those deaths, while warplanes struck Idlib on 30 September.",
      ).map((f) => f.periodEnd),
    ).toEqual(["2015-12-31", "2015-12-31"]);
  });

  it("counts 'the day before' from the day named before, whatever start the count runs from", () => {
    const text =
      "On June 20, a coalition spokesman said around 200,000 people had fled Raqqa. A U.N. situation report issued the day before estimated that 50,000 people had been displaced since June 1.";
    expect(figuresOf(text, "2017-08-28").map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`)).toEqual([
      "200000:null:2017-06-20",
      "50000:2017-06-01:2017-06-19",
    ]);
  });

  it("counts 'four days earlier' from the day named before, overnight or not", () => {
    const text =
      "On Tuesday, Dec. 24, an air strike killed eight people. Four days earlier, overnight raids on a rebel-held village killed 19 civilians, the Observatory said.";
    expect(figuresOf(text, "2019-12-27").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "8:2019-12-24",
      "19:2019-12-20",
    ]);
  });

  it("reads 'between Thursday, 15 August, and Tuesday' as one span, past the comma closing the first day's date", () => {
    expect(
      period("Around 30,000 Syrians entered northern Iraq between Thursday, 15 August, and Tuesday.", "2013-08-22"),
    ).toEqual(["2013-08-15", "2013-08-20"]);
  });

  it("reads 'between February 1 and 16' as days of one month", () => {
    expect(
      period(
        "Between February 1 and 16, at least 100 civilians were killed in the north-west, the UN said.",
        "2020-03-01",
      ),
    ).toEqual(["2020-02-01", "2020-02-16"]);
    expect(
      period(
        "About 18,000 Syrians crossed into Lebanon through Arsal between November 15 and 22, UNHCR said.",
        "2013-12-02",
      ),
    ).toEqual(["2013-11-15", "2013-11-22"]);
  });

  it("dates a count named for a year to that year", () => {
    const text =
      "A second monitor reported on New Year's Day that 1,271 civilians were killed in 2021. Its count for 2020 had been 1,734.";
    expect(figuresOf(text, "2022-01-03").map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`)).toEqual([
      "1271:2021-01-01:2021-12-31",
      "1734:2020-01-01:2020-12-31",
    ]);
    // (or by the year before the word for the count)
    expect(period("A year ago the same monitor had put the 2019 toll at 11,215.", "2021-01-13")).toEqual([
      "2019-01-01",
      "2019-12-31",
    ]);
  });

  it("reads 'this year' after a day or a month as that day's or month's year, not as a span of the year", () => {
    expect(period("On March 6 this year the number of refugees passed one million.", "2013-09-05")).toEqual([
      "2011-03-15",
      "2013-03-06",
    ]);
    expect(
      period("From March 2011 until the middle of July this year, it documented 331,765 deaths.", "2017-11-14")[1],
    ).toBe("2017-07-15");
  });

  it("ends figures 'for the end of' a month on its last day", () => {
    const text =
      "Two million have fled Syria, UNHCR says. The agency's figures for the end of August show where they went: 716,000 in Lebanon, 515,000 in Jordan.";
    expect(figuresOf(text, "2013-09-05").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "2000000:2013-09-05",
      "716000:2013-08-31",
      "515000:2013-08-31",
    ]);
  });

  it("counts 'the next day' from the day the sentence before told of, not from a start it named", () => {
    const text = [
      "On Dec. 12 the Observatory raised its toll for the city since Nov. 15 to 1,134 dead.",
      "",
      "The next day, the U.N. human rights office said pro-government forces had killed at least 82 civilians over the preceding days.",
    ].join("\n");
    expect(figuresOf(text, "2016-12-23").map((f) => `${f.value}:${f.periodEnd}`)).toContain("82:2016-12-13");
  });

  it("does not give a day to a number far on after 'when'", () => {
    expect(
      period(
        "At least 13 people were killed on Saturday evening when rockets and artillery shells hit residential streets and al-Shifaa hospital in the northern Syrian city of Afrin, the United Nations' two senior humanitarian officials for Syria said.",
        "2021-06-14",
      ),
    ).toEqual(["2021-06-12", "2021-06-12"]);
  });

  it("ends a running count on the day it was told, when a time told against the last one opens the sentence", () => {
    expect(
      period(
        "Four days later, on 30 July, Mark Lowcock told the Security Council that OHCHR had identified at least 450 civilians killed since late April.",
        "2019-09-04",
      ),
    ).toEqual(["2019-04-24", "2019-07-30"]);
  });

  it("reads the day a count was told to someone somewhere as its telling, not its span", () => {
    expect(
      period(
        "Michelle Bachelet told journalists in Geneva on Wednesday that her office had verified the deaths of 1,089 civilians in and around the Idlib de-escalation area between 29 April and 29 August 2019.",
        "2019-09-04",
      ),
    ).toEqual(["2019-04-29", "2019-08-29"]);
  });

  it("reads a start a long way after 'since … launched', and gives a part of the count told after it that start", () => {
    const text =
      "At least 554 people have been killed since Islamic State fighters launched their assault on the Kurdish border town of Kobani on September 16, the Observatory said. Roughly 300 of the dead were jihadists.";
    expect(figuresOf(text, "2014-10-11").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [554, "2014-09-16", "2014-10-11"],
      [300, "2014-09-16", "2014-10-11"],
    ]);
  });

  it("bounds a count 'during' a closed month however it is told, and ignores when a body was founded", () => {
    expect(
      period(
        "The Syrian Human Rights Committee, a monitoring group founded in 1997, has documented 320 deaths in Syria during January 2020.",
        "2020-02-02",
      ),
    ).toEqual(["2020-01-01", "2020-01-31"]);
    // Without 'during', a count that still runs goes on to publication.
    expect(period("Some 320,000 people have fled Idlib since January 2020.", "2020-02-02")).toEqual([
      "2020-01-01",
      "2020-02-02",
    ]);
  });

  it("dates a local toll told in the past to the day the sentence before named, not one told up to now", () => {
    const storm = "Government forces stormed the village of Kafr Zita on 2 May.";
    const [past] = figuresOf(`${storm} At least 150 people were killed in the village, activists said.`, "2013-05-09");
    expect([past?.periodStart, past?.periodEnd]).toEqual(["2013-05-02", "2013-05-02"]);
    const [running] = figuresOf(`${storm} At least 150 people have been killed in the village.`, "2013-05-09");
    expect(running?.periodEnd).toBe("2013-05-09");
  });

  it("dates the wounded someone counted, a toll someone put at a number and a toll that rose to the day named before", () => {
    const storm = "Government forces stormed the village of Kafr Zita on 2 May.";
    const ends = (text: string) => figuresOf(`${storm} ${text}`, "2013-05-09").map((f) => `${f.value}:${f.periodEnd}`);
    expect(ends("Aid workers counted at least 80 injured.")).toEqual(["80:2013-05-02"]);
    expect(ends("A doctor at the field hospital put the number of dead at 30.")).toEqual(["30:2013-05-02"]);
    expect(ends("The first toll of 20 rose by nightfall to 38.")).toEqual(["20:2013-05-02", "38:2013-05-02"]);
    // (and the dead told as having suffocated, or as deaths a hospital confirmed)
    expect(ends("A rescue group said 70 people had suffocated.")).toEqual(["70:2013-05-02"]);
    expect(ends("A doctor said the field hospital had confirmed 40 deaths.")).toEqual(["40:2013-05-02"]);
    // a toll put at a number up to now is as of the report
    expect(ends("Activists have put the toll at 300 so far.")).toEqual(["300:2013-05-09"]);
  });

  it("dates counts that go on without a time by a count of 'the month' named before", () => {
    const text = [
      "The Observatory published its toll for June on Wednesday.",
      "It recorded 3,964 deaths across the country during the month.",
      "Among the dead:",
      "- civilians killed in government air strikes: 576",
    ].join("\n\n");
    expect(figuresOf(text, "2015-07-10").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "3964:2015-06-30",
      "576:2015-06-30",
    ]);
  });

  it("dates the lines under a labelled header by the month it names", () => {
    const text = [
      "Tolls for the strike on Halfaya on Tuesday:",
      "- The Observatory: 12 killed",
      "- The Syria Press Center: at least 10 killed",
      "",
      "Context: civilians killed across Syria in August (Syrian Network for Human Rights monthly report)",
      "- Total: 1,521",
      "- By government forces: 898",
    ].join("\n");
    expect(figuresOf(text, "2016-09-07").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "12:2016-09-06",
      "10:2016-09-06",
      "1521:2016-08-31",
      "898:2016-08-31",
    ]);
  });

  it("dates every clause of a breakdown by the time it is told as of", () => {
    const ends = figuresOf(
      "About two million Syrians are refugees. Of them, as of the end of August, 716,000 were in Lebanon; Jordan had 515,000, Turkey 460,000 and Egypt 110,000.",
      "2013-09-03",
    ).map((f) => `${f.value}:${f.periodEnd}`);
    expect(ends).toEqual([
      "2000000:2013-09-03",
      "716000:2013-08-31",
      "515000:2013-08-31",
      "460000:2013-08-31",
      "110000:2013-08-31",
    ]);
  });

  it("dates a count with no time of its own, right after a sentence told on a day, to that day", () => {
    const ends = (text: string) => figuresOf(text, "2019-06-25").map((f) => `${f.value}:${f.periodEnd}`);
    expect(
      ends(
        "On 1 March a spokesman for OCHA told reporters in Geneva that conditions were dire. The camp held at least 45,000 people, 13,000 of whom had come in during the preceding week.",
      ),
    ).toEqual(["45000:2019-03-01", "13000:2019-03-01"]);
    // not one told as it stands now, nor one in the next paragraph
    expect(
      ends(
        "On 1 March a spokesman for OCHA told reporters in Geneva that conditions were dire. The camp now holds at least 70,000 people.",
      ),
    ).toEqual(["70000:2019-06-25"]);
    expect(
      ends(
        "On 1 March a spokesman for OCHA told reporters in Geneva that conditions were dire.\n\nThe camp holds at least 70,000 people.",
      ),
    ).toEqual(["70000:2019-06-25"]);
  });

  it("dates a count from a document named before as published on a day to that day", () => {
    const ends = (text: string) => figuresOf(text, "2013-07-26").map((f) => `${f.value}:${f.periodEnd}`);
    expect(
      ends(
        "According to the Humanitarian Needs Overview published by OCHA on 26 April, an estimated 6.8 million Syrians require assistance. The same overview estimated that 4.25 million people were internally displaced.",
      ),
    ).toEqual(["4250000:2013-04-26"]);
  });

  it("dates a count since a day, told on by 'he said' after a sentence told on a day, to that day", () => {
    const ends = (text: string) =>
      figuresOf(text, "2018-03-20").map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`);
    expect(
      ends(
        "Rami Abdel Rahman, the Observatory's director, spoke on Sunday as the city fell. About 2,400 people had lost their lives since the operation began on 20 January, he said.",
      ),
    ).toEqual(["2400:2018-01-20:2018-03-18"]);
    // not a count another body gives now, nor one told as it stands now
    expect(
      ends(
        "Rami Abdel Rahman, the Observatory's director, spoke on Sunday as the city fell. The Kurdish Red Crescent counts more than 2,600 people killed since the operation began on 20 January.",
      ),
    ).toEqual(["2600:2018-01-20:2018-03-20"]);
    expect(
      ends(
        "Rami Abdel Rahman, the Observatory's director, spoke on Sunday as the city fell. About 2,400 people have now lost their lives since the operation began on 20 January, he said.",
      ),
    ).toEqual(["2400:2018-01-20:2018-03-20"]);
  });

  it("reads 'overnight' and 'the Friday' in a sentence that opens on an earlier day as relative to that day", () => {
    const ends = (text: string, pub: string) => figuresOf(text, pub).map((f) => `${f.value}:${f.periodEnd}`);
    expect(
      ends(
        "On 22 March the International Rescue Committee reported that another 2,000 people had reached al-Hol camp overnight.",
        "2019-10-02",
      ),
    ).toEqual(["2000:2019-03-22"]);
    // 4 May 2013 was a Saturday
    expect(
      ends("On 4 May the Observatory reported that shelling on the Friday killed 62 people in Baniyas.", "2013-09-13"),
    ).toEqual(["62:2013-05-03"]);
    // another day told of in the next clause, and a span up to now, stay as they were
    expect(
      ends(
        "On 30 January a strike on a market in Ariha killed 15, and Thursday's shelling of Saraqeb killed five more.",
        "2018-02-02",
      ).at(-1),
    ).toBe("5:2018-02-01");
    expect(ends("On 20 November to today, 116 more civilians were killed in Idlib.", "2016-12-13")).toEqual([
      "116:2016-12-13",
    ]);
  });

  it("dates the counts of a paragraph headed by a sentence that names only a time to that time", () => {
    const ends = (text: string) => figuresOf(text, "2013-04-02").map((f) => `${f.value}:${f.periodEnd}`);
    expect(
      ends(
        "Update of 8 January. Syrian refugees registered in Iraq: 69,282.\n\nUpdate of 5 March. Registered in Iraq: 106,827.",
      ),
    ).toEqual(["69282:2013-01-08", "106827:2013-03-05"]);
    expect(ends("- 11 June. Turkish officials said 4,300 Syrians had crossed into Turkey.")).toEqual([
      "4300:2012-06-11",
    ]);
    // the heading holds only in its paragraph, and until a sentence names a day of its own
    expect(
      ends(
        "Update of 8 January. Refugees in Iraq numbered 69,282. On 5 February the count was 83,958. The agency now counts 90,000 refugees in Iraq.",
      ),
    ).toEqual(["69282:2013-01-08", "83958:2013-02-05", "90000:2013-04-02"]);
    expect(ends("Update of 8 January.\n\nSyrian refugees registered in Iraq: 69,282.")).toEqual(["69282:2013-04-02"]);
    // a sentence saying when something began heads nothing
    expect(ends("It began on 8 January. Some 69,282 Syrian refugees are now registered in Iraq.")).toEqual([
      "69282:2013-04-02",
    ]);
  });

  it("dates a count as it stood 'then' to the time just named, not an item 'then' follows in a list", () => {
    const before = "On 23 October the agency published a breakdown by country.";
    const ends = (text: string) =>
      figuresOf(`${before} ${text}`, "2012-11-13").map((f) => `${f.metric}:${f.value}:${f.periodEnd}`);
    expect(ends("Jordan then held 105,737 registered refugees.")).toEqual(["refugees:105737:2012-10-23"]);
    expect(ends("By then it had counted 14 deaths in the camp.")).toEqual(["killed:14:2012-10-23"]);
    // (the time may be three sentences back, past two that name none)
    expect(
      ends(
        "Its spokesman called it a grim milestone. A camp official agreed. By then it had counted 14 deaths in the camp.",
      ),
    ).toEqual(["killed:14:2012-10-23"]);
    // one item after another, now
    expect(ends("Lebanon now has 1,172,753 refugees, then Jordan with 629,128.")).toEqual([
      "refugees:1172753:2012-11-13",
      "refugees:629128:2012-11-13",
    ]);
  });

  it("dates a toll someone said 'had been' reached to the day named before, unless they said it on a day", () => {
    const storm = "Government forces stormed the village of Kafr Zita on 2 May.";
    const [then] = figuresOf(`${storm} Activists said at least 150 people had been killed there.`, "2013-05-09");
    expect(then?.periodEnd).toBe("2013-05-02");
    // told on a day of its own, the count is as it stood that day
    const [told] = figuresOf(`${storm} Activists said on Monday that 150 people had been killed there.`, "2013-05-09");
    expect(told?.periodEnd).toBe("2013-05-06");
  });

  it("dates later tolls of an event told in the past to the day of the event's first toll", () => {
    const text = [
      "Air raids hit two villages north of Manbij before dawn on Tuesday.",
      "The Observatory says at least 56 civilians died in the raids.",
      "Local groups have given figures anywhere between 56 and 200.",
      "The rescuers were overwhelmed.",
      "One local network now says as many as 203 civilians were killed.",
      "A citizen journalist counted 124 bodies.",
    ].join(" ");
    expect(figuresOf(text, "2016-07-21").map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`)).toEqual([
      "56:2016-07-19:2016-07-19",
      "203:2016-07-19:2016-07-19",
      "124:2016-07-19:2016-07-19",
    ]);
    // a toll told up to now is as of the report
    const now = figuresOf(`${text} Since then at least 230 people have been killed in the area.`, "2016-07-21");
    expect(now.at(-1)?.periodEnd).toBe("2016-07-21");
  });

  it("dates an event's toll told in the past, further on, to the last day the report told of an attack", () => {
    const lead = "Air raids killed 56 civilians north of Manbij on Tuesday.";
    // past the reach of the last one-day toll (four sentences) and of the last dated count (a sentence naming a day)
    const filler = "Aid was short. A convoy is due on Friday. Roads were closed. Schools were shut. Power was cut.";
    const later = "One local network says 203 civilians were killed.";
    expect(figuresOf(`${lead} ${filler} ${later}`, "2016-07-21").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "56:2016-07-19",
      "203:2016-07-19",
    ]);
    // a day that is no attack's, or a day inside a span the sentence is about, dates nothing
    for (const before of [
      "Schools reopened on Tuesday.",
      "The network counted the dead of all of June, a month that ended with a truce on 28 June.",
    ])
      expect(figuresOf(`${before} ${filler} ${later}`, "2016-07-21").at(-1)?.periodEnd).toBe("2016-07-21");
    // a toll with a day of telling of its own keeps it
    const told = "One local network said at the weekend that 203 civilians were killed.";
    expect(figuresOf(`${lead} ${filler} ${told}`, "2016-07-21").at(-1)?.periodEnd).not.toBe("2016-07-19");
  });

  it("dates a later count of an attack's dead, told with no time of its own, to the attack's day", () => {
    const lead =
      "Twenty-one people were killed in Saturday evening's bombardment of Afrin, the monitor said on Monday.";
    const update = "By Monday, Turkish officials were speaking of 14 dead.";
    const later = "According to the World Health Organization, at least 13 people died in Afrin.";
    expect(
      figuresOf(`${lead} ${update} ${later}`, "2021-06-14").map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`),
    ).toEqual(["21:2021-06-12:2021-06-12", "14:2021-06-14:2021-06-14", "13:2021-06-12:2021-06-12"]);
    // (a count with no start of its own too: "up to 50 people may have been injured")
    expect(
      figuresOf(`${lead} ${update} Airwars said up to 50 people in Afrin may have been injured.`, "2021-06-14").at(-1)
        ?.periodEnd,
    ).toBe("2021-06-12");
    // (a new attack, a count still running, or a count without an attack before it, keep their own reading)
    expect(figuresOf(`${lead} ${update} A strike on Sunday killed 13 in Afrin.`, "2021-06-14").at(-1)?.periodEnd).toBe(
      "2021-06-13",
    );
    expect(
      figuresOf(`${lead} ${update} Its count of the dead in Afrin has now passed 30.`, "2021-06-14").at(-1)?.periodEnd,
    ).toBe("2021-06-14");
    expect(figuresOf(`${update} ${later}`, "2021-06-14").at(-1)?.periodEnd).toBe("2021-06-14");
  });

  it("ends what a report tells of a body's count of the war after it, on the day that count now runs to", () => {
    const text = [
      "Syria's war has now claimed nearly half a million lives, the Syrian Observatory for Human Rights said on Tuesday.",
      "The Syrian Observatory for Human Rights now lists 494,438 people killed between mid-March 2011 and the thirtieth of May this year.",
      "Most of the newly confirmed deaths date from the bloodiest stretch of the war, between late 2012 and November 2015.",
      "Over the whole war, the Observatory counts 159,774 civilians among the dead.",
    ].join("\n\n");
    expect(figuresOf(text, "2021-06-01").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "500000:2021-06-01",
      "494438:2021-05-30",
      "159774:2021-05-30",
    ]);
    // (not another body's count, nor one of a place)
    for (const other of [
      "Over the whole war, the UN counts 159,774 civilians among the dead.",
      "In Aleppo, the Observatory counts 19,774 civilians among the dead.",
    ])
      expect(figuresOf(text.replace(/Over the whole war.*$/, other), "2021-06-01").at(-1)?.periodEnd).toBe(
        "2021-06-01",
      );
  });

  it("reads two days of the month named before, one to the other, as a span", () => {
    expect(
      period(
        "Over four days in November, from the fourteenth to the seventeenth, the WHO counted 84 people killed.",
        "2018-03-20",
      ),
    ).toEqual(["2017-11-14", "2017-11-17"]);
    expect(period("From the 3rd to the 9th, 200 people were killed in Douma.", "2018-03-20")).toEqual([
      "2018-03-03",
      "2018-03-09",
    ]);
  });

  it("dates a count by its own time after it, not by the clause before's across an 'and'", () => {
    expect(
      figuresOf(
        "The Observatory's tally rose to 206 civilians killed on June 27 and to 223 dead, most of them civilians, by June 29.",
        "2015-08-22",
      ).map((f) => `${f.value}:${f.periodEnd}`),
    ).toEqual(["206:2015-06-27", "223:2015-06-29"]);
    // (a time after it that belongs to another clause dates nothing here: "… and 66 injuries, and said on Sunday …")
    expect(
      figuresOf(
        "It blamed an air raid on Wednesday for 18 civilian deaths and 66 injuries, and said on Sunday that the strikes went on.",
        "2019-05-26",
      ).map((f) => `${f.value}:${f.periodEnd}`),
    ).toEqual(["18:2019-05-22", "66:2019-05-22"]);
  });

  it("counts from the day a crackdown, fighting or an offensive named as the count's began, up to the report", () => {
    expect(
      period("More than 2,050 people have now died in the crackdown that began in mid-March.", "2011-08-09"),
    ).toEqual(["2011-03-15", "2011-08-09"]);
    expect(
      period("About 75,000 people remain displaced by the Turkish offensive that began on 9 October.", "2019-12-03"),
    ).toEqual(["2019-10-09", "2019-12-03"]);
    expect(
      period(
        "Activists said the assault on Hama that began on Sunday had now killed at least 300 civilians.",
        "2011-08-05",
      ),
    ).toEqual(["2011-07-31", "2011-08-05"]);
  });

  it("counts the dead after a ceasefire was demanded on a day from that day", () => {
    expect(
      period(
        "Mark Lowcock told the Security Council that more than 1,700 people were killed in Eastern Ghouta after the council demanded a ceasefire on 24 February.",
        "2018-03-27",
      ),
    ).toEqual(["2018-02-24", "2018-03-27"]);
  });

  it("ends a running count on the day it was given", () => {
    expect(
      period("On Feb. 27 the Observatory counted 49,050 people who had left Baghouz since December.", "2019-03-18"),
    ).toEqual(["2018-12-01", "2019-02-27"]);
    expect(
      period(
        "A briefing by ACAPS on 22 January put the number who had fled Idlib since 15 December at some 212,000.",
        "2018-02-02",
      ),
    ).toEqual(["2017-12-15", "2018-01-22"]);
    // a day the count is of, not the day it was given, ends nothing else: "since" runs to the report
    expect(
      period("Since December, 49,050 people have left Baghouz, where fighting raged on Feb. 27.", "2019-03-18"),
    ).toEqual(["2018-12-01", "2019-03-18"]);
    // a count since a day, told as of another, ends on that other
    expect(
      period(
        "The World Food Programme said 330,000 people had been displaced since 1 May as of 16 July.",
        "2019-07-26",
      ),
    ).toEqual(["2019-05-01", "2019-07-16"]);
  });

  it("gives the items of a list the period of the item before, unless a time stands between", () => {
    const items = figuresOf(
      "Since March 2011 the monitor has counted 100,191 deaths. Opponents of the regime have lost 13,539 rebels, 2,015 army defectors and 2,518 foreign fighters.",
      "2013-06-26",
    ).map((f) => `${f.value}:${f.periodStart}`);
    expect(items).toEqual(["100191:2011-03-15", "13539:2011-03-15", "2015:2011-03-15", "2518:2011-03-15"]);
    const dated = figuresOf("Shelling killed 12 people on Monday and 9 on Tuesday in Douma.", "2016-12-14").map(
      (f) => `${f.value}:${f.periodEnd}`,
    );
    expect(dated).toEqual(["12:2016-12-12", "9:2016-12-13"]);
  });

  it("joins a range whose second end is the end of a month", () => {
    const f = onlyFigure(
      "The Observatory documented the deaths of at least 110,371 people between March 18, 2011 and the end of August.",
      "2013-09-02",
    );
    expect([f.periodStart, f.periodEnd]).toEqual(["2011-03-18", "2013-08-31"]);
    const past = onlyFigure(
      "The Observatory documented the deaths of at least 110,371 people between March 18, 2011, when the first protester was killed, and the last day of August.",
      "2013-09-02",
    );
    expect([past.periodStart, past.periodEnd]).toEqual(["2011-03-18", "2013-08-31"]);
  });

  it("reads a day written as an ordinal word", () => {
    const day = (text: string) => onlyFigure(text, "2013-08-23").periodEnd;
    expect(day("On the twenty-first of March 2013, 40 people were killed in Homs.")).toBe("2013-03-21");
    expect(day("On the sixteenth of May, 40 people were killed in Homs.")).toBe("2013-05-16");
    // without a year, the latest such day on or before publication
    expect(day("On the thirtieth of September, 40 people were killed in Homs.")).toBe("2012-09-30");
  });

  it("reads the middle and the start of a month as days", () => {
    const day = (text: string) => onlyFigure(text, "2019-09-21").periodEnd;
    expect(day("By mid-March 142 children had died in the camp.")).toBe("2019-03-15");
    expect(day("By the start of September 313 children had died in the camp.")).toBe("2019-09-01");
    expect(day("In the middle of May 2018, 31 children died in the camp.")).toBe("2018-05-15");
  });

  it("joins a range whose ends carry a time of day", () => {
    const span = (text: string) => period(text, "2018-01-31");
    expect(span("The monitor counted 42 civilians killed between 20 January and the morning of 28 January.")).toEqual([
      "2018-01-20",
      "2018-01-28",
    ]);
    expect(span("The monitor counted 42 civilians killed between dawn on January 19 and Sunday morning.")).toEqual([
      "2018-01-19",
      "2018-01-28",
    ]);
  });

  it("runs a count told up to a time, or held at the end of a month, from the war's start (national) or an unknown start (local)", () => {
    const span = (text: string) => period(text, "2014-06-11");
    expect(span("The Observatory put the national toll at 162,402 dead by the end of March.")).toEqual([
      WAR_START,
      "2014-03-31",
    ]);
    expect(span("By the end of May, the monitor had recorded 725 deaths in and around Manbij.")).toEqual([
      null,
      "2014-05-31",
    ]);
    // a month's own toll keeps the month
    expect(span("In March, the Observatory counted 5,402 dead across Syria.")).toEqual(["2014-03-01", "2014-03-31"]);
    // "at the end of" a month is a count's as-of day too, for a count held as for one made
    expect(span("At the end of May, Turkey hosted 760,000 Syrian refugees.")).toEqual([WAR_START, "2014-05-31"]);
    expect(span("At the end of May the monitor had recorded 725 deaths in and around Manbij.")).toEqual([
      null,
      "2014-05-31",
    ]);
  });

  it("runs a span opened by 'from' to the day it is told up to, and a count 'through' a day to that day", () => {
    const span = (text: string, published = "2014-07-01") => period(text, published);
    expect(
      span(
        "The Observatory has documented the deaths of 162,402 people in Syria from the start of the revolution in March 2011 up to 17 May 2014.",
      ),
    ).toEqual([WAR_START, "2014-05-17"]);
    expect(span("OCHA counted 184,705 people displaced in Raqqa governorate from 1 April up to 26 June.")).toEqual([
      "2014-04-01",
      "2014-06-26",
    ]);
    expect(span("The monitor recorded 725 deaths in and around Manbij through 17 May.")).toEqual([null, "2014-05-17"]);
    // a count that rose "from 142 by mid-March" is of mid-March: "from" opens the count, not a span
    const [before] = figuresOf(
      "Deaths of children under five in the camp rose from 142 by mid-March to 313 by 1 September.",
    );
    expect(before?.periodEnd).toBe("2016-03-15");
  });

  it("reads the first or last days of a month as its first or last week", () => {
    const span = (text: string) => period(text, "2019-12-28");
    expect(span("In the first days of December, clashes east of Idlib left 96 combatants dead.")).toEqual([
      "2019-12-01",
      "2019-12-07",
    ]);
    expect(span("Early in June OCHA reported that some 20,000 people had been displaced.")).toEqual([
      "2019-06-01",
      "2019-06-07",
    ]);
    expect(span("In late November, shelling killed 31 people in Maarat al-Numan.")).toEqual([
      "2019-11-24",
      "2019-11-30",
    ]);
    // the days still to come are not counted
    expect(span("In late December, shelling killed 31 people in Maarat al-Numan.")).toEqual([
      "2019-12-25",
      "2019-12-28",
    ]);
  });

  it("counts 'two days later' and 'the next day' from the day named before, but keeps a toll told 'by the following morning' on its day", () => {
    const dates = (text: string) => figuresOf(text, "2017-09-22").map((f) => [f.value, f.periodEnd]);
    expect(
      dates(
        "On 10 September the Observatory said 21 people died in raids on the river. Two days later the Observatory said that 69 civilians had been killed in three days of raids.",
      ),
    ).toEqual([
      [21, "2017-09-10"],
      [69, "2017-09-12"],
    ]);
    // ("a week earlier", "two weeks later": counted in weeks)
    expect(
      dates(
        "On 10 September the Observatory said its count of the dead stood at 105. A week earlier its count stood at 63.",
      ),
    ).toEqual([
      [105, "2017-09-10"],
      [63, "2017-09-03"],
    ]);
    // ("ten days later", "eleven days earlier": more days than six, in words)
    expect(
      dates(
        "On 11 September the Observatory said 21 people died in raids on the river. Ten days later, Russian raids killed at least 23 civilians, the Observatory said.",
      ),
    ).toEqual([
      [21, "2017-09-11"],
      [23, "2017-09-21"],
    ]);
    expect(
      dates(
        "On 16 August the Observatory said 700 members of the tribe had been killed. Eleven days earlier the same group had reported 3 men beheaded.",
      ),
    ).toEqual([
      [700, "2017-08-16"],
      [3, "2017-08-05"],
    ]);
    expect(
      dates(
        "Barrel bombs hit Aleppo on 3 February, killing 36 people. The next day barrel bombs killed at least eight people in the city.",
      ),
    ).toEqual([
      [36, "2017-02-03"],
      [8, "2017-02-04"],
    ]);
    expect(
      dates(
        "Barrel bombs hit Aleppo on Sunday, killing 36 people. By the following morning the toll had climbed to 76.",
      ),
    ).toEqual([
      [36, "2017-09-17"],
      [76, "2017-09-17"],
    ]);
  });

  it("dates a count 'in the same month' or 'over the same days' as the count before it", () => {
    const dates = (text: string) => figuresOf(text, "2012-08-04").map((f) => [f.value, f.periodStart, f.periodEnd]);
    expect(
      dates(
        "The Observatory recorded 4,239 deaths in July. The UN refugee agency said 12,000 people crossed into Turkey in the same month.",
      ),
    ).toEqual([
      [4239, "2012-07-01", "2012-07-31"],
      [12000, "2012-07-01", "2012-07-31"],
    ]);
  });

  it("runs a count since a day to the day it is told up to, 'by' or 'through' it", () => {
    const span = (text: string) => period(text, "2017-01-10");
    for (const upTo of ["By", "Through"])
      expect(
        span(`${upTo} 30 December, air strikes had killed 517 civilians since 15 December, the Observatory said.`),
      ).toEqual(["2016-12-15", "2016-12-30"]);
  });

  it("does not date a count by when the report giving it was released", () => {
    const f = onlyFigure(
      "The Observatory, in a count released last month, put the national toll at 162,402 dead by the end of March.",
      "2014-06-11",
    );
    expect(f.periodEnd).toBe("2014-03-31");
  });

  it("reads 'that Monday' as the Monday named before, and a line's day label as what it counts up to", () => {
    const [strike] = figuresOf(
      "The bombardment began on 16 December. That Monday an air strike on the market killed 13 civilians.",
      "2019-12-28",
    );
    expect([strike?.periodStart, strike?.periodEnd]).toEqual(["2019-12-16", "2019-12-16"]);
    const [line] = figuresOf("- 4 March: close to 600 people reported killed since 18 February;", "2018-03-27");
    expect([line?.periodStart, line?.periodEnd]).toEqual(["2018-02-18", "2018-03-04"]);
  });

  it("reads a count that 'had' reached a number when something happened on a day as of that day", () => {
    expect(
      period(
        "When the date of the election was set on 21 April, the war had already killed more than 150,000 people.",
        "2014-06-05",
      ),
    ).toEqual(["2011-03-15", "2014-04-21"]);
  });

  it("reads 'the first day of February' and 'the last day of May' as that one day", () => {
    expect(period("On the first day of February barrel-bomb attacks killed at least 85 people in Aleppo.")).toEqual([
      "2016-02-01",
      "2016-02-01",
    ]);
    expect(period("Shelling on the last day of May killed 14 people in Douma, activists said.")).toEqual([
      "2016-05-31",
      "2016-05-31",
    ]);
  });

  it("reads a day set off by a dash as its line's label, the day of the rest of its paragraph", () => {
    const figures = figuresOf(
      [
        "Timeline: the crowd at the gate",
        "",
        "8 February - Reuters reports that more than 30,000 people have fled to the gate in the past few days. An official says the crossing is open only for emergencies; seven injured Syrians have been taken to hospitals in Turkey.",
        "",
        "The wider picture - More than 260,000 people have died in the war.",
      ].join("\n"),
      "2016-02-16",
    );
    const byValue = new Map(figures.map((f) => [f.value, [f.periodStart, f.periodEnd]]));
    expect(byValue.get(30000)).toEqual(["2016-02-05", "2016-02-08"]);
    expect(byValue.get(7)?.[1]).toBe("2016-02-08");
    // (a label that is no day gives no day)
    expect(byValue.get(260000)?.[1]).toBe("2016-02-16");
  });

  it("reads 'between 1 January and 31 December', told in January, as the year before", () => {
    const f = onlyFigure(
      "The Observatory has put the toll for 2015 at 55,000, a figure that counts everyone killed between 1 January and 31 December.",
      "2016-01-02",
    );
    expect([f.periodStart, f.periodEnd]).toEqual(["2015-01-01", "2015-12-31"]);
    // a range whose first date names its year is left as it is
    expect(period("Shelling killed 12 people in Douma between 2 December and 5 December.")).toEqual([
      "2016-12-02",
      "2016-12-05",
    ]);
  });

  it("reads a national total as it stood on a day as running from the war's start", () => {
    const text = [
      "The Observatory has documented more than 384,000 deaths since March 2011.",
      "At the start of January the Observatory's figure stood at more than 380,000.",
      "A year ago, in mid-March 2019, it was above 370,000.",
    ].join(" ");
    expect(figuresOf(text, "2020-03-14").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [384000, WAR_START, "2020-03-14"],
      [380000, WAR_START, "2020-01-01"],
      [370000, WAR_START, "2019-03-15"],
    ]);
    // a day's toll in one place is that day's
    expect(period("Thursday's toll in Douma stood at 12.")).toEqual(["2016-12-08", "2016-12-08"]);
  });

  it("reads the refugees a count is brought to as all there are, from the war's start", () => {
    const f = figuresOf(
      "Turkish officials said on Monday that roughly 10,000 Syrians had crossed in the previous four days, lifting the number sheltering in Turkey to about 60,000.",
      "2012-08-14",
    ).find((x) => x.value === 60000);
    expect([f?.metric, f?.periodStart, f?.periodEnd]).toEqual(["refugees", WAR_START, "2012-08-13"]);
  });

  it("dates a vague count of people who fled to publication, not to the day named before", () => {
    const [fled] = figuresOf(
      "Rebels stormed the hill town on 21 March. It fell within hours as its several thousand residents fled.",
      "2014-03-31",
    );
    expect([fled?.metric, fled?.vague, fled?.periodEnd]).toEqual(["displaced", true, "2014-03-31"]);
  });

  it("dates a list by the title line above its header, and each list by its own", () => {
    const text = [
      "The refugee agency said on Tuesday that 7.1 million people were displaced without leaving the country.",
      "",
      "First look: 4 January 2013",
      "Registered or awaiting registration, by host country:",
      "- Jordan: 121,400",
      "- Iraq: 67,300",
      "- Region-wide: 612,000, against 300,000 at the start of October",
      "",
      "Second look: 2 April 2013",
      "Host countries in order of size:",
      "- Jordan: 288,500",
      "- Iraq: 118,900",
    ].join("\n");
    expect(
      figuresOf(text, "2013-09-10")
        .filter((f) => [121400, 67300, 288500, 118900].includes(f.value))
        .map((f) => [f.value, f.metric, f.periodEnd]),
    ).toEqual([
      [121400, "refugees", "2013-01-04"],
      [67300, "refugees", "2013-01-04"],
      [288500, "refugees", "2013-04-02"],
      [118900, "refugees", "2013-04-02"],
    ]);
  });

  it("takes a span the sentence gives over the war's words, which give no end", () => {
    expect(
      figuresOf(
        "The Observatory said this month that the war had claimed 387,000 lives between March 2011 and the end of February.",
        "2020-03-14",
      ).map((f) => [f.value, f.periodStart, f.periodEnd]),
    ).toEqual([[387000, "2011-03-01", "2020-02-29"]]);
  });

  it("ends a running total on a time set off after the verb that gave it", () => {
    expect(
      figuresOf(
        "It adds to a national toll the monitor put, in mid-June, at 310,000 since March 2011.",
        "2016-07-01",
      ).map((f) => [f.value, f.periodStart, f.periodEnd]),
    ).toEqual([[310000, WAR_START, "2016-06-15"]]);
  });

  it("leaves a time that tells what befell a place described after the count to that place", () => {
    expect(
      figuresOf(
        "Turkey is now sheltering 9,200 Syrians in its camps, officials said on Wednesday, as more people fled Jisr al-Shughour, the northern town that troops retook at the weekend.",
        "2011-06-15",
      ).map((f) => [f.value, f.periodEnd]),
    ).toEqual([[9200, "2011-06-15"]]);
  });

  it("dates a toll 'reported' with no time of its own to the attack the report told of", () => {
    const text = [
      "The bomb went off on Wednesday morning, July 27, near the police headquarters.",
      "Several buildings collapsed.",
      "The Islamic State group claimed the attack.",
      "The Observatory, within a couple of hours, reported 14 dead.",
      "A Kurdish news site spoke of at least 20 dead.",
    ].join(" ");
    expect(figuresOf(text, "2016-07-30").map((f) => [f.value, f.periodEnd])).toEqual([
      [14, "2016-07-27"],
      [20, "2016-07-27"],
    ]);
  });

  it("reads 'twelve months ago' as the day a year before", () => {
    expect(period("Twelve months ago the refugee population stood at about 200,000.", "2013-09-03")[1]).toBe(
      "2012-09-03",
    );
  });

  it("reads 'Sunday the 11th' as the 11th, not the last Sunday", () => {
    expect(
      figuresOf(
        "The town went on strike on Sunday the 11th, and three people were shot dead that day.",
        "2011-12-31",
      ).map((f) => [f.value, f.periodEnd]),
    ).toEqual([[3, "2011-12-11"]]);
  });

  it("dates two counts joined by 'and' to the date after the second, but not a count compared with an older one", () => {
    const ends = (text: string, pub: string) => figuresOf(text, pub).map((f) => `${f.value}:${f.periodEnd}`);
    expect(ends("A car bomb in the market killed 13 civilians and wounded 20 on 2 November.", "2019-11-12")).toEqual([
      "13:2019-11-02",
      "20:2019-11-02",
    ]);
    // a count with a time of its own keeps it; one compared with an older number is of now
    expect(ends("The monitor counted 3,912 dead in May and 3,100 in June.", "2013-07-10")).toEqual([
      "3912:2013-05-31",
      "3100:2013-06-30",
    ]);
    expect(
      ends(
        "About 2.6 million Syrians are now registered as refugees, up from 1,367,413 in mid-April last year.",
        "2014-04-03",
      ),
    ).toEqual(["2600000:2014-04-03", "1367413:2013-04-15"]);
    // (the older number of a running total is one too, as it stood then, not a count since its month began)
    expect(
      figuresOf("The Observatory says 312,000 people have been killed, up from 300,000 in March.", "2016-12-23").map(
        (f) => [f.value, f.periodStart, f.periodEnd],
      ),
    ).toEqual([
      [312000, "2011-03-15", "2016-12-23"],
      [300000, "2011-03-15", "2016-03-31"],
    ]);
  });

  it("dates the dead of a day's event, told on a later day, to the day they were told", () => {
    const ends = (text: string, pub: string) =>
      figuresOf(text, pub).map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`);
    expect(
      ends(
        "Rescuers said on Friday that they had now identified 89 people killed in Tuesday's chemical attack on the town.",
        "2017-04-08",
      ),
    ).toEqual(["89:2017-04-04:2017-04-07"]);
    // told on no day of its own, the dead of Sunday's clashes are Sunday's
    expect(ends("The monitor reported that four people were killed in Sunday's clashes.", "2011-08-16")).toEqual([
      "4:2011-08-14:2011-08-14",
    ]);
  });

  it("reads a weekday with its day in words or its date after it as that day", () => {
    const ends = (text: string, pub: string) => figuresOf(text, pub).map((f) => `${f.value}:${f.periodEnd}`);
    expect(ends("On Sunday the twenty-third, shelling killed twenty-eight people in the city.", "2012-07-03")).toEqual([
      "28:2012-06-23",
    ]);
    expect(ends("More than seven people died there on Monday, July 22, the Observatory said.", "2019-07-31")).toEqual([
      "7:2019-07-22",
    ]);
    // the weekday and its date are one time: a count since it still runs to the day it was told
    expect(
      ends(
        "The Observatory said on Sunday that 346 fighters had been killed since the assault began on Tuesday, Aug. 19.",
        "2014-08-25",
      ),
    ).toEqual(["346:2014-08-24"]);
    // "the third day of the push" is not the third of the month
    expect(
      ends("Seventeen people were killed in the city on Tuesday, the third day of the push.", "2011-08-10"),
    ).toEqual(["17:2011-08-09"]);
  });

  it("reads a bare day of the month in words ('on the twenty-seventh') as that day", () => {
    expect(
      figuresOf(
        "In February fighting emptied the villages, and on the twenty-seventh the agency estimated that thirteen thousand four hundred refugees had crossed into Lebanon.",
        "2014-03-21",
      ).map((f) => [f.value, f.periodEnd]),
    ).toEqual([[13400, "2014-02-27"]]);
    // "the fifth day", "the third of them" are not days of the month
    expect(period("On the fifth day of the siege 40 people were killed in the town.", "2014-03-21")[1]).toBe(
      "2014-03-21",
    );
  });

  it("reads 'the 4th of August' as that day", () => {
    expect(
      figuresOf(
        "Rebels killed at least 190 civilians when they overran the villages on the 4th of August.",
        "2013-10-11",
      ).map((f) => [f.value, f.periodEnd]),
    ).toEqual([[190, "2013-08-04"]]);
  });

  it("dates each line of a list by the date after its number and a colon, not by the line before", () => {
    const text = [
      "Syrian refugees in the region passed each million mark in turn:",
      "",
      "- 2 million: 3 September 2013",
      "- 3 million: 29 August 2014",
    ].join("\n");
    expect(figuresOf(text, "2015-07-09").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [2_000_000, "2011-03-15", "2013-09-03"],
      [3_000_000, "2011-03-15", "2014-08-29"],
    ]);
  });

  it("dates a list's lines by a heading in capitals that names only their day", () => {
    const text = [
      "Deaths reported in Syria, listed by day.",
      "",
      "MONDAY, 19 DECEMBER",
      "- Rest of the country: about 40 further deaths (Syrian Observatory)",
      "",
      "TUESDAY, 20 DECEMBER",
      "- Kafr Owaid: 111 dead (Syrian Observatory)",
    ].join("\n");
    expect(figuresOf(text, "2011-12-22").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "40:2011-12-19",
      "111:2011-12-20",
    ]);
  });

  it("dates what goes on after a list by the time its header gave, but not the lines of a list of another kind", () => {
    const text = [
      "The war in numbers",
      "",
      "Deaths in Syria in October 2016 (1-31 October), as counted by the monitor, by province:",
      "",
      "- Idlib: 212",
      "- Total: 1,430",
      "",
      "Most of the 1,430 dead were killed by aircraft. Among them were 240 children.",
      "",
      "Refugees by host country (UNHCR, as of 20 October):",
      "- Lebanon: 1,017,433",
      "",
      "Displaced inside Syria (OCHA):",
      "- Aleppo governorate: 1,200,000",
    ].join("\n");
    expect(figuresOf(text, "2016-11-03").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "212:2016-10-31",
      "1430:2016-10-31",
      "240:2016-10-31",
      "1017433:2016-10-20",
      "1200000:2016-11-03",
    ]);
  });

  it("dates bulleted lines by a labelled line with no number above them, even right after another list", () => {
    const text = [
      "The offensive in numbers",
      "",
      "Deaths in the first days",
      "- Strike on a convoy leaving Suran, 1 September: 14 civilians killed",
      "",
      "Background: civilians killed across Syria in August (monthly report of the Syrian Network for Human Rights)",
      "- Total: 1,521",
      "- By government forces: 898",
    ].join("\n");
    expect(figuresOf(text, "2016-09-07").map((f) => `${f.value}:${f.periodEnd}:${f.attributedTo}`)).toEqual([
      "14:2016-09-01:null",
      "1521:2016-08-31:SNHR",
      "898:2016-08-31:SNHR",
    ]);
  });

  it("dates a list's lines by their header and the numbers in brackets on them by the header's note", () => {
    const text = [
      "Refugees by host country, from the figures UNHCR released this week (totals from March 6 in brackets):",
      "",
      "- Jordan: 473,587, including people still awaiting registration (324,543)",
      "- Lebanon: 470,457 (329,823)",
    ].join("\n");
    expect(figuresOf(text, "2013-05-17").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "473587:2013-05-17",
      "324543:2013-03-06",
      "470457:2013-05-17",
      "329823:2013-03-06",
    ]);
    for (const note of [
      "(the count for 6 May in brackets where available)",
      "(in brackets: the agency's count of 6 May, where it published one)",
    ]) {
      const listed = [
        `Syrian refugees registered with UNHCR, by host country, as of 16 May 2013 ${note}:`,
        "",
        "- Lebanon: 474,461 (455,665)",
        "- Egypt: 68,865",
        "- All host countries: 1,523,626 (1,440,228 for the region)",
      ].join("\n");
      expect(
        figuresOf(listed, "2013-05-17").map((f) => `${f.value}:${f.periodEnd}`),
        note,
      ).toEqual([
        "474461:2013-05-16",
        "455665:2013-05-06",
        "68865:2013-05-16",
        "1523626:2013-05-16",
        "1440228:2013-05-06",
      ]);
    }
  });

  it("reads a heading in capitals that names what its list counts, and when, as it would in lower case", () => {
    const text = [
      "The refugee agency gave its new numbers on Thursday.",
      "",
      "REGISTERED SYRIAN REFUGEES BY HOST COUNTRY, AS OF 9 JULY 2015 (UNHCR)",
      "- Turkey: 1,805,255",
      "- Lebanon: 1,172,753",
      "",
      "DEATHS DOCUMENTED IN SYRIA IN JUNE 2015, BY CATEGORY (SYRIAN OBSERVATORY FOR HUMAN RIGHTS)",
      "- Civilians: 1,502",
      "- Army defectors: 8",
    ].join("\n");
    expect(figuresOf(text, "2015-07-09").map((f) => `${f.metric}:${f.value}:${f.periodEnd}:${f.attributedTo}`)).toEqual(
      [
        "refugees:1805255:2015-07-09:UNHCR",
        "refugees:1172753:2015-07-09:UNHCR",
        "killed:1502:2015-06-30:SOHR",
        "killed:8:2015-06-30:SOHR",
      ],
    );
    // (who and when may follow in brackets in any case)
    const bracketed = [
      "The network documented 300 civilian deaths.",
      "",
      "DISPLACED WITHIN NORTH-WEST SYRIA SINCE 1 DECEMBER 2019 (UN OCHA situation reports)",
      "- as of 27 January: nearly 390,000",
    ].join("\n");
    expect(figuresOf(bracketed, "2020-02-01").map((f) => `${f.metric}:${f.value}:${f.attributedTo}`)).toEqual([
      "killed:300:null",
      "internally_displaced:390000:OCHA",
    ]);
    // (and its words in brackets keep their case: "April" is a month, not the word "a")
    const span = [
      "The refugee agency gave its new numbers on Friday.",
      "",
      "DOCUMENTED KILLINGS (UN human rights office, March 2011 to 30 April 2014)",
      "- Total: 191,369",
    ].join("\n");
    expect(figuresOf(span, "2014-08-29").map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`)).toEqual([
      "191369:2011-03-01:2014-04-30",
    ]);
    // (from when the war began, named with its start: "from the start of the revolution in mid-March 2011 to …")
    expect(
      period(
        "The Observatory has documented the deaths of at least 26,283 people from the start of the revolution in mid-March 2011 to the end of August 2012.",
        "2012-09-01",
      ),
    ).toEqual(["2011-03-15", "2012-08-31"]);
    // (or an offensive's: "from the start of the offensive in December to mid-February")
    expect(
      period(
        "The monitor counted more than 380 civilians killed from the start of the offensive in December to mid-February.",
        "2020-02-28",
      ),
    ).toEqual(["2019-12-01", "2020-02-15"]);
    // (two dates with their years, one "to" the other, are one span with no "from" before them)
    expect(
      period("The office documented 191,369 killings in all (March 2011 to 30 April 2014).", "2014-08-29"),
    ).toEqual(["2011-03-01", "2014-04-30"]);
    // (a line of abbreviations and numbers is no heading: "- ISIS: 36" keeps its capitals)
    expect(figuresOf("Civilian deaths by party, SNHR:\n- ISIS: 36", "2020-05-01").map((f) => f.sentence)).toEqual([
      "- ISIS: 36",
    ]);
  });

  it("does not date a count by a month it is measured against ('well above May's level')", () => {
    expect(
      figuresOf(
        "The toll climbed again in June, well above May's level, when we documented the killing of 593 civilians.",
        "2018-07-01",
      ).map((f) => f.periodEnd),
    ).toEqual(["2018-06-30"]);
  });

  it("reads 'that Wednesday' as the Wednesday the story told of before, not the last one before publication", () => {
    const text = [
      "What happened in al-Matuna on July 25 was repeated across the countryside.",
      "Fighters came out of the desert to the northeast.",
      "They went from house to house.",
      "Four bombers struck the city itself in the course of the day.",
      "By mid-morning that Wednesday the Observatory had recorded at least 56 dead.",
    ].join(" ");
    expect(figuresOf(text, "2018-08-01").map((f) => `${f.value}:${f.periodEnd}`)).toEqual(["56:2018-07-25"]);
  });

  it("dates a list's counts to the period a line above says the deaths were documented in", () => {
    const text = [
      "April in numbers",
      "",
      "Deaths documented by the Syrian Network for Human Rights between 1 and 30 April 2015, by the party held responsible.",
      "",
      "- Government forces: 1,884 dead in all, among them 269 children.",
      "- Extremist groups: 220 dead in all.",
    ].join("\n");
    expect(figuresOf(text, "2015-05-03").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "1884:2015-04-30",
      "269:2015-04-30",
      "220:2015-04-30",
    ]);
  });

  it("keeps dating counts by the month a monthly report is of past a sentence that names only that month", () => {
    const text = [
      "The Syrian Network for Human Rights documented the killing of 1,497 people across Syria during September 2015.",
      "Under its definition it recorded no fewer than 43 massacres in September.",
      "These massacres killed 467 people, including 130 children.",
    ].join(" ");
    expect(figuresOf(text, "2015-10-05").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "1497:2015-09-30",
      "467:2015-09-30",
      "130:2015-09-30",
    ]);
  });

  it("reads 'that same Friday' after a verb of telling as the Friday told of before", () => {
    const text = [
      "On Friday, October 18, the agency briefed reporters in Geneva.",
      "The convoy was delayed.",
      "Crowds gathered at the gate.",
      "Buses kept arriving.",
      "The regional government said that same Friday that 2,331 refugees had arrived in Iraq since Tuesday.",
    ].join(" ");
    expect(figuresOf(text, "2019-10-25").map((f) => `${f.value}:${f.periodEnd}`)).toEqual(["2331:2019-10-18"]);
  });

  it("ends a count told 'by then' on the time named before, though it says since when it runs", () => {
    const text =
      "The strike came on July 22, when a market in Maarat al-Numan was hit. By then the Observatory had counted more than 2,500 deaths since the end of April.";
    expect(figuresOf(text, "2019-11-21").map((f) => `${f.value}:${f.periodEnd}`)).toEqual(["2500:2019-07-22"]);
    // (or since the war began)
    const war =
      "On 15 December alone, raids on the city killed at least 76 people, the Observatory said. By then more than 126,000 people had already died across Syria since March 2011.";
    expect(figuresOf(war, "2014-02-23").map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`)).toEqual([
      "76:2013-12-15:2013-12-15",
      "126000:2011-03-15:2013-12-15",
    ]);
  });

  it("counts a country's toll or stock told in a month from the war's start, not as that month's", () => {
    expect(
      period(
        "Thirteen months ago, in May 2013, the United Nations said at least 80,000 people had been killed.",
        "2014-06-05",
      ),
    ).toEqual([WAR_START, "2013-05-31"]);
    expect(
      period(
        "In July the UN refugee agency said more than four million Syrians had fled to neighbouring countries.",
        "2015-10-01",
      ),
    ).toEqual([WAR_START, "2015-07-31"]);
    // (or in some days of a month, or last month)
    expect(
      period(
        "In early September the UN refugee agency said more than two million Syrians had registered as refugees abroad.",
        "2013-10-01",
      ),
    ).toEqual([WAR_START, "2013-09-07"]);
    expect(
      period("Last month the Observatory put the death toll from six years of war at more than 320,000.", "2017-04-10"),
    ).toEqual([WAR_START, "2017-03-31"]);
    // (and more dead than any month of the war took, labelled with a month, are the toll as it stood then)
    const counts = figuresOf(
      "The war in numbers\n\nEARLIER UN DEATH COUNTS\n\n- December 2011: more than 5,000 killed\n- January 2013: more than 60,000\n",
      "2014-08-22",
    );
    expect(counts.map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`)).toContain("60000:2011-03-15:2013-01-31");
    // (the dead of that month stay the month's)
    expect(period("In May 2013, the Observatory said 4,000 people had been killed that month.", "2014-06-05")).toEqual([
      "2013-05-01",
      "2013-05-31",
    ]);
  });

  it("counts a country's toll told on a day from the war's start, not as that day's dead", () => {
    // (the one-day chart must not take a standing total for a day's toll)
    expect(period("On Tuesday the Observatory said more than 300,000 people had been killed in the war.")).toEqual([
      WAR_START,
      "2016-12-13",
    ]);
    expect(period("On 13 August the Observatory put the death toll at 23,002.", "2012-08-20")).toEqual([
      WAR_START,
      "2012-08-13",
    ]);
    expect(
      period("The United Nations on Friday put the toll across Syria at more than 190,000.", "2014-08-26"),
    ).toEqual([WAR_START, "2014-08-22"]);
    // (the dead of that day, or of days named after the number, stay that day's)
    expect(period("On Tuesday, 805 people were killed across Syria, the Observatory said.")).toEqual([
      "2016-12-13",
      "2016-12-13",
    ]);
    expect(
      period("The Syrian National Council said government forces had killed 250 people nationwide on Tuesday."),
    ).toEqual(["2016-12-13", "2016-12-13"]);
    expect(period("The Observatory said 300 people died in Syria on Saturday alone.")).toEqual([
      "2016-12-10",
      "2016-12-10",
    ]);
  });

  it("counts a country's refugees told on a day as a stock, not as that day's arrivals", () => {
    expect(
      period("On Friday the UN refugee agency said the number of Syrian refugees had passed three million."),
    ).toEqual([WAR_START, "2016-12-09"]);
    expect(period("On 22 November the agency counted 442,256 Syrian refugees across the region.")).toEqual([
      WAR_START,
      "2016-11-22",
    ]);
    // (people on the move that day are that day's; a count from a day on is not a stock)
    expect(period("More than 10,000 Syrian refugees crossed into neighbouring countries on Friday.")).toEqual([
      "2016-12-09",
      "2016-12-09",
    ]);
  });

  it("reads two days of a month, a span up to a day and two days joined as one span", () => {
    // (2019-04-03 is a Wednesday)
    const pub = "2019-04-03";
    expect(period("SNHR documented 1,200 deaths across Syria between 1 and 31 July 2012.", pub)).toEqual([
      "2012-07-01",
      "2012-07-31",
    ]);
    expect(period("The Observatory documented 1,200 deaths across Syria on 1-15 March 2019.", pub)).toEqual([
      "2019-03-01",
      "2019-03-15",
    ]);
    expect(period("SNHR documented 1,200 deaths across Syria over March 1-15.", pub)).toEqual([
      "2019-03-01",
      "2019-03-15",
    ]);
    expect(
      period("In the seven days to 16 February alone, some 142,000 people fled their homes in Idlib.", pub),
    ).toEqual(["2019-02-10", "2019-02-16"]);
    expect(period("Across Syria, 250 people were killed in the 48 hours to Tuesday, the council said.", pub)).toEqual([
      "2019-03-31",
      "2019-04-02",
    ]);
    expect(period("The Observatory said 300 people were killed across Syria on Monday and Tuesday.", pub)).toEqual([
      "2019-04-01",
      "2019-04-02",
    ]);
    // (a count of people between two numbers is no span of days; two days each with its own count stay apart)
    expect(period("Between 3,000 and 5,500 people fled Saraqeb on 12 March.", pub)).toEqual([
      "2019-03-12",
      "2019-03-12",
    ]);
    expect(
      figuresOf("The Observatory said 50 people were killed on Monday and 60 on Tuesday.", pub).map((f) => [
        f.periodStart,
        f.periodEnd,
      ]),
    ).toEqual([
      ["2019-04-01", "2019-04-01"],
      ["2019-04-02", "2019-04-02"],
    ]);
    // (a toll "to" a day runs from the war's start to it)
    expect(period("The Observatory's revised toll to 30 May stood at 494,438.", "2021-06-03")).toEqual([
      WAR_START,
      "2021-05-30",
    ]);
  });

  it("counts a country's list lines under a header told up to a day from the war's start", () => {
    const lines = [
      "The Syrian Observatory for Human Rights counts the deaths it has documented across Syria.",
      "",
      "THE DEAD (Syrian Observatory, to 13 December)",
      "- All documented deaths: 312,001",
      "- Civilians: 90,506",
    ];
    expect(figuresOf(lines.join("\n"), "2016-12-15").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [312_001, WAR_START, "2016-12-13"],
      [90_506, WAR_START, "2016-12-13"],
    ]);
    // (a header naming both ends keeps its start)
    const span = [
      "SNHR recorded the month's attacks.",
      "",
      "Idlib, attacks by Syrian and Russian forces from 5 to 24 August 2019:",
      "- Civilians killed: at least 110",
    ];
    expect(figuresOf(span.join("\n"), "2019-08-26").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [110, "2019-08-05", "2019-08-24"],
    ]);
  });

  it("dates a list whose header points back to 'the same count' by the list before it", () => {
    const lines = [
      "People killed in Syria, 1-30 November 2016, by province (SHRC monthly count):",
      "- Aleppo: 1,118",
      "- Idlib: 244",
      "",
      "Selected causes of death in the same count:",
      "- Russian air strikes: 416 killed",
    ];
    expect(figuresOf(lines.join("\n"), "2016-12-02").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [1118, "2016-11-01", "2016-11-30"],
      [244, "2016-11-01", "2016-11-30"],
      [416, "2016-11-01", "2016-11-30"],
    ]);
  });

  it("ends a count 'since the start of the year' on the day it was told", () => {
    expect(
      period(
        "On 18 February, High Commissioner Michelle Bachelet said nearly 300 civilians had been killed in the northwest since the start of the year.",
        "2020-02-28",
      ),
    ).toEqual(["2020-01-01", "2020-02-18"]);
    expect(period("On July 3 this year the agency put the total of refugees at 2.9 million.", "2014-08-29")[1]).toBe(
      "2014-07-03",
    );
  });

  it("dates by a bracketed 'as of' only the count the brackets follow", () => {
    expect(
      figuresOf(
        "UNHCR counts 105,737 refugees in Jordan, 101,834 in Turkey's camps (as of 17 October) and 42,661 in Iraq.",
        "2012-10-23",
      ).map((f) => `${f.value}:${f.periodEnd}`),
    ).toEqual(["105737:2012-10-23", "101834:2012-10-17", "42661:2012-10-23"]);
  });

  it("reads 'between the end of April and the end of August' as a span of those months", () => {
    expect(
      period(
        "Some 400,000 people were uprooted there between the end of April and the end of August, OCHA said.",
        "2019-12-31",
      ),
    ).toEqual(["2019-04-01", "2019-08-31"]);
  });

  it("reads 'from 16 October to the end of that month' as a span to the month's last day", () => {
    expect(
      period("From 16 October to the end of that month, 343 civilians were killed in Homs.", "2011-12-03"),
    ).toEqual(["2011-10-16", "2011-10-31"]);
  });

  it("reads a time after a verb of telling and who was told as the time of telling, but not one after 'that'", () => {
    // ("told the Security Council last week that … since the protests began": a running toll as of then, from mid-March)
    const [start, end] = period(
      "Navi Pillay, the UN human rights chief, told the Security Council last week that more than 5,000 people have been killed since the protests began in mid-March.",
      "2011-12-21",
    );
    expect(start).toBe("2011-03-15");
    expect(end! >= "2011-12-12" && end! <= "2011-12-18").toBe(true);
    expect(
      period(
        "The Observatory said on Friday that August was already the bloodiest month of the uprising, with more than 4,000 people killed.",
        "2012-08-26",
      ),
    ).toEqual(["2012-08-01", "2012-08-24"]);
  });

  it("reads 'between the first protests in mid-March and the last day of the year' as a span to the year's last day", () => {
    expect(
      period(
        "Between the first protests in mid-March and the last day of the year, our network recorded by name 5,862 people killed across the country.",
        "2012-01-02",
      ),
    ).toEqual(["2011-03-15", "2011-12-31"]);
    expect(
      period(
        "Between mid-March and the end of the year, activists recorded 5,862 people killed in Syria.",
        "2012-01-02",
      ),
    ).toEqual(["2011-03-15", "2011-12-31"]);
  });

  it("keeps a country's toll 'for that Wednesday' one day's", () => {
    expect(
      period("On 21 August the committees said their nationwide toll for that Wednesday reached 1,420.", "2013-08-24"),
    ).toEqual(["2013-08-21", "2013-08-21"]);
  });

  it("counts the dead 'in the offensive that X launched on' a day, or of a battle 'which began on' it, from that day", () => {
    expect(
      period(
        "More than 630 civilians were killed in the offensive that the SDF launched against the jihadists' last pockets on September 10, the Observatory said.",
        "2019-03-24",
      ),
    ).toEqual(["2018-09-10", "2019-03-24"]);
    // (and the dead a battle "which began on" a day had left by another: from the one to the other)
    expect(
      period(
        "The battle for Manbij between the SDF and the Islamic State, which began on 31 May, had left 725 people dead by 28 June.",
        "2016-07-01",
      ),
    ).toEqual(["2016-05-31", "2016-06-28"]);
  });

  it("ends a count 'released last month' with that month", () => {
    expect(
      period(
        "The war has killed 191,000 people since March 2011, according to a U.N. count released last month.",
        "2014-09-22",
      ),
    ).toEqual([WAR_START, "2014-08-31"]);
  });

  it("dates the dead after 'its count for Monday 8 October' by that day, and a headline's 'toll passes' as a standing toll", () => {
    const text = [
      "Observatory: about 210 killed on Monday; documented toll passes 32,000",
      "",
      "The Syrian Observatory for Human Rights has completed its count for Monday 8 October 2012. Approximately 210 Syrians were killed across the country. They were 106 unarmed civilians, 39 rebel fighters and no fewer than 57 members of the regime forces.",
    ].join("\n");
    expect(figuresOf(text, "2012-10-09").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [32_000, WAR_START, "2012-10-08"],
      [210, "2012-10-08", "2012-10-08"],
      [106, "2012-10-08", "2012-10-08"],
      [39, "2012-10-08", "2012-10-08"],
      [57, "2012-10-08", "2012-10-08"],
    ]);
  });

  it("dates the dead after 'its own count for November' by that month, once the month is over", () => {
    const text =
      "The committee recorded 1,956 deaths in November. A second monitor published its own count for November on Thursday. It documented 1,402 civilian deaths.";
    expect(figuresOf(text, "2016-12-02").map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`)).toEqual([
      "1956:2016-11-01:2016-11-30",
      "1402:2016-11-01:2016-11-30",
    ]);
    // (a month not yet over is no count of a closed month: the count runs to the day it is told)
    expect(
      figuresOf(
        "The monitor published its count for December on Thursday. It documented 310 civilian deaths.",
        "2016-12-16",
      ).map((f) => f.periodEnd),
    ).toEqual(["2016-12-16"]);
  });

  it("does not date what follows by the worst event before, recalled after 'the deadliest … since'", () => {
    const text = [
      "Fourteen people died when two bombs exploded on an army bus in central Damascus on Wednesday.",
      "",
      "It was the deadliest bombing in the capital since March 2017, when an attack on the Palace of Justice killed at least 30 people.",
      "",
      "An hour later shells hit the centre of Ariha. At least 13 people were killed, the Observatory said.",
    ].join("\n");
    expect(figuresOf(text, "2021-10-21").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "14:2021-10-20",
      "30:2017-03-31",
      "13:2021-10-20",
    ]);
    // (a toll told before the comparison still dates what follows: "On Thursday 87 soldiers were killed, the
    // heaviest loss in one day since the uprising began")
    const told = [
      "On Thursday 11 October no fewer than 87 soldiers were killed across Syria, the heaviest loss the army had suffered in one day since the uprising began.",
      "Among the dead were 36 soldiers killed near Maarat al-Numan.",
    ].join(" ");
    expect(figuresOf(told, "2012-10-18").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "87:2012-10-11",
      "36:2012-10-11",
    ]);
  });

  it("ends the run of a dated count at the worst year recalled, or at a count as it stands now", () => {
    const text = [
      "The toll fell again this year. The worst year remains 2014, when more than 76,000 people were killed.",
      "",
      "A second monitor documented 3,364 civilian deaths, including 842 children.",
    ].join("\n");
    expect(figuresOf(text, "2019-12-31").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "76000:2014-12-31",
      "3364:2019-12-31",
      "842:2019-12-31",
    ]);
    const now = [
      "The Observatory recorded a little over 19,600 deaths in 2018. In all, the monitor now puts the war's toll at more than 370,000.",
      "",
      "A second monitor documented 3,364 civilian deaths, including 842 children.",
    ].join("\n");
    expect(figuresOf(now, "2019-12-31").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "19600:2018-12-31",
      "370000:2019-12-31",
      "3364:2019-12-31",
      "842:2019-12-31",
    ]);
  });

  it("runs undated counts to a coverage that ends on the publication day, named as a day", () => {
    const text = [
      "The monitor's figures below run from January 1 until the morning of December 22.",
      "",
      "The monitor documented the deaths of 600 members of the regime forces.",
    ].join("\n");
    expect(figuresOf(text, "2021-12-22").map((f) => `${f.value}:${f.periodEnd}`)).toEqual(["600:2021-12-22"]);
    // (a coverage that ends "this year" is no day: the count's own end, 15 July, stands)
    const year = [
      "The new count runs from 15 March 2011 through to 15 July this year.",
      "",
      "The monitor counts some 100,000 civilians among the dead.",
    ].join("\n");
    expect(figuresOf(year, "2017-07-17").map((f) => `${f.value}:${f.periodEnd}`)).toEqual(["100000:2017-07-15"]);
  });

  it("does not date what follows by a count recalled 'when its count stood at'", () => {
    const text = [
      "The UN human rights office has compiled a list of 350,209 people killed in the Syrian conflict between March 2011 and March 2021. It is the office's first published toll since August 2014, when its count stood at 191,369.",
      "",
      "By governorate, the highest documented toll was in Aleppo, with 51,731 named individuals killed.",
    ].join("\n");
    expect(figuresOf(text, "2021-09-24").map((f) => `${f.value}:${f.periodEnd}`)).toEqual([
      "350209:2021-03-31",
      "191369:2014-08-31",
      "51731:2021-03-31",
    ]);
  });

  it("gives each count of a pair the year-end that follows it", () => {
    expect(
      figuresOf(
        "The refugee total had stood at 4.6 million at the end of 2015 and 4.85 million at the end of 2016.",
        "2017-03-31",
      ).map((f) => `${f.value}:${f.periodEnd}`),
    ).toEqual(["4600000:2015-12-31", "4850000:2016-12-31"]);
  });

  it("ends a count told as standing 'last month at' a number with that month, from the start it gives", () => {
    expect(
      period("Its overall count since March 2011 stood last month at more than 230,000 deaths.", "2015-07-10"),
    ).toEqual([WAR_START, "2015-06-30"]);
    expect(period("Its overall death toll stood last month at more than 230,000.", "2015-07-10")).toEqual([
      WAR_START,
      "2015-06-30",
    ]);
    // (a count raised on a day is as of that day)
    expect(
      period(
        "On March 27 the United Nations raised its estimate of the dead since the uprising began to more than 9,000.",
        "2012-04-06",
      ),
    ).toEqual([WAR_START, "2012-03-27"]);
  });

  it("reads 'from' a day with no end after it as 'since', and 'since X launched … on' a day as that day on", () => {
    expect(
      period("The medical charity UOSSM said on May 21 that from April 28 some 229 civilians had died.", "2019-05-25"),
    ).toEqual(["2019-04-28", "2019-05-21"]);
    // (and people who "left after" a day, from it on)
    expect(
      period(
        "The UN refugee agency said more than 400,000 Syrians left for neighbouring countries after 1 January.",
        "2013-03-06",
      ),
    ).toEqual(["2013-01-01", "2013-03-06"]);
    // (past an "and" that joins another count, not an end: "… had died and 727 had been hurt")
    expect(
      figuresOf(
        "The medical charity UOSSM said on May 21 that from April 28 some 229 civilians had died and 727 had been hurt.",
        "2019-05-25",
      ).map((f) => [f.value, f.periodStart, f.periodEnd]),
    ).toEqual([
      [229, "2019-04-28", "2019-05-21"],
      [727, "2019-04-28", "2019-05-21"],
    ]);
    expect(
      period(
        "Since the Syrian Democratic Forces launched their coalition-backed assault on the pocket on Sept. 10, more than 190 civilians have been killed.",
        "2018-11-18",
      ),
    ).toEqual(["2018-09-10", "2018-11-18"]);
    // (a span with its end, and a day's event, stay as they were)
    expect(
      period("OCHA counted 350,000 displaced from the first of December to the fourteenth of January.", "2020-02-17"),
    ).toEqual(["2019-12-01", "2020-01-14"]);
    expect(period("The toll from Saturday evening's bombardment of Afrin rose to 21.", "2021-06-14")).toEqual([
      "2021-06-12",
      "2021-06-12",
    ]);
  });

  it("counts a country's toll told on a day from the war's start when no day of the war took that many", () => {
    expect(
      period(
        "On 14 March, the eve of the war's eleventh year, the Observatory announced 388,652 documented deaths.",
        "2021-03-20",
      ),
    ).toEqual([WAR_START, "2021-03-14"]);
    // (a day's toll the country could have had stays that day's)
    expect(period("On 14 March the Observatory announced 412 deaths across Syria.", "2021-03-20")).toEqual([
      "2021-03-14",
      "2021-03-14",
    ]);
  });

  it("counts people a source told of on a day, with no word of their moving that day, as a stock", () => {
    expect(
      figuresOf(
        "On September third the UN refugee agency said the number of Syrian refugees had passed two million: 716,000 in Lebanon and 515,000 in Jordan.",
        "2013-09-05",
      ).map((f) => [f.value, f.periodStart, f.periodEnd]),
    ).toEqual([
      [2_000_000, WAR_START, "2013-09-03"],
      [716_000, WAR_START, "2013-09-03"],
      [515_000, WAR_START, "2013-09-03"],
    ]);
    expect(
      period("On May 3 the Observatory said at least 60,000 people had fled the fighting in Aleppo.", "2014-05-10"),
    ).toEqual([null, "2014-05-03"]);
    // (people who went that day are that day's)
    expect(
      period(
        "On 27 May, OCHA said, 4,600 people fled north from settlements along the Bab al-Iman road.",
        "2016-06-01",
      ),
    ).toEqual(["2016-05-27", "2016-05-27"]);
  });

  it("dates nothing by when a truce was agreed, and reads 'overnight into March 12' as that day", () => {
    expect(
      period(
        "Following a ceasefire agreed on 9 September, OCHA said on 21 September that about 28,000 of the roughly 36,000 people displaced from Daraa al-Balad had gone back.",
        "2021-09-24",
      ),
    ).toEqual([null, "2021-09-21"]);
    expect(
      period("Thirty-eight IS fighters were killed overnight into March 12, the office's head said.", "2019-03-24"),
    ).toEqual(["2019-03-12", "2019-03-12"]);
    // (a night's rockets "into Latakia city" are of the night)
    expect(period("Rockets fired overnight into Latakia city killed eight people.", "2014-04-01")).toEqual([
      "2014-04-01",
      "2014-04-01",
    ]);
  });

  it("dates a count by the war's anniversary it was told on, or that anniversary's eve", () => {
    expect(
      period(
        "The Observatory marked the war's seventh anniversary with a count of more than 350,000 dead.",
        "2018-03-20",
      ),
    ).toEqual([WAR_START, "2018-03-15"]);
    expect(
      period("On the eve of the war's tenth anniversary the Observatory put the death toll at 388,652.", "2021-09-25"),
    ).toEqual([WAR_START, "2021-03-14"]);
    expect(
      period("A car bomb killed 12 people in Damascus on the sixth anniversary of the uprising.", "2017-03-20"),
    ).toEqual(["2017-03-15", "2017-03-15"]);
    // or the war entering one of its years, on the anniversary, where no other day is named
    expect(
      period(
        "When the war entered its tenth year in March, SOHR put the deaths it had documented since 2011 at more than 384,000.",
        "2020-07-01",
      ),
    ).toEqual([WAR_START, "2020-03-15"]);
    expect(
      period(
        "On 12 March, as the war entered its fifth year, Ban Ki-moon said over 220,000 Syrians had been killed.",
        "2015-07-09",
      )[1],
    ).toBe("2015-03-12");
    // (not another anniversary)
    expect(
      period(
        "By the third anniversary of the Russian intervention, 18,000 had been killed by its strikes across Syria.",
        "2018-10-05",
      ),
    ).toEqual([WAR_START, "2018-10-05"]);
  });

  it("ends a running count told as standing on a day that opens its sentence with that day", () => {
    expect(
      figuresOf(
        "Ten of the 24 were killed. On 6 August, our running count since the start of the uprising in mid-March stood at 1,653 civilians.",
        "2011-08-31",
      ).map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`),
    ).toEqual(["10:null:2011-08-31", "24:null:2011-08-31", `1653:${WAR_START}:2011-08-06`]);
  });

  it("reads a count an update gave for a period up to a day, as of that day, not the update's or the clause before's", () => {
    expect(
      figuresOf(
        "OCHA's count of people displaced in the north-west since 1 December stood at about 284,000 on 29 December. On 12 February it passed 800,000, and the update of 26 February gave more than 948,000 for the period to 23 February.",
        "2020-03-06",
      ).map((f) => `${f.value}:${f.periodEnd}`),
    ).toEqual(["284000:2019-12-29", "800000:2020-02-12", "948000:2020-02-23"]);
  });

  it("ends a span at a part of today, and keeps a span another report covered to what is told after it", () => {
    const figures = figuresOf(
      [
        "The Observatory documented the deaths of 353 civilians in air raids between 1 December 2015 and dawn today, 15 December. Among the dead are 94 children.",
        "Earlier counts. In its count published on 20 November, it documented 403 civilians killed since 30 September. The same report covered the air campaign over the thirteen months from 20 October 2014.",
      ].join("\n\n"),
      "2015-12-15",
    );
    expect(figures.map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`)).toEqual([
      "353:2015-12-01:2015-12-15",
      "94:2015-12-01:2015-12-15",
      "403:2015-09-30:2015-11-20",
    ]);
  });

  it("reads half a month as its first fifteen days or the rest", () => {
    expect(
      period(
        "In the first half of August some 700 tribe members were put to death, the Observatory said.",
        "2014-12-19",
      ),
    ).toEqual(["2014-08-01", "2014-08-15"]);
    expect(period("In the second half of May 2013 about 900 people were killed in Qusair.", "2013-07-02")).toEqual([
      "2013-05-16",
      "2013-05-31",
    ]);
  });

  it("dates a count told again by the day it was told on, not the count it repeats", () => {
    expect(
      figuresOf(
        "More than 60,000 people have been killed in the conflict. A study commissioned by the United Nations and released on January 2 put the figure at more than 60,000.",
        "2013-01-28",
      ).map((f) => `${f.value}:${f.periodEnd}`),
    ).toEqual(["60000:2013-01-28", "60000:2013-01-02"]);
  });

  it("keeps a list's item with the item before past a time that is not its own", () => {
    expect(
      figuresOf(
        "Air strikes before dawn on Wednesday, 13 January, near Albu Kamal killed 57 people, 14 soldiers and 43 militiamen, the deadliest raids there since June 2018.",
        "2021-02-01",
      ).map((f) => `${f.value}:${f.periodEnd}`),
    ).toEqual(["57:2021-01-13", "14:2021-01-13", "43:2021-01-13"]);
  });

  it("counts the dead after a truce was voted or took effect on a day from that day", () => {
    expect(
      period(
        "Some 80 people died after the UN Security Council voted on February 24 for a 30-day truce, the Observatory said.",
        "2018-03-02",
      ),
    ).toEqual(["2018-02-24", "2018-03-02"]);
    expect(
      period("At least 30 civilians have been killed since the ceasefire took effect on 6 March.", "2020-03-20"),
    ).toEqual(["2020-03-06", "2020-03-20"]);
  });

  it("reads the last days of a month last year, and a span back from the days a count was told in", () => {
    expect(
      period("In late January last year, 86 people had died in the camp, the Observatory said.", "2015-04-10"),
    ).toEqual(["2014-01-25", "2014-01-31"]);
    expect(
      period(
        "In late January last year, the Observatory said at least 86 people had died in the camp in the previous months.",
        "2015-04-10",
      ),
    ).toEqual(["2013-12-31", "2014-01-31"]);
  });

  it("dates a count by a day described before its 'when', and leaves a relative clause's time to that clause", () => {
    expect(
      figuresOf(
        "About 5,000 people have been killed since 15 March, the fourth anniversary of the revolution, when our count stood at 215,518.",
        "2015-04-16",
      ).map((f) => `${f.value}:${f.periodEnd}`),
    ).toEqual(["5000:2015-04-16", "215518:2015-03-15"]);
    expect(
      period(
        "Human Rights Watch, whose researchers visited five towns in the last week of April, says government forces killed at least 95 civilians in the first days of April.",
        "2012-05-02",
      )[1],
    ).not.toBe("2012-04-30");
    // (but a clause giving the span the count covers does date it)
    expect(
      period(
        "In its latest full count, which ran to the fifth of February, the Observatory documented 210,060 deaths.",
        "2015-03-07",
      ),
    ).toEqual([WAR_START, "2015-02-05"]);
  });

  it("counts from 'that Friday' named before, up to the day the count is told by", () => {
    expect(
      figuresOf(
        "On Friday, September 19, Turkey opened its border at Suruc. By September 23, UNHCR was counting more than 138,000 arrivals since that Friday.",
        "2014-10-01",
      ).map((f) => `${f.value}:${f.periodStart}:${f.periodEnd}`),
    ).toEqual(["138000:2014-09-19:2014-09-23"]);
  });

  it("reads Christmas and New Year's days as the last such day by publication", () => {
    expect(period("On Christmas Eve an air strike near Jawbas killed at least 12 people.", "2019-12-28")).toEqual([
      "2019-12-24",
      "2019-12-24",
    ]);
    expect(period("Rockets hit a school in Sarmin on New Year's Day, killing five children.", "2020-02-25")).toEqual([
      "2020-01-01",
      "2020-01-01",
    ]);
    expect(period("On Christmas Day the army said 30 civilians were killed.", "2017-03-05")).toEqual([
      "2016-12-25",
      "2016-12-25",
    ]);
  });

  it("reads 'has so far' in the next clause as that clause's, and a count's span given in a clause on the count", () => {
    expect(
      figuresOf(
        "August, with 5,440 people killed, is still the deadliest month; 4,985 died in September, and October has so far claimed 4,727 lives.",
        "2012-10-25",
      ).map((f) => `${f.value}:${f.periodEnd}`),
    ).toEqual(["5440:2012-08-31", "4985:2012-09-30", "4727:2012-10-25"]);
    expect(
      period(
        "The war has killed 494,438 people since March 2011, according to the Observatory's latest count, which runs to May 30.",
        "2021-07-04",
      ),
    ).toEqual([WAR_START, "2021-05-30"]);
  });

  it("reads 'the tenth anniversary of the uprising in March' as the anniversary, not the month", () => {
    expect(
      period(
        "The Syrian Network for Human Rights said on the tenth anniversary of the uprising in March that it had documented the deaths of 227,413 civilians.",
        "2021-09-20",
      ),
    ).toEqual([WAR_START, "2021-03-15"]);
  });

  it("reads a weekday of last week, and the first days of a month counted past twelve", () => {
    expect(period("The monitor's tally of the dead had reached 737 by Thursday of last week.", "2018-03-23")).toEqual([
      null,
      "2018-03-15",
    ]);
    expect(
      period("During the first fifteen days of October alone, 55,129 people were displaced, OCHA said.", "2017-10-18"),
    ).toEqual(["2017-10-01", "2017-10-15"]);
  });

  it("reads 'at the start of the month' as the report's month, but not a month named before 'since the beginning of the month'", () => {
    expect(
      period(
        "The UN had said at the start of the month that up to 10,000 people had fled to nearby towns.",
        "2013-06-06",
      ),
    ).toEqual([null, "2013-06-01"]);
    expect(
      period(
        "By 21 June a local group had recorded more than 37 civilians killed since the beginning of the month.",
        "2021-07-19",
      )[1],
    ).toBe("2021-06-21");
  });

  it("reads days or weeks after a day as a span from it, and clashes that began on a day as running since", () => {
    expect(
      period("Then, in the two weeks after 12 December, more than 235,000 people fled southern Idlib.", "2020-02-25"),
    ).toEqual(["2019-12-12", "2019-12-26"]);
    expect(period("About 143,000 of them fled in the three days after February 9 alone.", "2020-03-01")).toEqual([
      "2020-02-09",
      "2020-02-12",
    ]);
    // (or after an event on a day: "in the 72 hours after the Security Council demanded a ceasefire on 24 February")
    expect(
      period(
        "The network recorded 107 civilian deaths in the 72 hours after the UN Security Council demanded a ceasefire on 24 February.",
        "2018-03-28",
      ),
    ).toEqual(["2018-02-24", "2018-02-27"]);
    // ("the fortnight after", "the week after")
    expect(
      period("At least 12 children were killed in the north-west in the fortnight after 20 April.", "2019-05-10"),
    ).toEqual(["2019-04-20", "2019-05-04"]);
    expect(
      period("At least 12 children were killed in the north-west in the week after 20 April.", "2019-05-10"),
    ).toEqual(["2019-04-20", "2019-04-27"]);
    expect(
      period(
        "- Clashes that began on 21 March between armed groups and government forces in northern Hama have internally displaced more than 40,000 people.",
        "2017-03-31",
      ),
    ).toEqual(["2017-03-21", "2017-03-31"]);
  });

  it("reads a list line's label that gives its day in brackets after a 'since' as running from it to that day", () => {
    expect(
      period("- Civilians killed since mid-March, main activist network (12 June): more than 1,300", "2011-06-27"),
    ).toEqual(["2011-03-15", "2011-06-12"]);
    expect(
      period("- Soldiers and police killed since the unrest began, army spokesman (26 June): 350", "2011-06-27"),
    ).toEqual([WAR_START, "2011-06-26"]);
    // (a day alone is that day's)
    expect(
      period("- Security forces killed in Jisr al-Shughour, state television (6 June): 120", "2011-06-27"),
    ).toEqual(["2011-06-06", "2011-06-06"]);
  });

  it("reads the day a body whose name closes on its short form in brackets told a running count", () => {
    expect(
      period(
        "On 17 March the UN Office for the Coordination of Humanitarian Affairs (OCHA) reported that at least 20,000 people had fled eastern Ghouta since 11 March.",
        "2018-04-06",
      ),
    ).toEqual(["2018-03-11", "2018-03-17"]);
  });

  it("reads a span that opens at the start of an offensive on a day and closes on another", () => {
    expect(
      period(
        "By the count of the Syrian Observatory for Human Rights, more than 1,130 people were killed in the city between the start of the offensive on 15 November and 12 December.",
      ),
    ).toEqual(["2016-11-15", "2016-12-12"]);
  });

  it("dates a count set beside another to compare by the time told after it", () => {
    const figures = figuresOf(
      "The Syrian Observatory for Human Rights documented the deaths of 3,686 people across Syria during September 2016, down from the 4,475 deaths we recorded in August.",
      "2016-10-01",
    );
    expect(figures.map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [3686, "2016-09-01", "2016-09-30"],
      [4475, "2016-08-01", "2016-08-31"],
    ]);
  });

  it("counts 'the first nine days of the operation, launched on October 9' from that day, not as the day alone", () => {
    expect(
      period(
        "The Observatory's count for the first nine days of the operation, launched on October 9, stood at 79 civilians killed inside Syria.",
        "2019-10-18",
      ),
    ).toEqual(["2019-10-09", "2019-10-17"]);
  });

  it("ends a running count on the day it was published", () => {
    expect(
      period(
        "The Syrian Observatory for Human Rights published a far higher toll on 1 June: 494,438 dead since 2011.",
        "2021-09-27",
      ),
    ).toEqual([WAR_START, "2021-06-01"]);
  });

  it("goes on with the count a report tells, not the one it compares it with", () => {
    const figures = figuresOf(
      "The Observatory documented the deaths of 3,686 people during September 2016, down from the 4,475 deaths we recorded in August. Among the month's dead are 276 children.",
      "2016-10-01",
    );
    expect(figures.map((f) => [f.value, f.periodEnd])).toEqual([
      [3686, "2016-09-30"],
      [4475, "2016-08-31"],
      [276, "2016-09-30"],
    ]);
  });

  it("keeps a day told after a number that measures something ('a 13-hour period') for the count before it", () => {
    const figures = figuresOf(
      "More than 1,200 civilians were killed in February. Ninety-two of those deaths took place in a single 13-hour period on 19 February.",
      "2018-04-06",
    );
    expect(figures.map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [1200, "2018-02-01", "2018-02-28"],
      [92, "2018-02-19", "2018-02-19"],
    ]);
  });

  it("reads refugees a list line counts on a day, with no word of their moving, as a stock, not the day's arrivals", () => {
    const text = [
      "Syrian refugees in the region, by the latest counts:",
      "- Registered with UNHCR in the region on 27 February: 5,561,824",
    ].join("\n");
    expect(figuresOf(text, "2020-03-01").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [5_561_824, WAR_START, "2020-02-27"],
    ]);
    // (people who crossed that day are that day's)
    expect(
      figuresOf(
        "Refugees in Lebanon:\n- 16 May: about 1,000 Syrians crossed the Nahr al-Kabir river into Lebanon",
        "2011-05-20",
      ).map((f) => [f.value, f.periodStart, f.periodEnd]),
    ).toEqual([[1000, "2011-05-16", "2011-05-16"]]);
  });

  it("reads the people camps held on a day as a stock", () => {
    expect(
      period(
        "By the morning of June 13 the camps held 6,817 refugees, according to the disaster agency.",
        "2011-06-20",
      ),
    ).toEqual([WAR_START, "2011-06-13"]);
  });

  it("reads a count of an offensive 'launched … on' a day, set off by commas, as running from that day", () => {
    expect(
      period(
        "The monitor said the government offensive on the enclave, launched with Russian air support on Feb. 18, had now killed more than 1,390 civilians.",
        "2018-03-17",
      ),
    ).toEqual(["2018-02-18", "2018-03-17"]);
  });

  it("reads 'by the eleventh day of the operation' as its first eleven days", () => {
    const text =
      "Turkey launched its offensive on 9 October. By the eleventh day of the operation, the Observatory said 120 civilians had been killed.";
    expect(figuresOf(text, "2019-10-23").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [120, "2019-10-09", "2019-10-19"],
    ]);
  });

  it("does not date a count by a truce named by its day that another time is counted from, nor take the truce's city for a source", () => {
    const f = onlyFigure(
      "Our report for January 2017, the first month after the Ankara ceasefire of 30 December 2016, recorded 781 civilian deaths.",
      "2017-02-01",
    );
    expect([f.periodStart, f.periodEnd, f.attributedTo]).toEqual(["2017-01-01", "2017-01-31", null]);
  });

  it("reads a count after a truce collapsed on a day as running from that day to the day it was told", () => {
    expect(
      period(
        "After the truce collapsed on 19 September, at least 231 civilians were killed in Aleppo within a week, the Observatory said on 25 September.",
        "2016-10-01",
      ),
    ).toEqual(["2016-09-19", "2016-09-25"]);
  });

  it("reads a span from the opening of talks on one day to midnight on another", () => {
    expect(
      period(
        "The Observatory counted nearly 1,900 dead between the opening on the twenty-second of January and midnight on the thirtieth.",
        "2014-02-11",
      ),
    ).toEqual(["2014-01-22", "2014-01-30"]);
  });

  it("reads the day a 'when' clause says a count was told on as the day it runs to", () => {
    expect(
      period(
        "When she addressed the Human Rights Council on 22 August, the High Commissioner put the toll at at least 2,200 since mid-March.",
        "2011-12-12",
      ),
    ).toEqual(["2011-03-15", "2011-08-22"]);
  });

  it("reads a part of a year opening a list line's label", () => {
    expect(period("- First half of 2021: 723 civilians killed.", "2021-09-25")).toEqual(["2021-01-01", "2021-06-30"]);
  });

  it("reads two days of one month joined by 'to' as a span, with or without 'from' before them", () => {
    expect(period("- 12 to 27 January 2020: at least 87 civilians killed (SNHR)", "2020-02-28")).toEqual([
      "2020-01-12",
      "2020-01-27",
    ]);
    expect(period("- February 9 to 12: some 142,000 people displaced", "2020-02-28")).toEqual([
      "2020-02-09",
      "2020-02-12",
    ]);
  });

  it("reads a list line labelled with a source and its day as running up to that day", () => {
    expect(period("- United Nations, May 15: at least 80,000 killed since March 2011", "2013-05-17")).toEqual([
      WAR_START,
      "2013-05-15",
    ]);
  });

  it("counts from the start of an offensive named with its day, and not back from a day 'in the four weeks before'", () => {
    const text =
      "By the Observatory's count, more than 1,130 people were killed in the city between the start of the offensive on 15 November and 12 December. Tens of thousands of people have been uprooted in and around Aleppo since the offensive began.";
    expect(figuresOf(text, "2016-12-16").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [1130, "2016-11-15", "2016-12-12"],
      [20_000, "2016-11-15", "2016-12-16"],
    ]);
    const before = figuresOf(
      "By 12 December, OCHA estimated that some 37,000 people had left eastern Aleppo. Between 37,000 and 50,000 people fled the enclave in the four weeks before the convoys began.",
      "2016-12-16",
    );
    expect(before.map((f) => f.periodEnd)).not.toContain("2016-11-14");
  });

  it("dates a count by the days named after it, not by the day it was told on before it", () => {
    expect(
      period("On December 18 SNHR said 123 people had been killed on the Sunday and Monday alone.", "2013-12-20"),
    ).toEqual(["2013-12-15", "2013-12-15"]);
    // (nor by the middle of the month it was told in, when the count names its own days)
    expect(
      period(
        "In mid-May, OCHA reported that approximately 180,000 people had fled their homes between 29 April and 9 May.",
        "2019-07-01",
      ),
    ).toEqual(["2019-04-29", "2019-05-09"]);
    // (and a count since a day, told in mid-month, runs up to then)
    expect(
      period(
        "In mid-January, OCHA estimated that almost 350,000 people had fled their homes since 1 December.",
        "2020-03-17",
      ),
    ).toEqual(["2019-12-01", "2020-01-15"]);
  });

  it("dates a count with no time of its own by the start the sentence before counted from, not a superlative's", () => {
    const text = [
      "Since regime forces stormed Daraa al-Balad on Thursday, July 29, SOHR has documented 28 deaths, the largest escalation since the province returned to regime control three years ago. The fatalities are distributed as follows:",
      "",
      "- 11 civilians killed by regime rockets.",
      "- 9 local gunmen killed in clashes.",
    ].join("\n");
    // (up to the telling, as the count they break down)
    expect(figuresOf(text, "2021-07-30").map((f) => [f.value, f.periodEnd])).toEqual([
      [28, "2021-07-30"],
      [11, "2021-07-30"],
      [9, "2021-07-30"],
    ]);
  });

  it("reads a weekday named bare beside a weekday with its date as of that date's week", () => {
    const text =
      "On Monday, October 14, UNHCR counted 184 people crossing into Iraq; overnight into Tuesday another 277 came over.";
    expect(figuresOf(text, "2019-10-22").map((f) => [f.value, f.periodEnd])).toEqual([
      [184, "2019-10-14"],
      [277, "2019-10-15"],
    ]);
    // (but not the day a source told it on)
    const told = figuresOf(
      "The Observatory said on Friday that at least 150 soldiers were killed in the battle for the town, which fell on Monday, July 22.",
      "2013-07-27",
    );
    expect(told.map((f) => f.periodEnd)).toEqual(["2013-07-26"]);
  });

  it("does not date a count by the year, before the war, the place it was counted in opened", () => {
    const [end] = figuresOf(
      "The tent camp, first opened in 1991 for Iraqis escaping the Gulf war, held about 10,000 displaced people, according to UN figures.",
      "2019-06-24",
    ).map((f) => f.periodEnd);
    expect(end).toBe("2019-06-24");
  });

  it("dates 'on the day of the attack' by the day the report told the attack on", () => {
    const text = [
      "Rockets struck rebel-held suburbs east of Damascus before dawn on 21 August.",
      "Kerry presented a US assessment on Friday. It said the attack had killed at least 1,429 people.",
      "On the day of the attack, George Sabra put the death toll at 1,300.",
      "Medical centres in the area had recorded 213 deaths, she told Reuters on the morning of the attack.",
    ].join(" ");
    expect(figuresOf(text, "2013-09-03").map((f) => [f.value, f.periodEnd])).toEqual([
      [1429, "2013-08-30"],
      [1300, "2013-08-21"],
      [213, "2013-08-21"],
    ]);
  });

  it("reads 'the last week of the month' as of the month named before", () => {
    const text =
      "The Observatory documented 5,440 deaths in August. The last week of the month alone accounted for 1,248 of the dead. UNICEF confirmed 17 children killed in the first three weeks of that month.";
    expect(figuresOf(text, "2012-09-02").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [5440, "2012-08-01", "2012-08-31"],
      [1248, "2012-08-25", "2012-08-31"],
      [17, "2012-08-01", "2012-08-21"],
    ]);
  });

  it("dates a part of a count by the time right after it, and goes on with the whole after it", () => {
    const text =
      "The Observatory says more than 115,000 people have been killed in the two and a half years of war, with roughly 5,000 of them in September alone. Around 47,000 of the dead were soldiers.";
    expect(figuresOf(text, "2013-10-11").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [115_000, WAR_START, "2013-10-11"],
      [5000, "2013-09-01", "2013-09-30"],
      [47_000, WAR_START, "2013-10-11"],
    ]);
  });

  it("ends a month still running on the day a count was told on that day", () => {
    const text =
      "Briefing the Security Council on 27 July, Ursula Mueller said over 200,000 people had fled the area since the start of April, including more than 30,000 in July.";
    expect(figuresOf(text, "2017-08-05").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [200_000, "2017-04-01", "2017-07-27"],
      [30_000, "2017-07-01", "2017-07-27"],
    ]);
  });

  it("reads the last day or night of a year as its last day, alone or closing a span", () => {
    expect(
      period(
        "The committees have documented 5,862 martyrs killed between the start of the revolution on 15 March and the last night of 2011.",
        "2012-01-05",
      ),
    ).toEqual(["2011-03-15", "2011-12-31"]);
    expect(period("By the last day of 2013, at least 1,200 people had been killed in the city.", "2014-01-05")).toEqual(
      [null, "2013-12-31"],
    );
  });

  it("dates each item of a list of monthly counts by its own month, and 'that month's victims' by the month named before", () => {
    const text =
      "We documented 138 civilian deaths in February, 104 in April and 96 in May.\n\nFebruary's breakdown by perpetrator shows how much of the killing can no longer be traced. Syrian regime forces killed 19 of that month's victims.";
    expect(figuresOf(text, "2021-07-01").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [138, "2021-02-01", "2021-02-28"],
      [104, "2021-04-01", "2021-04-30"],
      [96, "2021-05-01", "2021-05-31"],
      [19, "2021-02-01", "2021-02-28"],
    ]);
  });

  it("dates a count told as it stood 'at the time' by the day named before, not by where a count before ran from", () => {
    const text =
      "When UNHCR announced on 6 March that the number of refugees had reached one million, more than 400,000 people had fled since 1 January alone. Its breakdown at the time listed 324,543 refugees in Jordan.";
    expect(figuresOf(text, "2013-09-03").find((f) => f.value === 324_543)?.periodEnd).toBe("2013-03-06");
  });

  it("runs a toll with no time of its own from a day a count before ran from, up to its telling, not on that day", () => {
    const figures = figuresOf(
      "Human rights groups say more than 1,000 people have been killed since the protest movement erupted in mid-March. Amnesty International says it has the names of 720 people it believes were killed by the security forces.",
      "2011-05-30",
    );
    expect(figures.map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [1000, WAR_START, "2011-05-30"],
      [720, WAR_START, "2011-05-30"],
    ]);
    // (but a toll of that one day stays on it)
    const firstDay = figuresOf(
      "Fighting has raged since government forces attacked Daraa al-Balad on 29 July. On that first day, artillery fire killed three civilians.",
      "2021-09-02",
    );
    expect(firstDay.map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([[3, "2021-07-29", "2021-07-29"]]);
  });

  it("does not carry a dated span to a count that 'have died' up to now", () => {
    const figures = figuresOf(
      "The network recorded 107 civilian deaths in the 72 hours after the UN Security Council demanded a ceasefire on 24 February. An estimated 1,600 fighters and civilians in all have died in the five-week government campaign.",
      "2018-03-28",
    );
    expect(figures.map((f) => [f.value, f.periodEnd])).toEqual([
      [107, "2018-02-27"],
      [1600, "2018-03-28"],
    ]);
  });

  it("dates a past toll with no time of its own by the span the sentence before names, not a day further back", () => {
    const text =
      "At the end of December the Observatory counted at least 517 civilians killed by barrel bombs since December 15. The network reported in February that 508 barrel bombs had fallen on Aleppo between January 28 and February 14. It said they killed more than 843 people.";
    expect(figuresOf(text, "2014-05-30").find((f) => f.value === 843)).toMatchObject({
      periodStart: "2014-01-28",
      periodEnd: "2014-02-14",
    });
  });

  it("reads a sentence opening on 'since' and a start, closed by a comma, as a count up to now", () => {
    expect(
      period(
        "Since the government, backed by Russia, stepped up its assault on Idlib and neighbouring Hama province at the end of April, more than 2,500 people have been killed, the Observatory says.",
        "2019-07-22",
      )[1],
    ).toBe("2019-07-22");
  });

  it("dates a count told after 'fewer than the' by its own month, as one after 'down from the'", () => {
    const text =
      "The Observatory documented the deaths of 3,686 people across Syria during the month of September 2016, fewer than the 4,475 deaths we documented in August.";
    expect(figuresOf(text, "2016-10-02").map((f) => [f.value, f.periodEnd])).toEqual([
      [3686, "2016-09-30"],
      [4475, "2016-08-31"],
    ]);
    // (a hedge is no comparison: "more than 1,000 killed in August")
    expect(period("The Observatory said more than 1,000 people were killed in August.", "2016-10-02")).toEqual([
      "2016-08-01",
      "2016-08-31",
    ]);
  });

  it("reads 'the five days that followed' as the days after the day named before", () => {
    const text =
      "The collapse of the ceasefire on 19 September brought the heaviest bombardment of Aleppo in months. In the five days that followed the breakdown, we documented at least 180 people killed in Aleppo province.";
    expect(figuresOf(text, "2016-10-02").map((f) => [f.value, f.periodStart, f.periodEnd])).toEqual([
      [180, "2016-09-19", "2016-09-24"],
    ]);
  });

  it("reads a day of the month named alone as of the month the sentence before named, not a start before it", () => {
    expect(
      figuresOf(
        "Fighting flared at the end of July. On the twenty-eighth, heavy shelling killed at least eight civilians.",
        "2021-09-02",
      ).map((f) => f.periodEnd),
    ).toEqual(["2021-07-28"]);
    expect(
      figuresOf(
        "A week ago the Observatory said Russian strikes had killed at least 370 people since they began on the thirtieth of September. Forty-five rebels died in a single day of raids on Jabal al-Akrad on the nineteenth.",
        "2015-10-27",
      ).map((f) => f.periodEnd),
    ).toEqual(["2015-10-20", "2015-10-19"]);
  });

  it("counts months back from the day named before: 'Three months earlier, its tally had stood at'", () => {
    const text =
      "The Observatory raised its count of the war's dead on the first of June to nearly half a million. Three months earlier, its tally had stood at about 388,000.";
    expect(figuresOf(text, "2021-09-02").map((f) => [f.value, f.periodEnd])).toEqual([
      [500_000, "2021-06-01"],
      [388_000, "2021-03-01"],
    ]);
  });

  it("dates a release's later counts, and the parts they break into, by the day its running count is told up to", () => {
    const text = [
      "The Syrian Observatory for Human Rights today publishes a revised overall death toll. Since the start of the revolution on 15 March 2011 and up to 30 May 2021, SOHR has recorded the deaths of 494,438 people across the country.",
      "",
      "This update is considerably higher than our previous count. In March, on the tenth anniversary of the revolution, SOHR had documented 388,652 deaths. Since then our researchers have been able to confirm more than 100,000 further deaths that had not been documented before. The great majority of these occurred between late 2012 and late 2015, the years of the heaviest fighting.",
      "",
      "Civilians: SOHR has documented the deaths of 159,774 civilians. Of these, 119,591 were men.",
    ].join("\n");
    const ends = new Map(figuresOf(text, "2021-06-01").map((f) => [f.value, f.periodEnd]));
    expect([494_438, 159_774, 119_591].map((v) => ends.get(v))).toEqual(["2021-05-30", "2021-05-30", "2021-05-30"]);
  });

  it("reads a year's count after a colon as that year's, whatever the words before the colon say of now", () => {
    const text =
      "The toll has fallen year after year: some 33,000 people died in 2017 and a little under 20,000 in 2018, the group said, against more than 76,000 in 2014.";
    expect(figuresOf(text, "2019-12-30").map((f) => [f.value, f.periodEnd])).toEqual([
      [33_000, "2017-12-31"],
      [20_000, "2018-12-31"],
      [76_000, "2014-12-31"],
    ]);
  });

  it("reads 'since then' as from the time named before up to now, or to the day a body's running count runs to", () => {
    const text =
      "Twelve months ago, the refugee agency's count stood at about 200,000 refugees. Some 1.8 million Syrians have crossed the borders since then, a nearly tenfold rise in a single year.";
    expect(figuresOf(text, "2013-09-03").find((f) => f.value === 1_800_000)?.periodEnd).toBe("2013-09-03");
    const release = [
      "The Syrian Observatory for Human Rights now lists 494,438 people killed between mid-March 2011 and the thirtieth of May this year.",
      "",
      "Its previous count was issued in mid-March. Since then, the Observatory said, checking by its sources has documented a further 105,015 deaths.",
    ].join("\n");
    expect(figuresOf(release, "2021-06-01").find((f) => f.value === 105_015)?.periodEnd).toBe("2021-05-30");
  });

  it("reads 'in less than a week' as a span back from the day of telling, or from the day a count is told up to", () => {
    expect(
      period("Several tens of thousands of refugees had crossed into Iraq in less than a week, he said.", "2013-08-20"),
    ).toEqual(["2013-08-13", "2013-08-20"]);
    expect(period("By Saturday more than 200,000 people had fled in less than three days.", "2018-03-23")[1]).toBe(
      "2018-03-17",
    );
  });
});
