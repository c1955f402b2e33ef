"use client";

import Link from "next/link";
import { formatDate, formatDateRange, formatValueShort } from "@/lib/format";
import type { OffensiveBreakdownRow, SeriesPoint } from "@/lib/series";
import type { Scale, Tab } from "@/lib/view-state";
import { BREAKDOWN_BARS, BreakdownChart, missingFigures } from "./charts/breakdown-chart";
import { ChartPanel } from "./chart-panel";

function PointCell({ row, kind }: { row: OffensiveBreakdownRow; kind: "killed" | "displaced" }) {
  const point: SeriesPoint | null = row[kind] ?? (kind === "killed" ? row.killedSubgroup : row.displacedSubgroup);
  if (!point) return <span className="text-muted">{missingFigures(row, kind)}</span>;
  const first = point.sources[0];
  return (
    <span data-point-id={point.id} data-value={point.value}>
      {point.group ? <span className="text-muted text-xs">only one group counted: </span> : null}
      <span className="tabular font-medium">{formatValueShort(point)}</span>
      {point.group ? ` ${point.group}` : ""}
      <br />
      <span className="text-muted text-xs">
        {point.attributedTo ?? "unattributed"}, as of {formatDate(point.periodEnd)}
        {first ? (
          <>
            {" · "}
            <Link href={`/reports/${first.reportId}`} className="underline underline-offset-2">
              {first.outlet}
            </Link>
          </>
        ) : null}
      </span>
    </span>
  );
}

export function BreakdownPanel({
  panelId,
  title,
  description,
  rows,
  tab,
  scale,
  onTab,
  onScale,
  actions,
  busy,
}: {
  panelId: string;
  title: string;
  description: string;
  rows: OffensiveBreakdownRow[];
  tab: Tab;
  scale: Scale;
  onTab: (tab: Tab) => void;
  onScale: (scale: Scale) => void;
  actions?: React.ReactNode;
  busy?: boolean;
}) {
  const dateLabels = Object.fromEntries(
    rows.map((r) => [r.offensive.slug, formatDateRange(r.offensive.start, r.offensive.end)]),
  );
  return (
    <ChartPanel
      panelId={panelId}
      title={title}
      description={description}
      tab={tab}
      scale={scale}
      onTab={onTab}
      onScale={onScale}
      showScale={false}
      actions={actions}
      busy={busy}
      footer={
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {rows.map((r) => (
            <li key={r.offensive.slug}>
              <Link href={`/offensives/${r.offensive.slug}`} className="underline underline-offset-2">
                {r.offensive.name}
              </Link>
            </li>
          ))}
        </ul>
      }
    >
      {tab === "chart" ? (
        <>
          <BreakdownChart chartId={`${panelId}-chart`} title={title} rows={rows} dateLabels={dateLabels} />
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Bars">
            {BREAKDOWN_BARS.map((b) => (
              <li key={b.key} className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block h-3 w-5" style={{ background: b.colour }} />
                {b.label}
              </li>
            ))}
            <li className="text-muted">Hatched bar: a word of magnitude (“hundreds”) drawn at its floor.</li>
          </ul>
        </>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-rule border-b">
                <th scope="col" className="py-2 pr-3">
                  Offensive
                </th>
                <th scope="col" className="py-2 pr-3">
                  Killed
                </th>
                <th scope="col" className="py-2 pr-3">
                  Displaced
                </th>
                <th scope="col" className="py-2 text-right">
                  Figures
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.offensive.slug} className="border-rule border-b align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/offensives/${r.offensive.slug}`} className="font-medium underline underline-offset-2">
                      {r.offensive.name}
                    </Link>
                    <br />
                    <span className="text-muted text-xs">
                      {dateLabels[r.offensive.slug]} · {r.offensive.side}
                    </span>
                  </th>
                  <td className="py-2 pr-3">
                    <PointCell row={r} kind="killed" />
                  </td>
                  <td className="py-2 pr-3">
                    <PointCell row={r} kind="displaced" />
                  </td>
                  <td className="tabular py-2 text-right">{r.figureCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ChartPanel>
  );
}
