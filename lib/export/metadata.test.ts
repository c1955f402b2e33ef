import { describe, expect, it } from "vitest";
import type { ChartData } from "../charts";
import type { DatasetInfo } from "../data";
import { DEFAULT_VIEW } from "../view-state";
import { buildMetadata, exportQuery, exportUrl, VAGUE_FLOORS } from "./metadata";
import { EXPORT_COLUMNS } from "./rows";
import { makeFigure } from "../testing/figures";
import { buildChart } from "../charts";

const info: DatasetInfo = { version: "abc123", figureCount: 28, reportCount: 5, latestPublished: "2020-02-09" };
const accessed = new Date("2026-01-02T10:00:00Z");

describe("buildMetadata", () => {
  it("describes a figures export: dataset, filters, rows, citation", () => {
    const view = {
      ...DEFAULT_VIEW,
      metrics: ["killed" as const],
      from: "2012-01-01",
      sort: "value" as const,
      scale: "linear" as const,
    };
    const m = buildMetadata({
      view,
      info,
      rowCount: 18,
      metrics: ["killed"],
      origin: "https://toll.example",
      accessed,
    });
    expect(m.dataset).toEqual({ version: "abc123", date: "2020-02-09", figureCount: 28, reportCount: 5 });
    expect(m.export.kind).toBe("figures");
    expect(m.export.rows).toBe(18);
    expect(m.filters.query).toBe("metrics=killed&from=2012-01-01&sort=value");
    // Display-only parameters are not filters.
    expect(m.filters.view).not.toHaveProperty("scale");
    expect(m.filters.view).toMatchObject({ metrics: ["killed"], from: "2012-01-01", sort: "value" });
    expect(m.export.url).toBe("https://toll.example/api/v1/figures.csv?metrics=killed&from=2012-01-01&sort=value");
    expect(m.citation.text).toBe(
      "Syria war toll dashboard, dataset version abc123, accessed 2026-01-02, https://toll.example/api/v1/figures.csv?metrics=killed&from=2012-01-01&sort=value",
    );
    expect(m.citation.note).toMatch(/original report/);
    expect(m.export.columns.map((c) => c.name)).toEqual(["id", ...EXPORT_COLUMNS]);
  });

  it("gives the vague floors and defines every metric and qualifier", () => {
    const m = buildMetadata({ view: DEFAULT_VIEW, info, rowCount: 0, metrics: [], accessed });
    expect(m.vague.floors).toEqual({
      dozens: 24,
      hundreds: 200,
      thousands: 2000,
      "several thousand": 3000,
      "tens of thousands": 20000,
      "hundreds of thousands": 200000,
      millions: 2000000,
    });
    expect(m.vague.floors).toBe(VAGUE_FLOORS);
    expect(m.metrics.map((x) => x.id)).toEqual([
      "killed",
      "injured",
      "killed_or_injured",
      "displaced",
      "internally_displaced",
      "refugees",
    ]);
    for (const x of m.metrics) expect(x.definition.length).toBeGreaterThan(10);
    expect(m.qualifiers.map((q) => q.id)).toEqual(["exact", "at_least", "approximately", "at_most"]);
    for (const c of m.export.columns) expect(c.description.length).toBeGreaterThan(5);
    expect(m.hxl.columns.value).toBe("#affected");
  });

  it("describes a chart export from the chart, with its HXL split when metrics mix", () => {
    const figures = [
      makeFigure({ metric: "displaced", value: 230000, attributedTo: "UNHCR" }),
      makeFigure({ metric: "refugees", value: 30000, attributedTo: "UNHCR", periodEnd: "2012-06-01" }),
    ];
    const chart: ChartData = buildChart("displacement", figures, [], ["2011-01-01", "2021-01-01"]);
    const m = buildMetadata({ view: { ...DEFAULT_VIEW, sort: "value" }, chart, info, accessed });
    expect(m.export.kind).toBe("chart");
    expect(m.export.chart?.id).toBe("displacement");
    expect(m.export.rows).toBe(2);
    expect(m.export.metricsPresent).toEqual(["displaced", "refugees"]);
    expect(m.export.columns.map((c) => c.name)).toEqual([...EXPORT_COLUMNS]);
    // sort is not a parameter of a chart export.
    expect(m.filters.query).toBe("chart=displacement");
    expect(m.hxl.columns.value).toBeNull();
    expect(m.hxl.metricColumns).toEqual({ displaced: "#affected+displaced", refugees: "#affected+refugees" });
    expect(m.hxl.valueColumn).toMatch(/split into displaced, refugees/);
    expect(m.hxl.description).toMatch(/sparse column per metric/);
  });

  it("tags value with the one metric of a single-metric export", () => {
    const m = buildMetadata({ view: DEFAULT_VIEW, info, rowCount: 3, metrics: ["refugees"], accessed });
    expect(m.hxl.columns.value).toBe("#affected+refugees");
    expect(m.export.columns.find((c) => c.name === "value")?.hxl).toBe("#affected+refugees");
  });

  it("builds canonical export queries and relative URLs", () => {
    expect(exportQuery(DEFAULT_VIEW, null)).toBe("");
    expect(exportUrl(DEFAULT_VIEW, null)).toBe("/api/v1/figures.csv");
    expect(exportUrl({ ...DEFAULT_VIEW, machine: false }, "deaths")).toBe(
      "/api/v1/series.csv?chart=deaths&machine=false",
    );
  });
});
