"use client";

import { CHART_IDS, chartShowsMetrics, type ChartId } from "@/lib/charts";
import type { PackedChart } from "@/lib/packed-lines";
import type { Offensive } from "@/lib/schema";
import { useEffect, useState } from "react";
import { chartState, describeView, withChartChoice, type ViewState } from "@/lib/view-state";
import { BreakdownPanel } from "./breakdown-panel";
import { chartDownloads, DownloadMenu } from "./download-menu";
import { EmbedControl } from "./embed-control";
import { TrendPanel } from "./trend-panel";
import { useChartData } from "./use-chart-data";
import { useView } from "./use-view";

export interface InitialChart {
  /** The API address this chart's data was rendered from. */
  url: string;
  /** As the server rendered it, packed for the page's payload (lib/packed-lines.ts). */
  chart: PackedChart;
}

/** One overview chart, its data refreshed from the API as the view changes. */
export function ChartSlot({
  id,
  view,
  setView,
  initial,
  offensives,
}: {
  id: ChartId;
  view: ViewState;
  setView: ReturnType<typeof useView>[1];
  initial: InitialChart | undefined;
  offensives: Offensive[];
}) {
  // This chart's own scale and tab: changing them leaves the other charts alone. Each
  // change builds on the latest URL state, so two quick clicks on two charts both land.
  const own = chartState(view, id);
  // A reader who reaches for the chart (pointer, touch, keyboard) or its table wants the reports behind its points.
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  const { chart, error, loading } = useChartData(id, view, initial, reached || own.tab === "table");
  const onTab = (tab: ViewState["tab"]) => void setView((latest) => withChartChoice(latest, id, { tab }));
  const onScale = (scale: ViewState["scale"]) => void setView((latest) => withChartChoice(latest, id, { scale }));
  if (!chart) {
    return (
      <section data-testid={id} className="border-rule rounded-lg border bg-white p-4" aria-busy={!error}>
        <p className={error ? "text-red-700" : "text-muted"} role={error ? "alert" : undefined}>
          {error ? `This chart could not be loaded: ${error.message}` : "Loading…"}
        </p>
      </section>
    );
  }
  const actions = (
    <>
      <EmbedControl chartId={id} view={view} />
      <DownloadMenu
        panelId={id}
        filename={`syria-toll-${id}`}
        title={chart.title}
        links={chartDownloads(id, view)}
        canSaveImage={own.tab === "chart"}
      />
    </>
  );
  // What every panel takes, whatever it draws.
  const panel = {
    panelId: id,
    title: chart.title,
    description: chart.description,
    tab: own.tab,
    scale: own.scale,
    onTab,
    onScale,
    actions,
    busy: loading,
  };
  if (chart.kind === "breakdown") return <BreakdownPanel {...panel} rows={chart.rows} />;
  const highlighted = view.offensive ? offensives.filter((o) => o.slug === view.offensive) : offensives;
  return (
    <div onPointerEnter={reach} onTouchStart={reach} onFocus={reach}>
      <TrendPanel
        {...panel}
        lines={chart.lines}
        bands={highlighted.map((o) => ({ slug: o.slug, name: o.name, start: o.start, end: o.end }))}
        range={chart.range}
        connect={chart.connect}
      />
    </div>
  );
}

/** The overview's charts, following the view in the URL and refreshing their data from the API. */
export function OverviewCharts({
  initial,
  offensives,
  correctedView,
}: {
  initial: InitialChart[];
  offensives: Offensive[];
  /** The view the server fell back to when the address held bad values: written back to the URL. */
  correctedView: ViewState | null;
}) {
  const [view, setView] = useView();
  useEffect(() => {
    if (correctedView) void setView(correctedView);
    // Once, on arrival: later changes come from the controls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    const name = offensives.find((o) => o.slug === view.offensive)?.name ?? null;
    document.title = describeView(view, name);
  }, [view, offensives]);
  const byId = new Map(initial.map((c) => [c.chart.id, c]));
  const shown = CHART_IDS.filter((id) => chartShowsMetrics(id, view.metrics));
  return (
    <div className="space-y-6">
      {shown.length === 0 ? <p className="text-muted">No chart shows the chosen metrics.</p> : null}
      {shown.map((id) => (
        <ChartSlot key={id} id={id} view={view} setView={setView} initial={byId.get(id)} offensives={offensives} />
      ))}
    </div>
  );
}
