import { NuqsAdapter } from "nuqs/adapters/next/app";

/** Embeds carry no site chrome: just the chart, its controls and a credit line. */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <NuqsAdapter>
      <main className="p-2">{children}</main>
    </NuqsAdapter>
  );
}
