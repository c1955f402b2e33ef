"use client";
/**
 * The editor's desk on /review: read a report into a draft, decide every
 * figure (accept as read, correct, reject, or add one the extractor missed by
 * selecting its words), then publish. The report's text is shown as text;
 * each figure's sentence is marked in it and linked to the figure's card.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useMemo, useRef, useState, useTransition } from "react";
import { publishDraft, readDraft } from "@/lib/review/actions";
import type { ReviewDecision } from "@/lib/actions";
import type { Draft, DraftState } from "@/lib/review/draft";
import type { ExtractedFigure } from "@/lib/schema";
import { METRIC_LABELS, QUALIFIER_LABELS } from "@/lib/vocabulary";
import { FigureFields, fieldInput, figureProblem } from "./figure-fields";

type Status = "pending" | "accepted" | "rejected";

interface Item {
  key: string;
  /** What the extractor read; null for a figure the editor added. */
  reading: ExtractedFigure | null;
  figure: ExtractedFigure;
  note: string;
  status: Status;
}

const input = fieldInput;

export function ReviewDesk() {
  const [state, action, reading] = useActionState<DraftState, FormData>(readDraft, { error: null, draft: null });
  return (
    <div className="space-y-6">
      <ReportForm action={action} pending={reading} error={state.error} />
      {state.draft ? <DraftReview key={draftKey(state.draft)} draft={state.draft} /> : null}
    </div>
  );
}

function draftKey(draft: Draft): string {
  return `${draft.report.published}|${draft.report.outlet}|${draft.report.text.length}|${draft.readings.length}`;
}

function ReportForm({
  action,
  pending,
  error,
}: {
  action: (form: FormData) => void;
  pending: boolean;
  error: string | null;
}) {
  return (
    <form action={action} className="border-rule space-y-3 rounded border bg-white p-4" aria-labelledby="new-report">
      <h2 id="new-report" className="text-lg font-semibold">
        New report
      </h2>
      <div>
        <label htmlFor="text" className="block text-sm font-medium">
          Report text
        </label>
        <textarea id="text" name="text" rows={8} className={input} maxLength={1_000_000} />
      </div>
      <div>
        <label htmlFor="file" className="block text-sm font-medium">
          …or a file (.txt or .html, up to 5 MB)
        </label>
        <input id="file" name="file" type="file" accept=".txt,.html,.htm,text/plain,text/html" className="text-sm" />
        <p className="text-muted mt-1 text-xs">
          With neither, the page at the address below is read (a web page&apos;s article, without its menus and
          scripts).
        </p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="outlet" label="Outlet" required />
        <Field id="published" label="Published" type="date" required />
        <Field id="headline" label="Headline (optional: first words of the text)" />
        <Field id="url" label="Address (http or https)" type="url" />
        <Field id="language" label="Language (ISO 639-1; blank: detected)" />
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="bg-ink rounded px-3 py-1.5 text-sm text-white">
        {pending ? "Reading…" : "Read the figures"}
      </button>
    </form>
  );
}

function Field({
  id,
  label,
  type = "text",
  required,
  defaultValue,
}: {
  id: string;
  label: string;
  type?: string;
  required?: boolean;
  defaultValue?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} name={id} type={type} required={required} defaultValue={defaultValue} className={input} />
    </div>
  );
}

