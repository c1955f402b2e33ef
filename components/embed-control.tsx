"use client";

import { useState } from "react";
import { CHART_VIEW_PARAMETERS, serializeViewState, type ViewState } from "@/lib/view-state";

/** Gives the iframe code that embeds this chart, in this view, in another page. */
export function EmbedControl({ chartId, view }: { chartId: string; view: ViewState }) {
  const [code, setCode] = useState("");
  return (
    <details
      className="relative"
      onToggle={(e) => {
        if (!(e.currentTarget as HTMLDetailsElement).open) return;
        const src = `${window.location.origin}/embed/${chartId}${serializeViewState(view, CHART_VIEW_PARAMETERS)}`;
        setCode(
          `<iframe src="${src}" title="Syria war toll: ${chartId}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`,
        );
      }}
    >
      <summary className="border-rule cursor-pointer list-none rounded border bg-white px-3 py-1 text-sm hover:bg-gray-100">
        Embed
      </summary>
      <div className="border-rule absolute right-0 z-20 mt-1 w-80 rounded border bg-white p-3 text-sm shadow-lg">
        <label className="block">
          <span className="font-medium">Paste this into your page</span>
          <textarea
            readOnly
            value={code}
            rows={5}
            className="border-rule mt-1 w-full rounded border p-2 font-mono text-xs"
            onFocus={(e) => e.target.select()}
            data-testid={`embed-code-${chartId}`}
          />
        </label>
      </div>
    </details>
  );
}
