/** Skeleton of a figure page: its heading and its record. */
export default function Loading() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" aria-label="Loading figure">
      <div className="h-8 w-1/2 rounded bg-gray-200" />
      <div className="h-72 max-w-3xl rounded-lg bg-gray-200" />
    </div>
  );
}
