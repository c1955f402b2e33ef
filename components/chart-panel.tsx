"use client";

import type { ReactNode } from "react";
import type { Scale, Tab } from "@/lib/view-state";
import { ScaleSwitch, TabSwitch } from "./view-controls";

/** The frame every chart sits in: title, description, chart/table tabs, scale switch, and the tab panel. */
export function ChartPanel({
  panelId,
  title,
  description,
  tab,
  scale,
  onTab,
  onScale,
  children,
  footer,
  actions,
  busy = false,
  showScale = true,
}: {
  panelId: string;
  title: string;
  description: ReactNode;
  tab: Tab;
  scale: Scale;
  onTab: (tab: Tab) => void;
  onScale: (scale: Scale) => void;
  children: ReactNode;
  footer?: ReactNode;
  /** More controls beside the tabs, such as the download menu. */
  actions?: ReactNode;
  /** A refresh is under way: the previous data stays on screen meanwhile. */
  busy?: boolean;
  /** False for charts with one honest scale (bars are linear from zero). */
  showScale?: boolean;
}) {
  return (
    <section
      aria-labelledby={`${panelId}-title`}
      aria-busy={busy}
      data-testid={panelId}
      className="chart-panel border-rule relative rounded-lg border bg-white p-4"
    >
      {/* A refresh shows as a bar along the top edge, not by dimming: dimmed text falls short of contrast */}
      {busy ? (
        <div aria-hidden="true" className="bg-accent absolute inset-x-0 top-0 h-0.5 animate-pulse rounded-t-lg" />
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={`${panelId}-title`} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="text-muted max-w-2xl text-sm">{description}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <TabSwitch panelId={panelId} tab={tab} onChange={onTab} />
          {tab === "chart" && showScale ? <ScaleSwitch scale={scale} onChange={onScale} /> : null}
          {actions}
        </div>
      </div>
      <div id={`${panelId}-panel`} role="tabpanel" aria-labelledby={`${panelId}-tab-${tab}`} className="mt-4">
        {children}
      </div>
      {footer}
    </section>
  );
}
