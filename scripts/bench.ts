/**
 * npm run bench [-- --figures N] [-- --data-only | --scale-only]
 *
 * What the dashboard costs, in one run, on this machine (its core count is
 * printed first). It serves the production build (building it if needed) on
 * two private databases:
 *
 * 1. data/ as shipped: the JavaScript the overview loads (gzip), and what a
 *    chart loads when first used; when the first chart is painted in
 *    headless Chromium; warm `/` latency; and side by side with a bare Next
 *    page drawing one Recharts chart (lib/testing/bare-page.ts, built in
 *    .bench/): its JavaScript, and requests per second at 50 connections.
 * 2. data/ plus N generated figures (default 1,000,000; npm run
 *    seed:synthetic, kept in .bench/ for the next run; its file read once
 *    into the page cache first, as a running server's would be): warm `/` and
 *    `/offensives/[slug]` p50, `/api/v1/series` p99, `/figures` pages p99
 *    walking the keyset from the oldest and from the newest figure and from
 *    the middle of the list, and a fresh server's peak resident memory while `/api/v1/figures.csv` streams
 *    every row.
 *
 * Each line says the target it is measured against; the exit status is 0
 * whatever the numbers (a benchmark reports, tests assert).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { chromium } from "playwright-core";
import { encodeCursor } from "@/lib/figure-cursor";
import { CHROMIUM_LAUNCH } from "@/lib/testing/chromium";
import { startBarePage } from "@/lib/testing/bare-page";
import { load } from "@/lib/testing/load";
import { measureOverviewLoad } from "@/lib/testing/overview-scripts";
import { memoryOf, resetPeakMemory, send, startServer, type ServerProcess } from "@/lib/testing/server-process";

const ROOT = path.resolve(__dirname, "..");
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { figures: { type: "string" }, "data-only": { type: "boolean" }, "scale-only": { type: "boolean" } },
});
const FIGURES = Number(values.figures ?? 1_000_000);
if (!Number.isInteger(FIGURES) || FIGURES < 1) {
  process.stderr.write("bench: --figures must be a positive whole number\n");
  process.exit(2);
}

function report(what: string, value: string, target = "") {
  const line = `${what.padEnd(52)} ${value.padStart(12)}${target ? `   (target ${target})` : ""}`;

  process.stdout.write(`${line}\n`);
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function timed(port: number, target: string): Promise<number> {
  const start = performance.now();
  const answer = await send(port, "GET", target);
  if (answer.status !== 200) throw new Error(`${target} answered ${answer.status}`);
  return performance.now() - start;
}

/** Warm latency: one request to fill the cache, then `n` timed ones. */
async function warm(port: number, target: string, n = 20): Promise<number[]> {
  await timed(port, target);
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await timed(port, target));
  return times;
}

async function browserFigures(port: number) {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    return await measureOverviewLoad(await browser.newPage(), `http://127.0.0.1:${port}/`);
  } finally {
    await browser.close();
  }
}

function stop(server: ServerProcess) {
  server.child.kill();
}

