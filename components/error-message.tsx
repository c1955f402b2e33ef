"use client";

/** What a reader sees when a view fails to render: that nothing was lost, and a way to retry. */
export function ErrorMessage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="border-rule rounded-lg border bg-white p-6">
      <h1 className="text-xl font-semibold">This view could not be loaded</h1>
      <p className="text-muted mt-2">
        Something went wrong on our side{error.digest ? ` (reference ${error.digest})` : ""}. No data was changed.
      </p>
      <button type="button" onClick={reset} className="bg-ink mt-4 rounded px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
