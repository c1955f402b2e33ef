import { formatDate } from "@/lib/format";
import type { FieldChange, HistoryEntry } from "@/lib/review/history";
import { UndoButton } from "./undo-button";
import { METRIC_LABELS, QUALIFIER_LABELS, type Metric, type Qualifier } from "@/lib/vocabulary";

const FIELD_LABELS: Record<FieldChange["field"], string> = {
  metric: "metric",
  value: "value",
  high: "high",
  qualifier: "hedge",
  vague: "vague",
  periodStart: "from",
  periodEnd: "as of",
  scope: "scope",
  location: "place",
  group: "group",
  attributedTo: "who gave it",
  note: "note",
};

const ACTION_LABELS: Record<HistoryEntry["action"], string> = {
  publish: "Published",
  reject: "Rejected",
  edit: "Edited",
  delete: "Deleted",
  undo: "Undone",
};

function shown(field: FieldChange["field"], value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (field === "qualifier") return QUALIFIER_LABELS[value as Qualifier] ?? String(value);
  if (field === "metric") return METRIC_LABELS[value as Metric] ?? String(value);
  if (typeof value === "number") return value.toLocaleString("en");
  return String(value);
}

/** Every change editors made to one figure, oldest first, each with what it changed. */
export function FigureHistory({ entries, undoable }: { entries: HistoryEntry[]; undoable: number | null }) {
  return (
    <section aria-labelledby="history" className="max-w-3xl">
      <h2 id="history" className="text-lg font-semibold">
        History
      </h2>
      {entries.length === 0 ? (
        <p className="text-muted text-sm">No editor has changed this figure in the app.</p>
      ) : (
        <ol className="mt-2 space-y-2 text-sm" data-testid="figure-history">
          {entries.map((entry) => (
            <li key={entry.id} className="border-rule rounded border bg-white p-2">
              <p>
                {ACTION_LABELS[entry.action]} by <strong>{entry.editor}</strong> on{" "}
                <time dateTime={entry.at}>{formatDate(entry.at.slice(0, 10))}</time>
                {entry.action === "publish" && !entry.hadBefore ? ", added by hand (the extractor missed it)" : ""}
                {entry.action === "publish" && entry.hadBefore && entry.changes.length === 0
                  ? ", as the extractor read it"
                  : ""}
                {entry.id === undoable ? <UndoButton entryId={entry.id} /> : null}
              </p>
              {entry.changes.length > 0 ? (
                <ul className="text-muted mt-1 list-disc pl-5">
                  {entry.changes.map((c) => (
                    <li key={c.field}>
                      {FIELD_LABELS[c.field]}: {shown(c.field, c.before)} → {shown(c.field, c.after)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
