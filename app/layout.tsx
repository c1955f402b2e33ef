import type { Metadata, Viewport } from "next";
import "./globals.css";

// Every page reads the database at request time: `ingest` adds figures while
// the server runs, and they must show without a rebuild. SQLite answers these
// reads in well under a millisecond, so there is nothing to gain from caching.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
  title: { default: "Syria war toll: killed and displaced, 2011–2022", template: "%s · Syria war toll" },
  description:
    "How many people the Syrian war killed and drove from their homes, as reported by the press, 2011–2022. Every number is traceable to its report.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The document shell only: the site's chrome is in (site)/layout.tsx, so embeds go without it. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
