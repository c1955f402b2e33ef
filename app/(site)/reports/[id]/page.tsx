import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FiguresTable } from "@/components/figures-table";
import { TableDownloads } from "@/components/table-downloads";
import { ReportAddress } from "@/components/report-links";
import { getFigures, getOffensives, getReport } from "@/lib/data";
import { formatDate } from "@/lib/format";

export async function generateMetadata(props: PageProps<"/reports/[id]">): Promise<Metadata> {
  const report = await getReport((await props.params).id);
  return report
    ? {
        title: `${report.outlet}, ${formatDate(report.published)}`,
        description: `Figures read from “${report.headline}”.`,
      }
    : { title: "Report not found" };
}

export default async function ReportPage(props: PageProps<"/reports/[id]">) {
  const { id } = await props.params;
  const report = await getReport(id);
  if (!report) notFound();
  const [figures, offensives] = await Promise.all([getFigures({ reportId: id }), getOffensives()]);
  return (
    <div className="space-y-4">
      <div>
        <p className="text-muted text-sm tracking-wide uppercase">Report</p>
        <h1 className="text-2xl font-bold tracking-tight">{report.headline}</h1>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">Outlet</dt>
          <dd>{report.outlet}</dd>
          <dt className="text-muted">Published</dt>
          <dd>{formatDate(report.published)}</dd>
          <dt className="text-muted">Language</dt>
          <dd>{report.language}</dd>
          <dt className="text-muted">Address</dt>
          <dd>{report.url ? <ReportAddress url={report.url}>{report.url}</ReportAddress> : "not recorded"}</dd>
        </dl>
      </div>
      <h2 className="text-lg font-semibold">
        {figures.length} {figures.length === 1 ? "figure" : "figures"} read from this report
      </h2>
      <TableDownloads path={`/api/v1/reports/${report.id}`} />
      <FiguresTable
        caption={`Figures read from ${report.outlet}, ${formatDate(report.published)}`}
        figures={figures}
        offensives={offensives}
        showEvidence
      />
    </div>
  );
}
