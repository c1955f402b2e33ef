import { describe, expect, it } from "vitest";
import type { Offensive } from "./schema";
import {
  buildOffensiveBreakdown,
  buildSeries,
  NATIONAL_SPECS,
  offensiveSpec,
  pickHeadlines,
  countReported,
  linePointCount,
  seriesPoints,
  thinLine,
  UNATTRIBUTED,
} from "./series";
import { makeFigure } from "./testing/figures";

const running = (patch = {}) => makeFigure({ periodStart: "2011-03-15", ...patch });
const oneDay = (day: string, patch = {}) => makeFigure({ periodStart: day, periodEnd: day, ...patch });

describe("national death series", () => {
  it("puts running totals and one-day tolls in different series", () => {
    const figures = [
      running({ value: 70000, periodEnd: "2013-03-11" }),
      oneDay("2013-03-11", { value: 90, attributedTo: "SOHR" }),
    ];
    expect(seriesPoints(buildSeries(figures, NATIONAL_SPECS.deaths)).map((p) => p.value)).toEqual([70000]);
    expect(seriesPoints(buildSeries(figures, NATIONAL_SPECS.dailyDeaths)).map((p) => p.value)).toEqual([90]);
  });

  it("leaves out local figures, other metrics and partial periods", () => {
    const figures = [
      running({ scope: "local", location: "Homs" }),
      running({ metric: "injured" }),
      makeFigure({ periodStart: "2013-03-04", periodEnd: "2013-03-10" }),
      makeFigure({ periodStart: null }),
    ];
    expect(buildSeries(figures, NATIONAL_SPECS.deaths).lines).toEqual([]);
    expect(buildSeries(figures, NATIONAL_SPECS.dailyDeaths).lines).toEqual([]);
  });

  it("draws one line per source, naming figures without one 'unattributed'", () => {
    const series = buildSeries(
      [
        running({ attributedTo: "UN", value: 7500, periodEnd: "2012-03-13" }),
        running({ attributedTo: "SOHR", value: 9000, periodEnd: "2012-03-13" }),
        running({ attributedTo: "UN", value: 70000, periodEnd: "2013-03-11" }),
        running({ attributedTo: null, value: 380000, periodEnd: "2020-01-28" }),
      ],
      NATIONAL_SPECS.deaths,
    );
    const bySource = Object.fromEntries(series.lines.map((l) => [l.source, l.points.map((p) => p.value)]));
    expect(bySource).toEqual({ UN: [7500, 70000], SOHR: [9000], [UNATTRIBUTED]: [380000] });
  });

  it("keeps a subgroup on its own line, never added to or mixed with its total", () => {
    const series = buildSeries(
      [
        oneDay("2014-03-29", { value: 236, attributedTo: "SOHR" }),
        oneDay("2014-03-29", { value: 205, attributedTo: "SOHR", group: "fighters" }),
      ],
      NATIONAL_SPECS.dailyDeaths,
    );
    expect(series.lines.map((l) => [l.label, l.points.map((p) => p.value)])).toEqual([
      ["SOHR", [236]],
      ["SOHR · fighters", [205]],
    ]);
  });

  it("draws a source's estimates beyond its documented count on a line of their own", () => {
    const series = buildSeries(
      [
        makeFigure({ value: 106_423, attributedTo: "SOHR", periodEnd: "2013-08-31" }),
        makeFigure({
          value: 200_000,
          attributedTo: "SOHR",
          periodEnd: "2013-08-31",
          note: "Estimate: twice the count.",
        }),
        makeFigure({ value: 110_371, attributedTo: "SOHR", periodEnd: "2013-09-30" }),
      ],
      NATIONAL_SPECS.deaths,
    );
    expect(series.lines.map((l) => [l.label, l.points.map((p) => p.value)])).toEqual([
      ["SOHR", [106_423, 110_371]],
      ["SOHR (estimate)", [200_000]],
    ]);
  });

  it("orders each line's points by as-of date", () => {
    const series = buildSeries(
      [running({ value: 3, periodEnd: "2020-01-01" }), running({ value: 1, periodEnd: "2012-01-01" })],
      NATIONAL_SPECS.deaths,
    );
    expect(series.lines[0]?.points.map((p) => p.periodEnd)).toEqual(["2012-01-01", "2020-01-01"]);
  });
});

