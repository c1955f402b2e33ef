"use client";

import Link from "next/link";
import { useState } from "react";
import { formatDate } from "@/lib/format";
import { isUnreviewed, linePointCount, mainLineKeys, MAX_DRAWN_POINTS, type SeriesLine } from "@/lib/series";
import type { Scale, Tab } from "@/lib/view-state";
import { isWholeLine } from "@/lib/charts";
import { ChartPanel } from "./chart-panel";
import { styleLines, type LineStyle } from "./charts/chart-utils";
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
  // The reader's choices override the default per line; lines that arrive with new data start at their default.
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const main = mainLineKeys(lines);
  const isShown = (key: string) => chosen[key] ?? main.has(key);
  const shown = lines.filter((l) => isShown(l.key));
  const pointCount = lines.reduce((n, l) => n + l.points.length, 0);
  // The key below the chart explains only what it draws.
  const hasVague = shown.some((l) => l.points.some((p) => p.vague));
  const hasHedged = shown.some((l) => l.points.some((p) => !p.vague && p.qualifier !== "exact"));
  const hasUnreviewed = shown.some((l) => l.points.some(isUnreviewed));
  // Crowded lines come drawn by their lowest and highest points (lib/series.ts thinLine): say so, with the counts.
  const leftOut = shown.reduce((n, l) => n + (l.pointsLeftOut ?? 0), 0);
  const thinned = leftOut > 0 ? <ThinnedNote shown={shown} leftOut={leftOut} /> : null;

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
      ) : (
        <>
          <LineToggles
            lines={lines}
            styles={styles}
            main={main}
            isShown={isShown}
            connect={connect}
            onToggle={(key) => setChosen((c) => ({ ...c, [key]: !isShown(key) }))}
            onAll={(on) => setChosen(Object.fromEntries(lines.map((l) => [l.key, on || main.has(l.key)])))}
          />
          {shown.length === 0 ? (
            <p className="text-muted py-8 text-center">Every line is switched off: choose one above.</p>
          ) : tab === "chart" ? (
            <>
              <TrendChart
                chartId={`${panelId}-chart`}
                title={title}
                lines={shown}
                bands={bands}
                range={range}
                scale={scale}
                connect={connect}
                styles={styles}
              />
              <p className="text-muted mt-2 text-xs">
                {hasHedged ? "≥ at least / more than · ~ about · ≤ up to. " : ""}
                {hasVague
                  ? "Hollow marker: a word of magnitude (“hundreds”, “millions”) drawn at its floor, not a count. "
                  : ""}
                {hasUnreviewed ? "Dotted outline: machine-extracted, not yet reviewed by a person. " : ""}
                Shaded: offensive periods.
              </p>
              {thinned}
            </>
          ) : !shown.every(isWholeLine) ? (
            <p className="text-muted py-8 text-center" role="status">
              Loading the reports behind each point…
            </p>
          ) : (
            <>
              {thinned}
              <PointsTable caption={title} lines={shown} />
            </>
          )}
        </>
      )}
    </ChartPanel>
  );
}

/** Which points a crowded chart leaves out, and where they all are. */
function ThinnedNote({ shown, leftOut }: { shown: SeriesLine[]; leftOut: number }) {
  const drawn = shown.reduce((n, l) => n + l.points.length, 0);
  const total = (drawn + leftOut).toLocaleString("en-US");
  return (
    <p className="text-muted mt-2 text-xs" data-testid="thinned-note">
      {drawn.toLocaleString("en-US")} of {total} points shown: a line with more than {MAX_DRAWN_POINTS} keeps the lowest
      and highest figure of each of {MAX_DRAWN_POINTS / 2} equal spans of time, so no rise or fall is hidden. The CSV
      download holds every figure.
    </p>
  );
}

/**
 * The legend, as switches: each line can be shown or hidden. A crowded
 * chart opens on its main lines; the others wait under "More lines".
 */
function LineToggles({
  lines,
  styles,
  main,
  isShown,
  connect,
  onToggle,
  onAll,
}: {
  lines: SeriesLine[];
  styles: Map<string, LineStyle>;
  main: Set<string>;
  isShown: (key: string) => boolean;
  connect: boolean;
  onToggle: (key: string) => void;
  onAll: (on: boolean) => void;
}) {
  const toggle = (line: SeriesLine) => {
    const style = styles.get(line.key)!;
    const on = isShown(line.key);
    return (
      <li key={line.key}>
        <button
          type="button"
          aria-pressed={on}
          onClick={() => onToggle(line.key)}
          className={`flex items-center gap-2 rounded px-1 text-left ${on ? "" : "opacity-50"}`}
        >
          <LegendSwatch {...style} showLine={connect} />
          <span>
            {line.label} <span className="text-muted">({linePointCount(line).toLocaleString("en-US")})</span>
          </span>
        </button>
      </li>
    );
  };
  const others = lines.filter((l) => !main.has(l.key));
  const [opened, setOpened] = useState(false);
  const hiddenCount = lines.filter((l) => !isShown(l.key)).length;
  return (
    <div className="mb-3 text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Lines">
        {lines.filter((l) => main.has(l.key)).map(toggle)}
      </ul>
      {others.length > 0 ? (
        <details className="mt-2" onToggle={(e) => setOpened(opened || e.currentTarget.open)}>
          <summary className="text-muted cursor-pointer">
            More lines: {others.length} subgroups and smaller sources ({hiddenCount} hidden)
          </summary>
          {/* A chart can have a hundred more lines: their switches are drawn when first asked for, not with the page. */}
          {opened ? (
            <>
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-label="More lines">
                {others.map(toggle)}
              </ul>
              <div className="mt-2 flex gap-3">
                <button type="button" className="underline underline-offset-2" onClick={() => onAll(true)}>
                  Show all lines
                </button>
                <button type="button" className="underline underline-offset-2" onClick={() => onAll(false)}>
                  Main lines only
                </button>
              </div>
            </>
          ) : null}
        </details>
      ) : null}
    </div>
  );
}
