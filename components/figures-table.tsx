import type { FigureWithReport, Offensive } from "@/lib/schema";
import { countedFields } from "@/lib/series";
import { FigureRows, type ColumnId, type FigureRow, type SortableHeader } from "./figure-rows";

export type { SortableHeader };

/**
 * Every field of each figure with its provenance: the table of the figures list, a report and
 * an offensive. Drawn by a client component from rows holding only what it prints: as server
 * markup the table went to the browser twice, in the HTML and again, larger, in the page's
 * payload, which made a page of the list 420 KB where it is now 230 KB. Columns named in
 * `sorting` get a header link that sorts by them; `showEvidence` adds each figure's sentence.
 */
export function FiguresTable({
  caption,
  figures,
  offensives,
  sorting = {},
  showEvidence = false,
}: {
  caption: string;
  figures: FigureWithReport[];
  offensives: Offensive[];
  sorting?: Partial<Record<ColumnId, SortableHeader>>;
  showEvidence?: boolean;
}) {
  const names = new Map(offensives.map((o) => [o.slug, o.name]));
  const rows = figures.map((f): FigureRow => ({
    ...countedFields(f),
    id: f.id,
    review: f.review,
    note: f.note,
    ...(showEvidence ? { sentence: f.sentence } : {}),
    offensive: f.offensive ? { slug: f.offensive, name: names.get(f.offensive) ?? f.offensive } : null,
    report: { id: f.report.id, outlet: f.report.outlet, published: f.report.published },
  }));
  return <FigureRows caption={caption} rows={rows} sorting={sorting} />;
}