describe("hedges and vague figures", () => {
  it("keeps qualifier, vague and range on every point", () => {
    const points = seriesPoints(
      buildSeries(
        [
          running({ metric: "displaced", value: 2000000, vague: true, qualifier: "at_least", periodEnd: "2020-01-28" }),
          running({ metric: "displaced", value: 400000, qualifier: "approximately", periodEnd: "2020-01-20" }),
          running({ metric: "displaced", value: 2000, high: 3000, periodEnd: "2012-01-01" }),
        ],
        NATIONAL_SPECS.displaced,
      ),
    );
    expect(points.map((p) => [p.value, p.high, p.qualifier, p.vague])).toEqual([
      [2000, 3000, "exact", false],
      [400000, null, "approximately", false],
      [2000000, null, "at_least", true],
    ]);
  });
});

describe("the same figure from two reports", () => {
  it("is drawn once and lists both reports, earliest first", () => {
    const a = running({ value: 70000, report: { id: "later", outlet: "B", published: "2013-03-12" } });
    const b = running({ value: 70000, report: { id: "earlier", outlet: "A", published: "2013-03-11" } });
    const points = seriesPoints(buildSeries([a, b], NATIONAL_SPECS.deaths));
    expect(points).toHaveLength(1);
    expect(points[0]?.sources.map((s) => s.reportId)).toEqual(["earlier", "later"]);
  });

  it("is not merged when anything it counts differs", () => {
    const points = seriesPoints(
      buildSeries(
        [
          running({ value: 70000 }),
          running({ value: 70000, qualifier: "at_least" }),
          running({ value: 70000, periodEnd: "2013-03-12" }),
          running({ value: 70000, attributedTo: "SOHR" }),
        ],
        NATIONAL_SPECS.deaths,
      ),
    );
    expect(points).toHaveLength(4);
  });
});

describe("displacement series", () => {
  it("keeps refugees, internally displaced and unspecified displacement apart", () => {
    const figures = [
      running({ metric: "refugees", value: 30000 }),
      running({ metric: "internally_displaced", value: 200000 }),
      running({ metric: "displaced", value: 230000 }),
      makeFigure({ metric: "displaced", scope: "local", location: "Kasab", periodStart: "2014-03-21" }),
    ];
    expect(seriesPoints(buildSeries(figures, NATIONAL_SPECS.refugees)).map((p) => p.value)).toEqual([30000]);
    expect(seriesPoints(buildSeries(figures, NATIONAL_SPECS.internallyDisplaced)).map((p) => p.value)).toEqual([
      200000,
    ]);
    expect(seriesPoints(buildSeries(figures, NATIONAL_SPECS.displaced)).map((p) => p.value)).toEqual([230000]);
  });
});

describe("per-offensive series", () => {
  const local = { scope: "local" as const, location: "Kasab", periodStart: "2014-03-21", periodEnd: "2014-03-30" };
  const figures = [
    makeFigure({ ...local, offensive: "latakia", metric: "killed", value: 24 }),
    makeFigure({ ...local, offensive: "latakia", metric: "killed_or_injured", value: 600 }),
    makeFigure({ ...local, offensive: "latakia", metric: "displaced", value: 3000 }),
    makeFigure({ ...local, offensive: "latakia", metric: "refugees", value: 1000 }),
    makeFigure({ ...local, offensive: "other", metric: "killed", value: 5 }),
  ];

  it("selects only the offensive's figures of each metric", () => {
    expect(seriesPoints(buildSeries(figures, offensiveSpec("latakia", "killed"))).map((p) => p.value)).toEqual([24]);
    expect(
      seriesPoints(buildSeries(figures, offensiveSpec("latakia", "killed_or_injured"))).map((p) => p.value),
    ).toEqual([600]);
    expect(buildSeries(figures, offensiveSpec("latakia", "injured")).lines).toEqual([]);
  });

  it("shows every displacement metric, each on its own line", () => {
    const series = buildSeries(figures, offensiveSpec("latakia", "displaced"));
    expect(series.lines.map((l) => [l.metric, l.label])).toEqual([
      ["displaced", "UN · displaced"],
      ["refugees", "UN · refugees"],
    ]);
  });
});

