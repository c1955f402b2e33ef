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
