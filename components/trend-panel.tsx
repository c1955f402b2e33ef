"use client";

import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { SeriesLine } from "@/lib/series";
import type { Scale, Tab } from "@/lib/view-state";
import { ChartPanel } from "./chart-panel";
import { styleLines } from "./charts/chart-utils";
import { LegendSwatch } from "./charts/point-marker";
import { TrendChart, type TimeBand } from "./charts/trend-chart";
import { PointsTable } from "./points-table";

export interface TrendPanelProps {
  panelId: string;
  title: string;
  description: string;
  lines: SeriesLine[];
  bands: TimeBand[];
  range: readonly [string, string];
  connect?: boolean;
  tab: Tab;
  scale: Scale;
  onTab: (tab: Tab) => void;
  onScale: (scale: Scale) => void;
  actions?: React.ReactNode;
  busy?: boolean;
}

/** A time-series chart with its legend, its table of the same numbers, and a linear/log switch. */
export function TrendPanel({
  panelId,
  title,
  description,
  lines,
  bands,
  range,
  connect = true,
  tab,
  scale,
  onTab,
  onScale,
  actions,
  busy,
}: TrendPanelProps) {
  const styles = styleLines(lines);
  const pointCount = lines.reduce((n, l) => n + l.points.length, 0);
  const hasVague = lines.some((l) => l.points.some((p) => p.vague));
  const hasHedged = lines.some((l) => l.points.some((p) => !p.vague && p.qualifier !== "exact"));
  const hasUnreviewed = lines.some((l) => l.points.some((p) => p.sources.every((s) => s.review === "machine")));

  return (
    <ChartPanel
      panelId={panelId}
      title={title}
      description={description}
      tab={tab}
      scale={scale}
      onTab={onTab}
      onScale={onScale}
      actions={actions}
      busy={busy}
      footer={
        bands.length > 0 ? (
          <details className="mt-3 text-sm">
            <summary className="text-muted cursor-pointer">Offensive periods shaded on this chart</summary>
            <ul className="mt-2 space-y-1">
              {bands.map((b) => (
                <li key={b.slug}>
                  <Link href={`/offensives/${b.slug}`} className="underline underline-offset-2">
                    {b.name}
                  </Link>
                  : {formatDate(b.start)} – {b.end ? formatDate(b.end) : "end not given"}
                </li>
              ))}
            </ul>
          </details>
        ) : null
      }
    >
      {pointCount === 0 ? (
        <p className="text-muted py-8 text-center">No figure of this kind in this view.</p>
      ) : tab === "chart" ? (
        <>
          <TrendChart
            chartId={`${panelId}-chart`}
            title={title}
            lines={lines}
            bands={bands}
            range={range}
            scale={scale}
            connect={connect}
          />
          <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Lines">
            {lines.map((line) => {
              const style = styles.get(line.key)!;
              return (
                <li key={line.key} className="flex items-center gap-2">
                  <LegendSwatch {...style} showLine={connect} />
                  <span>
                    {line.label} <span className="text-muted">({line.points.length})</span>
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="text-muted mt-2 text-xs">
            {hasHedged ? "≥ at least / more than · ~ about · ≤ up to. " : ""}
            {hasVague
              ? "Hollow marker: a word of magnitude (“hundreds”, “millions”) drawn at its floor, not a count. "
              : ""}
            {hasUnreviewed ? "Dotted outline: machine-extracted, not yet reviewed by a person. " : ""}
            Shaded: offensive periods.
          </p>
        </>
      ) : (
        <PointsTable caption={title} lines={lines} />
      )}
    </ChartPanel>
  );
}
