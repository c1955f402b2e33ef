"use client";

import { useCallback, useEffect } from "react";
import { useSearchParams } from "next/navigation";
import { useQueryStates, type Options } from "nuqs";
import { serializeViewState, viewParsers } from "@/lib/view-state";

type View = ReturnType<typeof useQueryStates<typeof viewParsers>>[0];
type Patch = Partial<View> | ((latest: View) => Partial<View>);

/**
 * The view as the URL holds it. Controls write it with shallow updates: the
 * URL changes at once and the charts refetch only their data (useChartData),
 * without a server render of the page.
 *
 * Two guards keep quick changes from undoing each other:
 * - Every write sets the whole view, built from the latest state, never a
 *   patch of whatever address the browser holds at that moment.
 * - Next's router follows each shallow change in a transition, and when
 *   changes come quickly it can commit an older address after a newer one was
 *   written (its history sync then writes that older address back). Until the
 *   router has caught up with the last write, an address other than it is
 *   put right (see `keepWrittenAddress`).
 */
export function useView() {
  const [view, setRaw] = useQueryStates(viewParsers, { shallow: true, history: "replace", clearOnDefault: true });
  const routerSearch = normal(useSearchParams()?.toString() ?? "");
  useEffect(() => keepWrittenAddress(routerSearch), [routerSearch]);
  const setView = useCallback(
    async (patch: Patch, options?: Options) => {
      let whole: View | undefined;
      const written = await setRaw(
        (latest) => (whole = { ...latest, ...(typeof patch === "function" ? patch(latest) : patch) }),
        options,
      );
      if (whole)
        pending = {
          search: normal(written.toString()),
          address: serializeViewState(whole),
          until: Date.now() + PENDING_MS,
        };
      keepWrittenAddress(null);
      return written;
    },
    [setRaw],
  );
  return [view, setView] as const;
}

/** How long a written address is defended: the router catches up within a few redraws. */
const PENDING_MS = 2000;

/** The last address the view wrote, while the router has not yet caught up with it. */
let pending: { search: string; address: string; until: number } | null = null;

if (typeof window !== "undefined") {
  // Back and Forward choose another address on purpose.
  window.addEventListener("popstate", () => (pending = null));
}

/** Puts the last written address back if something else replaced it; `routerSearch` is the router's, when known. */
function keepWrittenAddress(routerSearch: string | null) {
  if (!pending) return;
  if (routerSearch === pending.search || Date.now() > pending.until) {
    pending = null;
    return;
  }
  if (normal(window.location.search) === pending.search) return;
  // Through the patched history method, so the router adopts the address too.
  window.history.replaceState(null, "", `${window.location.pathname}${pending.address}${window.location.hash}`);
}

/** A query string in one form, whatever its order and escaping, to compare two addresses. */
function normal(search: string): string {
  const params = new URLSearchParams(search);
  params.sort();
  return params.toString();
}
