import Link from "next/link";

/**
 * Previous and next links for a long list, with where this page sits in it.
 * The list says how to reach its neighbours: page numbers, or the cursors
 * of a keyset page.
 */
export function Pager({
  label,
  first,
  count,
  total,
  position,
  previousHref,
  nextHref,
}: {
  label: string;
  /** The place of the page's first row from 1; null when the list cannot say it cheaply. */
  first: number | null;
  /** How many rows the page shows. */
  count: number;
  total: number;
  /** "page 2 of 6", when the list has page numbers; where the page is, when `first` is null. */
  position?: string;
  previousHref: string | null;
  nextHref: string | null;
}) {
  const link = "rounded border border-rule bg-white px-3 py-1 underline-offset-2 hover:underline";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      <p className="text-muted" aria-live="polite">
        {total === 0
          ? "Nothing to show"
          : first === null
            ? `${count.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`
            : `${first.toLocaleString("en-US")}–${(first + count - 1).toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`}
        {position ? ` · ${position}` : ""}
      </p>
      {previousHref ? (
        <Link href={previousHref} className={link} rel="prev">
          ← Previous
        </Link>
      ) : null}
      {nextHref ? (
        <Link href={nextHref} className={link} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
