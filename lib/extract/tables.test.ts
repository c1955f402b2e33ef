import { describe, expect, it } from "vitest";
import { figuresOf } from "./test-helpers";

const table = (intro: string) =>
  `${intro}\n\n| Party | Civilians killed | Of whom children |\n|---|---|---|\n| Government forces | 48 | 17 |\n| Russian forces | 61 | - |\n\nThe report came out on Monday.`;

describe("tables pasted as text", () => {
  it("reads each row's numbers as the counts its header names, with the period and source of the count before", () => {
    const figures = figuresOf(
      table(
        "The Syrian Network for Human Rights documented 250 civilian deaths in November 2019. It assigns them to the following parties:",
      ),
      "2019-12-02",
    );
    expect(
      figures.map((f) => [f.metric, f.value, f.group, f.periodStart, f.periodEnd, f.attributedTo, f.sentence]),
    ).toEqual([
      ["killed", 250, "civilians", "2019-11-01", "2019-11-30", "SNHR", expect.stringContaining("250 civilian deaths")],
      ["killed", 48, "civilians", "2019-11-01", "2019-11-30", "SNHR", "| Government forces | 48 | 17 |"],
      ["killed", 17, "children", "2019-11-01", "2019-11-30", "SNHR", "| Government forces | 48 | 17 |"],
      ["killed", 61, "civilians", "2019-11-01", "2019-11-30", "SNHR", "| Russian forces | 61 | - |"],
    ]);
  });

  it("reads nothing from a table no count introduces, or from columns that count nothing", () => {
    expect(figuresOf(table("The parties are listed below:"), "2019-12-02")).toEqual([]);
    const prices =
      "Aid agencies said 4,000 people fled the town on Monday.\n\n| Item | Price |\n|---|---|\n| Bread | 300 |\n";
    expect(figuresOf(prices, "2019-12-02").map((f) => f.value)).toEqual([4000]);
  });

  it("dates a line its header gives a day of its own by that day, and the other lines by the header's", () => {
    const text = [
      "Syrian refugees registered by UNHCR and host governments, by country, as of 5 September 2012 (Turkey: as of 29 August 2012)",
      "- Jordan: 81,456",
      "- Turkey: 80,410",
      "- Lebanon: 64,636",
    ].join("\n\n");
    expect(figuresOf(text, "2012-09-07").map((f) => `${f.value} ${f.periodEnd}`)).toEqual([
      "81456 2012-09-05",
      "80410 2012-08-29",
      "64636 2012-09-05",
    ]);
  });
});
