/**
 * Keyset paging over figures: a page ends at a figure, and the next page
 * starts after that figure's sort key, so a page costs the same however deep
 * it is (no OFFSET) and rows added meanwhile never shift what comes next.
 *
 * A figure's sort key is the order `lib/data.ts` lists figures in: the
 * chosen column (missing text as ""), then as-of date, publication day and
 * id, which make it unique. The cursor is that key as base64url JSON,
 * followed, when the page that wrote it knew, by the place of its figure.
 */
import type { FigureWithReport } from "./schema";
import type { SortColumn } from "./view-state";

export type FigureSortKey = readonly [primary: string | number, periodEnd: string, published: string, id: string];

/** The most figures one page of the API holds. */
export const MAX_PAGE_SIZE = 1000;

export function figureSortKey(figure: FigureWithReport, sort: SortColumn): FigureSortKey {
  const primary: Record<SortColumn, string | number> = {
    asOf: figure.periodEnd,
    metric: figure.metric,
    value: figure.value,
    source: figure.attributedTo ?? "",
    offensive: figure.offensive ?? "",
    published: figure.report.published,
  };
  return [primary[sort], figure.periodEnd, figure.report.published, figure.id];
}

/**
 * A list's place, as a cursor can carry it: where the row the cursor points at sits in its
 * list (from 1), in the data version it was counted in. Counting a place costs the depth
 * of the page; carried from page to page, it costs nothing.
 */
export interface CursorPlace {
  place: number;
  /** The data version the place was counted in (lib/db/data-version.ts). */
  version: string;
}

export function encodeCursor(key: FigureSortKey, at?: CursorPlace): string {
  const parts: unknown[] = at ? [...key, at.place, versionTag(at.version)] : [...key];
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

/** A short tag of a data version: enough to tell that the data changed since a place was counted. */
function versionTag(version: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < version.length; i++) hash = Math.imul(hash ^ version.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function parseCursor(cursor: string): unknown[] | null {
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(cursor)) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(parts) && (parts.length === 4 || parts.length === 6) ? parts : null;
  } catch {
    return null;
  }
}

/** The place a cursor carries, when it was counted in this data version; otherwise null. */
export function cursorPlace(cursor: string, version: string): number | null {
  const parts = parseCursor(cursor);
  if (parts?.length !== 6) return null;
  const [place, tag] = parts.slice(4);
  return Number.isSafeInteger(place) && (place as number) >= 1 && tag === versionTag(version)
    ? (place as number)
    : null;
}

/** The key a cursor holds, or null when it is not one this sort could have written. */
export function decodeCursor(cursor: string, sort: SortColumn): FigureSortKey | null {
  const parts = parseCursor(cursor);
  if (!parts) return null;
  const [primary, ...rest] = parts.slice(0, 4);
  const primaryOk = sort === "value" ? Number.isSafeInteger(primary) : typeof primary === "string";
  if (!primaryOk || !rest.every((part) => typeof part === "string")) return null;
  return [primary, ...rest] as unknown as FigureSortKey;
}
