"use client";

import Link from "next/link";
import { formatDate, formatPeriod, formatValueShort } from "@/lib/format";
import type { Figure, Report } from "@/lib/schema";
import type { CountedFields } from "@/lib/series";
import { METRIC_LABELS, QUALIFIER_LABELS } from "@/lib/vocabulary";

export interface SortableHeader {
  /** Link that sorts by this column; the current direction when it is the sorted one. */
  href: string;
  active: "ascending" | "descending" | null;
}

/**
 * What a row prints of a figure, and no more: the page hands these to the browser as well as
 * drawing them, so a field the table does not show would be sent for nothing.
 */
export type FigureRow = Omit<CountedFields, "offensive"> &
  Pick<Figure, "id" | "review" | "note"> & {
    /** The sentence the figure was read from, when the table shows the evidence. */
    sentence?: string | null;
    offensive: { slug: string; name: string } | null;
    report: Pick<Report, "id" | "outlet" | "published">;
  };

/**
 * The columns, and from which width each is shown: value (with its hedge), date
 * and source are always there; the others step in as the screen widens, so
 * the table fits without being cut (the figure's page has every field).
 */
const COLUMNS = [
  { id: "asOf", label: "As of", show: "" },
  { id: "metric", label: "Metric", show: "hidden sm:table-cell" },
  { id: "value", label: "Value", show: "" },
  { id: "group", label: "Who", show: "hidden md:table-cell" },
  { id: "place", label: "Place", show: "hidden lg:table-cell" },
  { id: "source", label: "Figure from", show: "hidden sm:table-cell" },
  { id: "offensive", label: "Offensive", show: "hidden lg:table-cell" },
  { id: "published", label: "Reported in", show: "" },
  { id: "note", label: "Our note", show: "hidden xl:table-cell" },
] as const;

export type ColumnId = (typeof COLUMNS)[number]["id"];

const show = (id: ColumnId) => COLUMNS.find((c) => c.id === id)!.show;

/**
 * Every field of each figure with its provenance (figures-table.tsx shapes the rows). Columns
 * named in `sorting` get a header link that sorts by them.
 */
export function FigureRows({
  caption,
  rows,
  sorting,
}: {
  caption: string;
  rows: FigureRow[];
  sorting: Partial<Record<ColumnId, SortableHeader>>;
}) {
  return (
    <div className="border-rule overflow-x-auto rounded-lg border bg-white">
      <table className="w-full border-collapse text-left text-sm" data-testid="figures-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50">
          <tr className="border-rule border-b">
            {COLUMNS.map((c) => {
              const sort = sorting[c.id];
              return (
                <th
                  key={c.id}
                  scope="col"
                  className={`px-2 py-2 font-semibold sm:px-3 ${c.show}`}
                  aria-sort={sort?.active ?? undefined}
                >
                  {sort ? (
                    <Link href={sort.href} className="underline-offset-2 hover:underline">
                      {c.label}
                      <span aria-hidden="true">
                        {sort.active === "ascending" ? " ▲" : sort.active === "descending" ? " ▼" : " ↕"}
                      </span>
                    </Link>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr
              key={f.id}
              id={`figure-${f.id}`}
              data-figure-id={f.id}
              data-value={f.value}
              className="border-rule border-b align-top"
            >
              <td className="px-2 py-2 sm:px-3">
                <Link
                  href={`/figures/${f.id}`}
                  className="underline underline-offset-2"
                  aria-label={`Figure ${f.id}, as of ${formatDate(f.periodEnd)}`}
                >
                  <span className="whitespace-nowrap">{formatDate(f.periodEnd)}</span>
                </Link>
                <br />
                <span className="text-muted text-xs">{formatPeriod(f.periodStart, f.periodEnd)}</span>
              </td>
              <td className={`px-2 py-2 sm:px-3 ${show("metric")}`}>
                {METRIC_LABELS[f.metric]}
                <br />
                <span className="text-muted text-xs">{f.scope}</span>
              </td>
              <td className="tabular px-2 py-2 text-right sm:px-3">
                <span className="font-medium">{formatValueShort(f)}</span>
                <br />
                <span className="text-muted block text-xs sm:hidden">{METRIC_LABELS[f.metric]}</span>
                <span className="text-muted text-xs">
                  {f.vague ? "word of magnitude" : QUALIFIER_LABELS[f.qualifier]}
                </span>
              </td>
              <td className={`px-2 py-2 sm:px-3 ${show("group")}`}>{f.group ?? "—"}</td>
              <td className={`px-2 py-2 sm:px-3 ${show("place")}`}>{f.location ?? "—"}</td>
              <td className={`px-2 py-2 sm:px-3 ${show("source")}`}>
                {f.attributedTo ?? <span className="text-muted">unattributed</span>}
              </td>
              <td className={`px-2 py-2 sm:px-3 ${show("offensive")}`}>
                {f.offensive ? (
                  <Link href={`/offensives/${f.offensive.slug}`} className="underline underline-offset-2">
                    {f.offensive.name}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td className="px-2 py-2 sm:px-3">
                <Link href={`/reports/${f.report.id}`} className="underline underline-offset-2">
                  {f.report.outlet}
                </Link>
                <br />
                <span className="text-muted text-xs">
                  {formatDate(f.report.published)}
                  {f.review === "machine" ? " · machine-extracted" : " · reviewed"}
                </span>
                <span className="text-muted block text-xs sm:hidden">
                  figure from {f.attributedTo ?? "an unnamed source"}
                </span>
              </td>
              <td className={`text-muted px-2 py-2 break-words sm:px-3 ${show("note")}`}>
                {f.note}
                {f.sentence ? (
                  <blockquote className="border-rule text-ink mt-1 border-l-2 pl-2">“{f.sentence}”</blockquote>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