function DraftReview({ draft }: { draft: Draft }) {
  const router = useRouter();
  const [items, setItems] = useState<Item[]>(() =>
    draft.readings.map((r, i) => ({
      key: `read-${i}`,
      reading: r,
      figure: r,
      note: "Read by the extractor; checked against the report by an editor.",
      status: "pending",
    })),
  );
  const [message, setMessage] = useState<React.ReactNode>(null);
  const [publishing, startPublishing] = useTransition();
  const textRef = useRef<HTMLDivElement>(null);
  const pending = items.filter((i) => i.status === "pending").length;
  const invalid = items.filter((i) => i.status === "accepted" && figureProblem(i.figure, i.note) !== null).length;
  const update = (key: string, patch: Partial<Item>) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  function addFromSelection() {
    const selection = window.getSelection();
    const words = selection?.toString().trim() ?? "";
    const node = selection?.anchorNode ?? null;
    // With no words selected (from the keyboard, say), the card asks for them instead.
    const selected = words !== "" && node !== null && textRef.current?.contains(node) === true;
    const digits = selected ? words.replace(/[^\d]/g, "") : "";
    const figure: ExtractedFigure = {
      metric: "killed",
      value: digits ? Number(digits) : 1,
      high: null,
      qualifier: "exact",
      vague: false,
      periodStart: null,
      periodEnd: draft.report.published,
      scope: "local",
      location: null,
      group: null,
      attributedTo: null,
      sentence: selected ? sentenceAround(draft.report.text, words) : "",
    };
    const key = `added-${Date.now()}`;
    setItems((all) => [
      ...all,
      { key, reading: null, figure, note: "Added by an editor from the report.", status: "accepted" },
    ]);
    setMessage(
      selected
        ? `Added a figure from “${words.slice(0, 80)}”: check its fields below.`
        : "Added a figure: give the report's words for it, then its fields, below.",
    );
    requestAnimationFrame(() =>
      document.getElementById(selected ? `figure-${key}` : `${key}-sentence`)?.focus({ preventScroll: false }),
    );
  }

  function publish() {
    setMessage(null);
    startPublishing(async () => {
      const outcome = await publishDraft({
        report: draft.report,
        decisions: items.flatMap((i): ReviewDecision[] =>
          i.status === "accepted"
            ? [{ action: "accept", reading: i.reading, figure: i.figure, note: i.note }]
            : i.status === "rejected" && i.reading
              ? [{ action: "reject", reading: i.reading }]
              : [],
        ),
      });
      if (outcome.status === "error") setMessage(`Not published: ${outcome.error}`);
      else if (outcome.status === "published") router.push(`/reports/${outcome.reportId}`);
      else {
        setMessage(
          <>
            This text is published already:{" "}
            <Link className="underline" href={`/reports/${outcome.reportId}`}>
              the first report
            </Link>
            .
          </>,
        );
      }
    });
  }

  return (
    <section aria-labelledby="draft-heading" className="space-y-4">
      <h2 id="draft-heading" className="text-lg font-semibold">
        {draft.readings.length} figures read from the report
        {draft.refused.length > 0 ? `, ${draft.refused.length} left out by the checks` : ""}
      </h2>
      {draft.notice ? (
        <p role="status" className="text-sm text-amber-900">
          {draft.notice}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="text-sm font-semibold">Report text</h3>
          <div
            ref={textRef}
            data-testid="report-text"
            className="border-rule mt-1 max-h-[70vh] overflow-auto rounded border bg-white p-3 text-sm leading-relaxed whitespace-pre-wrap"
          >
            <MarkedText text={draft.report.text} items={items} />
          </div>
          <button
            type="button"
            onClick={addFromSelection}
            className="border-rule mt-2 rounded border px-3 py-1 text-sm"
          >
            Add a figure the extractor missed (from the selected words)
          </button>
        </div>
        <ol className="space-y-3" aria-label="Figures">
          {items.map((item, n) => (
            <FigureCard key={item.key} item={item} n={n + 1} onChange={(patch) => update(item.key, patch)} />
          ))}
        </ol>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={publish}
          disabled={pending > 0 || invalid > 0 || publishing}
          className="bg-ink rounded px-3 py-1.5 text-sm text-white disabled:opacity-50"
        >
          {publishing ? "Publishing…" : "Publish as reviewed"}
        </button>
        <p className="text-muted text-sm" aria-live="polite">
          {pending > 0
            ? `${pending} figures still to accept or reject.`
            : invalid > 0
              ? `${invalid} accepted figures need correcting first.`
              : "Every figure is decided."}
        </p>
      </div>
      <p role="status" className="text-sm">
        {message}
      </p>
    </section>
  );
}

/** The sentence of `text` holding `words`, or the words themselves. */
function sentenceAround(text: string, words: string): string {
  const at = text.indexOf(words);
  if (at < 0) return words;
  const before = text.slice(0, at).search(/[^.!?\n]*$/);
  const afterMatch = /[.!?\n]/.exec(text.slice(at + words.length));
  const end = afterMatch ? at + words.length + afterMatch.index + 1 : text.length;
  return text.slice(before, end).trim() || words;
}

/** The text with each figure's sentence marked, as React text nodes (never HTML). */
function MarkedText({ text, items }: { text: string; items: Item[] }) {
  const parts = useMemo(() => {
    const spans: { start: number; end: number; keys: string[] }[] = [];
    for (const item of items) {
      const start = text.indexOf(item.figure.sentence);
      if (start < 0) continue;
      const end = start + item.figure.sentence.length;
      const same = spans.find((s) => s.start === start && s.end === end);
      if (same) same.keys.push(item.key);
      else if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, keys: [item.key] });
    }
    spans.sort((a, b) => a.start - b.start);
    const out: React.ReactNode[] = [];
    let at = 0;
    for (const s of spans) {
      out.push(text.slice(at, s.start));
      out.push(
        <mark key={s.start} className="bg-amber-100">
          {text.slice(s.start, s.end)}
          {s.keys.map((k) => (
            <a key={k} href={`#figure-${k}`} className="ml-1 align-super text-xs underline">
              {items.findIndex((i) => i.key === k) + 1}
            </a>
          ))}
        </mark>,
      );
      at = s.end;
    }
    out.push(text.slice(at));
    return out;
  }, [text, items]);
  return <>{parts}</>;
}

