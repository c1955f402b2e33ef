/**
 * A report stored with `npm run ingest` shows up in the running app at once,
 * marked machine-extracted, with its evidence sentence on the report page.
 *
 * This spec starts its own production server on its own database: the shared
 * server's database holds exactly the seed figures, which the other specs
 * count, and nothing can be deleted from it afterwards.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { figures as seedFigures } from "./dataset";

const ROOT = path.resolve(__dirname, "..");
const DATABASE = path.join(ROOT, "data", "e2e-ingest.sqlite");
const FIXTURE = path.join(ROOT, "lib", "testing", "fixtures", "ingest", "yabroud-2014-02.txt");
/** Used only here, so this spec's report is found by its outlet. */
const OUTLET = "Ingest Spec Wire";
const EVIDENCE =
  "At least 16 people were killed in air raids on Yabroud on Sunday, the Syrian Observatory for Human Rights said.";

test.describe.configure({ mode: "serial" });

let server: ChildProcess | undefined;
let serverLog = "";
let base = "";
/** The ingested report's month: a short list, so its figures are on the first page. */
const FEBRUARY_2014 = "/figures?from=2014-02-01&to=2014-02-28";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) {
      throw new Error(`next start exited with ${server.exitCode}: ${serverLog.slice(-2000)}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} after ${ms} ms: ${serverLog.slice(-2000)}`);
}

function removeDatabase(): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${DATABASE}${suffix}`, { force: true });
}

function runIngest(): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "scripts/ingest.ts", "--published", "2014-02-17", "--outlet", OUTLET, FIXTURE],
      { cwd: ROOT, env: { ...process.env, DATABASE_PATH: DATABASE } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const rows = (page: Page) => page.getByTestId("figures-table").locator("tbody tr");
const ingestedRows = (page: Page) => rows(page).filter({ has: page.getByRole("link", { name: OUTLET, exact: true }) });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  removeDatabase();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // The build the shared web server has just made; `next start` serves it without building.
  server = spawn(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "next", "dist", "bin", "next"),
      "start",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: DATABASE, PORT: String(port) },
      // Its own process group, so stopping it also stops any worker it forks.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  await waitForServer(`${base}/`, 90_000);
});

test.afterAll(async () => {
  const pid = server?.pid;
  if (pid === undefined || server?.exitCode !== null) return;
  const exited = new Promise((resolve) => server?.once("exit", resolve));
  process.kill(-pid, "SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (server?.exitCode === null) process.kill(-pid, "SIGKILL");
});

test("a report ingested from the command line is listed at once, marked machine-extracted", async ({ page }) => {
  await page.goto(`${base}${FEBRUARY_2014}`);
  // The server has created and seeded its database; ingest now writes into the live one.
  await expect(rows(page)).not.toHaveCount(0);
  const before = await rows(page).count();
  const alreadyThere = await ingestedRows(page).count();

  const run = await runIngest();
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  // A second run against the same database finds the report stored and skips it.
  expect(run.stdout).toMatch(
    alreadyThere > 0 ? /^reports added: 0, skipped: 1, figures: 0\n$/ : /^reports added: 1, skipped: 0, figures: 3\n$/,
  );

  await page.reload();
  await expect(ingestedRows(page)).toHaveCount(3);
  await expect(rows(page)).toHaveCount(alreadyThere > 0 ? before : before + 3);
  const killed = ingestedRows(page).and(page.locator('[data-value="16"]'));
  await expect(killed).toHaveCount(1);
  await expect(killed).toContainText("machine-extracted");
  await expect(killed).toContainText("Yabroud");
  await expect(killed.getByRole("link", { name: "Qalamoun offensive" })).toBeVisible();
});

test("hiding machine-extracted figures hides the ingested ones", async ({ page }) => {
  await page.goto(`${base}/figures?machine=false`);
  // The seed figures are all reviewed by a person.
  await expect(page.getByRole("navigation", { name: "Pages of figures" })).toContainText(
    `of ${seedFigures.length.toLocaleString("en-US")}`,
  );
  await expect(ingestedRows(page)).toHaveCount(0);
});

test("the report page shows the sentence each figure was read from", async ({ page }) => {
  await page.goto(`${base}${FEBRUARY_2014}`);
  const href = await ingestedRows(page).first().getByRole("link", { name: OUTLET, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/reports\/ingest-spec-wire-2014-02-17-[0-9a-f]{6,}$/);

  await page.goto(`${base}${href}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Families leave Yabroud as army presses Qalamoun push",
  );
  await expect(page.getByRole("heading", { name: "3 figures read from this report" })).toBeVisible();
  await expect(page.locator("blockquote", { hasText: EVIDENCE })).toBeVisible();
});

test("on the offensive's charts, ingested figures are drawn with a dotted outline and explained", async ({ page }) => {
  await page.goto(`${base}/offensives/qalamoun-2013`);
  const killed = page.getByTestId("offensive-qalamoun-2013-killed");
  await expect(killed.locator('.trend-point[data-value="16"]')).toHaveCount(1);
  await expect(killed.locator('.trend-point[data-value="16"] [stroke-dasharray="2 2"]')).toHaveCount(1);
  await expect(killed).toContainText("Dotted outline: machine-extracted, not yet reviewed by a person.");
});
