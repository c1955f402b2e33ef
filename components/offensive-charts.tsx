"use client";

import type { Offensive } from "@/lib/schema";
import type { Series } from "@/lib/series";
import { DownloadMenu } from "./download-menu";
import { TrendPanel } from "./trend-panel";
import { useView } from "./use-view";

/** An offensive's series, one panel per metric, with the tab and scale held in the URL like the overview's. */
export function OffensiveCharts({
  offensive,
  series,
  range,
}: {
  offensive: Offensive;
  series: Series[];
  range: readonly [string, string];
}) {
  const [view, setView] = useView();
  return (
    <>
      {series.map((s) => {
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
            tab={view.tab}
            scale={view.scale}
            onTab={(tab) => void setView({ tab })}
            onScale={(scale) => void setView({ scale })}
            actions={
              <DownloadMenu
                panelId={s.id}
                filename={`syria-toll-${s.id}`}
                title={`${offensive.name}: ${s.title}`}
                canSaveImage={view.tab === "chart"}
                links={[
                  { href: `/api/v1/figures.csv?${query}`, label: "Displayed data (CSV)" },
                  { href: `/api/v1/figures.csv?${query}&hxl=1`, label: "Displayed data (CSV with HXL tags)" },
                  { href: `/api/v1/figures?${query}`, label: "Displayed data (JSON)" },
                  { href: "/api/v1/figures.csv", label: "Full dataset (CSV)" },
                  { href: `/api/v1/metadata.json?${query}`, label: "Metadata (JSON)" },
                ]}
              />
            }
          />
        );
      })}
    </>
  );
}