async function dataOnly(work: string) {
  const port = 3_600 + Math.floor(Math.random() * 200);
  const server = await startServer(port, path.join(work, "data.sqlite"));
  let bare: ServerProcess | null = null;
  try {
    const b = await browserFigures(port);
    report("overview JS loaded, gzip", `${(b.first.gzip / 1024).toFixed(1)} KB`);
    report("JS a chart loads when first used, gzip", `${(b.onUse.gzip / 1024).toFixed(1)} KB`);
    report("charts drawn in the server's HTML", String(b.chartsInHtml));
    report("first contentful paint (charts included)", b.fcp === null ? "n/a" : `${b.fcp.toFixed(0)} ms`);
    report("largest contentful paint", b.lcp === null ? "n/a" : `${b.lcp.toFixed(0)} ms`);
    const times = await warm(port, "/");
    report("warm / p50 (data/ only)", `${percentile(times, 0.5).toFixed(0)} ms`);

    // Side by side with a bare Next page drawing one Recharts chart (lib/testing/bare-page.ts).
    await measure("bare page", async () => {
      bare = await startBarePage(port + 1);
      const a = await browserFigures(port + 1);
      report("bare page JS loaded, gzip", `${(a.first.gzip / 1024).toFixed(1)} KB`);
      report("  overview ÷ bare page", (b.first.gzip / a.first.gzip).toFixed(2), "≤ 0.8");
      report("bare page largest contentful paint", a.lcp === null ? "n/a" : `${a.lcp.toFixed(0)} ms`);
      // As a browser asks (gzip), then uncompressed, as a load tool asks by default.
      for (const [how, encoding] of [
        ["gzip", "gzip"],
        ["uncompressed", null],
      ] as const) {
        const ours = await load(port, "/", { encoding });
        const theirs = await load(port + 1, "/", { encoding });
        for (const [what, r] of [
          ["/", ours],
          ["bare page", theirs],
        ] as const) {
          report(`requests/s, 50 connections, 10 s, ${how}: ${what}`, r.requestsPerSecond.toFixed(1));
          report(
            `  latency p50 / p99${r.failures ? ` (${r.failures} answers not 200)` : ""}`,
            `${r.p50.toFixed(0)} / ${r.p99.toFixed(0)} ms`,
          );
        }
        const ratio = ours.requestsPerSecond / theirs.requestsPerSecond;
        report(`  overview ÷ bare page, ${how}`, ratio.toFixed(2), how === "gzip" ? "≥ 1.2" : "");
      }
    });
  } finally {
    stop(server);
    if (bare) stop(bare);
  }
}

