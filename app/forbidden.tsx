import Link from "next/link";

/** What a write from another site gets (403): the change was not made. */
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold tracking-tight">Not allowed</h1>
      <p className="mt-2">
        Changes can only be made from this site&apos;s own pages. Nothing was changed.{" "}
        <Link href="/" className="underline underline-offset-2">
          Go to the overview
        </Link>
      </p>
    </main>
  );
}
