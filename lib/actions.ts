import "server-only";
/**
 * Every write the app makes. A write validates all it is about to store with
 * the zod schemas first, then touches the database in one transaction, so a
 * failure leaves the stored data exactly as it was.
 */
import { createHash } from "node:crypto";
import type { Insertable, Kysely, Transaction } from "kysely";
import { z } from "zod";
import { noteWrite } from "./db/data-version";
import { reshapeFigure, reshapeOffensive, toFigureRow, toReportRow } from "./db/mappers";
import type { DB, FigureHistoryTable } from "./db/tables";
import { AppError } from "./errors";
import { extractFigures } from "./extract";
import { checkFigures, type RefusedFigure } from "./extract/check";
import { findOffensive } from "./offensives";
import type { HistoryAction } from "./review/history";
import {
  extractedFigureSchema,
  figureSchema,
  firstIssue,
  isoDateSchema,
  offensiveSchema,
  reportSchema,
  reportUrlSchema,
  type Figure,
  type Offensive,
  type Report,
  type ExtractedFigure,
  type Review,
} from "./schema";

export type IngestErrorCode = "invalid_report" | "too_many_figures" | "store_failed";

export class IngestError extends AppError {
  declare readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message);
    if (options && "cause" in options) this.cause = options.cause;
  }
}

/** What every machine-read figure says about itself until a person has checked it. */
export const MACHINE_NOTE = "Read by the extractor; not yet reviewed by a person.";

const HEADLINE_WORDS = 9;

/** At most this many figures from one report, unless the caller says otherwise: more is a list or a data dump, not an article. */
export const MAX_FIGURES_PER_REPORT = 500;

/** The last publication day accepted: today, with a day's grace for time zones ahead of the server's. */
export function latestPublicationDay(now = new Date()): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

export const publishedSchema = isoDateSchema.refine(
  (d) => d <= latestPublicationDay(),
  "the publication date is in the future",
);

export const ingestInputSchema = z.object({
  text: z.string().refine((t) => t.trim() !== "", "the report has no text"),
  published: publishedSchema,
  outlet: z.string().trim().min(1, "the outlet is missing"),
  headline: z.string().trim().min(1, "the headline is empty").optional(),
  url: reportUrlSchema.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, "expected an ISO 639-1 code")
    .default("en"),
});
export type IngestInput = z.input<typeof ingestInputSchema>;

export interface IngestResult {
  status: "added" | "skipped";
  /** The stored report: the new one, or the one that already holds this text. */
  reportId: string;
  /** Figures written by this call; 0 when skipped. */
  figures: number;
  /** Figures the extractor read that the figure schema refuses: left out, the rest stored. */
  refused: RefusedFigure[];
}

/**
 * The text a report is identified by: the same article saved on Windows or
 * with a trailing newline is still the same article.
 */
export function normaliseReportText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .trim();
}

export function hashReportText(text: string): string {
  return createHash("sha256").update(normaliseReportText(text), "utf8").digest("hex");
}

/** The first non-empty line, cut after nine words: enough to recognise, too little to copy. */
export function headlineFromText(text: string): string {
  const line =
    normaliseReportText(text)
      .split("\n")
      .find((l) => l.trim() !== "") ?? "";
  const words = line.trim().split(/\s+/);
  return words.length > HEADLINE_WORDS ? `${words.slice(0, HEADLINE_WORDS).join(" ")}…` : words.join(" ");
}

function slugify(s: string): string {
  const slug = s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Long outlet names ("Agence France-Presse (republished)") make unwieldy URLs.
  const cut = slug.length > 40 ? slug.slice(0, 40).replace(/-[^-]*$/, "") : slug;
  // An outlet written wholly in another script leaves nothing to slug.
  return cut || "report";
}

/** `reuters-2016-12-13-3fa9c1`; the hash piece grows only if that id is taken. */
async function chooseReportId(trx: Transaction<DB>, outlet: string, published: string, hash: string): Promise<string> {
  const stem = `${slugify(outlet)}-${published}`;
  for (let length = 6; length <= hash.length; length += 4) {
    const id = `${stem}-${hash.slice(0, length)}`;
    const taken = await trx.selectFrom("reports").select("id").where("id", "=", id).executeTakeFirst();
    if (!taken) return id;
  }
  throw new IngestError("store_failed", `no free report id for ${stem}`);
}