describe("thinLine: a crowded line as a chart can draw it", () => {
  // 1,000 running tolls over 1,000 days, rising, with one revision down in the middle.
  const day = (i: number) => new Date(Date.UTC(2013, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const line = buildSeries(
    Array.from({ length: 1000 }, (_, i) =>
      running({ attributedTo: "SOHR", periodEnd: day(i), value: i === 500 ? 10 : 1000 + i }),
    ),
    NATIONAL_SPECS.deaths,
  ).lines[0]!;
  const range = [day(0), day(1000)] as const;

  it("leaves a line within the bound as it was", () => {
    const short = { ...line, points: line.points.slice(0, 300) };
    expect(thinLine(short, range, 300)).toBe(short);
  });

  it("keeps each span's lowest and highest point, in order, and counts the rest", () => {
    const thin = thinLine(line, range, 100);
    expect(thin.points.length).toBeLessThanOrEqual(100);
    expect(thin.points.length).toBeGreaterThan(50);
    expect(thin.pointsLeftOut).toBe(1000 - thin.points.length);
    expect(linePointCount(thin)).toBe(1000);
    const values = thin.points.map((p) => p.value);
    // The first and last tolls and the revision down all survive.
    expect(values[0]).toBe(1000);
    expect(values.at(-1)).toBe(1999);
    expect(values).toContain(10);
    expect(thin.points.map((p) => p.t)).toEqual([...thin.points.map((p) => p.t)].sort((a, b) => a - b));
    // Every kept point is one of the line's own, not an average.
    const own = new Set(line.points);
    expect(thin.points.every((p) => own.has(p))).toBe(true);
  });

  it("counts what an earlier thinning left out", () => {
    const twice = thinLine(thinLine(line, range, 200), range, 20);
    expect(linePointCount(twice)).toBe(1000);
  });
});

describe("pickHeadlines", () => {
  it("takes each headline source's latest whole-population running toll, newest first", () => {
    const headlines = pickHeadlines([
      running({ value: 70000, periodEnd: "2013-03-11", attributedTo: "UN" }),
      running({ value: 100000, group: "civilians", periodEnd: "2014-01-01", attributedTo: "UN" }),
      running({ value: 120000, periodEnd: "2013-12-01", attributedTo: "SOHR" }),
      running({ value: 250000, periodEnd: "2014-02-01", attributedTo: "SOHR", note: "Estimate: twice the count." }),
      running({ value: 130000, periodEnd: "2014-02-01", attributedTo: null }),
      oneDay("2014-03-29", { value: 236, attributedTo: "SOHR" }),
    ]);
    expect(headlines.deaths.map((p) => [p.attributedTo, p.value])).toEqual([
      ["SOHR", 120000],
      ["UN", 70000],
    ]);
  });

  it("takes the latest named refugee and IDP counts, UNHCR's refugees first, with local displacement apart", () => {
    const headlines = pickHeadlines([
      running({ metric: "refugees", value: 30000, periodEnd: "2012-03-13", attributedTo: "UNHCR" }),
      running({ metric: "refugees", value: 40000, periodEnd: "2012-04-01", attributedTo: "Jordanian government" }),
      running({ metric: "refugees", value: 50000, periodEnd: "2012-05-01", attributedTo: null }),
      running({ metric: "internally_displaced", value: 200000, periodEnd: "2012-03-13", attributedTo: "SARC" }),
      running({ metric: "displaced", value: 2000000, vague: true, qualifier: "at_least", periodEnd: "2020-01-28" }),
      makeFigure({
        metric: "displaced",
        scope: "local",
        location: "north-west",
        periodStart: "2019-12-01",
        periodEnd: "2020-02-09",
        value: 600000,
      }),
    ]);
    expect(headlines.refugees?.value).toBe(30000);
    expect(headlines.internallyDisplaced?.value).toBe(200000);
    expect(headlines.localDisplacement?.value).toBe(600000);
  });

  it("takes the latest day's local displacement, the displaced before refugees that day, whatever came earlier", () => {
    const local = (periodEnd: string, value: number, metric: "displaced" | "refugees" = "displaced") =>
      makeFigure({ metric, scope: "local", location: "Idlib", periodStart: null, periodEnd, value });
    const headlines = pickHeadlines([
      local("2020-02-09", 900000),
      local("2020-03-01", 1000, "refugees"),
      local("2020-03-01", 5000),
      local("2020-02-28", 12000),
    ]);
    expect([headlines.localDisplacement?.periodEnd, headlines.localDisplacement?.value]).toEqual(["2020-03-01", 5000]);
  });

  it("gives nothing rather than a wrong number when there is no such figure", () => {
    expect(pickHeadlines([])).toEqual({
      deaths: [],
      refugees: null,
      internallyDisplaced: null,
      localDisplacement: null,
    });
  });
});

describe("buildOffensiveBreakdown", () => {
  const offensive = (slug: string): Offensive => ({
    slug,
    name: slug,
    side: "Government",
    start: "2020-01-01",
    end: null,
    area: "x",
    places: ["x"],
    description: "x",
    dateReportIds: [],
  });
  const local = { scope: "local" as const, location: "x", periodStart: "2020-01-24", periodEnd: "2020-01-28" };

  it("draws only whole-population counts as the offensive's toll; a group's count stays a group's", () => {
    const rows = buildOffensiveBreakdown(
      [
        makeFigure({ ...local, offensive: "a", value: 147, group: "government forces" }),
        makeFigure({ ...local, offensive: "a", value: 137, group: "rebels" }),
        makeFigure({ ...local, offensive: "a", metric: "displaced", value: 400000 }),
        makeFigure({ ...local, offensive: "b", value: 300, group: "civilians" }),
        makeFigure({ ...local, offensive: "b", value: 200 }),
      ],
      [offensive("a"), offensive("b"), offensive("c")],
    );
    expect(
      rows.map((r) => [
        r.offensive.slug,
        r.killed?.value ?? null,
        r.killedSubgroup ? `${r.killedSubgroup.value} ${r.killedSubgroup.group}` : null,
        r.displaced?.value ?? null,
        r.figureCount,
      ]),
    ).toEqual([
      ["a", null, "147 government forces", 400000, 3],
      ["b", 200, null, null, 2],
      ["c", null, null, null, 0],
    ]);
  });

  it("tells figures hidden by the filters from figures never reported", () => {
    const shown = [makeFigure({ ...local, offensive: "a", value: 12 })];
    const rows = buildOffensiveBreakdown(shown, [offensive("a"), offensive("b"), offensive("c")], {
      a: { killed: 3, displaced: 0 },
      b: { killed: 2, displaced: 1 },
    });
    expect(rows.map((r) => [r.offensive.slug, r.reported])).toEqual([
      ["a", { killed: 3, displaced: 0 }],
      ["b", { killed: 2, displaced: 1 }],
      ["c", { killed: 0, displaced: 0 }],
    ]);
    expect(
      countReported([
        { offensive: "a", metric: "killed" },
        { offensive: "a", metric: "refugees", n: 4 },
      ]),
    ).toEqual({
      a: { killed: 1, displaced: 4 },
    });
  });
});
