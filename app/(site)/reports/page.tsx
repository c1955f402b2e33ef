import type { Metadata } from "next";
import Link from "next/link";
import { getReports } from "@/lib/data";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = {
  title: "Reports",
  description: "The news reports the dashboard's figures were read from.",
};

export default async function ReportsPage() {
  const reports = await getReports();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Reports</h1>
      <p className="text-muted">The news reports every figure on this site was read from, oldest first.</p>
      <ul className="divide-rule border-rule divide-y rounded-lg border bg-white">
        {reports.map((r) => (
          <li key={r.id} className="p-4">
            <Link href={`/reports/${r.id}`} className="font-medium underline underline-offset-2">
              {r.headline}
            </Link>
            <p className="text-muted text-sm">
              {r.outlet} · {formatDate(r.published)} · {r.figureCount} {r.figureCount === 1 ? "figure" : "figures"}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
