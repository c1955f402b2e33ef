import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_RANGE } from "./charts";
import { DATA_DIR, loadDataset } from "./dataset";
import { DatasetError } from "./errors";
import { findOffensive } from "./offensives";
import { readGold, requireSeeds } from "./testing/seeds";
import { REPORTED_FIELDS } from "./vocabulary";

/** Every reported field but a range's top, which the gold answers do not give. */
const COMPARED = REPORTED_FIELDS.filter((f) => f !== "high");

describe("data/ against the seeds' gold answers", () => {
  const haveSeeds = requireSeeds();
  const dataset = loadDataset();

  it.runIf(haveSeeds)("holds every required gold figure, field by field, among its seed reports' figures", () => {
    const gold = readGold();
    const required = gold.articles.flatMap((a) =>
      a.figures.filter((f) => !f.optional).map((f) => ({ ...f, published: a.published })),
    );
    expect(required).toHaveLength(28);

    const reportsById = new Map(dataset.reports.map((r) => [r.id, r]));
    const seedDays = new Set(required.map((g) => g.published));
    const seedOutlets = new Set(gold.articles.map((a) => a.outlet.toLowerCase()));
    const fromSeeds = dataset.figures.filter((f) => {
      const report = reportsById.get(f.reportId);
      return report !== undefined && seedDays.has(report.published) && seedOutlets.has(report.outlet.toLowerCase());
    });
    const remaining = [...fromSeeds];
    for (const g of required) {
      const want = Object.fromEntries(COMPARED.map((k) => [k, g[k]]));
      const i = remaining.findIndex(
        (f) => reportsById.get(f.reportId)?.published === g.published && COMPARED.every((k) => f[k] === g[k]),
      );
      expect(i, `no figure in data/ equals gold ${JSON.stringify(want)}`).toBeGreaterThanOrEqual(0);
      remaining.splice(i, 1);
    }
    // The seed reports hold exactly their gold figures: nothing was added to them from memory.
    expect(remaining).toEqual([]);
  });

  it.runIf(haveSeeds)("has one report per seed article, with its outlet and date", () => {
    const gold = readGold();
    const seeds = gold.articles.map((a) => [a.outlet.toLowerCase(), a.published].join("|"));
    const found = dataset.reports.filter((r) => seeds.includes([r.outlet.toLowerCase(), r.published].join("|")));
    expect(found.map((r) => [r.outlet.toLowerCase(), r.published].join("|")).sort()).toEqual([...seeds].sort());
  });

  it("links each figure to the offensive its place and period fall in", () => {
    for (const f of dataset.figures) {
      expect(findOffensive(f, dataset.offensives)?.slug ?? null, f.id).toBe(f.offensive);
    }
    expect(dataset.offensives.length).toBeGreaterThanOrEqual(15);
  });

  it("falls inside the charts' default time range, so no point is drawn off the axis", () => {
    const days = dataset.figures.map((f) => f.periodEnd).sort();
    expect(days[0]! >= DEFAULT_RANGE[0], days[0]).toBe(true);
    expect(days.at(-1)! <= DEFAULT_RANGE[1], days.at(-1)).toBe(true);
  });

  it("keeps no evidence sentences for reviewed figures", () => {
    for (const f of dataset.figures) {
      expect(f.review).toBe("reviewed");
      expect(f.sentence).toBeNull();
    }
  });

  it("has a version that changes with the files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dataset-"));
    for (const f of fs.readdirSync(DATA_DIR).filter((f) => f.endsWith(".json"))) {
      fs.copyFileSync(path.join(DATA_DIR, f), path.join(dir, f));
    }
    expect(loadDataset(dir).version).toBe(dataset.version);
    const figures = JSON.parse(fs.readFileSync(path.join(dir, "figures.json"), "utf8"));
    figures[0].note = "changed";
    fs.writeFileSync(path.join(dir, "figures.json"), JSON.stringify(figures));
    expect(loadDataset(dir).version).not.toBe(dataset.version);
  });
});

describe("loadDataset errors", () => {
  function writeDataset(patch: (files: Record<string, unknown[]>) => void): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dataset-"));
    const files: Record<string, unknown[]> = {};
    for (const f of ["reports.json", "figures.json", "offensives.json"]) {
      files[f] = JSON.parse(fs.readFileSync(path.join(DATA_DIR, f), "utf8"));
    }
    patch(files);
    for (const [f, v] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), JSON.stringify(v));
    return dir;
  }

  it("names the file and field of an invalid figure", () => {
    const dir = writeDataset((files) => {
      (files["figures.json"]![2] as { metric: string }).metric = "wounded";
    });
    expect(() => loadDataset(dir)).toThrow(DatasetError);
    expect(() => loadDataset(dir)).toThrow(/figures\.json: 2\.metric/);
  });

  it("refuses a figure that names an unknown report or offensive", () => {
    const badReport = writeDataset((files) => {
      (files["figures.json"]![0] as { reportId: string }).reportId = "nowhere";
    });
    expect(() => loadDataset(badReport)).toThrow(/unknown report nowhere/);
    const badOffensive = writeDataset((files) => {
      (files["figures.json"]![0] as { offensive: string }).offensive = "nowhere";
    });
    expect(() => loadDataset(badOffensive)).toThrow(/unknown offensive nowhere/);
  });

  it("refuses duplicate ids", () => {
    const dir = writeDataset((files) => {
      files["reports.json"]!.push(files["reports.json"]![0]!);
    });
    expect(() => loadDataset(dir)).toThrow(/duplicate id/);
  });
});
