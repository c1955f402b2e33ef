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
import { chromium } from "playwright-core";
import { CHROMIUM_LAUNCH } from "../lib/testing/chromium";
import { measureOverviewLoad } from "../lib/testing/overview-scripts";

const url = process.argv[2] ?? "http://127.0.0.1:3000/";
const RUNS = 5;

async function main() {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const timings: { ttfb: number; firstPoint: number }[] = [];
  // The first run weighs the scripts and uses a chart; the rest time a fresh visit.
  const first = await browser.newContext();
  const load = await measureOverviewLoad(await first.newPage(), url);
  await first.close();
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(url, { waitUntil: "commit" });
    const ttfb = Date.now() - start;
    await page.waitForSelector(".trend-point");
    timings.push({ ttfb, firstPoint: Date.now() - start });
    await context.close();
  }
  await browser.close();

  const kb = (n: number) => (n / 1024).toFixed(1);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`overview: ${url}`);
  console.log(`scripts loaded: ${load.first.count}, ${kb(load.first.raw)} KB raw, ${kb(load.first.gzip)} KB gzip`);
  console.log(
    `scripts a chart loads when first used: ${load.onUse.count}, ${kb(load.onUse.raw)} KB raw, ${kb(load.onUse.gzip)} KB gzip`,
  );
  console.log(
    `server answer (median of ${RUNS}): ${median(timings.map((t) => t.ttfb))} ms; first chart point drawn: ${median(timings.map((t) => t.firstPoint))} ms`,
  );
  const listed = (urls: string[]) => `${urls.length}${urls.length ? ` (${urls.join(", ")})` : ""}`;
  console.log(`data requests during first paint: ${listed(load.dataRequests.first)}`);
  console.log(`data requests when a chart is first used: ${listed(load.dataRequests.onUse)}`);
}

main().catch((error: unknown) => {
  console.error(`bench:overview: ${(error as Error).message.split("\n")[0]}`);
  process.exit(1);
});
