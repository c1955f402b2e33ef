/**
 * npm run test:robust [-- --requests N --seed S --quick]
 *
 * The dashboard under hostile input and faults, each check asserting its
 * outcome and printing what it measured (exit 1 if any fails):
 *
 * 1. fuzz: N seeded requests (default 6,000) over every route with every
 *    method, mangled paths (broken escapes, dot segments, control bytes,
 *    long segments) and random parameters, sent raw (no client-side
 *    normalising): no answer may be a 5xx, and every API error is JSON.
 * 2. headers: the security headers on pages, the API and the embeds.
 * 3. oversized: a 50 MB report file is refused quickly with exit 2, the
 *    database unchanged.
 * 4. kill -9: an ingest of 300 reports killed mid-run leaves every stored
 *    report whole; a rerun stores the rest, none twice.
 * 5. scale (skipped with --quick): with 2,000 reports stored (the dataset
 *    plus generated articles) and one report of 500 figures, /, /figures and
 *    /api/v1/figures each answer in under a second once warm (the first
 *    request after a write builds the overview; it is printed too).
 *
 * It serves the production build (building it if needed) on a private
 * database in a temporary folder.
 */
import { execFile, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { loadDataset } from "@/lib/dataset";
import { databaseEnv } from "@/lib/db/location";
import { generateCorpus } from "@/lib/extract/bench-corpus";
import { createRandom } from "@/lib/testing/random";
import {
  memoryOf,
  resetPeakMemory,
  send,
  startServer as startServerProcess,
  type Answer,
} from "@/lib/testing/server-process";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const FIXTURES = path.join(ROOT, "lib", "testing", "fixtures", "ingest");

const { values: flags } = parseArgs({
  options: {
    requests: { type: "string", default: "6000" },
    seed: { type: "string", default: "20111" },
    quick: { type: "boolean", default: false },
  },
});
const REQUESTS = Number(flags.requests);
const SEED = Number(flags.seed);

const work = fs.mkdtempSync(path.join(os.tmpdir(), "robust-"));
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  return ok;
};

// ---------------------------------------------------------------- server

let serverLog = () => "";

async function startServer(port: number, database: string): Promise<ChildProcess> {
  const server = await startServerProcess(port, database);
  serverLog = server.log;
  return server.child;
}

// ---------------------------------------------------------------- 1. fuzz

function routes(): string[] {
  const data = loadDataset();
  const figure = data.figures[0]!.id;
  const report = data.reports[0]!.id;
  const offensive = data.offensives[0]!.slug;
  return [
    "/",
    "/figures",
    `/figures/${figure}`,
    "/reports",
    `/reports/${report}`,
    `/offensives/${offensive}`,
    "/sign-in",
    "/review",
    "/embed/deaths",
    "/embed/offensives",
    "/og",
    "/robots.txt",
    "/favicon.ico",
    "/api/v1/figures",
    "/api/v1/figures.csv",
    "/api/v1/series",
    "/api/v1/series.csv",
    "/api/v1/reports",
    `/api/v1/reports/${report}`,
    "/api/v1/reports.csv",
    "/api/v1/offensives",
    `/api/v1/offensives/${offensive}`,
    "/api/v1/offensives.csv",
    "/api/v1/metadata.json",
    "/api/v1/openapi.json",
  ];
}

const METHODS = ["GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO"];
const PARAMETERS = ["metrics", "sources", "offensive", "from", "to", "machine", "scale", "tab", "scales", "tabs"];
const PARAMETERS_MORE = ["chart", "page", "q", "order", "review", "format", "limit", "id", "x"];
const NASTY = [
  "%FF",
  "%C0%AE",
  "%ED%A0%80",
  "%",
  "%2",
  "%2e%2e",
  "..",
  "%00",
  "%0d%0a",
  "<script>",
  "'",
  '"',
  "%20",
  "a%2Fb",
  encodeURIComponent("ß漢字"),
  "%F0%9F%92%A5",
  "-1",
  "1e309",
  "NaN",
  "9999-99-99",
  "2011-02-30",
  ",,,",
  "killed,killed",
];

