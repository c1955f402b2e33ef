import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedChart } from "@/components/embed-chart";
import { ParameterNotices } from "@/components/notices";
import { CHART_IDS, forFirstPaint, type ChartId } from "@/lib/charts";
import { packChart } from "@/lib/packed-lines";
import { getChart, getOffensive, getOffensives } from "@/lib/data";
import { chartDataUrl, CHART_VIEW_PARAMETERS, describeView, parseViewState } from "@/lib/view-state";

const isChartId = (s: string): s is ChartId => (CHART_IDS as readonly string[]).includes(s);

export async function generateMetadata(props: PageProps<"/embed/[chart]">): Promise<Metadata> {
  const { state } = parseViewState(await props.searchParams, CHART_VIEW_PARAMETERS);
  const offensive = state.offensive ? await getOffensive(state.offensive) : null;
  return { title: { absolute: describeView(state, offensive?.name ?? null) }, robots: { index: false } };
}

export default async function EmbedPage(props: PageProps<"/embed/[chart]">) {
  const { chart: id } = await props.params;
  if (!isChartId(id)) notFound();
  const { state, errors } = parseViewState(await props.searchParams, CHART_VIEW_PARAMETERS);
  let view = state;
  let chart = await getChart(id, view);
  if (!chart) {
    errors.push({ parameter: "offensive", message: `there is no offensive "${state.offensive}"` });
    view = { ...state, offensive: null };
    chart = await getChart(id, view);
  }
  const offensives = await getOffensives();
  return (
    <>
      <ParameterNotices errors={errors} />
      {chart ? (
        <EmbedChart
          id={id}
          initial={{ url: chartDataUrl(id, view), chart: packChart(forFirstPaint(chart, view)) }}
          offensives={offensives}
        />
      ) : null}
    </>
  );
}
