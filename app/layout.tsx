import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";

// Every page reads the database at request time: `ingest` adds figures while
// the server runs, and they must show without a rebuild. SQLite answers these
// reads in well under a millisecond, so there is nothing to gain from caching.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Syria war toll: killed and displaced, 2011–2020", template: "%s · Syria war toll" },
  description:
    "How many people the Syrian war killed and drove from their homes, as reported by the press, 2011–2020. Every number is traceable to its report.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const NAV = [
  { href: "/", label: "Overview" },
  { href: "/figures", label: "All figures" },
  { href: "/reports", label: "Reports" },
] as const;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-rule bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight">
              Syria war toll
            </Link>
            <nav aria-label="Main">
              <ul className="flex gap-4 text-sm">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="underline-offset-4 hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl border-t border-rule px-4 py-6 text-sm text-muted">
          <p>
            Figures are as reported by the press, with each report&apos;s hedges kept (“more than”,
            “nearly”, “hundreds”). They are never added together: a one-day toll is not part of a
            running total, and a word like “hundreds” is drawn as a floor, not a count.
          </p>
        </footer>
      </body>
    </html>
  );
}
