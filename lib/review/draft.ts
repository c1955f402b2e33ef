/**
 * A report under review, as the browser holds it between reading and
 * publishing: the report's fields and text, what the extractor read, and
 * what it read but the figure schema refused.
 */
import type { RefusedFigure } from "../extract/check";
import type { ExtractedFigure } from "../schema";

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
}

export interface DraftState {
  error: string | null;
  draft: Draft | null;
}

export type PublishOutcome =
  { status: "published" | "duplicate"; reportId: string } | { status: "error"; error: string };
