/**
 * The reviewed dataset as it lives in `data/`: reports, figures and offensives
 * as reviewable JSON. This module reads and validates it; the database layer
 * seeds itself from what it returns.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DatasetError } from "./errors";
import {
  figureSchema,
  firstIssue,
  offensiveSchema,
  reportSchema,
  type Figure,
  type Offensive,
  type Report,
} from "./schema";

// Resolved at run time from the environment; the ignore comment keeps the
// bundler from tracing the whole project because of it.
export const DATA_DIR = path.resolve(
  /*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(process.cwd(), "data"),
);

const FILES = {
  reports: "reports.json",
  figures: "figures.json",
  offensives: "offensives.json",
} as const;

export interface Dataset {
  reports: Report[];
  figures: Figure[];
  offensives: Offensive[];
  /** Content hash of the files: the dataset's version. */
  version: string;
}

function parseFile<T>(dir: string, file: string, schema: z.ZodType<T>): { items: T[]; raw: string } {
  const full = path.join(dir, file);
  let raw: string;
  try {
    raw = fs.readFileSync(full, "utf8");
  } catch {
    throw new DatasetError(`cannot read ${full}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new DatasetError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const result = z.array(schema).safeParse(json);
  if (!result.success) {
    throw new DatasetError(`${file}: ${firstIssue(result.error)}`);
  }
  return { items: result.data, raw };
}

function assertUnique(file: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DatasetError(`${file}: duplicate id ${id}`);
    seen.add(id);
  }
}

/** Reads and checks the dataset: every field valid, ids unique, every reference resolved. */
export function loadDataset(dir: string = DATA_DIR): Dataset {
  const reports = parseFile(dir, FILES.reports, reportSchema);
  const figures = parseFile(dir, FILES.figures, figureSchema);
  const offensives = parseFile(dir, FILES.offensives, offensiveSchema);

  assertUnique(
    FILES.reports,
    reports.items.map((r) => r.id),
  );
  assertUnique(
    FILES.figures,
    figures.items.map((f) => f.id),
  );
  assertUnique(
    FILES.offensives,
    offensives.items.map((o) => o.slug),
  );

  const reportIds = new Set(reports.items.map((r) => r.id));
  const slugs = new Set(offensives.items.map((o) => o.slug));
  for (const f of figures.items) {
    if (!reportIds.has(f.reportId)) {
      throw new DatasetError(`${FILES.figures}: figure ${f.id} names unknown report ${f.reportId}`);
    }
    if (f.offensive !== null && !slugs.has(f.offensive)) {
      throw new DatasetError(`${FILES.figures}: figure ${f.id} names unknown offensive ${f.offensive}`);
    }
  }

  const version = createHash("sha256")
    .update(reports.raw)
    .update("\0")
    .update(figures.raw)
    .update("\0")
    .update(offensives.raw)
    .digest("hex")
    .slice(0, 16);

  return {
    reports: reports.items,
    figures: figures.items,
    offensives: offensives.items,
    version,
  };
}