function fuzzTarget(
  next: () => number,
  all: string[],
  ownOrigin: string,
): { method: string; target: string; headers: Record<string, string> } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const method = pick(METHODS);
  let target = pick(all);
  const r = next();
  if (r < 0.25) {
    // A mangled path segment.
    const segments = target.split("/");
    segments[1 + Math.floor(next() * (segments.length - 1))] = pick(NASTY);
    target = segments.join("/");
  } else if (r < 0.35) {
    target += `/${pick(NASTY)}`;
  } else if (r < 0.4) {
    target += `/${"a".repeat(1 + Math.floor(next() * 5000))}`;
  }
  const query: string[] = [];
  const count = Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    const key = next() < 0.8 ? pick(PARAMETERS) : pick(PARAMETERS_MORE);
    const value = next() < 0.5 ? pick(NASTY) : encodeURIComponent(String(Math.floor(next() * 1e6)));
    query.push(`${key}=${value}`);
  }
  if (next() < 0.02) query.push(`q=${"z".repeat(40_000)}`);
  // Some posts claim to call a server action (the sign-in and review forms): an unknown one, with no session.
  const headers: Record<string, string> =
    method === "POST" && next() < 0.5
      ? {
          "Next-Action": Math.floor(next() * 1e15)
            .toString(16)
            .padStart(42, "0"),
          // Half from this site's own pages (then Next itself judges the unknown action), half from elsewhere.
          Origin: next() < 0.5 ? ownOrigin : "http://elsewhere.example",
        }
      : {};
  return { method, target: query.length ? `${target}?${query.join("&")}` : target, headers };
}

async function fuzz(port: number) {
  const next = createRandom(SEED);
  const all = routes();
  const statuses = new Map<number, number>();
  const bad: string[] = [];
  let sent = 0;
  let slowest = 0;
  const started = Date.now();
  async function worker() {
    while (sent < REQUESTS) {
      sent++;
      const { method, target, headers } = fuzzTarget(next, all, `http://127.0.0.1:${port}`);
      const t0 = Date.now();
      let answer: Answer;
      try {
        answer = await send(port, method, target, headers);
      } catch (e) {
        bad.push(`${method} ${target.slice(0, 120)}: no answer (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
      slowest = Math.max(slowest, Date.now() - t0);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const where = `${method} ${target.slice(0, 120)}`;
      if (answer.status >= 500) bad.push(`${where}: ${answer.status}`);
      const api = target.startsWith("/api/");
      const type = String(answer.headers["content-type"] ?? "");
      if (api && answer.status >= 400 && answer.status !== 431 && method !== "HEAD" && !type.includes("json")) {
        bad.push(`${where}: API error ${answer.status} as ${type || "no content type"}`);
      }
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker));
  const seconds = (Date.now() - started) / 1000;
  const table = [...statuses.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}: ${n}`);
  console.log(
    `fuzz: ${REQUESTS} requests (seed ${SEED}) in ${seconds.toFixed(1)} s, slowest ${slowest} ms; ${table.join(", ")}`,
  );
  check(bad.length === 0, `fuzz: ${bad.length} bad answers, e.g.\n    ${bad.slice(0, 10).join("\n    ")}`);
}

// ---------------------------------------------------------------- 2. headers

async function headers(port: number) {
  const page = await send(port, "GET", "/");
  const embed = await send(port, "GET", "/embed/deaths");
  const api = await send(port, "GET", "/api/v1/reports");
  const csp = String(page.headers["content-security-policy"] ?? "");
  const ok = [
    check(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/.test(csp), "headers: / has no nonce CSP"),
    check(!csp.includes("unsafe-eval"), "headers: the CSP allows eval"),
    check(
      csp.includes("frame-ancestors 'none'") && page.headers["x-frame-options"] === "DENY",
      "headers: / can be framed",
    ),
    check(
      String(embed.headers["content-security-policy"]).includes("frame-ancestors *") &&
        embed.headers["x-frame-options"] === undefined,
      "headers: /embed/deaths cannot be framed",
    ),
    ...[page, embed, api].map((r, i) =>
      check(
        r.headers["x-content-type-options"] === "nosniff" &&
          r.headers["referrer-policy"] === "strict-origin-when-cross-origin" &&
          String(r.headers["permissions-policy"]).includes("camera=()") &&
          typeof r.headers["x-request-id"] === "string",
        `headers: ${["/", "/embed/deaths", "/api/v1/reports"][i]} lacks a security header`,
      ),
    ),
    check(
      (await send(port, "GET", "/", { "x-forwarded-proto": "https" })).headers["strict-transport-security"] !==
        undefined,
      "headers: no HSTS over https",
    ),
  ];
  console.log(`headers: ${ok.filter(Boolean).length} of ${ok.length} checks hold`);
}

// ---------------------------------------------------------------- 3 and 4. ingest

function ingest(database: string, files: string[], extra: string[] = []) {
  return execFile(
    TSX,
    [
      "--conditions=react-server",
      "scripts/ingest.ts",
      "--published",
      "2014-05-01",
      "--outlet",
      "Robust Wire",
      ...extra,
      ...files,
    ],
    { cwd: ROOT, env: { ...process.env, ...databaseEnv(database) }, maxBuffer: 16 * 1024 * 1024 },
  );
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 137 : 1))));
}

/** Rows of one read-only query, the database closed again at once. */
function rows<T>(database: string, query: string): T[] {
  const db = new Database(database, { readonly: true });
  try {
    return db.prepare(query).all() as T[];
  } finally {
    db.close();
  }
}

