/** Skeleton of an offensive page: its facts, a chart, and the table of figures. */
export default function Loading() {
  return (
    <div className="animate-pulse space-y-6" aria-busy="true" aria-label="Loading offensive">
      <div className="h-8 w-2/3 rounded bg-gray-200" />
      <div className="h-24 w-1/2 rounded bg-gray-200" />
      <div className="h-80 rounded-lg bg-gray-200" />
      <div className="h-48 rounded-lg bg-gray-200" />
    </div>
  );
}
