import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="border-rule rounded-lg border bg-white p-6">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="text-muted mt-2">There is no offensive, report or page at this address.</p>
      <p className="mt-4 flex gap-4">
        <Link href="/" className="underline underline-offset-2">
          Overview
        </Link>
        <Link href="/figures" className="underline underline-offset-2">
          All figures
        </Link>
        <Link href="/reports" className="underline underline-offset-2">
          Reports
        </Link>
      </p>
    </div>
  );
}
