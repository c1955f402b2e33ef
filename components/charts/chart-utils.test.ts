import { describe, expect, it } from "vitest";
import type { SeriesLine, SeriesPoint } from "@/lib/series";
import { coincidentOffsets, coincidentShift, COINCIDENT_GAP, linearTicks } from "./chart-utils";
import { mainLineKeys, MAX_DEFAULT_LINES } from "@/lib/series";

const point = (id: string, t: number, value: number) => ({ id, t, value }) as SeriesPoint;
const line = (key: string, group: string | null, points: SeriesPoint[]) =>
  ({ key, group, points, source: key, metric: "killed", label: key }) as SeriesLine;

describe("coincidentOffsets", () => {
  it("stacks points of different lines on the same day and value, and leaves others alone", () => {
    const offsets = coincidentOffsets([
      line("un", null, [point("a", 1, 100), point("b", 2, 200)]),
      line("sohr", null, [point("c", 1, 100), point("d", 2, 300)]),
      line("sarc", null, [point("e", 1, 100)]),
    ]);
    expect(offsets.get("a")).toEqual({ index: 0, count: 3 });
    expect(offsets.get("c")).toEqual({ index: 1, count: 3 });
    expect(offsets.get("e")).toEqual({ index: 2, count: 3 });
    expect(offsets.get("b")).toEqual({ index: 0, count: 1 });
    expect(coincidentShift({ index: 0, count: 1 })).toBe(0);
  });

  it("centres a stack on the true date", () => {
    expect([0, 1, 2].map((index) => coincidentShift({ index, count: 3 }))).toEqual([
      -COINCIDENT_GAP,
      0,
      COINCIDENT_GAP,
    ]);
  });
});

describe("mainLineKeys", () => {
  it("shows every line of an uncrowded chart", () => {
    const lines = [line("a", "children", [point("1", 1, 1)]), line("b", null, [point("2", 1, 2)])];
    expect([...mainLineKeys(lines)]).toEqual(["a", "b"]);
  });

  it("opens a crowded chart on its whole-population lines with a run of points", () => {
    const run = (p: string) => [point(`${p}1`, 1, 1), point(`${p}2`, 2, 2), point(`${p}3`, 3, 3)];
    const lines = [
      line("sohr", null, run("s")),
      line("un", null, run("u")),
      line("once", null, [point("o", 1, 5)]),
      ...Array.from({ length: MAX_DEFAULT_LINES }, (_, i) => line(`group-${i}`, `group ${i}`, run(`g${i}`))),
    ];
    expect([...mainLineKeys(lines)].sort()).toEqual(["sohr", "un"]);
  });

  it("opens on at most MAX_DEFAULT_LINES whole-population lines, those with most points, in their order", () => {
    const run = (p: string, n: number) => Array.from({ length: n }, (_, i) => point(`${p}${i}`, i + 1, i + 1));
    // twelve sources with a run of points: 3 to 14 of them, the longest runs last
    const lines = Array.from({ length: 12 }, (_, i) => line(`source-${i}`, null, run(`s${i}-`, 3 + i)));
    expect([...mainLineKeys(lines)]).toEqual(lines.slice(12 - MAX_DEFAULT_LINES).map((l) => l.key));
  });
});

describe("linearTicks", () => {
  it("steps in 1-2-5 and leaves head room above the largest value", () => {
    expect(linearTicks([380_000])).toEqual({ domain: [0, 400_000], ticks: [0, 100_000, 200_000, 300_000, 400_000] });
    const { domain, ticks } = linearTicks([7500, 230_000]);
    expect(ticks).toEqual([0, 100_000, 200_000, 300_000]);
    expect(domain[1]).toBeGreaterThanOrEqual(230_000 * 1.05);
  });

  it("never puts the largest value on the top edge", () => {
    for (const max of [1, 9, 24, 100, 200, 999, 2000, 15_800, 494_438, 6_600_000]) {
      const { domain, ticks } = linearTicks([max]);
      expect(domain[1], String(max)).toBeGreaterThan(max);
      const step = ticks[1]! - ticks[0]!;
      expect(String(step / 10 ** Math.floor(Math.log10(step))), String(max)).toMatch(/^(1|2|5)$/);
    }
  });
});
