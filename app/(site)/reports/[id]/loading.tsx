/** Skeleton of a report page: its facts and the table of figures read from it. */
export default function Loading() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" aria-label="Loading report">
      <div className="h-8 w-2/3 rounded bg-gray-200" />
      <div className="h-20 w-1/2 rounded bg-gray-200" />
      <div className="h-64 rounded-lg bg-gray-200" />
    </div>
  );
}
