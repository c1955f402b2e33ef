/**
 * Tables pasted into a report as text ("| Party | Civilians killed | Of whom
 * children |"): the header says what each column counts, each row what its
 * numbers belong to. A row's figures take their period, place and source from
 * the count the report gave just before the table, as a reader takes them.
 */
import type { ExtractedFigure, Metric } from "@/lib/schema";
import { analyzeSentence } from "./analysis";
import { kindNamed } from "./metrics";

/** A line of a table: cells between vertical bars. */
const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** The line under a header: "|---|:---:|". */
const RULE_ROW = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
/** A column that counts a part of the column before it: "Of whom children", "including women". */
const PART_OF_BEFORE = /^(?:of (?:whom|them|which)|including|among them)\b/;
/** A column that counts, its kind given by the text around the table: "Number", "Total", "Count". */
const A_COUNT = /\b(?:number|total|count|people|persons|individuals)\b/;
const GROUPS: ReadonlyArray<[RegExp, string]> = [
  [/\bchildren\b|\bminors\b/, "children"],
  [/\bwomen\b/, "women"],
  [/\bcivilians?\b|\bnon-combatants\b/, "civilians"],
  [/\bfighters\b|\bcombatants\b|\bmilitants\b/, "fighters"],
  [/\bsoldiers\b|\btroops\b/, "soldiers"],
];

export interface TableColumn {
  metric: Metric | null;
  group: string | null;
}

export function isTableRow(line: string): boolean {
  return TABLE_ROW.test(line);
}

export function isRuleRow(line: string): boolean {
  return RULE_ROW.test(line);
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());
}

/** What each column of a header row counts; `context` is the kind of the count given before the table. */
export function readHeader(line: string, context: Metric | null): TableColumn[] {
  const columns: TableColumn[] = [];
  for (const cell of cells(line)) {
    const text = cell.toLowerCase();
    const before = columns.at(-1);
    const metric =
      kindNamed(text) ??
      (PART_OF_BEFORE.test(text) && before?.metric ? before.metric : null) ??
      (A_COUNT.test(text) ? context : null);
    const group = GROUPS.find(([re]) => re.test(text))?.[1] ?? null;
    columns.push({ metric, group });
  }
  return columns;
}

/**
 * The figures of one row under a header: each number in a counting column, with the
 * period, scope, place and source of `context` (the count the report gave before the table).
 */
export function rowFigures(line: string, columns: readonly TableColumn[], context: ExtractedFigure): ExtractedFigure[] {
  const out: ExtractedFigure[] = [];
  cells(line).forEach((cell, i) => {
    const column = columns[i];
    if (!column?.metric) return;
    const a = analyzeSentence(cell);
    const m = a.mentions[0];
    // one number, the whole cell: "56", "1,019" (not "-", not "56 (19)")
    if (!m || a.mentions.length !== 1 || a.tokens.length !== m.end - m.start || m.vague) return;
    out.push({
      ...context,
      metric: column.metric,
      value: m.value,
      high: m.high,
      qualifier: "exact",
      vague: false,
      group: column.group,
      sentence: line.trim(),
    });
  });
  return out;
}
