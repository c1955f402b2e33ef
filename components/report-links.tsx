import Link from "next/link";
import { formatDate } from "@/lib/format";

/** Reports as "Outlet, 1 Mar 2012; Outlet, …", each linking to its page. */
export function ReportLinks({ reports }: { reports: { id: string; outlet: string; published: string }[] }) {
  return reports.map((r, i) => (
    <span key={r.id}>
      {i > 0 ? "; " : ""}
      <Link href={`/reports/${r.id}`} className="underline underline-offset-2">
        {r.outlet}
      </Link>
      , {formatDate(r.published)}
    </span>
  ));
}

/**
 * A link to a report's public address. Only http(s) addresses are ever stored
 * (the schema refuses others); the link still gives the other site nothing:
 * no opener, no referrer, and no endorsement for search engines.
 */
export function ReportAddress({ url, children }: { url: string; children: React.ReactNode }) {
  return (
    <a href={url} className="underline underline-offset-2" rel="external noopener noreferrer nofollow">
      {children}
    </a>
  );
}
