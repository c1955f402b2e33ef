import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ParameterNotices } from "@/components/notices";
import { Pager } from "@/components/pager";
import { ReportAddress } from "@/components/report-links";
import { getReportPage } from "@/lib/data";
import { formatDate } from "@/lib/format";
import {
  hasEmptyParameters,
  parseViewState,
  serializeViewState,
  type ReportOrder,
  type ViewParameter,
} from "@/lib/view-state";

export const metadata: Metadata = {
  title: "Reports",
  description: "The news reports and monitors' releases the dashboard's figures were read from, each with its address.",
};

const PARAMETERS: ViewParameter[] = ["q", "order", "dir", "page"];
const ORDERS: { order: ReportOrder; label: string }[] = [
  { order: "published", label: "Date" },
  { order: "outlet", label: "Outlet" },
  { order: "figures", label: "Figures" },
];

export default async function ReportsPage(props: PageProps<"/reports">) {
  const raw = await props.searchParams;
  const { state, errors } = parseViewState(raw, PARAMETERS);
  if (errors.length === 0 && hasEmptyParameters(raw)) redirect(`/reports${serializeViewState(state, PARAMETERS)}`);
  const shown = await getReportPage(state, state.page);
  const href = (patch: Partial<typeof state>) => `/reports${serializeViewState({ ...state, ...patch }, PARAMETERS)}`;
  const field = "mt-1 block w-full rounded border border-rule bg-white px-2 py-1";

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Reports</h1>
      <p className="text-muted">
        The news reports and monitors&apos; releases every figure on this site was read from, each with its address.
      </p>
      <ParameterNotices errors={errors} />
      <form
        method="get"
        action="/reports"
        role="search"
        aria-label="Search reports"
        className="border-rule flex flex-wrap items-end gap-3 rounded-lg border bg-white p-4"
      >
        <label className="min-w-[14rem] flex-1 text-sm">
          Outlet, headline, address or language
          <input type="search" name="q" defaultValue={state.q ?? ""} className={field} />
        </label>
        <input type="hidden" name="order" value={state.order} />
        <input type="hidden" name="dir" value={state.dir} />
        <button type="submit" className="bg-ink rounded px-4 py-1.5 text-sm text-white">
          Search
        </button>
        <Link href="/reports" className="text-sm underline underline-offset-2">
          Reset
        </Link>
      </form>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span className="text-muted">Order by</span>
        {ORDERS.map(({ order, label }) => {
          const active = state.order === order;
          const dir = active && state.dir === "asc" ? "desc" : "asc";
          return (
            <Link
              key={order}
              href={href({ order, dir, page: 1 })}
              aria-current={active ? "true" : undefined}
              className={`rounded px-2 py-0.5 underline-offset-2 hover:underline ${active ? "bg-ink text-white" : "border-rule border"}`}
            >
              {label}
              {active ? (state.dir === "asc" ? " ↑" : " ↓") : ""}
            </Link>
          );
        })}
      </div>
      <Pager
        label="Pages of reports"
        first={shown.first}
        count={shown.rows.length}
        total={shown.total}
        position={shown.pages > 1 ? `page ${shown.page} of ${shown.pages}` : undefined}
        previousHref={shown.page > 1 ? href({ page: shown.page - 1 }) : null}
        nextHref={shown.page < shown.pages ? href({ page: shown.page + 1 }) : null}
      />
      <ul className="divide-rule border-rule divide-y rounded-lg border bg-white" data-testid="report-list">
        {shown.rows.map((r) => (
          <li key={r.id} className="p-4" data-report-id={r.id}>
            <Link href={`/reports/${r.id}`} className="font-medium underline underline-offset-2">
              {r.headline}
            </Link>
            <p className="text-muted text-sm">
              {r.outlet} · {formatDate(r.published)} · {r.language} · {r.figureCount}{" "}
              {r.figureCount === 1 ? "figure" : "figures"}
              {r.url ? (
                <>
                  {" · "}
                  <ReportAddress url={r.url}>source</ReportAddress>
                </>
              ) : (
                " · address not recorded"
              )}
            </p>
          </li>
        ))}
      </ul>
      {shown.rows.length === 0 ? <p className="text-muted">No report holds all of those words.</p> : null}
    </div>
  );
}
