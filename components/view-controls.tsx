"use client";

import { useRef, type KeyboardEvent } from "react";
import { SCALES, type Scale, type Tab } from "@/lib/view-state";

/** Chart / table tabs (WAI-ARIA tabs: arrow keys move between them). */
export function TabSwitch({ panelId, tab, onChange }: { panelId: string; tab: Tab; onChange: (tab: Tab) => void }) {
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ chart: null, table: null });
  const tabs: { id: Tab; label: string }[] = [
    { id: "chart", label: "Chart" },
    { id: "table", label: "Table" },
  ];
  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    const next: Tab = tab === "chart" ? "table" : "chart";
    onChange(next);
    refs.current[next]?.focus();
    e.preventDefault();
  }
  return (
    <div
      role="tablist"
      aria-label="Show as"
      className="border-rule inline-flex rounded border bg-white"
      onKeyDown={onKeyDown}
    >
      {tabs.map((t) => (
        <button
          key={t.id}
          ref={(el) => {
            refs.current[t.id] = el;
          }}
          type="button"
          role="tab"
          id={`${panelId}-tab-${t.id}`}
          aria-selected={tab === t.id}
          aria-controls={`${panelId}-panel`}
          tabIndex={tab === t.id ? 0 : -1}
          onClick={() => onChange(t.id)}
          className={`px-3 py-1 text-sm ${tab === t.id ? "bg-ink text-white" : "text-ink hover:bg-gray-100"}`}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

/** Linear / logarithmic axis switch, as two toggle buttons. */
export function ScaleSwitch({ scale, onChange }: { scale: Scale; onChange: (scale: Scale) => void }) {
  return (
    <div role="group" aria-label="Vertical scale" className="border-rule inline-flex rounded border bg-white">
      {SCALES.map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={scale === s}
          onClick={() => onChange(s)}
          className={`px-3 py-1 text-sm ${scale === s ? "bg-ink text-white" : "text-ink hover:bg-gray-100"}`}
        >
          {s === "linear" ? "Linear" : "Log"}
        </button>
      ))}
    </div>
  );
}
