"use client";
/**
 * The fields of one figure's record as form controls, for an editor to
 * correct: used on the review desk for a new report's readings and in the
 * queue for stored machine-extracted figures.
 */
import { extractedFigureSchema, firstIssue, type ExtractedFigure } from "@/lib/schema";
import { METRIC_LABELS, METRICS, QUALIFIER_LABELS, QUALIFIERS, SCOPES } from "@/lib/vocabulary";

/** What is wrong with a figure as an editor left it, by the one figure schema (the server checks again), or null. */
export function figureProblem(figure: ExtractedFigure, note: string): string | null {
  const checked = extractedFigureSchema.safeParse(figure);
  if (!checked.success) return firstIssue(checked.error);
  return note.trim() === "" ? "note: write a short note in our own words" : null;
}

export const fieldInput = "border-rule w-full rounded border px-2 py-1 text-sm";
const input = fieldInput;

export function FigureFields({
  idPrefix,
  figure: f,
  note,
  onFigure,
  onNote,
}: {
  idPrefix: string;
  figure: ExtractedFigure;
  note: string;
  onFigure: (figure: ExtractedFigure) => void;
  onNote: (note: string) => void;
}) {
  const set = (patch: Partial<ExtractedFigure>) => onFigure({ ...f, ...patch });
  const id = (field: string) => `${idPrefix}-${field}`;
  const text = (value: string) => (value.trim() === "" ? null : value);
  const number = (value: string) => (value.trim() === "" ? null : Number(value));
  return (
    <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
      <Labelled id={id("metric")} label="Metric">
        <select
          id={id("metric")}
          value={f.metric}
          onChange={(e) => set({ metric: e.target.value as ExtractedFigure["metric"] })}
          className={input}
        >
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {METRIC_LABELS[m]}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id={id("value")} label="Value">
        <input
          id={id("value")}
          type="number"
          min={1}
          value={f.value}
          onChange={(e) => set({ value: Number(e.target.value) })}
          className={input}
        />
      </Labelled>
      <Labelled id={id("high")} label="High (a range's top)">
        <input
          id={id("high")}
          type="number"
          min={1}
          value={f.high ?? ""}
          onChange={(e) => set({ high: number(e.target.value) })}
          className={input}
        />
      </Labelled>
      <Labelled id={id("qualifier")} label="Hedge">
        <select
          id={id("qualifier")}
          value={f.qualifier}
          onChange={(e) => set({ qualifier: e.target.value as ExtractedFigure["qualifier"] })}
          className={input}
        >
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {QUALIFIER_LABELS[q]}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id={id("scope")} label="Scope">
        <select
          id={id("scope")}
          value={f.scope}
          onChange={(e) => set({ scope: e.target.value as ExtractedFigure["scope"] })}
          className={input}
        >
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </Labelled>
      <div className="flex items-end gap-2 pb-1">
        <input
          id={id("vague")}
          type="checkbox"
          checked={f.vague}
          onChange={(e) => set({ vague: e.target.checked, ...(e.target.checked ? { qualifier: "at_least" } : {}) })}
        />
        <label htmlFor={id("vague")} className="text-sm">
          Vague (“hundreds”)
        </label>
      </div>
      <Labelled id={id("periodStart")} label="From">
        <input
          id={id("periodStart")}
          type="date"
          value={f.periodStart ?? ""}
          onChange={(e) => set({ periodStart: text(e.target.value) })}
          className={input}
        />
      </Labelled>
      <Labelled id={id("periodEnd")} label="As of">
        <input
          id={id("periodEnd")}
          type="date"
          value={f.periodEnd}
          onChange={(e) => set({ periodEnd: e.target.value })}
          className={input}
        />
      </Labelled>
      <Labelled id={id("location")} label="Place">
        <input
          id={id("location")}
          value={f.location ?? ""}
          onChange={(e) => set({ location: text(e.target.value) })}
          className={input}
        />
      </Labelled>
      <Labelled id={id("group")} label="Group">
        <input
          id={id("group")}
          value={f.group ?? ""}
          onChange={(e) => set({ group: text(e.target.value) })}
          className={input}
        />
      </Labelled>
      <Labelled id={id("attributedTo")} label="Who gave it">
        <input
          id={id("attributedTo")}
          value={f.attributedTo ?? ""}
          onChange={(e) => set({ attributedTo: text(e.target.value) })}
          className={input}
        />
      </Labelled>
      <Labelled id={id("note")} label="Note (our words)">
        <input
          id={id("note")}
          value={note}
          maxLength={500}
          onChange={(e) => onNote(e.target.value)}
          className={input}
        />
      </Labelled>
    </div>
  );
}

function Labelled({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}
