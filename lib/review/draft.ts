/**
 * A report under review, as the browser holds it between reading and
 * publishing: the report's fields and text, what the extractor read, and
 * what it read but the figure schema refused.
 */
import type { RefusedFigure } from "../extract/check";
import type { ExtractedFigure, Figure } from "../schema";
import { REPORTED_FIELDS } from "../vocabulary";

export interface DraftReport {
  text: string;
  published: string;
  outlet: string;
  headline?: string;
  url?: string;
  language: string;
}

export interface Draft {
  report: DraftReport;
  readings: ExtractedFigure[];
  refused: RefusedFigure[];
  /** Why the extractor proposed nothing, when it could not read the report (its language). */
  notice: string | null;
}

export interface DraftState {
  error: string | null;
  draft: Draft | null;
}

export type PublishOutcome =
  { status: "published" | "duplicate"; reportId: string } | { status: "error"; error: string };

export type ActionOutcome = { status: "done" } | { status: "error"; error: string };

/** A stored figure as an editor corrects it: its reported fields and the sentence it was read from. */
export function readingOf(f: Figure): ExtractedFigure {
  const fields = Object.fromEntries(REPORTED_FIELDS.map((k) => [k, f[k]])) as Omit<ExtractedFigure, "sentence">;
  return { ...fields, sentence: f.sentence ?? f.note };
}
