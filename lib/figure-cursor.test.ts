import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, figureSortKey } from "./figure-cursor";
import type { FigureWithReport } from "./schema";

const figure = {
  id: "afp-2014-05-19-2",
  periodEnd: "2014-05-19",
  metric: "killed",
  value: 162_000,
  attributedTo: null,
  offensive: "qalamoun-2013",
  report: { published: "2014-05-19" },
} as unknown as FigureWithReport;

describe("figure cursors", () => {
  it("hold the sort key, missing text as an empty string, and read back", () => {
    expect(figureSortKey(figure, "value")).toEqual([162_000, "2014-05-19", "2014-05-19", "afp-2014-05-19-2"]);
    expect(figureSortKey(figure, "source")[0]).toBe("");
    for (const sort of ["asOf", "value", "source", "offensive", "metric", "published"] as const) {
      const key = figureSortKey(figure, sort);
      expect(decodeCursor(encodeCursor(key), sort)).toEqual(key);
    }
  });

  it("refuse anything a page of this order could not have written", () => {
    const byDate = encodeCursor(figureSortKey(figure, "asOf"));
    expect(decodeCursor(byDate, "value")).toBeNull();
    expect(decodeCursor(encodeCursor(figureSortKey(figure, "value")), "asOf")).toBeNull();
    for (const bad of ["", "not a cursor", "%%%", Buffer.from("[1,2]").toString("base64url"), "eyJ9", "x".repeat(700)])
      expect(decodeCursor(bad, "asOf")).toBeNull();
    expect(decodeCursor(Buffer.from('[1e400,"a","b","c"]').toString("base64url"), "value")).toBeNull();
  });
});
