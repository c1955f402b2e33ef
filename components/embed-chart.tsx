"use client";

import type { ChartId } from "@/lib/charts";
import type { Offensive } from "@/lib/schema";
import { CHART_VIEW_PARAMETERS, serializeViewState } from "@/lib/view-state";
import { ChartSlot, type InitialChart } from "./overview-charts";
import { useView } from "./use-view";

export function EmbedChart({
  id,
  initial,
  offensives,
}: {
  id: ChartId;
  initial: InitialChart;
  offensives: Offensive[];
}) {
  const [view, setView] = useView();
  return (
    <div className="space-y-2">
      <h1 className="sr-only">Syria war toll: {initial.chart.title}</h1>
      <ChartSlot id={id} view={view} setView={setView} initial={initial} offensives={offensives} />
      <p className="text-muted text-xs">
        Syria war toll — every figure as reported, with its source.{" "}
        <a
          href={`/${serializeViewState(view, CHART_VIEW_PARAMETERS)}`}
          target="_blank"
          rel="noopener"
          className="underline underline-offset-2"
        >
          Open this view with its sources
        </a>
      </p>
    </div>
  );
}
