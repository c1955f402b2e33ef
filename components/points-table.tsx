import Link from "next/link";
import { formatDate, formatPeriod, formatValueShort } from "@/lib/format";
import { METRIC_LABELS } from "@/lib/vocabulary";
import type { SeriesLine } from "@/lib/series";

/** The numbers a chart draws, one row per plotted point, with where each came from. */
export function PointsTable({ caption, lines }: { caption: string; lines: SeriesLine[] }) {
  const rows = lines
    .flatMap((line) => line.points.map((point) => ({ line, point })))
    .sort((a, b) => a.point.t - b.point.t || a.line.label.localeCompare(b.line.label));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-rule border-b">
            <th scope="col" className="py-2 pr-3">
              As of
            </th>
            <th scope="col" className="py-2 pr-3">
              Line
            </th>
            <th scope="col" className="py-2 pr-3">
              Metric
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Value
            </th>
            <th scope="col" className="py-2 pr-3">
              Period
            </th>
            <th scope="col" className="py-2 pr-3">
              Place
            </th>
            <th scope="col" className="py-2">
              Reported in
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ line, point }) => (
            <tr
              key={point.id}
              data-point-id={point.id}
              data-value={point.value}
              className="border-rule border-b align-top"
            >
              <td className="py-2 pr-3 whitespace-nowrap">{formatDate(point.periodEnd)}</td>
              <td className="py-2 pr-3">{line.label}</td>
              <td className="py-2 pr-3">{METRIC_LABELS[point.metric]}</td>
              <td className="tabular py-2 pr-3 text-right whitespace-nowrap">{formatValueShort(point)}</td>
              <td className="py-2 pr-3">{formatPeriod(point.periodStart, point.periodEnd)}</td>
              <td className="py-2 pr-3">{point.location ?? "—"}</td>
              <td className="py-2">
                <ul>
                  {point.sources.map((s) => (
                    <li key={s.figureId}>
                      <Link href={`/reports/${s.reportId}`} className="underline underline-offset-2">
                        {s.outlet}
                      </Link>
                      , {formatDate(s.published)}
                      {s.review === "machine" ? " (machine-extracted)" : ""}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
