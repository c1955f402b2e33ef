"use server";
/**
 * What an editor does on /review, as server actions: read a report (pasted,
 * uploaded, or fetched from its address) into a draft, and publish the draft once every figure is
 * decided. Each checks the session and the request's origin first; every
 * input is validated and size-capped before any work.
 */
import { z } from "zod";
import {
  changeStoredFigure,
  headlineFromText,
  ingestInputSchema,
  IngestError,
  MAX_FIGURES_PER_REPORT,
  MAX_REVIEW_TEXT_BYTES,
  publishReviewedReport,
  undoChange,
} from "../actions";
import { requireEditorForWrite } from "../auth/session";
import { getDb } from "../db/client";
import { extractFigures } from "../extract";
import { checkFigures } from "../extract/check";
import { ExtractError } from "../extract/errors";
import { htmlToText, looksLikeHtml } from "../extract/html";
import { detectLanguage, languageRefusal } from "../extract/language";
import { fetchReportPage, MAX_REPORT_BYTES } from "../extract/sources";
import { extractedFigureSchema, firstIssue } from "../schema";
import type { ActionOutcome, Draft, DraftState, PublishOutcome } from "./draft";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

/** The report's text: pasted, from an uploaded .txt or .html file, or read from the page at its address. */
async function reportText(form: FormData): Promise<{ text: string; title: string | null; url?: string }> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_REPORT_BYTES) throw new IngestError("invalid_report", "file: over 5 MB");
    const html = looksLikeHtml(file.name) || looksLikeHtml(file.type);
    if (!html && !/\.txt$/i.test(file.name) && file.type !== "text/plain") {
      throw new IngestError("invalid_report", "file: only .txt and .html files can be read");
    }
    const body = new TextDecoder("utf-8").decode(await file.arrayBuffer());
    return html ? htmlToText(body) : { text: body, title: null };
  }
  const pasted = String(form.get("text") ?? "");
  if (pasted.trim() !== "") return { text: pasted, title: null };
  const address = field(form, "url");
  if (!address) return { text: "", title: null };
  try {
    // An editor's browser must not make the server read its own network, unless this server says it may.
    return await fetchReportPage(address, { allowPrivate: process.env.FETCH_ALLOW_PRIVATE === "1" });
  } catch (e) {
    if (e instanceof ExtractError) throw new IngestError("invalid_report", e.message);
    throw e;
  }
}

/**
 * What the extractor proposes for a report: its figures when it is English;
 * in another language none, with a notice saying so, and the language found
 * kept for the report (the editor adds its figures by hand).
 */
function proposeFigures(text: string, published: string, declared: string | undefined) {
  const detected = detectLanguage(text);
  const refusal = languageRefusal(detected, declared);
  if (refusal) {
    const found = detected.code && /^[a-z]{2}$/.test(detected.code) ? detected.code : "en";
    return { language: declared ?? found, notice: `${refusal}: add its figures by hand`, valid: [], refused: [] };
  }
  return { language: "en", notice: null, ...checkFigures(extractFigures(text, { published })) };
}

export async function readDraft(_previous: DraftState, form: FormData): Promise<DraftState> {
  await requireEditorForWrite();
  try {
    const { text, title, url } = await reportText(form);
    if (Buffer.byteLength(text, "utf8") > MAX_REVIEW_TEXT_BYTES) {
      return { error: "text: over 1 MB; is it one article?", draft: null };
    }
    const parsed = ingestInputSchema.safeParse({
      text,
      published: field(form, "published") ?? "",
      outlet: field(form, "outlet") ?? "",
      headline: field(form, "headline") ?? (title ? headlineFromText(title) : undefined),
      url: url ?? field(form, "url"),
      language: field(form, "language"),
    });
    if (!parsed.success) return { error: firstIssue(parsed.error), draft: null };
    const { language, notice, valid, refused } = proposeFigures(
      parsed.data.text,
      parsed.data.published,
      field(form, "language"),
    );
    if (valid.length > MAX_FIGURES_PER_REPORT) {
      return { error: `the report gives ${valid.length} figures, over ${MAX_FIGURES_PER_REPORT}`, draft: null };
    }
    const draft: Draft = { report: { ...parsed.data, language }, readings: valid, refused, notice };
    return { error: null, draft };
  } catch (e) {
    if (e instanceof IngestError) return { error: e.message, draft: null };
    throw e;
  }
}

const decisionSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("accept"),
    reading: extractedFigureSchema.nullable(),
    figure: extractedFigureSchema,
    note: z.string().max(500),
  }),
  z.object({ action: z.literal("reject"), reading: extractedFigureSchema }),
]);
const publishSchema = z.object({
  report: ingestInputSchema,
  decisions: z.array(decisionSchema).max(MAX_FIGURES_PER_REPORT),
});

export async function publishDraft(input: unknown): Promise<PublishOutcome> {
  const editor = await requireEditorForWrite();
  const parsed = publishSchema.safeParse(input);
  if (!parsed.success) return { status: "error", error: firstIssue(parsed.error) };
  try {
    const result = await publishReviewedReport(await getDb(), editor.name, parsed.data.report, parsed.data.decisions);
    return { status: result.status === "added" ? "published" : "duplicate", reportId: result.reportId };
  } catch (e) {
    if (e instanceof IngestError) return { status: "error", error: e.message };
    throw e;
  }
}

const changeSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), figure: extractedFigureSchema, note: z.string().max(500) }),
  z.object({ action: z.literal("delete") }),
]);

/** Accept (as corrected) or delete a stored figure: from the queue, or one published earlier. */
export async function reviewStoredFigure(figureId: unknown, change: unknown): Promise<ActionOutcome> {
  const editor = await requireEditorForWrite();
  const id = z.string().max(200).safeParse(figureId);
  const parsed = changeSchema.safeParse(change);
  if (!id.success || !parsed.success) {
    return { status: "error", error: parsed.success ? "figure: not a figure id" : firstIssue(parsed.error) };
  }
  return outcome((db) => changeStoredFigure(db, editor.name, id.data, parsed.data));
}

/** Undo an editor's change (a figure's latest). */
export async function undoHistoryEntry(historyId: unknown): Promise<ActionOutcome> {
  const editor = await requireEditorForWrite();
  const id = z.number().int().positive().safeParse(historyId);
  if (!id.success) return { status: "error", error: "change: not a change id" };
  return outcome((db) => undoChange(db, editor.name, id.data));
}

/** A write's outcome for the page: done, or the refusal in words (never a stack trace). */
async function outcome(write: (db: Awaited<ReturnType<typeof getDb>>) => Promise<unknown>): Promise<ActionOutcome> {
  try {
    await write(await getDb());
    return { status: "done" };
  } catch (e) {
    if (e instanceof IngestError) return { status: "error", error: e.message };
    throw e;
  }
}
