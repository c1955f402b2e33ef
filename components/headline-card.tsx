import { ReportLinks } from "./report-links";
import { formatDate, formatValueLong, formatValueShort } from "@/lib/format";
import { METRIC_LABELS } from "@/lib/vocabulary";
import type { SeriesPoint } from "@/lib/series";

export interface HeadlineItem {
  /** Stable id for tests and links: the source's or metric's name. */
  id: string;
  /** What the number is, in a few words ("SOHR", "Refugees"). */
  label: string;
  point: SeriesPoint;
}

/** Headline numbers, each with its hedge, as-of date, who gave it and where it was printed: never a bare number. */
export function HeadlineCard({
  testId,
  label,
  items,
  context,
}: {
  testId: string;
  label: string;
  items: HeadlineItem[];
  context?: React.ReactNode;
}) {
  return (
    <section data-testid={testId} aria-label={label} className="border-rule rounded-lg border bg-white p-4">
      <h2 className="text-muted text-sm font-medium tracking-wide uppercase">{label}</h2>
      {items.length === 0 ? <p className="text-muted mt-2">No figure reported yet.</p> : null}
      <ul className="divide-rule mt-1 divide-y">
        {items.map(({ id, label: itemLabel, point }) => (
          <li key={id} className="py-2" data-testid={`${testId}-${id}`}>
            <p className="flex flex-wrap items-baseline gap-x-3">
              <span className="text-sm font-semibold">{itemLabel}</span>
              <span className="tabular text-3xl font-bold" data-value={point.value}>
                {formatValueShort(point)}
              </span>
            </p>
            <p className="text-sm">
              {METRIC_LABELS[point.metric]}: {formatValueLong(point)}
              {point.group ? ` ${point.group}` : ""}, as of {formatDate(point.periodEnd)}
            </p>
            <p className="text-muted text-sm" data-testid={`${testId}-${id}-source`}>
              Figure from {point.attributedTo ?? "an unnamed source (the report does not say)"} · reported by{" "}
              <ReportLinks reports={point.sources.map((s) => ({ ...s, id: s.reportId }))} />
            </p>
          </li>
        ))}
      </ul>
      {context}
    </section>
  );
}
