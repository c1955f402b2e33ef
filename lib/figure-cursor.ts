/**
 * Keyset paging over figures: a page ends at a figure, and the next page
 * starts after that figure's sort key, so a page costs the same however deep
 * it is (no OFFSET) and rows added meanwhile never shift what comes next.
 *
 * A figure's sort key is the order `lib/data.ts` lists figures in: the
 * chosen column (missing text as ""), then as-of date, publication day and
 * id, which make it unique. The cursor is that key as base64url JSON.
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

export function encodeCursor(key: FigureSortKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The key a cursor holds, or null when it is not one this sort could have written. */
export function decodeCursor(cursor: string, sort: SortColumn): FigureSortKey | null {
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(cursor)) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(key) || key.length !== 4) return null;
  const [primary, ...rest] = key as unknown[];
  const primaryOk = sort === "value" ? Number.isSafeInteger(primary) : typeof primary === "string";
  if (!primaryOk || !rest.every((part) => typeof part === "string")) return null;
  return key as unknown as FigureSortKey;
}
