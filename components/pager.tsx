import Link from "next/link";

/** Previous and next links for a long list, with where this page sits in it. */
export function Pager({
  label,
  page,
  pages,
  first,
  last,
  total,
  hrefFor,
}: {
  label: string;
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  const link = "rounded border border-rule bg-white px-3 py-1 underline-offset-2 hover:underline";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      <p className="text-muted" aria-live="polite">
        {total === 0
          ? "Nothing to show"
          : `${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`}
        {pages > 1 ? ` · page ${page} of ${pages}` : ""}
      </p>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={link} rel="prev">
          ← Previous
        </Link>
      ) : null}
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className={link} rel="next">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
