/**
 * The reviewer's check of `data/`: everything `loadDataset` refuses, and the
 * things a valid file can still get wrong: a report without an address, the
 * same figure stored twice, an impossible number, an offensive nobody dated,
 * a running total that falls with no word of why. Unlike `loadDataset`, which
 * stops at the first fault, it lists every problem, one line each.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { findOffensive } from "./offensives";
import { figureIdentity } from "./series";
import { figureSchema, offensiveSchema, reportSchema, type Figure, type Offensive, type Report } from "./schema";
import { isEstimateNote, ONE_DAY_KILLED_BOUND, WAR_START, type Metric } from "./vocabulary";

/** The largest number each metric can plausibly hold for Syria (FIGURES.md's bounds, with room). */
export const VALUE_BOUNDS: Record<Metric, number> = {
  killed: 1_000_000,
  injured: 3_000_000,
  killed_or_injured: 3_000_000,
  displaced: 20_000_000,
  internally_displaced: 15_000_000,
  refugees: 10_000_000,
};

/** The floors FIGURES.md gives words of magnitude ("dozens" 24 … "millions" 2,000,000). */
export const VAGUE_FLOORS = new Set([24, 200, 2000, 3000, 20_000, 200_000, 2_000_000]);

/** Offensives need this many figures to say anything about what they cost. */
export const MIN_OFFENSIVE_FIGURES = 3;

/** Words that explain why a running total is lower than the same source's earlier one. */
const EXPLAINED_DROP = /revis|method|estimate|correct|documented|identified|recount|round|civilians only/i;

export interface RawDataset {
  reports: unknown;
  figures: unknown;
  offensives: unknown;
}

const FILES = { reports: "reports.json", figures: "figures.json", offensives: "offensives.json" } as const;

/** Reads the three files as JSON without judging them; a file that cannot be read is a problem of its own. */
export function readRawDataset(dir: string): { raw: RawDataset; problems: string[] } {
  const problems: string[] = [];
  const read = (file: string): unknown => {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message.split("\n")[0]}`);
      return [];
    }
  };
  return {
    raw: { reports: read(FILES.reports), figures: read(FILES.figures), offensives: read(FILES.offensives) },
    problems,
  };
}

function parseEach<T>(file: string, value: unknown, schema: z.ZodType<T>, problems: string[]): T[] {
  if (!Array.isArray(value)) {
    problems.push(`${file}: expected an array`);
    return [];
  }
  const items: T[] = [];
  value.forEach((item, i) => {
    const result = schema.safeParse(item);
    const name = (item as { id?: unknown; slug?: unknown })?.id ?? (item as { slug?: unknown })?.slug ?? `#${i}`;
    if (result.success) items.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push(`${file}: ${String(name)}: ${issue.path.join(".") || "record"}: ${issue.message}`);
  });
  return items;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string | null): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups].filter(([, group]) => group.length > 1);
}

/** Two figures of one report that count the same thing are one figure stored twice. */
const identity = (f: Figure) => `${f.reportId}|${figureIdentity(f)}`;

function checkReports(reports: readonly Report[], today: string, problems: string[]): void {
  for (const [id] of duplicates(reports, (r) => r.id)) problems.push(`reports.json: ${id}: id used twice`);
  for (const [url, same] of duplicates(reports, (r) => r.url))
    problems.push(`reports.json: ${same.map((r) => r.id).join(", ")}: the same address ${url} stored as two reports`);
  for (const r of reports) {
    if (r.url === null && !r.urlUnavailable)
      problems.push(`reports.json: ${r.id}: no url (and not marked urlUnavailable)`);
    if (r.published < WAR_START || r.published > today)
      problems.push(`reports.json: ${r.id}: published ${r.published} is outside ${WAR_START}…${today}`);
  }
}

function checkFigures(figures: readonly Figure[], reports: readonly Report[], problems: string[]): void {
  const reportsById = new Map(reports.map((r) => [r.id, r]));
  for (const [id] of duplicates(figures, (f) => f.id)) problems.push(`figures.json: ${id}: id used twice`);
  for (const [, same] of duplicates(figures, identity))
    problems.push(`figures.json: ${same.map((f) => f.id).join(", ")}: the same figure stored twice`);
  for (const f of figures) {
    const where = `figures.json: ${f.id}`;
    const report = reportsById.get(f.reportId);
    if (!report) problems.push(`${where}: names unknown report ${f.reportId}`);
    else if (f.periodEnd > report.published)
      problems.push(`${where}: periodEnd ${f.periodEnd} is after its report was published (${report.published})`);
    if (f.periodEnd < WAR_START) problems.push(`${where}: periodEnd ${f.periodEnd} is before the war (${WAR_START})`);
    if (f.periodStart !== null && f.periodStart < WAR_START)
      problems.push(`${where}: periodStart ${f.periodStart} is before the war (${WAR_START})`);
    if ((f.high ?? f.value) > VALUE_BOUNDS[f.metric])
      problems.push(
        `${where}: ${f.high ?? f.value} is beyond any ${f.metric} figure for Syria (${VALUE_BOUNDS[f.metric]})`,
      );
    if (
      f.metric === "killed" &&
      f.scope === "national" &&
      f.periodStart === f.periodEnd &&
      f.value > ONE_DAY_KILLED_BOUND
    )
      problems.push(
        `${where}: ${f.value} killed across Syria in one day (${f.periodEnd}) is more than any day of the war took; a running total starts ${WAR_START}`,
      );
    if (f.vague && !VAGUE_FLOORS.has(f.value))
      problems.push(`${where}: a vague figure must hold one of FIGURES.md's floors, not ${f.value}`);
    if (f.scope === "national" && f.location !== "Syria")
      problems.push(`${where}: a national figure's location is "Syria", not ${JSON.stringify(f.location)}`);
    if (f.review === "reviewed" && f.sentence !== null)
      problems.push(`${where}: a reviewed figure keeps no sentence of its report`);
  }
}

