"use client";
/**
 * One stored figure under an editor's hands: its fields to correct, and the
 * two decisions, accept as reviewed (as corrected) or delete. Used by the
 * queue and by a figure's own page; the change is kept in its history.
 */
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FigureChange } from "@/lib/actions";
import { reviewStoredFigure } from "@/lib/review/actions";
import type { ExtractedFigure } from "@/lib/schema";
import { FigureFields, figureProblem } from "./figure-fields";

export function FigureEditor({
  figureId,
  initial,
  initialNote,
  acceptLabel,
  onDeleted,
}: {
  figureId: string;
  initial: ExtractedFigure;
  initialNote: string;
  acceptLabel: string;
  /** Where to go once the figure is deleted (its page no longer exists); stays put when absent. */
  onDeleted?: string;
}) {
  const router = useRouter();
  const [figure, setFigure] = useState(initial);
  const [note, setNote] = useState(initialNote);
  const [error, setError] = useState<string | null>(null);
  const [working, startWork] = useTransition();
  const problem = figureProblem(figure, note);

  function decide(change: FigureChange) {
    setError(null);
    startWork(async () => {
      const outcome = await reviewStoredFigure(figureId, change);
      if (outcome.status === "error") setError(outcome.error);
      else if (change.action === "delete" && onDeleted) router.push(onDeleted);
      else router.refresh();
    });
  }

  return (
    <fieldset disabled={working}>
      <legend className="sr-only">Correct figure {figureId}</legend>
      <p className="text-muted mt-1 text-xs">“{figure.sentence.slice(0, 240)}”</p>
      <FigureFields idPrefix={figureId} figure={figure} note={note} onFigure={setFigure} onNote={setNote} />
      {problem ? (
        <p className="mt-1 text-sm text-red-800" id={`${figureId}-problem`}>
          Cannot be saved yet: {problem}
        </p>
      ) : null}
      <div className="mt-2 flex gap-2" role="group" aria-label={`Decide ${figureId}`}>
        <button
          type="button"
          disabled={problem !== null}
          aria-describedby={problem ? `${figureId}-problem` : undefined}
          onClick={() => decide({ action: "accept", figure, note })}
          className="rounded bg-green-800 px-2 py-0.5 text-sm text-white"
        >
          {acceptLabel}
        </button>
        <button
          type="button"
          onClick={() => decide({ action: "delete" })}
          className="border-rule rounded border px-2 py-0.5 text-sm"
        >
          Delete
        </button>
      </div>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          Not changed: {error}
        </p>
      ) : null}
    </fieldset>
  );
}
