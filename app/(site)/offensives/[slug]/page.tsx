import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FiguresTable } from "@/components/figures-table";
import { TableDownloads } from "@/components/table-downloads";
import { OffensiveCharts } from "@/components/offensive-charts";
import { ReportLinks } from "@/components/report-links";
import { leanLines } from "@/lib/charts";
import { packSeries } from "@/lib/packed-lines";
import { getOffensive, getOffensives, getOffensiveView } from "@/lib/data";
import { formatDate, formatDateRange } from "@/lib/format";
import { chartState, DISPLAY_PARAMETERS, parseViewState } from "@/lib/view-state";

export async function generateMetadata(props: PageProps<"/offensives/[slug]">): Promise<Metadata> {
  const offensive = await getOffensive((await props.params).slug);
  return offensive
    ? {
        title: offensive.name,
        description: `${offensive.name} (${formatDateRange(offensive.start, offensive.end)}): people killed, injured and displaced, as reported.`,
        openGraph: { images: [{ url: `/og?offensive=${offensive.slug}`, width: 1200, height: 630 }] },
      }
    : { title: "Offensive not found" };
}

export default async function OffensivePage(props: PageProps<"/offensives/[slug]">) {
  const { slug } = await props.params;
  const [data, offensives] = await Promise.all([getOffensiveView(slug), getOffensives()]);
  if (!data) notFound();
  const { offensive, figureCount, listed, reportCount, reports: listedReports, range, dateReports } = data;
  // A chart shown as a chart comes lean (lib/charts.ts leanLines): the rest arrives when a reader
  // reaches for it. One opened as its table arrives whole.
  const { state } = parseViewState(await props.searchParams, DISPLAY_PARAMETERS);
  const series = data.series.map((s) =>
    packSeries(chartState(state, s.id).tab === "chart" ? { ...s, lines: leanLines(s.lines) } : s),
  );
  const allFigures = `/figures?offensive=${encodeURIComponent(offensive.slug)}`;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-muted text-sm tracking-wide uppercase">Offensive</p>
        <h1 className="text-2xl font-bold tracking-tight">{offensive.name}</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">Dates</dt>
          <dd>{formatDateRange(offensive.start, offensive.end)}</dd>
          <dt className="text-muted">Dates from</dt>
          <dd data-testid="offensive-date-reports">
            {dateReports.length === 0 ? "no report recorded" : <ReportLinks reports={dateReports} />}
          </dd>
          <dt className="text-muted">Attacking side</dt>
          <dd>{offensive.side}</dd>
          <dt className="text-muted">Area</dt>
          <dd>{offensive.area}</dd>
          <dt className="text-muted">Places</dt>
          <dd>{offensive.places.join(", ")}</dd>
        </dl>
        <p className="mt-3 max-w-3xl">{offensive.description}</p>
      </div>

      {figureCount === 0 ? (
        <p className="border-rule text-muted rounded-lg border bg-white p-4">
          None of the reports in the dataset gives a figure for this offensive.
        </p>
      ) : (
        <OffensiveCharts offensive={offensive} series={series} range={range} />
      )}

      {figureCount > 0 ? (
        <section aria-labelledby="figures-title" className="space-y-2">
          <h2 id="figures-title" className="text-lg font-semibold">
            {listed.length < figureCount
              ? `The first ${listed.length.toLocaleString("en-US")} of ${figureCount.toLocaleString("en-US")} figures for this offensive`
              : "Every figure for this offensive"}
          </h2>
          <TableDownloads path={`/api/v1/offensives/${offensive.slug}`} />
          <FiguresTable caption={`Figures for ${offensive.name}`} figures={listed} offensives={offensives} />
          {listed.length < figureCount ? (
            <p>
              <Link href={allFigures} className="underline underline-offset-2">
                All {figureCount.toLocaleString("en-US")} figures for this offensive, page by page
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {reportCount > 0 ? (
        <section aria-labelledby="reports-title">
          <h2 id="reports-title" className="text-lg font-semibold">
            Reports
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {listedReports.map((r) => (
              <li key={r.id}>
                <Link href={`/reports/${r.id}`} className="underline underline-offset-2">
                  {r.outlet}
                </Link>
                , {formatDate(r.published)}: {r.headline}
              </li>
            ))}
          </ul>
          {listedReports.length < reportCount ? (
            <p className="text-muted mt-2 text-sm">
              and {(reportCount - listedReports.length).toLocaleString("en-US")} more reports: see{" "}
              <Link href={allFigures} className="underline underline-offset-2">
                the figures list
              </Link>
              .
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