const INGESTED = "from reports r left join figures f on f.report_id = r.id where r.origin = 'ingest'";

function counts(database: string) {
  const [row] = rows<{ reports: number; figures: number }>(
    database,
    `select count(distinct r.id) reports, count(f.id) figures ${INGESTED}`,
  );
  return row!;
}

async function oversized() {
  const database = path.join(work, "oversized.sqlite");
  const small = path.join(FIXTURES, "yabroud-2014-02.txt");
  check((await finished(ingest(database, [small]))) === 0, "oversized: the first ingest failed");
  const before = fs.readFileSync(database);
  const big = path.join(work, "big.txt");
  const line = "Fighting went on in the north, where 12 people were killed on Monday, activists said.\n";
  fs.writeFileSync(big, line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
  const t0 = Date.now();
  const child = ingest(database, [big]);
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const status = await finished(child);
  const ms = Date.now() - t0;
  check(status === 2, `oversized: exit ${status}, expected 2`);
  check(/over the limit/.test(stderr) && stderr.trim().split("\n").length === 1, `oversized: stderr was ${stderr}`);
  check(ms < 10_000, `oversized: took ${ms} ms`);
  check(Buffer.compare(before, fs.readFileSync(database)) === 0, "oversized: the database changed");
  console.log(
    `oversized: a ${(fs.statSync(big).size / 1024 / 1024).toFixed(0)} MB file refused in ${ms} ms, exit ${status}, database unchanged`,
  );
}

async function killed() {
  const database = path.join(work, "killed.sqlite");
  const texts = fs.readdirSync(FIXTURES).map((f) => fs.readFileSync(path.join(FIXTURES, f), "utf8"));
  const folder = path.join(work, "reports");
  fs.mkdirSync(folder);
  const files = Array.from({ length: 300 }, (_, i) => {
    const file = path.join(folder, `r${String(i).padStart(3, "0")}.txt`);
    fs.writeFileSync(file, `${texts[i % texts.length]}\nFiled as report ${i}.\n`);
    return file;
  });
  // A clean run on its own database: what each report should hold.
  const reference = path.join(work, "reference.sqlite");
  check((await finished(ingest(reference, files))) === 0, "kill -9: the reference ingest failed");
  const whole = counts(reference);

  const child = ingest(database, files);
  // Kill it once some reports are in, while it is still writing.
  const t0 = Date.now();
  while (child.exitCode === null && Date.now() - t0 < 120_000) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      if (fs.existsSync(database) && counts(database).reports >= 30) break;
    } catch {
      // the database is being created
    }
  }
  child.kill("SIGKILL");
  await finished(child);
  const partial = counts(database);
  const integrity = rows<{ integrity_check: string }>(database, "pragma integrity_check")[0]!.integrity_check;
  // Every stored report holds as many figures as the same report in the reference run.
  const perReport = (file: string) =>
    new Map(
      rows<{ h: string; n: number }>(file, `select r.content_hash h, count(f.id) n ${INGESTED} group by r.id`).map(
        (row) => [row.h, row.n],
      ),
    );
  const expected = perReport(reference);
  const torn = [...perReport(database)].filter(([h, n]) => expected.get(h) !== n);
  check(integrity === "ok", `kill -9: integrity_check says ${integrity}`);
  check(partial.reports > 0 && partial.reports < 300, `kill -9: ${partial.reports} reports stored when killed`);
  check(torn.length === 0, `kill -9: ${torn.length} reports stored with missing figures`);

  const rerun = await finished(ingest(database, files));
  const after = counts(database);
  check(rerun === 0, `kill -9: the rerun exited ${rerun}`);
  check(
    after.reports === whole.reports && after.figures === whole.figures,
    "kill -9: the rerun did not finish the rest exactly",
  );
  console.log(
    `kill -9: killed with ${partial.reports}/300 reports stored (integrity ${integrity}, ${torn.length} torn); rerun: ${after.reports} reports, ${after.figures} figures, same as a clean run`,
  );
}

// ---------------------------------------------------------------- 5. scale

const REPORTS_AT_SCALE = 2000;

/** How much a request grows the server's resident memory at its peak, in MB; null where /proc cannot tell. */
async function requestMemory(pid: number, port: number, target: string): Promise<number | null> {
  if (!resetPeakMemory(pid)) return null;
  const before = memoryOf(pid);
  const answer = await send(port, "GET", target);
  const after = memoryOf(pid);
  check(answer.status === 200, `memory: ${target} answered ${answer.status}`);
  return before && after ? after.peak - before.rss : null;
}

/** No single request may grow the server by more than this (issue 12). */
const REQUEST_MEMORY_MB = 250;

