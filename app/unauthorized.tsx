import Link from "next/link";

/** What a write without a live editor's session gets (401): the change was not made. */
export default function Unauthorized() {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="text-2xl font-bold tracking-tight">Sign in to make changes</h1>
      <p className="mt-2">
        Only a signed-in editor can change figures, and your session has ended or was never started. Nothing was
        changed.{" "}
        <Link href="/sign-in?next=/review" className="underline underline-offset-2">
          Sign in
        </Link>
      </p>
    </main>
  );
}
