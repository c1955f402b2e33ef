"use client";

import { useState } from "react";
import type { Offensive } from "@/lib/schema";
import { MAIN_SOURCES, METRIC_LABELS, METRICS, type Metric } from "@/lib/vocabulary";
import { CHART_VIEW_PARAMETERS, DEFAULT_VIEW, serializeViewState } from "@/lib/view-state";
import { useView } from "./use-view";

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The view's filters, each writing the URL, and the Share control that copies its canonical link. */
export function ViewBar({ sources, offensives }: { sources: string[]; offensives: Offensive[] }) {
  const [view, setRawView] = useView();
  // A filter change is a new view the reader may want to go Back from: it adds a history entry.
  // Toggles build on the latest URL state (an updater), so quick changes never undo each other.
  const setView = (patch: Parameters<typeof setRawView>[0]) => setRawView(patch, { history: "push" });
  const [copied, setCopied] = useState<string | null>(null);
  const main = sources.filter((s) => MAIN_SOURCES.includes(s));
  const others = sources.filter((s) => !MAIN_SOURCES.includes(s));
  const sourceBox = (s: string) => (
    <label key={s} className="flex items-center gap-1">
      <input
        type="checkbox"
        checked={view.sources.includes(s)}
        onChange={() => void setView((latest) => ({ sources: toggle(latest.sources, s) }))}
      />
      {s}
    </label>
  );
  const link = () =>
    `${window.location.origin}${window.location.pathname}${serializeViewState(view, CHART_VIEW_PARAMETERS)}`;

  async function share() {
    const url = link();
    try {
      await navigator.clipboard.writeText(url);
      setCopied(url);
    } catch {
      // No clipboard (an insecure origin, or permission refused): show the link to copy by hand.
      setCopied(url);
    }
  }

  const box = "rounded border border-rule bg-white px-2 py-1";
  return (
    <section aria-label="View" className="border-rule space-y-3 rounded-lg border bg-white p-4 text-sm">
      <div className="flex flex-wrap gap-x-6 gap-y-3">
        <fieldset>
          <legend className="font-medium">Metrics</legend>
          <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
            {METRICS.map((m: Metric) => (
              <label key={m} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={view.metrics.includes(m)}
                  onChange={() => void setView((latest) => ({ metrics: toggle(latest.metrics, m) }))}
                />
                {METRIC_LABELS[m]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="font-medium">Figure from</legend>
          <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">{main.map(sourceBox)}</div>
          {others.length > 0 ? (
            <details className="mt-1" open={others.some((s) => view.sources.includes(s))}>
              <summary className="text-muted cursor-pointer">More sources ({others.length})</summary>
              <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">{others.map(sourceBox)}</div>
            </details>
          ) : null}
        </fieldset>
      </div>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <label>
          <span className="block font-medium">As of, from</span>
          <input
            type="date"
            className={box}
            value={view.from ?? ""}
            onChange={(e) => void setView({ from: ISO_DAY.test(e.target.value) ? e.target.value : null })}
          />
        </label>
        <label>
          <span className="block font-medium">As of, to</span>
          <input
            type="date"
            className={box}
            value={view.to ?? ""}
            onChange={(e) => void setView({ to: ISO_DAY.test(e.target.value) ? e.target.value : null })}
          />
        </label>
        <label className="max-w-full min-w-0">
          <span className="block font-medium">Zoom to offensive</span>
          <select
            className={`${box} w-full max-w-full`}
            value={view.offensive ?? ""}
            onChange={(e) => void setView({ offensive: e.target.value || null })}
          >
            <option value="">Whole war</option>
            {offensives.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1 pb-1">
          <input type="checkbox" checked={view.machine} onChange={(e) => void setView({ machine: e.target.checked })} />
          Include machine-extracted figures
        </label>
        <div className="ml-auto flex gap-2">
          <button
            type="button"
            className="border-rule rounded border px-3 py-1 hover:bg-gray-100"
            onClick={() => void setView({ ...DEFAULT_VIEW })}
          >
            Reset
          </button>
          <button type="button" className="bg-ink rounded px-3 py-1 text-white" onClick={() => void share()}>
            Share
          </button>
        </div>
      </div>
      {copied ? (
        <p role="status" className="flex flex-wrap items-center gap-2">
          Link copied:
          <input
            readOnly
            value={copied}
            aria-label="Link to this view"
            className={`${box} min-w-0 flex-1`}
            onFocus={(e) => e.target.select()}
            data-testid="share-link"
          />
        </p>
      ) : null}
    </section>
  );
}
