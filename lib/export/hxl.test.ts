import { describe, expect, it } from "vitest";
import { makeFigure } from "../testing/figures";
import { exportColumns, writeCsv } from "./csv";
import { COLUMN_HXL_TAGS, hxlColumns, HxlLayoutError, METRIC_HXL_TAGS, metricsPresent } from "./hxl";
import { EXPORT_COLUMNS, figureToRow } from "./rows";

function lines(csv: string): string[][] {
  // Quoted cells ("at least 7,500") hold commas but no line breaks in these tests.
  return csv
    .trimEnd()
    .split("\r\n")
    .map((l) =>
      [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
        .map((m) => m[1]!.replace(/^"|"$/g, "").replaceAll('""', '"'))
        .slice(0, -1),
    );
}

describe("HXL export", () => {
  it("tags value with the metric's tag when every row has the same metric", () => {
    const rows = [figureToRow(makeFigure({ value: 7500 })), figureToRow(makeFigure({ value: 70000 }))];
    const [header, tags, first] = lines(
      writeCsv(rows, hxlColumns(exportColumns(), metricsPresent(rows)), { hxl: true }),
    );
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(tags?.[EXPORT_COLUMNS.indexOf("value")]).toBe("#affected+killed");
    expect(tags?.[EXPORT_COLUMNS.indexOf("attributedTo")]).toBe("#meta+source");
    expect(tags?.[EXPORT_COLUMNS.indexOf("published")]).toBe("#date+reported");
    expect(tags?.[EXPORT_COLUMNS.indexOf("note")]).toBe("#description");
    expect(first?.[EXPORT_COLUMNS.indexOf("value")]).toBe("7500");
  });

  it("splits value into one sparse column per metric present when rows mix metrics", () => {
    const rows = [
      figureToRow(makeFigure({ metric: "refugees", value: 30000 })),
      figureToRow(makeFigure({ metric: "killed", value: 7500 })),
    ];
    const metrics = metricsPresent(rows);
    expect(metrics).toEqual(["killed", "refugees"]);
    const [header, tags, refugees, killed] = lines(writeCsv(rows, hxlColumns(exportColumns(), metrics), { hxl: true }));
    const expectedHeader = EXPORT_COLUMNS.flatMap((c) => (c === "value" ? ["killed", "refugees"] : [c]));
    expect(header).toEqual(expectedHeader);
    const at = (name: string) => expectedHeader.indexOf(name);
    expect(tags?.[at("killed")]).toBe("#affected+killed");
    expect(tags?.[at("refugees")]).toBe("#affected+refugees");
    expect(refugees?.[at("refugees")]).toBe("30000");
    expect(refugees?.[at("killed")]).toBe("");
    expect(killed?.[at("killed")]).toBe("7500");
    expect(killed?.[at("refugees")]).toBe("");
    // Every other column keeps its own tag.
    expect(tags?.[at("metric")]).toBe("#indicator+type");
    expect(tags?.[at("reportId")]).toBe("#meta+id");
  });

  it("tags every column, with one tag per metric, and never a count tag on a non-count column", () => {
    for (const c of EXPORT_COLUMNS) if (c !== "value") expect(COLUMN_HXL_TAGS[c]).toMatch(/^#[a-z]+(\+[a-z_]+)*$/);
    for (const c of EXPORT_COLUMNS) expect(COLUMN_HXL_TAGS[c] ?? "").not.toMatch(/^#affected/);
    expect(new Set(Object.values(METRIC_HXL_TAGS)).size).toBe(6);
    expect(METRIC_HXL_TAGS.killed_or_injured).toBe("#affected+killed+injured");
    expect(METRIC_HXL_TAGS.internally_displaced).toBe("#affected+idps");
  });

  it("tags value #affected when there are no rows", () => {
    const [header, tags] = lines(writeCsv([], hxlColumns(exportColumns(), []), { hxl: true }));
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(tags?.[EXPORT_COLUMNS.indexOf("value")]).toBe("#affected");
  });

  it("tags the figure id of a figures export", () => {
    const row = { id: "f-1", ...figureToRow(makeFigure()) };
    const [header, tags] = lines(
      writeCsv([row], hxlColumns(exportColumns({ withId: true }), ["killed"]), { hxl: true }),
    );
    expect(header?.[0]).toBe("id");
    expect(tags?.[0]).toBe("#meta+figure_id");
  });

  it("refuses a row whose metric the columns were not laid out for, rather than drop its count", () => {
    const rows = [figureToRow(makeFigure({ metric: "injured" }))];
    expect(() => writeCsv(rows, hxlColumns(exportColumns(), ["killed", "refugees"]), { hxl: true })).toThrow(
      HxlLayoutError,
    );
  });
});
