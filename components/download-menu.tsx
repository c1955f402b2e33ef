"use client";

import { useState } from "react";
import { chartDataUrl, DATA_PARAMETERS, serializeViewState, type ViewState } from "@/lib/view-state";
import { downloadChartImage } from "./charts/export-image";

export interface DownloadLink {
  href: string;
  label: string;
}

/** The downloads of an overview chart: its displayed data in every format, the full data and the metadata. */
export function chartDownloads(chartId: string, view: ViewState): DownloadLink[] {
  const metadataQuery = new URLSearchParams(serializeViewState(view, DATA_PARAMETERS));
  metadataQuery.set("chart", chartId);
  return [
    { href: chartDataUrl(chartId, view, {}, true), label: "Displayed data (CSV)" },
    { href: chartDataUrl(chartId, view, { hxl: "1" }, true), label: "Displayed data (CSV with HXL tags)" },
    { href: chartDataUrl(chartId, view), label: "Displayed data (JSON)" },
    { href: "/api/v1/figures.csv", label: "Full dataset (CSV)" },
    { href: `/api/v1/metadata.json?${metadataQuery.toString()}`, label: "Metadata (JSON)" },
  ];
}

/**
 * Every way to take a chart away: the numbers it draws (CSV, with or without
 * HXL tags, and JSON, each row with its report), the full dataset, a metadata
 * file, and the picture (SVG, PNG).
 */
export function DownloadMenu({
  panelId,
  filename,
  title,
  links,
  canSaveImage,
}: {
  panelId: string;
  filename: string;
  title: string;
  links: DownloadLink[];
  canSaveImage: boolean;
}) {
  const [problem, setProblem] = useState<string | null>(null);

  async function saveImage(format: "svg" | "png", trigger: HTMLElement) {
    setProblem(null);
    const container = document.getElementById(`${panelId}-panel`);
    try {
      if (!container) throw new Error("the chart is not on the page");
      const credit = `Syria war toll · figures as reported, each with its source · ${window.location.href}`;
      await downloadChartImage(container, format, filename, title, credit);
      const menu = trigger.closest("details");
      if (menu) menu.open = false;
    } catch (e) {
      setProblem((e as Error).message);
    }
  }

  return (
    <details className="relative">
      <summary className="border-rule cursor-pointer list-none rounded border bg-white px-3 py-1 text-sm hover:bg-gray-100">
        Download
      </summary>
      <div className="border-rule absolute right-0 z-20 mt-1 w-64 rounded border bg-white p-2 text-sm shadow-lg">
        <ul className="space-y-1">
          {links.map((l) => (
            <li key={l.label}>
              <a href={l.href} download className="block rounded px-2 py-1 hover:bg-gray-100">
                {l.label}
              </a>
            </li>
          ))}
          {canSaveImage
            ? (["png", "svg"] as const).map((format) => (
                <li key={format}>
                  <button
                    type="button"
                    onClick={(e) => void saveImage(format, e.currentTarget)}
                    className="block w-full rounded px-2 py-1 text-left hover:bg-gray-100"
                  >
                    Chart as {format.toUpperCase()}
                  </button>
                </li>
              ))
            : null}
        </ul>
        {problem ? (
          <p role="alert" className="mt-2 text-red-700">
            {problem}
          </p>
        ) : null}
      </div>
    </details>
  );
}