async function readOffensives(trx: Transaction<DB>): Promise<Offensive[]> {
  const rows = await trx.selectFrom("offensives").selectAll().execute();
  return rows.map((o) => offensiveSchema.parse(reshapeOffensive(o)));
}

async function findByHash(db: Kysely<DB>, hash: string): Promise<string | null> {
  const row = await db.selectFrom("reports").select("id").where("content_hash", "=", hash).executeTakeFirst();
  return row?.id ?? null;
}

// SQLite caps the bound parameters of one statement; 17 columns × 200 rows stays well under.
const INSERT_CHUNK = 200;

/**
 * Reads a report's figures and stores the report with them, marked as
 * machine-extracted. The same text (after normalising line endings and
 * surrounding whitespace) is stored once: a second call is `skipped`.
 */
export async function ingestReport(
  db: Kysely<DB>,
  input: IngestInput,
  { maxFigures = MAX_FIGURES_PER_REPORT }: { maxFigures?: number } = {},
): Promise<IngestResult> {
  const parsed = parseReportInput(input);
  const known = await findByHash(db, hashReportText(parsed.text));
  // Cheap early answer for re-runs; the transaction of storeReport checks again.
  if (known) return { status: "skipped", reportId: known, figures: 0, refused: [] };

  const { valid: extracted, refused } = checkFigures(extractFigures(parsed.text, { published: parsed.published }));
  if (extracted.length > maxFigures) {
    throw new IngestError(
      "too_many_figures",
      `the report gives ${extracted.length} figures, over the limit of ${maxFigures}: is it one article?`,
    );
  }
  const stored = await storeReport(
    db,
    parsed,
    extracted.map((figure) => ({ figure, review: "machine", note: MACHINE_NOTE })),
  );
  return { ...stored, refused: stored.status === "added" ? refused : [] };
}

type ReportInput = z.output<typeof ingestInputSchema>;

