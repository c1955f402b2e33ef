/**
 * Where tests find the seed reports and their hand-made answers. They live
 * beside the project (../shared/seeds), never inside it: the project holds the
 * reports' facts, not their sentences. Under CI=true their absence fails the
 * run instead of skipping it.
 */
import fs from "node:fs";
import path from "node:path";

export const SEEDS_DIR = path.resolve(
  process.env.SEEDS_DIR ?? path.join(__dirname, "..", "..", "..", "shared", "seeds"),
);

export const seedsAvailable = fs.existsSync(path.join(SEEDS_DIR, "gold.json"));

/** True when seed-dependent tests should run; throws under CI if the seeds are missing. */
export function requireSeeds(): boolean {
  if (seedsAvailable) return true;
  if (process.env.CI === "true") {
    throw new Error(`seed reports not found at ${SEEDS_DIR} (required under CI=true)`);
  }
  return false;
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
