"use client";

import { useState } from "react";
import { CHART_VIEW_PARAMETERS, embedView, serializeViewState, type ViewState } from "@/lib/view-state";
import { Popover } from "./popover";

/** Gives the iframe code that embeds this chart, in this view, in another page, with a button to copy it. */
export function EmbedControl({ chartId, view }: { chartId: string; view: ViewState }) {
  const [code, setCode] = useState("");
  const [status, setStatus] = useState("");
  return (
    <Popover
      label="Embed"
      width="w-80"
      onOpen={() => {
        const src = `${window.location.origin}/embed/${chartId}${serializeViewState(embedView(view, chartId), CHART_VIEW_PARAMETERS)}`;
        setStatus("");
        setCode(
          `<iframe src="${src}" title="Syria war toll: ${chartId}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`,
        );
      }}
    >
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
      <div className="mt-2 flex items-center gap-3">
        <button
          type="button"
          className="border-rule rounded border px-3 py-1 hover:bg-gray-100"
          onClick={() =>
            navigator.clipboard.writeText(code).then(
              () => setStatus("Copied"),
              () => setStatus("Could not copy: select the code and copy it by hand"),
            )
          }
        >
          Copy
        </button>
        <span role="status" className="text-muted">
          {status}
        </span>
      </div>
    </Popover>
  );
}
