"use client";

import { useState } from "react";
import { chartDataUrl, DATA_PARAMETERS, serializeViewState, type ViewState } from "@/lib/view-state";
import { downloadChartImage } from "./charts/export-image";
import { Popover } from "./popover";

export interface DownloadLink {
  href: string;
  label: string;
  /** The file's name, so each download is told apart in a downloads folder. */
  filename: string;
}

/**
 * The downloads of a chart: its displayed data (CSV, CSV with HXL tags,
 * JSON), the full dataset and the metadata, each under its own file name.
 */
export function dataDownloads(
  base: string,
  dataUrl: (format: "csv" | "hxl" | "json") => string,
  metadataUrl: string,
): DownloadLink[] {
  return [
    { href: dataUrl("csv"), label: "Displayed data (CSV)", filename: `${base}.csv` },
    { href: dataUrl("hxl"), label: "Displayed data (CSV with HXL tags)", filename: `${base}-hxl.csv` },
    { href: dataUrl("json"), label: "Displayed data (JSON)", filename: `${base}.json` },
    { href: "/api/v1/figures.csv", label: "Full dataset (CSV)", filename: "syria-toll-all-figures.csv" },
    { href: metadataUrl, label: "Metadata (JSON)", filename: `${base}-metadata.json` },
  ];
}

/** The downloads of an overview chart, from the series API in the chart's view. */
export function chartDownloads(chartId: string, view: ViewState): DownloadLink[] {
  const metadataQuery = new URLSearchParams(serializeViewState(view, DATA_PARAMETERS));
  metadataQuery.set("chart", chartId);
  return dataDownloads(
    `syria-toll-${chartId}`,
    (format) =>
      format === "json"
        ? chartDataUrl(chartId, view)
        : chartDataUrl(chartId, view, format === "hxl" ? { hxl: "1" } : {}, true),
    `/api/v1/metadata.json?${metadataQuery.toString()}`,
  );
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
    <Popover label="Download" width="w-64">
      <ul className="space-y-1">
        {links.map((l) => (
          <li key={l.label}>
            <a href={l.href} download={l.filename} className="block rounded px-2 py-1 hover:bg-gray-100">
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
    </Popover>
  );
}
