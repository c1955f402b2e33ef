import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FiguresTable, type SortableHeader } from "@/components/figures-table";
import { ParameterNotices } from "@/components/notices";
import { Pager } from "@/components/pager";
import { TableDownloads } from "@/components/table-downloads";
import { currentDataVersion, figureFilter, getFigurePage, getOffensives, getSources } from "@/lib/data";
import { cursorPlace, decodeCursor, encodeCursor, figureSortKey } from "@/lib/figure-cursor";
import { METRIC_LABELS, METRICS, type FigureWithReport } from "@/lib/schema";
import {
  hasEmptyParameters,
  PAGE_SIZE,
  parseViewState,
  serializeViewState,
  type SortColumn,
  type ViewParameter,
} from "@/lib/view-state";

export const metadata: Metadata = {
  title: "All figures",
  description:
    "Every reported figure of people killed, injured and displaced in the Syrian war, with its source and report.",
};

const FILTERS: ViewParameter[] = ["metrics", "sources", "offensive", "from", "to", "machine", "sort", "dir"];
/** The list pages by keyset: a page is the hundred figures after (or before) a cursor. */
const PARAMETERS: ViewParameter[] = [...FILTERS, "after", "before"];
const SORTABLE: Partial<Record<string, SortColumn>> = {
  asOf: "asOf",
  metric: "metric",
  value: "value",
  source: "source",
  offensive: "offensive",
  published: "published",
};

export default async function FiguresPage(props: PageProps<"/figures">) {
  const raw = await props.searchParams;
  const { state, errors } = parseViewState(raw, PARAMETERS);
  // The filter form sends its unset fields empty: answer with the canonical link instead.
  if (errors.length === 0 && hasEmptyParameters(raw)) redirect(`/figures${serializeViewState(state, PARAMETERS)}`);
  const after = state.after ? decodeCursor(state.after, state.sort) : null;
  const before = state.before && !after ? decodeCursor(state.before, state.sort) : null;
  for (const name of ["after", "before"] as const) {
    if (state[name] && !(name === "after" ? after : before)) {
      errors.push({
        parameter: name,
        message: `"${name}" is not a cursor of this list's order; showing the first page`,
      });
    }
  }
  const filter = figureFilter(state);
  const [list, offensives, sources, version] = await Promise.all([
    getFigurePage(filter, { after: after ?? undefined, before: before ?? undefined, size: PAGE_SIZE }),
    getOffensives(),
    getSources(),
    currentDataVersion(),
  ]);
  // "101–200 of N": the first page starts at 1; a page reached by its neighbour's link gets its
  // place from the cursor, which the neighbour counted on (counting it here would cost its depth).
  const cursor = after ? state.after : before ? state.before : null;
  const carried = cursor ? cursorPlace(cursor, version) : null;
  const first = !list.hasPrevious ? 1 : carried === null ? null : after ? carried + 1 : carried - list.figures.length;
  const filtersOnly = { ...state, after: null, before: null };
  const cursorHref = (name: "after" | "before", figure: FigureWithReport | undefined, place: number | null) =>
    figure
      ? `/figures${serializeViewState(
          {
            ...filtersOnly,
            [name]: encodeCursor(figureSortKey(figure, state.sort), place === null ? undefined : { place, version }),
          },
          PARAMETERS,
        )}`
      : null;

  const sorting: Record<string, SortableHeader> = {};
  for (const [column, sort] of Object.entries(SORTABLE)) {
    if (!sort) continue;
    const active = state.sort === sort;
    const dir = active && state.dir === "asc" ? "desc" : "asc";
    sorting[column] = {
      href: `/figures${serializeViewState({ ...filtersOnly, sort, dir }, PARAMETERS)}`,
      active: active ? (state.dir === "asc" ? "ascending" : "descending") : null,
    };
  }

  const field = "mt-1 block w-full rounded border border-rule bg-white px-2 py-1";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">All figures</h1>
      <ParameterNotices errors={errors} />
      <form
        method="get"
        action="/figures"
        className="border-rule grid gap-3 rounded-lg border bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
        aria-label="Filter figures"
      >
        <label className="text-sm">
          Metric
          <select name="metrics" defaultValue={state.metrics.join(",")} className={field}>
            <option value="">All metrics</option>
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Figure from
          <select name="sources" defaultValue={state.sources.join(",")} className={field}>
            <option value="">All sources</option>
            {sources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Offensive
          <select name="offensive" defaultValue={state.offensive ?? ""} className={field}>
            <option value="">Any or none</option>
            {offensives.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          As of, from
          <input type="date" name="from" defaultValue={state.from ?? ""} className={field} />
        </label>
        <label className="text-sm">
          As of, to
          <input type="date" name="to" defaultValue={state.to ?? ""} className={field} />
        </label>
        <label className="text-sm">
          Machine-extracted
          <select name="machine" defaultValue={String(state.machine)} className={field}>
            <option value="true">Include</option>
            <option value="false">Hide</option>
          </select>
        </label>
        <input type="hidden" name="sort" value={state.sort} />
        <input type="hidden" name="dir" value={state.dir} />
        <div className="flex items-end gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className="bg-ink rounded px-4 py-1.5 text-sm text-white">
            Apply filters
          </button>
          <Link href="/figures" className="text-sm underline underline-offset-2">
            Reset
          </Link>
          <p className="text-muted ml-auto text-sm" aria-live="polite">
            {list.total} {list.total === 1 ? "figure" : "figures"}
          </p>
        </div>
      </form>
      <TableDownloads path="/api/v1/figures" query={serializeViewState(state, FILTERS)} />
      <Pager
        label="Pages of figures"
        first={first}
        count={list.figures.length}
        total={list.total}
        position={
          first === null ? "place in the list not known (a link from elsewhere, or the data changed since)" : undefined
        }
        previousHref={list.hasPrevious ? cursorHref("before", list.figures[0], first) : null}
        nextHref={
          list.hasNext
            ? cursorHref("after", list.figures.at(-1), first === null ? null : first + list.figures.length - 1)
            : null
        }
      />
      <FiguresTable caption="Reported figures" figures={list.figures} offensives={offensives} sorting={sorting} />
    </div>
  );
}
