import Link from "next/link";
import { formatDate, formatValueLong, formatValueShort } from "@/lib/format";
import { METRIC_LABELS } from "@/lib/vocabulary";
import type { SeriesPoint } from "@/lib/series";

/** A headline number with its hedge, as-of date and source line: never a bare number. */
export function HeadlineCard({
  testId,
  label,
  point,
  context,
}: {
  testId: string;
  label: string;
  point: SeriesPoint | null;
  context?: React.ReactNode;
}) {
  return (
    <section data-testid={testId} aria-label={label} className="border-rule rounded-lg border bg-white p-4">
      <h2 className="text-muted text-sm font-medium tracking-wide uppercase">{label}</h2>
      {point ? (
        <>
          <p className="tabular mt-1 text-4xl font-bold" data-value={point.value}>
            {formatValueShort(point)}
          </p>
          <p className="mt-1 text-sm">
            {METRIC_LABELS[point.metric]}: {formatValueLong(point)}
            {point.group ? ` ${point.group}` : ""}, as of {formatDate(point.periodEnd)}
          </p>
          <p className="text-muted mt-2 text-sm" data-testid={`${testId}-source`}>
            Figure from {point.attributedTo ?? "an unnamed source (the report does not say)"} · reported by{" "}
            {point.sources.map((s, i) => (
              <span key={s.figureId}>
                {i > 0 ? "; " : ""}
                <Link href={`/reports/${s.reportId}`} className="underline underline-offset-2">
                  {s.outlet}
                </Link>
                , {formatDate(s.published)}
              </span>
            ))}
          </p>
          {context}
        </>
      ) : (
        <p className="text-muted mt-2">No figure reported yet.</p>
      )}
    </section>
  );
}
