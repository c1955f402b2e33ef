/** Skeleton of the overview's layout while the server renders it. */
export default function Loading() {
  return (
    <div className="animate-pulse space-y-6" aria-busy="true" aria-label="Loading">
      <div className="h-8 w-2/3 rounded bg-gray-200" />
      <div className="grid gap-4 md:grid-cols-2">
        <div className="h-36 rounded-lg bg-gray-200" />
        <div className="h-36 rounded-lg bg-gray-200" />
      </div>
      <div className="h-96 rounded-lg bg-gray-200" />
      <div className="h-96 rounded-lg bg-gray-200" />
    </div>
  );
}
