import { describe, expect, it } from "vitest";
import { findOffensive } from "./offensives";
import type { Offensive } from "./schema";

const offensive = (slug: string, start: string, end: string | null, places: string[]): Offensive => ({
  slug,
  name: slug,
  side: "Government",
  start,
  end,
  area: places.join(", "),
  places,
  description: "test",
  dateReportIds: [],
});

const battle = offensive("battle", "2012-07-20", "2016-12-22", ["Aleppo"]);
const east = offensive("east", "2016-11-15", "2016-12-22", ["eastern Aleppo", "east Aleppo"]);
const north = offensive("north", "2016-02-01", "2016-02-15", ["northern Aleppo", "Tal Rifaat"]);
const all = [battle, east, north];

const local = (location: string, periodStart: string | null, periodEnd: string) =>
  ({ scope: "local", location, periodStart, periodEnd }) as const;

describe("findOffensive", () => {
  it("gives a figure inside a narrower offensive's place to that offensive", () => {
    expect(findOffensive(local("eastern Aleppo", "2016-11-15", "2016-12-01"), all)?.slug).toBe("east");
    expect(findOffensive(local("Tal Rifaat", null, "2016-02-10"), all)?.slug).toBe("north");
  });

  it("keeps a figure for the whole city with the offensive that names the city", () => {
    expect(findOffensive(local("Aleppo", "2016-02-05", "2016-02-05"), all)?.slug).toBe("battle");
    expect(findOffensive(local("Aleppo", "2014-05-01", "2014-05-01"), all)?.slug).toBe("battle");
  });

  it("prefers the shorter offensive when both name the place equally", () => {
    const siege = offensive("siege", "2016-11-20", "2016-12-10", ["Aleppo"]);
    expect(findOffensive(local("Aleppo", null, "2016-12-01"), [battle, siege])?.slug).toBe("siege");
  });

  it("never links a national figure, a figure without a place, or one outside the dates", () => {
    expect(
      findOffensive({ scope: "national", location: "Syria", periodStart: null, periodEnd: "2016-12-01" }, all),
    ).toBeNull();
    expect(
      findOffensive({ scope: "local", location: null, periodStart: null, periodEnd: "2016-12-01" }, all),
    ).toBeNull();
    expect(findOffensive(local("eastern Aleppo", "2017-01-05", "2017-01-06"), all)).toBeNull();
  });

  it("counts an offensive's run-up, but not a place's count begun long before it", () => {
    // Displaced "since" a round date shortly before the start: the offensive's.
    expect(findOffensive(local("Tal Rifaat", "2015-12-01", "2016-02-10"), all)?.slug).toBe("north");
    // A governorate's dead since the war began overlaps every battle there, and is none of them.
    expect(findOffensive(local("Aleppo", "2011-03-15", "2013-06-14"), all)).toBeNull();
    expect(findOffensive(local("Tal Rifaat", "2015-06-01", "2016-02-10"), all)).toBeNull();
  });
});
