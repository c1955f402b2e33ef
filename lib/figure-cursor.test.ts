import { describe, expect, it } from "vitest";
import { cursorPlace, decodeCursor, encodeCursor, figureSortKey } from "./figure-cursor";
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

  it("carry a place only for the data version it was counted in", () => {
    const key = figureSortKey(figure, "asOf");
    const placed = encodeCursor(key, { place: 201, version: "abc+3" });
    expect(decodeCursor(placed, "asOf")).toEqual(key);
    expect(cursorPlace(placed, "abc+3")).toBe(201);
    expect(cursorPlace(placed, "abc+4")).toBeNull();
    expect(cursorPlace(encodeCursor(key), "abc+3")).toBeNull();
    const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
    const tag = JSON.parse(Buffer.from(placed, "base64url").toString())[5];
    expect(cursorPlace(forged([...key, 201, tag]), "abc+3")).toBe(201);
    for (const place of [0, -5, 1.5, "201", 2 ** 60])
      expect(cursorPlace(forged([...key, place, tag]), "abc+3")).toBeNull();
    expect(decodeCursor(forged([...key, 201]), "asOf")).toBeNull();
  });
});
