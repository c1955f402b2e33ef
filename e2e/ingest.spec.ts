/**
 * A report stored with `npm run ingest` shows up in the running app at once,
 * marked machine-extracted, with its evidence sentence on the report page.
 *
 * This spec starts its own production server on its own database: the shared
 * server's database holds exactly the seed figures, which the other specs
 * count, and nothing can be deleted from it afterwards.
 */
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { figures as seedFigures } from "./dataset";
import { e2eDatabase, ROOT, runScript, startPrivateServer, type PrivateServer } from "./private-server";

const DATABASE = e2eDatabase("ingest");
const FIXTURE = path.join(ROOT, "lib", "testing", "fixtures", "ingest", "yabroud-2014-02.txt");
const SECOND_FIXTURE = path.join(ROOT, "lib", "testing", "fixtures", "ingest", "kasab-2014-04.txt");
/** Used only here, so this spec's report is found by its outlet. */
const OUTLET = "Ingest Spec Wire";
const EVIDENCE =
  "At least 16 people were killed in air raids on Yabroud on Sunday, the Syrian Observatory for Human Rights said.";

test.describe.configure({ mode: "serial" });

let server: PrivateServer | undefined;
let base = "";
/** The ingested report's month: a short list, so its figures are on the first page. */
const FEBRUARY_2014 = "/figures?from=2014-02-01&to=2014-02-28";

const runIngest = () =>
  runScript("scripts/ingest.ts", ["--published", "2014-02-17", "--outlet", OUTLET, FIXTURE], DATABASE);

const rows = (page: Page) => page.getByTestId("figures-table").locator("tbody tr");
const ingestedRows = (page: Page) => rows(page).filter({ has: page.getByRole("link", { name: OUTLET, exact: true }) });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startPrivateServer(DATABASE);
  base = server.base;
});

test.afterAll(async () => {
  await server?.stop();
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
  // The plain chart draws each point as a <use> of its line's marker in that look.
  const marker = await killed.locator('.trend-point[data-value="16"]').getAttribute("href");
  expect(marker).toMatch(/^#[\w-]+$/);
  await expect(killed.locator(`${marker} [stroke-dasharray="2 2"]`)).toHaveCount(1);
  await expect(killed).toContainText("Dotted outline: machine-extracted, not yet reviewed by a person.");
});

test("two app processes on one database: a write from elsewhere shows on the next page of either", async ({ page }) => {
  test.setTimeout(120_000);
  // A second process beside the first, on the same database, as behind a load balancer.
  const second = await startPrivateServer(DATABASE, {}, { keep: true });
  try {
    const count = async (origin: string) => {
      await page.goto(`${origin}/`);
      const text = await page.getByText(/^[\d,]+ figures from news reports/).textContent();
      return Number(text!.replace(/,/g, "").split(" ")[0]);
    };
    // Each process has rendered, and kept, the overview and the offensive page for the data as it is.
    const before = await count(base);
    expect(await count(second.base)).toBe(before);
    expect(await count(second.base)).toBe(before);
    for (const origin of [base, second.base]) await page.goto(`${origin}/offensives/latakia-2014`);

    const run = await runScript(
      "scripts/ingest.ts",
      ["--published", "2014-04-02", "--outlet", `${OUTLET} Two`, SECOND_FIXTURE],
      DATABASE,
    );
    expect(run.status).toBe(0);
    const added = Number(/figures: (\d+)/.exec(run.stdout)![1]);
    expect(added).toBeGreaterThan(0);
    for (const origin of [base, second.base]) {
      expect(await count(origin)).toBe(before + added);
      await page.goto(`${origin}/offensives/latakia-2014`);
      await expect(page.getByRole("link", { name: `${OUTLET} Two`, exact: true }).first()).toBeVisible();
    }
  } finally {
    await second.stop();
  }
});
