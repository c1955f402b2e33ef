"use client";

import { useRef } from "react";

/**
 * A button that opens a small panel (Download, Embed): a native
 * <details>, so it works without JavaScript, that Escape also closes,
 * handing focus back to its button. The panel hangs from the button's
 * right edge; where that would run past the screen or the chart's frame
 * (a phone), it moves over and narrows to fit.
 */
export function Popover({
  label,
  width,
  onOpen,
  children,
}: {
  label: string;
  /** Tailwind width class of the panel. */
  width: string;
  onOpen?: () => void;
  children: React.ReactNode;
}) {
  const panel = useRef<HTMLDivElement>(null);
  return (
    <details
      className="relative"
      onToggle={(e) => {
        if (!(e.currentTarget as HTMLDetailsElement).open) return;
        if (panel.current) fitInside(panel.current);
        onOpen?.();
      }}
      onKeyDown={(e) => {
        const details = e.currentTarget;
        if (e.key !== "Escape" || !details.open) return;
        details.open = false;
        details.querySelector("summary")?.focus();
        e.stopPropagation();
      }}
    >
      <summary className="border-rule cursor-pointer list-none rounded border bg-white px-3 py-1 text-sm hover:bg-gray-100">
        {label}
      </summary>
      <div
        ref={panel}
        className={`border-rule absolute right-0 z-20 mt-1 ${width} rounded border bg-white p-3 text-sm shadow-lg`}
      >
        {children}
      </div>
    </details>
  );
}

/** Space kept between a moved panel and the edge it would have crossed, in pixels. */
const MARGIN = 8;

/** Moves an open panel right (and narrows it) until it starts inside the screen and the section holding it. */
function fitInside(panel: HTMLElement) {
  panel.style.translate = "";
  panel.style.maxWidth = "";
  const frame = panel.closest("section")?.getBoundingClientRect();
  const left = Math.max(0, frame?.left ?? 0) + MARGIN;
  const right = Math.min(document.documentElement.clientWidth, frame?.right ?? Infinity) - MARGIN;
  panel.style.maxWidth = `${Math.max(0, right - left)}px`;
  const box = panel.getBoundingClientRect();
  if (box.left < left) panel.style.translate = `${left - box.left}px 0`;
}
