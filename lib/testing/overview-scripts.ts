/**
 * What a reader's browser loads for the overview, shared by bench:overview
 * and bench: the scripts the page loads on its own and those a chart loads
 * when first pointed at (Recharts), each summed raw and gzipped, and the
 * page's first and largest contentful paint.
 */
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";

export interface ScriptWeight {
  count: number;
  raw: number;
  gzip: number;
}

export interface OverviewLoad {
  first: ScriptWeight;
  onUse: ScriptWeight;
  fcp: number | null;
  lcp: number | null;
  /** Charts drawn in the server's HTML. */
  chartsInHtml: number;
  /** API requests the page made while loading, and when a chart was first used (its reports). */
  dataRequests: { first: string[]; onUse: string[] };
}

export async function measureOverviewLoad(page: Page, url: string): Promise<OverviewLoad> {
  const scripts = { first: new Map<string, Buffer>(), onUse: new Map<string, Buffer>() };
  let phase: keyof typeof scripts = "first";
  const dataRequests: OverviewLoad["dataRequests"] = { first: [], onUse: [] };
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/api/")) dataRequests[phase].push(r.url());
  });
  page.on("response", async (r) => {
    if (r.request().resourceType() !== "script") return;
    const body = await r.body().catch(() => null);
    if (body) scripts[phase].set(r.url(), body);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const paint = await page.evaluate(
    () =>
      new Promise<{ lcp: number | null; fcp: number | null }>((resolve) => {
        const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
        // Chromium gives LCP entries only to an observer, buffered from the start.
        new PerformanceObserver((list) => resolve({ lcp: list.getEntries().at(-1)?.startTime ?? null, fcp })).observe({
          type: "largest-contentful-paint",
          buffered: true,
        });
        setTimeout(() => resolve({ lcp: null, fcp }), 2_000);
      }),
  );
  const chartsInHtml = await page.locator("[data-static-chart]").count();
  phase = "onUse";
  // A page whose chart is drawn by the client from the start (the bare page) has nothing more to load on use.
  if (chartsInHtml > 0) {
    await page.locator("[data-static-chart]").first().hover();
    await page.waitForSelector(".recharts-surface");
    await page.waitForLoadState("networkidle");
  }
  const weigh = (m: Map<string, Buffer>): ScriptWeight =>
    [...m.values()].reduce(
      (w, b) => ({ count: w.count + 1, raw: w.raw + b.length, gzip: w.gzip + gzipSync(b, { level: 9 }).length }),
      { count: 0, raw: 0, gzip: 0 },
    );
  return { first: weigh(scripts.first), onUse: weigh(scripts.onUse), ...paint, chartsInHtml, dataRequests };
}
