import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { getHeadlines, getOffensive, getOffensiveBreakdownRow } from "@/lib/data";
import { formatDate, formatValueShort } from "@/lib/format";
import { viewRange } from "@/lib/charts";
import { CHART_VIEW_PARAMETERS, describeView, parseViewState } from "@/lib/view-state";

/**
 * The social preview of a view (Open Graph / Twitter card): what the link
 * will open, its headline numbers with their hedges and sources, and its range.
 * A bad parameter falls back to the default here rather than failing: a
 * preview is never worth an error page.
 */
/** The two numbers a preview shows: a view of the whole war gets the national ones, an offensive its own. */
async function getNationalHeadlines() {
  const headlines = await getHeadlines();
  return [
    { label: "Latest national death toll", point: headlines.deaths[0] ?? null },
    { label: "Latest refugee count", point: headlines.refugees },
  ];
}

async function getOffensiveHeadlines(slug: string) {
  const row = await getOffensiveBreakdownRow(slug);
  return [
    { label: "Killed (largest single count)", point: row?.killed ?? null },
    { label: "Displaced (largest single count)", point: row?.displaced ?? null },
  ];
}

export async function GET(request: NextRequest) {
  const { state } = parseViewState(request.nextUrl.searchParams, CHART_VIEW_PARAMETERS);
  const offensive = state.offensive ? await getOffensive(state.offensive) : null;
  const view = offensive ? state : { ...state, offensive: null };
  const [from, to] = viewRange(view, offensive);
  const numbers = offensive ? await getOffensiveHeadlines(offensive.slug) : await getNationalHeadlines();
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#fbfaf7",
        padding: 56,
        color: "#1a1a1a",
      }}
    >
      <div style={{ fontSize: 28, color: "#555555" }}>Syria war toll</div>
      <div style={{ fontSize: 48, fontWeight: 700, marginTop: 12, lineHeight: 1.15 }}>
        {describeView(view, offensive?.name ?? null)}
      </div>
      <div style={{ display: "flex", marginTop: 40, gap: 40 }}>
        {numbers.map(({ label, point }) => (
          <div
            key={label}
            style={{
              display: "flex",
              flexDirection: "column",
              flex: 1,
              background: "#ffffff",
              border: "2px solid #d9d9d9",
              borderRadius: 12,
              padding: 24,
            }}
          >
            <div style={{ fontSize: 24, color: "#555555" }}>{label}</div>
            <div style={{ fontSize: 56, fontWeight: 700 }}>{point ? formatValueShort(point) : "—"}</div>
            <div style={{ fontSize: 22, color: "#555555" }}>
              {point
                ? `as of ${formatDate(point.periodEnd)} · ${point.attributedTo ?? "source not named"} · ${point.sources[0]?.outlet ?? ""}`
                : "not reported"}
            </div>
          </div>
        ))}
      </div>
      <div style={{ marginTop: "auto", fontSize: 24, color: "#555555" }}>
        {`Chart range ${formatDate(from)} – ${formatDate(to)} · every figure as reported, with its source`}
      </div>
    </div>,
    { width: 1200, height: 630 },
  );
}
