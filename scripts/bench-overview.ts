/**
 * `npm run bench:overview`: what a reader's browser pays for the overview.
 * Starts nothing: point it at a running production server (npm start).
 * Prints the gzip size of the scripts the page loads on its own, and of
 * those a chart loads when a reader first points at it (Recharts), the time
 * to the server's answer and the time until the first chart point is drawn,
 * and whether the first paint made any request for data (it should not: the
 * server renders the charts, data and SVG, into the page).
 *
 *   npm run bench:overview -- [URL]     (default http://127.0.0.1:3000/)
 */
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_LAUNCH } from "../lib/testing/chromium";

const url = process.argv[2] ?? "http://127.0.0.1:3000/";
const RUNS = 5;

async function main() {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const scripts = new Map<string, { raw: number; gzip: number }>();
  const onUse = new Map<string, { raw: number; gzip: number }>();
  let used = false;
  const dataRequests: string[] = [];
  const timings: { ttfb: number; firstPoint: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on("request", (r) => {
      if (run === 0 && r.url().includes("/api/")) dataRequests.push(r.url());
    });
    page.on("response", async (r) => {
      if (run !== 0 || r.request().resourceType() !== "script") return;
      const body = await r.body().catch(() => null);
      if (body) (used ? onUse : scripts).set(r.url(), { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    });
    const start = Date.now();
    await page.goto(url, { waitUntil: "commit" });
    const ttfb = Date.now() - start;
    await page.waitForSelector(".trend-point");
    timings.push({ ttfb, firstPoint: Date.now() - start });
    await page.waitForLoadState("networkidle");
    if (run === 0) {
      used = true;
      await page.locator("[data-static-chart]").first().hover();
      await page.waitForSelector(".recharts-surface");
      await page.waitForLoadState("networkidle");
    }
    await context.close();
  }
  await browser.close();

  const sum = (m: Map<string, { raw: number; gzip: number }>) =>
    [...m.values()].reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  const total = sum(scripts);
  const later = sum(onUse);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`overview: ${url}`);
  console.log(
    `scripts loaded: ${scripts.size}, ${(total.raw / 1024).toFixed(1)} KB raw, ${(total.gzip / 1024).toFixed(1)} KB gzip`,
  );
  console.log(
    `scripts a chart loads when first used: ${onUse.size}, ${(later.raw / 1024).toFixed(1)} KB raw, ${(later.gzip / 1024).toFixed(1)} KB gzip`,
  );
  console.log(
    `server answer (median of ${RUNS}): ${median(timings.map((t) => t.ttfb))} ms; first chart point drawn: ${median(timings.map((t) => t.firstPoint))} ms`,
  );
  console.log(
    `data requests during first paint: ${dataRequests.length}${dataRequests.length ? ` (${dataRequests.join(", ")})` : ""}`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench:overview: ${(error as Error).message.split("\n")[0]}`);
  process.exit(1);
});
