"use client";
/**
 * The editors' queue: figures `npm run ingest` stored as machine-extracted,
 * oldest report first. Each can be accepted as read or as corrected (it
 * becomes reviewed) or deleted; either way it leaves the queue and the change
 * is kept in its history.
 */
import Link from "next/link";
import type { ExtractedFigure } from "@/lib/schema";
import { FigureEditor } from "./figure-editor";

export interface QueuedFigure {
  id: string;
  figure: ExtractedFigure;
  report: { id: string; outlet: string; published: string };
}

export function ReviewQueue({
  figures,
  total,
  reportId,
}: {
  figures: QueuedFigure[];
  total: number;
  reportId: string | null;
}) {
  return (
    <section aria-labelledby="queue-heading" className="space-y-3">
      <h2 id="queue-heading" className="text-lg font-semibold">
        Queue: {total} machine-extracted {total === 1 ? "figure" : "figures"} waiting
        {reportId ? " from one report" : ""}
      </h2>
      {reportId ? (
        <p className="text-sm">
          <Link href="/review" className="underline underline-offset-2">
            Show every report&apos;s figures
          </Link>
        </p>
      ) : null}
      {figures.length === 0 ? (
        <p className="text-muted text-sm">Nothing waits for review.</p>
      ) : (
        <ol className="space-y-3" aria-label="Queued figures">
          {figures.map((q) => (
            <QueueItem key={q.id} queued={q} />
          ))}
        </ol>
      )}
      {total > figures.length ? (
        <p className="text-muted text-sm">
          The oldest {figures.length} are shown; each one reviewed makes room for the next.
        </p>
      ) : null}
    </section>
  );
}

function QueueItem({ queued }: { queued: QueuedFigure }) {
  return (
    <li data-testid="queued-figure" className="rounded border-l-4 border-amber-500 bg-white p-3 shadow-sm">
      <p className="text-sm font-semibold">
        <Link href={`/figures/${queued.id}`} className="underline underline-offset-2">
          {queued.id}
        </Link>{" "}
        <span className="text-muted font-normal">
          from {queued.report.outlet}, {queued.report.published} ·{" "}
          <Link href={`/review?report=${encodeURIComponent(queued.report.id)}`} className="underline">
            only this report
          </Link>
        </span>
      </p>
      <FigureEditor
        figureId={queued.id}
        initial={queued.figure}
        initialNote="Read by the extractor; checked against the report by an editor."
        acceptLabel="Accept as reviewed"
      />
    </li>
  );
}
