import type { ViewParameterError } from "@/lib/view-state";

/** What was wrong with the address, and that the default was used instead. */
export function ParameterNotices({ errors }: { errors: ViewParameterError[] }) {
  if (errors.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="parameter-notice"
      className="rounded border border-amber-600 bg-amber-50 p-3 text-sm"
    >
      <p className="font-semibold">Part of this link could not be used; the default is shown instead.</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((e) => (
          <li key={`${e.parameter}-${e.message}`}>{e.message}</li>
        ))}
      </ul>
    </div>
  );
}
