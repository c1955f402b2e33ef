/** Builders for figures in unit tests: a valid figure with only what a test cares about changed. */
import type { FigureWithReport, Report } from "../schema";

let counter = 0;

export function makeReport(patch: Partial<Report> = {}): Report {
  return {
    id: "test-report",
    outlet: "Test Wire",
    headline: "A test report",
    published: "2013-03-11",
    url: null,
    language: "en",
    ...patch,
  };
}

export function makeFigure(
  patch: Partial<Omit<FigureWithReport, "report">> & { report?: Partial<Report> } = {},
): FigureWithReport {
  const { report, ...rest } = patch;
  counter += 1;
  return {
    id: `f-${counter}`,
    reportId: report?.id ?? "test-report",
    metric: "killed",
    value: 1000,
    high: null,
    qualifier: "exact",
    vague: false,
    periodStart: "2011-03-15",
    periodEnd: "2013-03-11",
    scope: "national",
    location: "Syria",
    group: null,
    attributedTo: "UN",
    offensive: null,
    review: "reviewed",
    note: "test figure",
    sentence: null,
    reviewedAt: null,
    ...rest,
    report: makeReport(report),
  };
}
