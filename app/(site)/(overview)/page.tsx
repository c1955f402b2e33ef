import type { Metadata } from "next";
import { HeadlineCard } from "@/components/headline-card";
import { ParameterNotices } from "@/components/notices";
import { OverviewCharts } from "@/components/overview-charts";
import { ViewBar } from "@/components/view-bar";
import { getOffensive, getOverview, getSources } from "@/lib/data";
import { formatDate, formatValueShort } from "@/lib/format";
import { forFirstPaint } from "@/lib/charts";
import { packChart } from "@/lib/packed-lines";
import {
  chartDataUrl,
  CHART_VIEW_PARAMETERS,
  describeView,
  parseViewState,
  serializeViewState,
} from "@/lib/view-state";

export async function generateMetadata(props: PageProps<"/">): Promise<Metadata> {
  const { state } = parseViewState(await props.searchParams, CHART_VIEW_PARAMETERS);
  const offensive = state.offensive ? await getOffensive(state.offensive) : null;
  const title = describeView(state, offensive?.name ?? null);
  const query = serializeViewState(state, CHART_VIEW_PARAMETERS);
  const description = `${title}: every figure as reported, with its source, hedge and report. ${state.scale === "log" ? "Log" : "Linear"} scale, shown as a ${state.tab}.`;
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: `/${query}` },
    openGraph: { title, description, images: [{ url: `/og${query}`, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description, images: [`/og${query}`] },
  };
}

export default async function OverviewPage(props: PageProps<"/">) {
  const { state, errors } = parseViewState(await props.searchParams, CHART_VIEW_PARAMETERS);
  const [overview, sources] = await Promise.all([getOverview(state), getSources()]);
  if (state.offensive && !overview.offensive) {
    errors.push({ parameter: "offensive", message: `there is no offensive "${state.offensive}"` });
  }
  const view = overview.offensive ? state : { ...state, offensive: null };
  const { deaths, refugees, internallyDisplaced, localDisplacement: local } = overview.headlines;
  const displacement = [
    ...(refugees ? [{ id: "refugees", label: "Refugees", point: refugees }] : []),
    ...(internallyDisplaced ? [{ id: "idps", label: "Internally displaced", point: internallyDisplaced }] : []),
  ];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          The Syrian war: killed and displaced, 2011–2022
        </h1>
        <p className="text-muted mt-2 max-w-3xl">
          {overview.figureCount} figures from news reports, each with who gave it, how it was hedged and where it was
          printed. Nothing here is a sum: every point is one reported number.
        </p>
      </div>
      <ParameterNotices errors={errors} />

      <div className="grid gap-4 md:grid-cols-2">
        <HeadlineCard
          testId="headline-deaths"
          label="Latest national death toll, by source"
          items={deaths.map((point) => ({ id: point.attributedTo!, label: point.attributedTo!, point }))}
        />
        <HeadlineCard
          testId="headline-displacement"
          label="Latest national displacement figures"
          items={displacement}
          context={
            local ? (
              <p className="mt-2 text-sm">
                Latest local figure: {formatValueShort(local)} {local.location ? `in ${local.location}` : ""}, as of{" "}
                {formatDate(local.periodEnd)} ({local.attributedTo ?? "unattributed"}).
              </p>
            ) : null
          }
        />
      </div>

      <p className="text-muted text-sm">
        The numbers above are each source&apos;s latest in the whole dataset (documented counts, not estimates); the
        filters below change the charts.
      </p>
      <ViewBar sources={sources} offensives={overview.offensives} />
      <OverviewCharts
        initial={overview.charts.map((chart) => ({
          url: chartDataUrl(chart.id, view),
          chart: packChart(forFirstPaint(chart, view)),
        }))}
        offensives={overview.offensives}
        correctedView={errors.length > 0 ? view : null}
      />
    </div>
  );
}