function checkOffensives(
  offensives: readonly Offensive[],
  figures: readonly Figure[],
  reports: readonly Report[],
  problems: string[],
): void {
  const reportIds = new Set(reports.map((r) => r.id));
  const slugs = new Set(offensives.map((o) => o.slug));
  for (const [slug] of duplicates(offensives, (o) => o.slug))
    problems.push(`offensives.json: ${slug}: slug used twice`);
  for (const o of offensives) {
    const where = `offensives.json: ${o.slug}`;
    if (o.end === null) problems.push(`${where}: no end date`);
    if (o.dateReportIds.length === 0) problems.push(`${where}: no report dates it (dateReportIds is empty)`);
    for (const id of o.dateReportIds) if (!reportIds.has(id)) problems.push(`${where}: dated by unknown report ${id}`);
    const count = figures.filter((f) => f.offensive === o.slug).length;
    if (count < MIN_OFFENSIVE_FIGURES && !o.figuresUnavailable)
      problems.push(`${where}: ${count} figures (at least ${MIN_OFFENSIVE_FIGURES} needed)`);
  }
  for (const f of figures) {
    if (f.offensive !== null && !slugs.has(f.offensive)) {
      problems.push(`figures.json: ${f.id}: names unknown offensive ${f.offensive}`);
      continue;
    }
    const expected = findOffensive(f, offensives)?.slug ?? null;
    if (expected !== f.offensive)
      problems.push(
        `figures.json: ${f.id}: offensive is ${f.offensive ?? "null"}, but its place and period put it in ${expected ?? "none"}`,
      );
  }
}

/** The least an earlier figure claims, and the most a later one does: hedges widen both by the rounding they admit. */
const ROUNDING = 0.05;
const claimsAtLeast = (f: Figure) =>
  f.qualifier === "at_most" ? 0 : f.qualifier === "approximately" ? f.value * (1 - ROUNDING) : f.value;
const claimsAtMost = (f: Figure) =>
  f.qualifier === "at_least"
    ? Infinity
    : f.qualifier === "approximately"
      ? f.value * (1 + ROUNDING)
      : (f.high ?? f.value);

/**
 * A source's national running toll should only grow. Where it falls (the
 * most a later figure claims is less than the least an earlier one did: "more
 * than 110,000" after 110,371 is no fall), the lower figure's note must say
 * why: a revision, a change of method, a documented count after an estimate.
 * Estimates and documented counts are compared each with their own kind.
 */
function checkRunningTolls(figures: readonly Figure[], problems: string[]): void {
  const tolls = figures
    .filter((f) => f.metric === "killed" && f.scope === "national" && f.periodStart === WAR_START)
    .filter((f) => f.attributedTo !== null && f.group === null)
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.value - b.value);
  const highest = new Map<string, Figure>();
  for (const f of tolls) {
    const line = `${f.attributedTo}|${isEstimateNote(f.note) ? "estimate" : "count"}`;
    const before = highest.get(line);
    const falls = before !== undefined && f.periodEnd > before.periodEnd && claimsAtMost(f) < claimsAtLeast(before);
    if (falls && !EXPLAINED_DROP.test(f.note))
      problems.push(
        `figures.json: ${f.id}: ${f.attributedTo}'s running toll falls to ${f.value} (${f.periodEnd}) from ${before.value} (${before.id}, ${before.periodEnd}) and the note does not say why`,
      );
    if (!before || claimsAtLeast(f) > claimsAtLeast(before)) highest.set(line, f);
  }
}

/** Every problem in the dataset, one line each; empty when it is sound. */
export function checkDataset(raw: RawDataset, today = new Date().toISOString().slice(0, 10)): string[] {
  const problems: string[] = [];
  const reports = parseEach(FILES.reports, raw.reports, reportSchema, problems);
  const figures = parseEach(FILES.figures, raw.figures, figureSchema, problems);
  const offensives = parseEach(FILES.offensives, raw.offensives, offensiveSchema, problems);
  checkReports(reports, today, problems);
  checkFigures(figures, reports, problems);
  checkOffensives(offensives, figures, reports, problems);
  checkRunningTolls(figures, problems);
  return problems;
}