function FigureCard({ item, n, onChange }: { item: Item; n: number; onChange: (patch: Partial<Item>) => void }) {
  const f = item.figure;
  const problem = figureProblem(f, item.note);
  const tone =
    item.status === "accepted"
      ? "border-green-700"
      : item.status === "rejected"
        ? "border-gray-300 opacity-70"
        : "border-amber-500";
  return (
    <li
      id={`figure-${item.key}`}
      tabIndex={-1}
      data-testid="draft-figure"
      data-status={item.status}
      className={`rounded border-l-4 bg-white p-3 shadow-sm ${tone}`}
    >
      <fieldset>
        <legend className="text-sm font-semibold">
          Figure {n}: {METRIC_LABELS[f.metric].toLowerCase()} {f.value.toLocaleString("en")}
          {f.high ? `–${f.high.toLocaleString("en")}` : ""} ({QUALIFIER_LABELS[f.qualifier]}){" "}
          <span className="text-muted font-normal">
            {item.reading ? "" : "added by hand · "}
            {item.status}
          </span>
        </legend>
        {item.reading ? (
          <p className="text-muted mt-1 text-xs">“{f.sentence.slice(0, 240)}”</p>
        ) : (
          <div className="mt-1">
            <label htmlFor={`${item.key}-sentence`} className="block text-xs font-medium">
              The report&apos;s words for this figure
            </label>
            <textarea
              id={`${item.key}-sentence`}
              rows={2}
              maxLength={1000}
              value={f.sentence}
              onChange={(e) => onChange({ figure: { ...f, sentence: e.target.value } })}
              className={input}
            />
          </div>
        )}
        <FigureFields
          idPrefix={item.key}
          figure={f}
          note={item.note}
          onFigure={(figure) => onChange({ figure })}
          onNote={(note) => onChange({ note })}
        />
        {problem ? (
          <p className="mt-1 text-sm text-red-800" id={`${item.key}-problem`}>
            Cannot be accepted yet: {problem}
          </p>
        ) : null}
        <div className="mt-2 flex gap-2" role="group" aria-label={`Decide figure ${n}`}>
          <button
            type="button"
            aria-pressed={item.status === "accepted"}
            disabled={problem !== null}
            aria-describedby={problem ? `${item.key}-problem` : undefined}
            onClick={() => onChange({ status: "accepted" })}
            className="border-rule rounded border px-2 py-0.5 text-sm aria-pressed:bg-green-700 aria-pressed:text-white"
          >
            Accept
          </button>
          <button
            type="button"
            aria-pressed={item.status === "rejected"}
            onClick={() => onChange({ status: "rejected" })}
            className="border-rule rounded border px-2 py-0.5 text-sm aria-pressed:bg-gray-700 aria-pressed:text-white"
          >
            Reject
          </button>
        </div>
      </fieldset>
    </li>
  );
}
