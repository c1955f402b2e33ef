import { NuqsAdapter } from "nuqs/adapters/next/app";
import { SiteHeader } from "@/components/site-header";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <NuqsAdapter>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <footer className="border-rule text-muted mx-auto max-w-6xl border-t px-4 py-6 text-sm">
        <p>
          Figures are as reported by the press, with each report&apos;s hedges kept (“more than”, “nearly”, “hundreds”).
          They are never added together: a one-day toll is not part of a running total, and a word like “hundreds” is
          drawn as a floor, not a count.{" "}
          <a href="/api/v1/openapi.json" className="underline underline-offset-2">
            API
          </a>
        </p>
      </footer>
    </NuqsAdapter>
  );
}
