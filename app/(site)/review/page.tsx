import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ReviewDesk } from "@/components/review-desk";
import { ReviewQueue } from "@/components/review-queue";
import { signOut } from "@/lib/auth/actions";
import { currentEditor } from "@/lib/auth/session";
import { getReviewQueue } from "@/lib/data";
import { readingOf } from "@/lib/review/draft";

export const metadata: Metadata = { title: "Review", robots: { index: false } };

export default async function ReviewPage(props: PageProps<"/review">) {
  const editor = await currentEditor();
  if (!editor) redirect("/sign-in?next=/review");
  const report = (await props.searchParams).report;
  const reportId = typeof report === "string" && report.length < 200 ? report : null;
  const queue = await getReviewQueue(reportId ?? undefined);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Review</h1>
        <form action={signOut} className="text-sm">
          Signed in as <strong data-testid="editor-name">{editor.name}</strong>.{" "}
          <button type="submit" className="underline underline-offset-2">
            Sign out
          </button>
        </form>
      </div>
      <p className="text-muted max-w-prose">
        Paste a report or upload its text, check every figure the extractor read against its sentence, correct or reject
        it, add any it missed, and publish: the figures then appear everywhere as reviewed, and every decision is kept
        in their history.
      </p>
      <ReviewDesk />
      <ReviewQueue
        reportId={reportId}
        total={queue.total}
        figures={queue.figures.map((f) => ({
          id: f.id,
          figure: readingOf(f),
          report: { id: f.report.id, outlet: f.report.outlet, published: f.report.published },
        }))}
      />
    </div>
  );
}
