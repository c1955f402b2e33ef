import { describe, expect, it } from "vitest";
import {
  buildChart,
  CHART_IDS,
  chartShowsMetrics,
  DEFAULT_RANGE,
  forDrawing,
  forFirstPaint,
  isWhole,
  isReadFor,
  viewRange,
  leanChart,
  type TrendChartData,
} from "./charts";
import { loadDataset } from "./dataset";
import { chartRows } from "./export/rows";
import type { FigureWithReport, Offensive } from "./schema";
import { linePointCount, mainLineKeys, MAX_DRAWN_POINTS, pickHeadlines } from "./series";
import { makeFigure } from "./testing/figures";
import { DEFAULT_VIEW, describeView } from "./view-state";
import { DISPLACEMENT_METRICS } from "./vocabulary";

const offensive: Offensive = {
  slug: "latakia-2014",
  name: "Latakia offensive",
  side: "Rebels",
  start: "2014-03-21",
  end: "2014-06-15",
  area: "Latakia",
  places: ["Latakia", "Kasab"],
  description: "d",
  dateReportIds: [],
};

describe("charts for a view", () => {
  it("shows a chart only when the view's metrics concern it (none chosen = all)", () => {
    expect(chartShowsMetrics("deaths", [])).toBe(true);
    expect(chartShowsMetrics("deaths", ["refugees"])).toBe(false);
    expect(chartShowsMetrics("displacement", ["refugees"])).toBe(true);
    expect(chartShowsMetrics("offensives", ["injured"])).toBe(false);
  });

  it("spans the whole war by default, the view's dates when given, and an offensive when zoomed", () => {
    expect(viewRange(DEFAULT_VIEW, null)).toEqual(DEFAULT_RANGE);
    expect(viewRange({ from: "2012-01-01", to: null }, null)).toEqual(["2012-01-01", DEFAULT_RANGE[1]]);
    expect(viewRange({ from: null, to: null }, offensive)).toEqual(["2014-03-06", "2014-06-30"]);
  });

  it("exports one row per plotted point, with the chart and line it was drawn on", () => {
    const figures = [
      makeFigure({ value: 7500, periodEnd: "2012-03-13", attributedTo: "UN", report: { id: "a", outlet: "AP" } }),
      makeFigure({ value: 7500, periodEnd: "2012-03-13", attributedTo: "UN", report: { id: "b", outlet: "AFP" } }),
      makeFigure({ value: 70000, periodEnd: "2013-03-11", attributedTo: null }),
    ];
    const chart = buildChart("deaths", figures, [], DEFAULT_RANGE);
    const rows = chartRows(chart);
    expect(rows.map((r) => [r.value, r.line, r.chart])).toEqual([
      [7500, "UN", "deaths"],
      [70000, "Unattributed", "deaths"],
    ]);
    // The same figure from two reports is one row naming both.
    expect(rows[0]?.outlet).toBe("AP; AFP");
    expect(rows[0]?.reportId).toBe("a; b");
  });

  it("paints first without the reports behind each point, keeping what the drawing needs", () => {
    const figures = [
      makeFigure({ value: 7500, periodEnd: "2012-03-13", report: { id: "a", outlet: "AP" } }),
      makeFigure({ value: 7500, periodEnd: "2012-03-13", report: { id: "b", outlet: "AFP" } }),
      makeFigure({ value: 9000, periodEnd: "2012-04-01", review: "machine", report: { id: "c" } }),
    ];
    const whole = buildChart("deaths", figures, [], DEFAULT_RANGE) as TrendChartData;
    const lean = leanChart(whole) as TrendChartData;
    expect(isWhole(whole)).toBe(true);
    expect(isWhole(lean)).toBe(false);
    const [shared, machine] = lean.lines[0]!.points;
    expect(shared).toMatchObject({ value: 7500, sources: [], sourcesLeftOut: { count: 2, machineOnly: false } });
    expect(machine).toMatchObject({ value: 9000, sources: [], sourcesLeftOut: { count: 1, machineOnly: true } });
    // Everything but the reports is as drawn from the whole chart.
    const strip = (c: TrendChartData) =>
      c.lines.map((l) => l.points.map((p) => ({ ...p, sources: undefined, sourcesLeftOut: undefined })));
    expect(strip(lean)).toEqual(strip(whole));
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(whole).length);
    // A chart shown as its table keeps them; a breakdown chart is never thinned.
    expect(forFirstPaint(whole, { ...DEFAULT_VIEW, tab: "table" })).toBe(whole);
    expect(isWhole(forFirstPaint(whole, DEFAULT_VIEW))).toBe(false);
    const breakdown = buildChart("offensives", figures, [offensive], DEFAULT_RANGE);
    expect(leanChart(breakdown)).toBe(breakdown);
  });

  it("draws a crowded line by its spans' extremes, and its CSV keeps every point", () => {
    const day = (i: number) => new Date(Date.UTC(2012, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const figures = Array.from({ length: 2 * MAX_DRAWN_POINTS }, (_, i) =>
      makeFigure({ value: 5000 + i, periodEnd: day(i), report: { id: `r${i}` } }),
    );
    const whole = buildChart("deaths", figures, [], DEFAULT_RANGE) as TrendChartData;
    const drawn = forDrawing(whole) as TrendChartData;
    expect(drawn.lines[0]!.points.length).toBeLessThanOrEqual(MAX_DRAWN_POINTS);
    expect(drawn.lines[0]!.pointsLeftOut).toBe(2 * MAX_DRAWN_POINTS - drawn.lines[0]!.points.length);
    expect((forFirstPaint(whole, { ...DEFAULT_VIEW, tab: "table" }) as TrendChartData).lines[0]!.points).toEqual(
      drawn.lines[0]!.points,
    );
    expect(chartRows(whole)).toHaveLength(2 * MAX_DRAWN_POINTS);
  });

  it("describes a view in words for titles and previews", () => {
    expect(describeView(DEFAULT_VIEW)).toBe("Killed and displaced in the Syrian war, 2011–2022");
    expect(
      describeView({ ...DEFAULT_VIEW, metrics: ["refugees"], sources: ["UNHCR"], from: "2012-01-01", machine: false }),
    ).toBe("Refugees in the Syrian war since 1 Jan 2012 according to UNHCR (reviewed figures only)");
  });
});

describe("the figures the overview reads", () => {
  // The reviewed record: national series, offensives, and local tolls no chart draws.
  const dataset = loadDataset();
  const reports = new Map(dataset.reports.map((r) => [r.id, r]));
  const figures: FigureWithReport[] = dataset.figures.map((f) => ({ ...f, report: reports.get(f.reportId)! }));

  it("draws each chart from its own read exactly as from the whole record, and reads less", () => {
    for (const id of CHART_IDS) {
      const read = figures.filter((f) => isReadFor(id, f));
      expect(read.length).toBeGreaterThan(0);
      expect(read.length).toBeLessThan(figures.length / 2);
      expect(buildChart(id, read, dataset.offensives, DEFAULT_RANGE)).toEqual(
        buildChart(id, figures, dataset.offensives, DEFAULT_RANGE),
      );
    }
  });

  it("paints first the lines it shows, and only counts the points of those a reader must switch on", () => {
    const whole = buildChart("deaths", figures, dataset.offensives, DEFAULT_RANGE) as TrendChartData;
    const lean = leanChart(whole) as TrendChartData;
    const shown = mainLineKeys(whole.lines);
    expect(shown.size).toBeGreaterThan(0);
    expect(shown.size).toBeLessThan(whole.lines.length);
    // The same lines are the main ones either way, and each keeps its count.
    expect(mainLineKeys(lean.lines)).toEqual(shown);
    expect(lean.lines.map(linePointCount)).toEqual(whole.lines.map(linePointCount));
    for (const [i, line] of lean.lines.entries()) {
      const full = whole.lines[i]!;
      if (shown.has(line.key)) {
        expect(line.pointsDeferred).toBeUndefined();
        expect(line.points.map((p) => p.id)).toEqual(full.points.map((p) => p.id));
      } else {
        expect(line.points).toEqual([]);
        expect(line.pointsDeferred).toBe(full.points.length);
      }
    }
  });

  it("draws every point of the reviewed record: no line of it is crowded enough to thin", () => {
    for (const id of CHART_IDS) {
      const chart = buildChart(id, figures, dataset.offensives, DEFAULT_RANGE);
      expect(forDrawing(chart)).toBe(chart);
    }
  });

  it("heads the page from the national figures and the last day's local displacement alone", () => {
    const local = figures.filter((f) => f.scope === "local" && DISPLACEMENT_METRICS.includes(f.metric));
    const lastDay = local
      .map((f) => f.periodEnd)
      .sort()
      .at(-1);
    const read = [...figures.filter((f) => f.scope === "national"), ...local.filter((f) => f.periodEnd === lastDay)];
    expect(pickHeadlines(read)).toEqual(pickHeadlines(figures));
    expect(pickHeadlines(read).localDisplacement).not.toBeNull();
  });
});
