import { describe, expect, it } from "vitest";
import type { ReportSummary } from "./data";
import { searchReports } from "./report-search";
import { makeReport } from "./testing/figures";

const reports: ReportSummary[] = [
  {
    ...makeReport({ id: "a", outlet: "Le Monde", headline: "Syrie : bilan à Genève", published: "2014-02-01" }),
    figureCount: 2,
  },
  {
    ...makeReport({ id: "b", outlet: "Reuters", headline: "Death toll rises", published: "2013-05-01" }),
    figureCount: 9,
  },
  {
    ...makeReport({ id: "c", outlet: "al Jazeera", headline: "Refugees top two million", published: "2015-01-01" }),
    figureCount: 4,
  },
];

const ids = (list: ReportSummary[]) => list.map((r) => r.id);

describe("searchReports", () => {
  it("keeps every report when there is nothing to search for, oldest first", () => {
    expect(ids(searchReports(reports, { q: null, order: "published", dir: "asc" }))).toEqual(["b", "a", "c"]);
  });

  it("finds reports holding every word, ignoring case and accents", () => {
    expect(ids(searchReports(reports, { q: "geneve MONDE", order: "published", dir: "asc" }))).toEqual(["a"]);
    expect(ids(searchReports(reports, { q: "toll reuters", order: "published", dir: "asc" }))).toEqual(["b"]);
    expect(ids(searchReports(reports, { q: "toll monde", order: "published", dir: "asc" }))).toEqual([]);
  });

  it("orders by outlet, ignoring case, and by figure count, either way", () => {
    expect(ids(searchReports(reports, { q: null, order: "outlet", dir: "asc" }))).toEqual(["c", "a", "b"]);
    expect(ids(searchReports(reports, { q: null, order: "figures", dir: "desc" }))).toEqual(["b", "c", "a"]);
  });
});
