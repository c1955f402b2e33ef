import { formatDate, formatPeriod, formatValueLong } from "@/lib/format";
import { METRIC_LABELS } from "@/lib/vocabulary";
import { UNATTRIBUTED, type SeriesPoint } from "@/lib/series";

/** Everything a reader needs to judge one plotted figure: the hedge, the day, who said it, where it was printed. */
export function PointDetails({ point }: { point: SeriesPoint }) {
  return (
    <div className="space-y-1 text-sm">
      <p className="font-semibold">
        {METRIC_LABELS[point.metric]}: {formatValueLong(point)}
        {point.group ? ` ${point.group}` : ""}
      </p>
      <p>
        As of {formatDate(point.periodEnd)}
        {point.periodStart !== point.periodEnd ? ` · period ${formatPeriod(point.periodStart, point.periodEnd)}` : ""}
      </p>
      <p>
        {point.location ?? "Place not given"} · {point.scope === "national" ? "national" : "local"}
      </p>
      <p>Figure from: {point.attributedTo ?? `${UNATTRIBUTED} (the report names no source)`}</p>
      <ul className="text-muted">
        {point.sourcesLeftOut ? (
          <li>
            {point.sourcesLeftOut.count === 1 ? "Its report" : `Its ${point.sourcesLeftOut.count} reports`}: loading…
          </li>
        ) : (
          point.sources.map((s) => (
            <li key={s.figureId}>
              {s.outlet}, {formatDate(s.published)}
              {s.review === "machine" ? " · machine-extracted" : ""}
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