async function scale(port: number, database: string, pid: number) {
  const stored = rows<{ n: number }>(database, "select count(*) n from reports")[0]!.n;
  const folder = path.join(work, "scale");
  fs.mkdirSync(folder);
  // All but two: the 500-figure report and a last one-line report come after.
  const articles = generateCorpus(REPORTS_AT_SCALE * 4000).slice(0, REPORTS_AT_SCALE - stored - 2);
  const files = articles.map((a, i) => {
    const file = path.join(folder, `a${i}.txt`);
    fs.writeFileSync(file, a.text);
    return file;
  });
  const t0 = Date.now();
  check((await finished(ingest(database, files))) === 0, "scale: ingesting the generated reports failed");
  const seconds = (Date.now() - t0) / 1000;
  // One report at the figure limit: 500 one-day tolls.
  const big = path.join(folder, "five-hundred.txt");
  const days = Array.from(
    { length: 500 },
    (_, i) => `On day ${i + 1} of the siege, ${i + 3} people were killed in Idlib, activists said.`,
  );
  fs.writeFileSync(big, `${days.join(" ")}\n`);
  const bigRun = ingest(database, [big]);
  let out = "";
  bigRun.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  check((await finished(bigRun)) === 0 && out.includes("figures: 500"), `scale: the 500-figure report: ${out.trim()}`);

  const timings: string[] = [];
  // Right after a write the overview is rebuilt for the first request (shown, not held to a limit)...
  let started = Date.now();
  check((await send(port, "GET", "/")).status === 200, "scale: / after the 500-figure report");
  const rightAfter = Date.now() - started;
  // ...and a visitor two seconds after one finds it rebuilt already (the server keeps the default view warm).
  const last = path.join(folder, "last.txt");
  fs.writeFileSync(last, "On Monday, 9 people were killed in Hama, activists said.\n");
  check((await finished(ingest(database, [last]))) === 0, "scale: ingesting the last report failed");
  await new Promise((r) => setTimeout(r, 2000));
  started = Date.now();
  check((await send(port, "GET", "/")).status === 200, "scale: / after the last report");
  const twoSecondsAfter = Date.now() - started;
  check(twoSecondsAfter < 1000, `scale: / took ${twoSecondsAfter} ms two seconds after a write`);
  timings.push(`/ ${rightAfter} ms right after a write, ${twoSecondsAfter} ms two seconds after one`);

  for (const target of ["/", "/figures", "/api/v1/figures"]) {
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      const started = Date.now();
      const answer = await send(port, "GET", target);
      times.push(Date.now() - started);
      check(answer.status === 200, `scale: ${target} answered ${answer.status}`);
    }
    const warm = times.slice(1).sort((a, b) => a - b)[1]!;
    check(Math.max(...times.slice(1)) < 1000, `scale: ${target} took ${times.join(", ")} ms`);
    timings.push(`${target} ${times[0]} ms first, ${warm} ms warm (median)`);
  }
  // Memory: the heaviest reads at this size, each on its own, including the whole CSV.
  const memory: string[] = [];
  for (const target of ["/", "/figures", "/api/v1/figures?limit=1000", "/api/v1/figures.csv"]) {
    const grown = await requestMemory(pid, port, target);
    if (grown === null) {
      memory.push(`${target} not measurable here`);
      continue;
    }
    check(grown < REQUEST_MEMORY_MB, `memory: ${target} grew the server by ${grown.toFixed(0)} MB`);
    memory.push(`${target} +${Math.max(0, grown).toFixed(0)} MB`);
  }
  timings.push(`peak memory per request: ${memory.join(", ")}`);
  const { total, figures } = rows<{ total: number; figures: number }>(
    database,
    "select (select count(*) from reports) total, (select count(*) from figures) figures",
  )[0]!;
  check(total === REPORTS_AT_SCALE, `scale: ${total} reports stored, expected ${REPORTS_AT_SCALE}`);
  console.log(
    `scale: ${total} reports, ${figures} figures (${files.length} generated in ${seconds.toFixed(0)} s, one of 500 figures); ${timings.join("; ")}`,
  );
}

// ---------------------------------------------------------------- run

async function main() {
  const port = 3300 + Math.floor(Math.random() * 500);
  const database = path.join(work, "server.sqlite");
  const server = await startServer(port, database);
  try {
    await headers(port);
    await fuzz(port);
    if (!flags.quick) await scale(port, database, server.pid!);
    check(server.exitCode === null, `the server died during the checks: ${serverLog().slice(-2000)}`);
  } finally {
    server.kill("SIGTERM");
  }
  await oversized();
  await killed();
  fs.rmSync(work, { recursive: true, force: true });
  if (failures.length > 0) {
    console.error(`test:robust: ${failures.length} checks failed:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log("test:robust: all checks hold");
}

main().catch((e: unknown) => {
  console.error(`test:robust: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
