"use client";

import type { Offensive } from "@/lib/schema";
import type { PackedSeries } from "@/lib/packed-lines";
import { dataDownloads, DownloadMenu } from "./download-menu";
import { TrendPanel } from "./trend-panel";
import { useState } from "react";
import { useOffensiveSeries } from "./use-chart-data";
import { useView } from "./use-view";
import { chartState, withChartChoice } from "@/lib/view-state";

/** An offensive's series, one panel per metric, with the tab and scale held in the URL like the overview's. */
export function OffensiveCharts({
  offensive,
  series,
  range,
}: {
  offensive: Offensive;
  /** As the server rendered them, packed for the page's payload (lib/packed-lines.ts). */
  series: PackedSeries[];
  range: readonly [string, string];
}) {
  const [view, setView] = useView();
  // A reader who reaches for a chart (pointer, touch, keyboard) or opens a table wants the reports behind its points.
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  const wantsReports = reached || series.some((s) => chartState(view, s.id).tab === "table");
  const whole = useOffensiveSeries(offensive.slug, series, wantsReports);
  return (
    <div className="space-y-6" onPointerEnter={reach} onTouchStart={reach} onFocus={reach}>
      {whole.error ? (
        <p className="text-red-700" role="alert">
          The reports behind the points could not be loaded: {whole.error.message}
        </p>
      ) : null}
      {whole.series.map((s) => {
        const metrics = [...new Set(s.lines.map((l) => l.metric))].join(",");
        const query = `offensive=${offensive.slug}&metrics=${metrics}`;
        return (
          <TrendPanel
            key={s.id}
            panelId={s.id}
            title={s.title}
            description={s.description}
            lines={s.lines}
            bands={[{ slug: offensive.slug, name: offensive.name, start: offensive.start, end: offensive.end }]}
            range={range}
            connect={false}
            tab={chartState(view, s.id).tab}
            scale={chartState(view, s.id).scale}
            onTab={(tab) => void setView((latest) => withChartChoice(latest, s.id, { tab }))}
            onScale={(scale) => void setView((latest) => withChartChoice(latest, s.id, { scale }))}
            actions={
              <DownloadMenu
                panelId={s.id}
                filename={`syria-toll-${s.id}`}
                title={`${offensive.name}: ${s.title}`}
                canSaveImage={chartState(view, s.id).tab === "chart"}
                links={dataDownloads(
                  `syria-toll-${s.id}`,
                  (format) =>
                    format === "json"
                      ? `/api/v1/figures?${query}`
                      : `/api/v1/figures.csv?${query}${format === "hxl" ? "&hxl=1" : ""}`,
                  `/api/v1/metadata.json?${query}`,
                )}
              />
            }
          />
        );
      })}
    </div>
  );
}