function parseReportInput(input: IngestInput): ReportInput {
  const parsed = ingestInputSchema.safeParse(input);
  if (!parsed.success) throw new IngestError("invalid_report", `invalid report: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

/** A figure to store: what the report says, how it was reviewed, and our note. */
interface FigureToStore {
  figure: ExtractedFigure;
  review: Review;
  note: string;
  reviewedAt?: string;
}

/**
 * Stores a report and its figures in one transaction, unless a report with
 * the same text is stored already (then `skipped`, naming it). `alsoWrite`
 * adds more rows to the same transaction (an editor's history).
 */
async function storeReport(
  db: Kysely<DB>,
  input: ReportInput,
  toStore: readonly FigureToStore[],
  alsoWrite?: (trx: Transaction<DB>, report: Report, figures: Figure[]) => Promise<void>,
): Promise<{ status: "added" | "skipped"; reportId: string; figures: number }> {
  const { text, published, outlet, headline, url, language } = input;
  const hash = hashReportText(text);
  const draft = reportSchema.safeParse({
    // A placeholder of the right shape: the real id needs the database to prove it is free.
    id: "pending",
    outlet,
    headline: headline ?? headlineFromText(text),
    published,
    url: url ?? null,
    language,
  });
  if (!draft.success) throw new IngestError("invalid_report", `invalid report: ${firstIssue(draft.error)}`);

  try {
    return await db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom("reports").select("id").where("content_hash", "=", hash).executeTakeFirst();
      if (existing) return { status: "skipped" as const, reportId: existing.id, figures: 0 };

      const report: Report = reportSchema.parse({
        ...draft.data,
        id: await chooseReportId(trx, outlet, published, hash),
      });
      const offensives = await readOffensives(trx);
      const figures: Figure[] = toStore.map(({ figure, review, note, reviewedAt = null }, i) =>
        figureSchema.parse({
          ...figure,
          id: `${report.id}-${i + 1}`,
          reportId: report.id,
          offensive: findOffensive(figure, offensives)?.slug ?? null,
          review,
          note,
          reviewedAt,
        }),
      );

      await trx
        .insertInto("reports")
        .values(toReportRow(report, "ingest", hash))
        .execute();
      for (let i = 0; i < figures.length; i += INSERT_CHUNK) {
        await trx
          .insertInto("figures")
          .values(figures.slice(i, i + INSERT_CHUNK).map(toFigureRow))
          .execute();
      }
      await alsoWrite?.(trx, report, figures);
      await noteWrite(trx);
      return { status: "added" as const, reportId: report.id, figures: figures.length };
    });
  } catch (e) {
    if (e instanceof IngestError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new IngestError("store_failed", `could not store the report: ${message}`, { cause: e });
  }
}

/** An editor's decision on one figure of a report under review. */
export type ReviewDecision =
  /** Publish this figure; `reading` is what the extractor read (null: added by the editor). */
  | { action: "accept"; reading: ExtractedFigure | null; figure: ExtractedFigure; note: string }
  /** Leave the extractor's reading out. */
  | { action: "reject"; reading: ExtractedFigure };

export const MAX_REVIEW_TEXT_BYTES = 1024 * 1024;

/**
 * Publishes a report an editor reviewed: the accepted figures stored as
 * reviewed, and every decision kept in the figures' history (who, when, the
 * extractor's reading before and the stored figure after), all in one
 * transaction. Text already stored is refused: `skipped` names its report.
 */
export async function publishReviewedReport(
  db: Kysely<DB>,
  editor: string,
  input: IngestInput,
  decisions: readonly ReviewDecision[],
  now = new Date(),
): Promise<{ status: "added" | "skipped"; reportId: string; figures: number }> {
  const parsed = parseReportInput(input);
  if (Buffer.byteLength(parsed.text, "utf8") > MAX_REVIEW_TEXT_BYTES) {
    throw new IngestError("invalid_report", "invalid report: the text is over 1 MB");
  }
  if (decisions.length > MAX_FIGURES_PER_REPORT) {
    throw new IngestError("too_many_figures", `over ${MAX_FIGURES_PER_REPORT} figures in one report`);
  }
  const accepted = decisions.flatMap((d) => (d.action === "accept" ? [d] : []));
  for (const [i, d] of accepted.entries()) {
    const checked = extractedFigureSchema.safeParse(d.figure);
    if (!checked.success) throw new IngestError("invalid_report", `figure ${i + 1}: ${firstIssue(checked.error)}`);
    if (!d.note.trim()) throw new IngestError("invalid_report", `figure ${i + 1}: the note is empty`);
  }
  const at = now.toISOString();
  return storeReport(
    db,
    parsed,
    accepted.map((d) => ({ figure: d.figure, review: "reviewed", note: d.note.trim(), reviewedAt: at })),
    async (trx, report, figures) => {
      let stored = 0;
      const rows = decisions.map((d) => {
        const entry = { reportId: report.id, editor, at };
        if (d.action === "reject") return historyRow({ ...entry, figureId: null, action: "reject" }, d.reading, null);
        const figure = figures[stored++]!;
        return historyRow({ ...entry, figureId: figure.id, action: "publish" }, d.reading, figure);
      });
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await trx
          .insertInto("figure_history")
          .values(rows.slice(i, i + INSERT_CHUNK))
          .execute();
      }
    },
  );
}

/** What an editor does to a stored figure: keep it (as corrected) as reviewed, or delete it. */
export type FigureChange = { action: "accept"; figure: ExtractedFigure; note: string } | { action: "delete" };

async function readStoredFigure(trx: Transaction<DB>, figureId: string): Promise<Figure> {
  const row = await trx
    .selectFrom("figures")
    .innerJoin("reports", "reports.id", "figures.report_id")
    .selectAll("figures")
    .select("reports.origin")
    .where("figures.id", "=", figureId)
    .executeTakeFirst();
  if (!row) throw new IngestError("invalid_report", `there is no figure "${figureId}"`);
  // data/ is the reviewed record, changed by review of the files themselves; reseeding would undo an edit here.
  if (row.origin === "dataset") {
    throw new IngestError("invalid_report", `figure "${figureId}" belongs to data/ and is changed there, not here`);
  }
  return figureSchema.parse(reshapeFigure(row));
}

interface HistoryEntry {
  figureId: string | null;
  reportId: string;
  editor: string;
  action: HistoryAction;
  at: string;
}

/** One change as a figure_history row: the figure (or reading) before and after as JSON, null for none. */
function historyRow(entry: HistoryEntry, before: unknown, after: unknown): Insertable<FigureHistoryTable> {
  return {
    figure_id: entry.figureId,
    report_id: entry.reportId,
    editor: entry.editor,
    action: entry.action,
    at: entry.at,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  };
}

async function writeHistory(trx: Transaction<DB>, entry: HistoryEntry, before: unknown, after: unknown) {
  await trx
    .insertInto("figure_history")
    .values(historyRow(entry, before, after))
    .execute();
}

/** Replaces a stored figure by `next` (same id), or deletes it when `next` is null. */
async function replaceFigure(trx: Transaction<DB>, current: Figure, next: Figure | null) {
  await trx.deleteFrom("figures").where("id", "=", current.id).execute();
  if (next) await trx.insertInto("figures").values(toFigureRow(next)).execute();
}

/**
 * An editor's review of a stored figure (one the extractor read, from the
 * queue, or one published earlier): accepted as corrected, it becomes
 * reviewed; deleted, it is gone. Either way the change is kept in its
 * history, in the same transaction.
 */
export async function changeStoredFigure(
  db: Kysely<DB>,
  editor: string,
  figureId: string,
  change: FigureChange,
  now = new Date(),
): Promise<{ figureId: string; review: Review | null }> {
  return db.transaction().execute(async (trx) => {
    const current = await readStoredFigure(trx, figureId);
    const at = now.toISOString();
    if (change.action === "delete") {
      await replaceFigure(trx, current, null);
      await writeHistory(trx, { figureId, reportId: current.reportId, editor, action: "delete", at }, current, null);
      await noteWrite(trx);
      return { figureId, review: null };
    }
    const checked = extractedFigureSchema.safeParse(change.figure);
    if (!checked.success) throw new IngestError("invalid_report", firstIssue(checked.error));
    if (!change.note.trim()) throw new IngestError("invalid_report", "note: the note is empty");
    const next = figureSchema.parse({
      ...checked.data,
      // The evidence stays the sentence the figure was read from.
      sentence: current.sentence,
      id: current.id,
      reportId: current.reportId,
      offensive: findOffensive(checked.data, await readOffensives(trx))?.slug ?? null,
      review: "reviewed",
      note: change.note.trim(),
      reviewedAt: at,
    });
    await replaceFigure(trx, current, next);
    const action = current.review === "machine" ? "publish" : "edit";
    await writeHistory(trx, { figureId, reportId: current.reportId, editor, action, at }, current, next);
    await noteWrite(trx);
    return { figureId, review: next.review };
  });
}

/**
 * Undoes an editor's change: the figure goes back to what it was before it
 * (the extractor's reading, as machine-extracted, when the change was its
 * first review; nothing, when the change created it; the deleted figure, when
 * it was a deletion). Only a figure's latest change can be undone, so undo
 * never silently drops a later one; the undo is itself kept in the history.
 */
export async function undoChange(
  db: Kysely<DB>,
  editor: string,
  historyId: number,
  now = new Date(),
): Promise<{ figureId: string }> {
  return db.transaction().execute(async (trx) => {
    const entry = await trx.selectFrom("figure_history").selectAll().where("id", "=", historyId).executeTakeFirst();
    if (!entry?.figure_id) throw new IngestError("invalid_report", `there is no change ${historyId} to undo`);
    const latest = await trx
      .selectFrom("figure_history")
      .select("id")
      .where("figure_id", "=", entry.figure_id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    if (latest.id !== entry.id) throw new IngestError("invalid_report", "undo the figure's later change first");

    const row = await trx.selectFrom("figures").selectAll().where("id", "=", entry.figure_id).executeTakeFirst();
    const current = row ? figureSchema.parse(reshapeFigure(row)) : null;
    const before = entry.before === null ? null : (JSON.parse(entry.before) as Record<string, unknown>);
    let restored: Figure | null = null;
    if (before) {
      // A stored figure comes back as it was; the extractor's reading comes back as machine-extracted.
      restored = figureSchema.parse(
        "id" in before
          ? before
          : {
              ...before,
              id: entry.figure_id,
              reportId: entry.report_id,
              offensive: findOffensive(before as ExtractedFigure, await readOffensives(trx))?.slug ?? null,
              review: "machine",
              note: MACHINE_NOTE,
            },
      );
    }
    if (current) await replaceFigure(trx, current, restored);
    else if (restored) await trx.insertInto("figures").values(toFigureRow(restored)).execute();
    await writeHistory(
      trx,
      { figureId: entry.figure_id, reportId: entry.report_id, editor, action: "undo", at: now.toISOString() },
      current,
      restored,
    );
    await noteWrite(trx);
    return { figureId: entry.figure_id };
  });
}