function syntheticDatabase(): string {
  const file = path.join(ROOT, ".bench", `synthetic-${FIGURES}.sqlite`);
  const count = () => {
    if (!fs.existsSync(file)) return 0;
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare("select count(*) as n from figures where report_id like 'synthetic-%'").get() as { n: number })
        .n;
    } finally {
      db.close();
    }
  };
  if (count() !== FIGURES) {
    fs.rmSync(file, { force: true });
    const started = Date.now();
    execFileSync(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "scripts/seed-synthetic.ts", "--figures", String(FIGURES), "--database", file],
      { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
    );
    report("seed:synthetic", `${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return file;
}

/**
 * Reads the database file once, so the latencies below are a running server's, whose database sits
 * in the operating system's page cache, and not whatever this machine evicted since the last run: the
 * slowest page of /figures took 120-177 ms when its rows came from a cold disk, 55-62 ms from memory.
 */
function readIntoPageCache(file: string) {
  const started = Date.now();
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  const fd = fs.openSync(file, "r");
  let total = 0;
  try {
    for (let n; (n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0;) total += n;
  } finally {
    fs.closeSync(fd);
  }
  report(
    "database file read into the page cache",
    `${(total / 1024 / 1024).toFixed(0)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** Runs one measurement; a failure is reported on its line and the run goes on. */
async function measure(what: string, run: () => Promise<void>) {
  try {
    await run();
  } catch (e) {
    report(what, "failed", (e instanceof Error ? e.message : String(e)).split("\n")[0]);
  }
}

async function atScale() {
  const database = syntheticDatabase();
  readIntoPageCache(database);
  const port = 3_800 + Math.floor(Math.random() * 200);
  const server = await startServer(port, database);
  const label = `${FIGURES.toLocaleString("en")} figures`;
  try {
    await measure(`first / after start (${label})`, async () => {
      const first = await timed(port, "/");
      report(`first / after start (${label})`, `${first.toFixed(0)} ms`);
      report(`warm / p50 (${label})`, `${percentile(await warm(port, "/"), 0.5).toFixed(0)} ms`, "≤ 50 ms");
    });
    for (const slug of ["battle-of-aleppo-2012", "northwest-syria-2019"]) {
      await measure(`warm /offensives/${slug} p50`, async () => {
        const times = await warm(port, `/offensives/${slug}`, 5);
        report(`warm /offensives/${slug} p50`, `${percentile(times, 0.5).toFixed(0)} ms`, "≤ 50 ms");
      });
    }
    await measure("/api/v1/series p99", async () => {
      const series: Timing[] = [];
      for (let i = 0; i < 100; i++) {
        const chart = ["deaths", "daily-deaths", "displacement", "offensives"][i % 4];
        const target = `/api/v1/series?chart=${chart}&from=${2011 + (i % 10)}-01-01`;
        series.push([await timed(port, target), target.replace("/api/v1/series?", "")]);
      }
      reportP99("/api/v1/series p99 (100 requests, 20 views)", series);
    });

    await measure("/figures pages p99", async () => figurePages(port));
  } finally {
    stop(server);
  }
  // On a fresh server, so the peak is the export's and not what the pages above left in the heap.
  const fresh = await startServer(port + 1, database);
  try {
    await measure("figures.csv", async () => csvMemory(port + 1, fresh.child.pid!));
  } finally {
    stop(fresh);
  }
}

async function figurePages(port: number) {
  // Walk the figures list by its own links: 25 pages from the first, 25 from the newest, and
  // 10 from the middle of the list in three orders (a cursor written here, as a link from
  // elsewhere would be, with no place to carry on from), one of them filtered.
  const middle = (sort: string, primary: string | number, filters = "") =>
    `/figures?sort=${sort}${filters}&after=${encodeCursor([primary, "2016-01-01", "2016-01-01", ""])}`;
  const pages: Timing[] = [];
  for (const [start, rel, count] of [
    ["/figures", "next", 25],
    ["/figures?sort=asOf&dir=desc", "next", 25],
    [middle("asOf", "2016-01-01"), "next", 10],
    [middle("value", 500), "next", 10],
    [middle("source", "SOHR", "&metrics=killed"), "prev", 10],
  ] as const) {
    let target: string | null = start;
    for (let i = 0; i < count && target; i++) {
      const t0 = performance.now();
      const answer = await sendFull(port, target);
      pages.push([performance.now() - t0, `${target.slice(0, 40)}${target.length > 40 ? "…" : ""} (page ${i + 1})`]);
      const href = new RegExp(`<a[^>]*href="([^"]+)"[^>]*rel="${rel}"|<a[^>]*rel="${rel}"[^>]*href="([^"]+)"`).exec(
        answer,
      );
      target = href ? (href[1] ?? href[2])!.replace(/&amp;/g, "&") : null;
    }
  }
  reportP99(`/figures pages p99 (${pages.length} pages by keyset)`, pages);
}

/** A request's time in ms and what was asked. */
type Timing = [ms: number, target: string];

/** The p99 of a run of requests against the 100 ms target, and the three slowest, named. */
function reportP99(label: string, timings: Timing[]) {
  report(
    label,
    `${percentile(
      timings.map(([ms]) => ms),
      0.99,
    ).toFixed(0)} ms`,
    "≤ 100 ms",
  );
  const worst = [...timings].sort((x, y) => y[0] - x[0]).slice(0, 3);
  report("  slowest", worst.map(([ms, t]) => `${ms.toFixed(0)} ms ${t}`).join(", "));
}

/** The server's peak resident memory while the CSV of every figure streams out. */
async function csvMemory(port: number, pid: number) {
  const reset = resetPeakMemory(pid);
  const t0 = performance.now();
  const csv = await send(port, "GET", "/api/v1/figures.csv");
  const seconds = (performance.now() - t0) / 1000;
  const memory = memoryOf(pid);
  report(
    `figures.csv, all rows (${(csv.size / 1024 / 1024).toFixed(0)} MB in ${seconds.toFixed(1)} s)`,
    reset && memory ? `${memory.peak.toFixed(0)} MB` : "n/a",
    "peak server RSS ≤ 250 MB",
  );
}

/** A page's whole HTML (send() keeps only the first few KB). */
async function sendFull(port: number, target: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}${target}`);
  if (response.status !== 200) throw new Error(`${target} answered ${response.status}`);
  return response.text();
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
  try {
    report("cores", String(os.availableParallelism()));
    if (!values["scale-only"]) await dataOnly(work);
    if (!values["data-only"]) await atScale();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}\n`);
  process.exit(1);
});
