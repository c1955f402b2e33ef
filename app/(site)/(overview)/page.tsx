import { BreakdownPanel } from "@/components/breakdown-panel";
import { HeadlineCard } from "@/components/headline-card";
import { TrendPanel } from "@/components/trend-panel";
import { getOverview } from "@/lib/data";
import { formatDate, formatDateRange, formatValueShort } from "@/lib/format";

/** The war from its first year to the end of 2020; the axis shows whole years. */
const RANGE = ["2011-01-01", "2021-01-01"] as const;

export default async function OverviewPage() {
  const overview = await getOverview();
  const bands = overview.offensives.map((o) => ({ slug: o.slug, name: o.name, start: o.start, end: o.end }));
  const dateLabels = Object.fromEntries(overview.offensives.map((o) => [o.slug, formatDateRange(o.start, o.end)]));
  const local = overview.headlines.localDisplacement;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">The Syrian war: killed and displaced, 2011–2020</h1>
        <p className="mt-2 max-w-3xl text-muted">
          {overview.figureCount} figures from news reports, each with who gave it, how it was hedged and where it was
          printed. Nothing here is a sum: every point is one reported number.
        </p>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <HeadlineCard testId="headline-deaths" label="Latest national death toll" point={overview.headlines.deaths} />
        <HeadlineCard
          testId="headline-displacement"
          label="Latest national displacement figure"
          point={overview.headlines.displacement}
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

      <TrendPanel
        panelId="deaths"
        title={overview.deaths.title}
        description={overview.deaths.description}
        lines={overview.deaths.lines}
        bands={bands}
        range={RANGE}
        defaultScale="log"
      />

      <TrendPanel
        panelId="daily-deaths"
        title={overview.dailyDeaths.title}
        description={overview.dailyDeaths.description}
        lines={overview.dailyDeaths.lines}
        bands={bands}
        range={RANGE}
        defaultScale="linear"
        connect={false}
      />

      <TrendPanel
        panelId="displacement"
        title="Displaced since 2011"
        description="National figures for refugees, the internally displaced, and displacement the report does not split. Each kind and each source is its own line; they are never added."
        lines={overview.displacement}
        bands={bands}
        range={RANGE}
        defaultScale="log"
      />

      <BreakdownPanel panelId="offensives" rows={overview.breakdown} dateLabels={dateLabels} />
    </div>
  );
}
