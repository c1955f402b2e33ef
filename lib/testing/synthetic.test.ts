import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/dataset";
import { figureSchema, reportSchema } from "@/lib/schema";
import { SYNTHETIC_PREFIX, syntheticBatch } from "./synthetic";

const { offensives } = loadDataset();

describe("syntheticBatch", () => {
  const batch = syntheticBatch(7, 1, 400, offensives);

  it("gives valid records, marked synthetic, about five figures a report", () => {
    expect(batch.reports).toHaveLength(400);
    for (const r of batch.reports) {
      expect(reportSchema.safeParse(r).success, r.id).toBe(true);
      expect(r.id.startsWith(SYNTHETIC_PREFIX) && /synthetic/.test(r.headline) && /^Synthetic/.test(r.outlet)).toBe(
        true,
      );
    }
    for (const f of batch.figures) expect(figureSchema.safeParse(f).success, JSON.stringify(f)).toBe(true);
    expect(batch.figures.length / batch.reports.length).toBeGreaterThan(4);
    expect(batch.figures.length / batch.reports.length).toBeLessThan(6);
    expect(new Set(batch.figures.map((f) => f.id)).size).toBe(batch.figures.length);
  });

  it("is the same for the same seed and range, and differs for another seed", () => {
    expect(syntheticBatch(7, 1, 400, offensives)).toEqual(batch);
    expect(syntheticBatch(8, 1, 400, offensives).figures[0]).not.toEqual(batch.figures[0]);
  });

  it("has the record's shape: national totals that grow, local figures in offensives", () => {
    const national = syntheticBatch(7, 1, 400, offensives, 0.2).figures.filter(
      (f) => f.scope === "national" && f.metric === "killed",
    );
    const early = national.filter((f) => f.periodEnd < "2013-01-01").map((f) => f.value);
    const late = national.filter((f) => f.periodEnd > "2019-01-01").map((f) => f.value);
    expect(Math.max(...early)).toBeLessThan(Math.min(...late));
    expect(batch.figures.some((f) => f.offensive !== null)).toBe(true);
    expect(batch.figures.filter((f) => f.scope === "national").length).toBeLessThan(batch.figures.length / 50);
    expect(batch.figures.some((f) => f.vague)).toBe(true);
  });
});
