"use client";

/**
 * A button that opens a small panel (Download, Embed): a native
 * <details>, so it works without JavaScript, that Escape also closes,
 * handing focus back to its button.
 */
export function Popover({
  label,
  width,
  onOpen,
  children,
}: {
  label: string;
  /** Tailwind width class of the panel. */
  width: string;
  onOpen?: () => void;
  children: React.ReactNode;
}) {
  return (
    <details
      className="relative"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) onOpen?.();
      }}
      onKeyDown={(e) => {
        const details = e.currentTarget;
        if (e.key !== "Escape" || !details.open) return;
        details.open = false;
        details.querySelector("summary")?.focus();
        e.stopPropagation();
      }}
    >
      <summary className="border-rule cursor-pointer list-none rounded border bg-white px-3 py-1 text-sm hover:bg-gray-100">
        {label}
      </summary>
      <div className={`border-rule absolute right-0 z-20 mt-1 ${width} rounded border bg-white p-3 text-sm shadow-lg`}>
        {children}
      </div>
    </details>
  );
}
