/**
 * Where tests find the seed reports and their hand-made answers. They live
 * beside the project (../shared/seeds), never inside it: the project holds the
 * reports' facts, not their sentences. Under CI=true their absence fails the
 * run instead of skipping it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";

export const SEEDS_DIR = path.resolve(
  process.env.SEEDS_DIR ?? path.join(__dirname, "..", "..", "..", "shared", "seeds"),
);

export const seedsAvailable = fs.existsSync(path.join(SEEDS_DIR, "gold.json"));

export const SEEDS_MISSING = `seed reports not found at ${SEEDS_DIR}`;

/** True when seed-dependent tests should run; throws under CI if the seeds are missing. */
export function requireSeeds(): boolean {
  if (seedsAvailable) return true;
  if (process.env.CI === "true") {
    throw new Error(`${SEEDS_MISSING} (required under CI=true)`);
  }
  return false;
}

/**
 * A `describe` group that needs the seed files. vitest runs a group's body
 * while collecting even under `runIf(false)`, so when the seeds are absent the
 * body is never handed to vitest at all: one skipped placeholder says why.
 * The run-wide notice is printed once by `seeds-setup.ts`.
 */
export function describeWithSeeds(name: string, body: () => void): void {
  if (requireSeeds()) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it.skip(`skipped: ${SEEDS_MISSING}`, () => {});
  });
}

export interface GoldFigure {
  metric: string;
  value: number;
  high: number | null;
  qualifier: string;
  vague: boolean;
  periodStart: string | null;
  periodEnd: string;
  scope: string;
  location: string | null;
  group: string | null;
  attributedTo: string | null;
  sentence: string;
  optional?: boolean;
  note?: string;
}

export interface GoldArticle {
  file: string;
  outlet: string;
  published: string;
  headline: string;
  figures: GoldFigure[];
  notNumbersOfThisKind?: string[];
}

export function readGold(file = path.join(SEEDS_DIR, "gold.json")): { articles: GoldArticle[] } {
  return JSON.parse(fs.readFileSync(file, "utf8")) as { articles: GoldArticle[] };
}

export function readSeedText(file: string, dir = SEEDS_DIR): string {
  return fs.readFileSync(path.join(dir, file), "utf8");
}
