/**
 * Finding a report in the list: by words of its outlet, headline, address or
 * language, ordered by date, outlet or how many figures it gave.
 */
import type { ReportSummary } from "./data";
import type { ReportOrder, SortDirection } from "./view-state";

/** Lower case, accents dropped: "Le Monde" finds "le monde", "Genève" finds "geneve". */
function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const COMPARE: Record<ReportOrder, (a: ReportSummary, b: ReportSummary) => number> = {
  published: (a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id),
  outlet: (a, b) =>
    a.outlet.localeCompare(b.outlet, "en", { sensitivity: "base" }) || a.published.localeCompare(b.published),
  figures: (a, b) => a.figureCount - b.figureCount || a.published.localeCompare(b.published),
};

/** Reports holding every word of `q` (in any field), in the chosen order. */
export function searchReports(
  reports: readonly ReportSummary[],
  { q, order, dir }: { q: string | null; order: ReportOrder; dir: SortDirection },
): ReportSummary[] {
  const words = q ? fold(q).split(/\s+/).filter(Boolean) : [];
  const found = reports.filter((r) => {
    if (words.length === 0) return true;
    const haystack = fold([r.outlet, r.headline, r.url ?? "", r.language, r.published].join(" "));
    return words.every((w) => haystack.includes(w));
  });
  const sign = dir === "desc" ? -1 : 1;
  return found.sort((a, b) => sign * COMPARE[order](a, b));
}
