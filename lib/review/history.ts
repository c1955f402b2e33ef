/**
 * An editor's change to a figure, as the figure page tells it: who, when,
 * what, and which fields went from what to what. The rows are written by
 * lib/actions.ts (figure_history); this reads them back.
 */
import type { ExtractedFigure } from "../schema";
import { REPORTED_FIELDS } from "../vocabulary";

export const HISTORY_ACTIONS = ["publish", "reject", "edit", "delete", "undo"] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** The fields of a figure an editor can change, in the order a change lists them. */
export const EDITABLE_FIELDS = [...REPORTED_FIELDS, "note"] as const satisfies readonly (
  keyof ExtractedFigure | "note"
)[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export interface FieldChange {
  field: EditableField;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  id: number;
  figureId: string | null;
  reportId: string;
  editor: string;
  action: HistoryAction;
  at: string;
  /** The fields that differ between before and after; empty when either is missing. */
  changes: FieldChange[];
  /** Whether there was a reading or figure before (false: added by hand). */
  hadBefore: boolean;
}

type Fields = Partial<Record<EditableField, unknown>>;

/** The fields that differ between two versions of a figure (a reading has no note: it is not compared). */
export function changedFields(before: Fields | null, after: Fields | null): FieldChange[] {
  if (!before || !after) return [];
  return EDITABLE_FIELDS.filter((field) => field in before && field in after && before[field] !== after[field]).map(
    (field) => ({ field, before: before[field], after: after[field] }),
  );
}
