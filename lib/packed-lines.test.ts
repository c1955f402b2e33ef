import { describe, expect, it } from "vitest";
import { buildChart, CHART_IDS, DEFAULT_RANGE, forDrawing, leanChart, type ChartData } from "./charts";
import { loadDataset } from "./dataset";
import { packChart, packLines, packSeries, unpackChart, unpackLines, unpackSeries } from "./packed-lines";
import type { FigureWithReport } from "./schema";
import { buildSeries, type SeriesLine, type SeriesSpec } from "./series";
import { makeFigure } from "./testing/figures";

/** What React writes into the page for a prop: its JSON is a fair measure of the bytes. */
const bytes = (value: unknown) => JSON.stringify(value).length;

describe("lines packed for a page's payload", () => {
  const dataset = loadDataset();
  const reports = new Map(dataset.reports.map((r) => [r.id, r]));
  const figures: FigureWithReport[] = dataset.figures.map((f) => ({ ...f, report: reports.get(f.reportId)! }));
  const charts: ChartData[] = CHART_IDS.map((id) =>
    forDrawing(buildChart(id, figures, dataset.offensives, DEFAULT_RANGE)),
  );

  it("unpack to the same charts, field for field, lean or with every report", () => {
    for (const chart of charts) {
      for (const sent of [chart, leanChart(chart)]) {
        // Through JSON, as the payload carries it: an absent field must stay absent, not come back undefined.
        const unpacked = unpackChart(JSON.parse(JSON.stringify(packChart(sent))));
        expect(unpacked).toStrictEqual(JSON.parse(JSON.stringify(sent)));
      }
    }
  });

  it("carry the points of the lean charts a first paint sends in a fifth of the bytes", () => {
    let [before, after] = [0, 0];
    for (const chart of charts) {
      const lean = leanChart(chart);
      if (lean.kind !== "trend") continue;
      const points = bytes(lean.lines.map((l) => l.points));
      const packed = bytes(packLines(lean.lines).map((l) => [l.count, l.columns, l.ids]));
      // A chart of a few short lines gains least: each line's shared fields are still written once.
      expect(packed).toBeLessThan(points / 2);
      [before, after] = [before + points, after + packed];
    }
    expect(before).toBeGreaterThan(50_000);
    expect(after).toBeLessThan(before / 5);
  });

  it("keep the points' own ids when one is not the id its line and fields give", () => {
    const spec: SeriesSpec = { id: "t", title: "t", description: "d", includes: () => true };
    const [line] = buildSeries(
      [
        { ...makeFigure({ value: 10, periodEnd: "2014-01-01" }), report: dataset.reports[0]! },
        { ...makeFigure({ value: 20, periodEnd: "2014-02-01" }), report: dataset.reports[0]! },
      ] as FigureWithReport[],
      spec,
    ).lines;
    const renamed: SeriesLine = { ...line!, key: "another-key" };
    const packed = packLines([renamed]);
    expect(packed[0]!.ids).toEqual(line!.points.map((p) => p.id));
    expect(unpackLines(packed)).toStrictEqual([renamed]);
    expect(packLines([line!])[0]!.ids).toBeUndefined();
  });

  it("keep a field once when every point shares it, and one value each when they differ", () => {
    const deaths = charts.find((c) => c.id === "deaths")!;
    if (deaths.kind !== "trend") throw new Error("the deaths chart is a trend");
    const line = deaths.lines.find((l) => new Set(l.points.map((p) => p.value)).size > 2)!;
    const [packed] = packLines([line]);
    expect(packed!.columns.metric).toEqual({ same: "killed" });
    expect(packed!.columns.value).toEqual({ each: line.points.map((p) => p.value) });
    const series = { id: "s", title: "s", description: "d", lines: [line] };
    expect(unpackSeries(packSeries(series))).toStrictEqual(series);
  });
});
