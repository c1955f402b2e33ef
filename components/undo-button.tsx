"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { undoHistoryEntry } from "@/lib/review/actions";

/** Undoes one change an editor made (a figure's latest), then shows the page again. */
export function UndoButton({ entryId }: { entryId: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [working, startWork] = useTransition();
  return (
    <span className="ml-2">
      <button
        type="button"
        disabled={working}
        className="border-rule rounded border px-2 py-0.5 text-xs"
        onClick={() =>
          startWork(async () => {
            const outcome = await undoHistoryEntry(entryId);
            if (outcome.status === "error") setError(outcome.error);
            else router.refresh();
          })
        }
      >
        {working ? "Undoing…" : "Undo this change"}
      </button>
      {error ? (
        <span role="alert" className="ml-2 text-red-800">
          {error}
        </span>
      ) : null}
    </span>
  );
}
