/** Skeleton of the filter bar and table while the figures load. */
export default function Loading() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" aria-label="Loading figures">
      <div className="h-8 w-48 rounded bg-gray-200" />
      <div className="h-28 rounded-lg bg-gray-200" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="h-10 rounded bg-gray-200" />
      ))}
    </div>
  );
}
