import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FigureEditor } from "@/components/figure-editor";
import { FigureHistory } from "@/components/figure-history";
import { currentEditor } from "@/lib/auth/session";
import { getFigure, getFigureHistory, getOffensive, isAppFigure } from "@/lib/data";
import { readingOf } from "@/lib/review/draft";
import { formatDate, formatPeriod, formatValueLong, formatValueShort } from "@/lib/format";
import { METRIC_LABELS, QUALIFIER_LABELS } from "@/lib/schema";

export async function generateMetadata(props: PageProps<"/figures/[id]">): Promise<Metadata> {
  const figure = await getFigure((await props.params).id);
  if (!figure) return { title: "Figure not found" };
  return {
    title: `${METRIC_LABELS[figure.metric]}: ${formatValueShort(figure)}, ${formatDate(figure.periodEnd)}`,
    description: `${METRIC_LABELS[figure.metric]} ${formatValueLong(figure)} (${figure.location ?? "Syria"}), as reported by ${figure.report.outlet} on ${formatDate(figure.report.published)}.`,
  };
}

/** One figure, every field of its record, and where it came from. */
export default async function FigurePage(props: PageProps<"/figures/[id]">) {
  const id = (await props.params).id;
  const figure = await getFigure(id);
  if (!figure) return <DeletedFigure id={id} />;
  const [offensive, history, editor, editable] = await Promise.all([
    figure.offensive ? getOffensive(figure.offensive) : null,
    getFigureHistory(figure.id),
    currentEditor(),
    isAppFigure(figure.id),
  ]);
  const rows: [string, React.ReactNode][] = [
    ["Metric", METRIC_LABELS[figure.metric]],
    ["Value", `${formatValueLong(figure)}${figure.vague ? " — a word of magnitude, not a count" : ""}`],
    ["Hedge", figure.vague ? "vague (drawn at its floor)" : QUALIFIER_LABELS[figure.qualifier]],
    ["Period", formatPeriod(figure.periodStart, figure.periodEnd)],
    ["Scope", figure.scope],
    ["Place", figure.location ?? "not given"],
    ["Who is counted", figure.group ?? "everyone (no group named)"],
    ["Figure from", figure.attributedTo ?? "not named in the report"],
    [
      "Offensive",
      offensive ? (
        <Link href={`/offensives/${offensive.slug}`} className="underline underline-offset-2">
          {offensive.name}
        </Link>
      ) : (
        "none"
      ),
    ],
    [
      "Reported in",
      <>
        <Link href={`/reports/${figure.report.id}`} className="underline underline-offset-2">
          {figure.report.outlet}
        </Link>
        , {formatDate(figure.report.published)}
      </>,
    ],
    [
      "Review",
      figure.review === "machine" ? "machine-extracted, not yet reviewed by a person" : "reviewed by a person",
    ],
    ["Our note", figure.note],
  ];
  return (
    <div className="space-y-4">
      <p className="text-muted text-sm tracking-wide uppercase">Figure</p>
      <h1 className="text-2xl font-bold tracking-tight">
        {METRIC_LABELS[figure.metric]}: {formatValueShort(figure)}
        {figure.group ? ` ${figure.group}` : ""}
      </h1>
      <dl className="border-rule grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border bg-white p-4 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {figure.sentence ? (
        <figure className="max-w-3xl">
          <blockquote className="border-rule border-l-4 pl-4" data-testid="evidence">
            “{figure.sentence}”
          </blockquote>
          <figcaption className="text-muted mt-1 text-sm">
            The sentence of the report this figure was read from.
          </figcaption>
        </figure>
      ) : null}
      {editor && editable ? (
        <details className="border-rule max-w-3xl rounded border bg-white p-3" data-testid="edit-figure">
          <summary className="cursor-pointer text-sm font-semibold">Correct or delete this figure</summary>
          <FigureEditor
            figureId={figure.id}
            initial={readingOf(figure)}
            initialNote={figure.note}
            acceptLabel="Save as reviewed"
            onDeleted={`/reports/${figure.report.id}`}
          />
        </details>
      ) : null}
      <FigureHistory entries={history} undoable={editor ? (history.at(-1)?.id ?? null) : null} />
    </div>
  );
}

/** A figure an editor deleted: who did and when, and for editors the undo; any other id is not found. */
async function DeletedFigure({ id }: { id: string }) {
  const [history, editor] = await Promise.all([getFigureHistory(id), currentEditor()]);
  const last = history.at(-1);
  if (last?.action !== "delete") notFound();
  return (
    <div className="space-y-4">
      <p className="text-muted text-sm tracking-wide uppercase">Figure</p>
      <h1 className="text-2xl font-bold tracking-tight">This figure was deleted</h1>
      <p>
        An editor deleted it from{" "}
        <Link href={`/reports/${last.reportId}`} className="underline underline-offset-2">
          its report
        </Link>
        ; it is no longer on any chart, table or download.
      </p>
      <FigureHistory entries={history} undoable={editor ? last.id : null} />
    </div>
  );
}
