/**
 * Review in the browser: an editor made on the command line signs in, reads a
 * pasted report, corrects a hedge, rejects a wrong reading, adds a figure the
 * extractor missed by selecting its words, and publishes; the figures are
 * then served as reviewed, with the editor's change in their history. Nobody
 * without a session can reach the desk or write.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { e2eDatabase, ROOT, runScript, startPrivateServer, type PrivateServer } from "./private-server";

const DATABASE = e2eDatabase("review");
const REPORT = fs.readFileSync(path.join(ROOT, "lib", "testing", "fixtures", "ingest", "saraqeb-2020-01.txt"), "utf8");
/** Used only here, so this spec's report is found by its outlet. */
const OUTLET = "Review Spec Wire";
const EDITOR = "layla";
const PASSWORD = "a passphrase for the review spec";

test.describe.configure({ mode: "serial" });

let server: PrivateServer | undefined;
let base = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // The page-reading test serves its page from this machine: let the server read it.
  server = await startPrivateServer(DATABASE, { FETCH_ALLOW_PRIVATE: "1" });
  base = server.base;
  const made = await runScript("scripts/editor.ts", ["add", EDITOR], DATABASE, `${PASSWORD}\n`);
  expect(made.stderr).toBe("");
  expect(made.status).toBe(0);
});

test.afterAll(async ({}, testInfo) => {
  // A failure here is easier to read with what the server said.
  if (testInfo.status !== testInfo.expectedStatus) console.error(server?.log().slice(-3000));
  await server?.stop();
});

async function reportCount(page: Page): Promise<number> {
  const answer = await page.request.get(`${base}/api/v1/reports`);
  return (await answer.json()).count as number;
}

test("without a session /review sends to sign-in, and a post to it writes nothing", async ({ page }) => {
  await page.goto(`${base}/review`);
  await expect(page).toHaveURL(`${base}/sign-in?next=/review`);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  const before = await reportCount(page);
  const post = await page.request.post(`${base}/review`, {
    form: { text: REPORT, outlet: OUTLET, published: "2020-01-29" },
    maxRedirects: 0,
  });
  expect(post.status()).toBeLessThan(500);
  expect(await reportCount(page)).toBe(before);
});

test("a wrong password is refused with a message, and the session cookie is HTTP-only and SameSite", async ({
  page,
}) => {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Editor name").fill(EDITOR);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("That name and password do not match an editor.");
  await expect(page).toHaveURL(`${base}/sign-in`);

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${base}/review`);
  const cookie = (await page.context().cookies()).find((c) => c.name === "editor_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
  expect(cookie?.value).not.toContain(EDITOR);
});

test("an editor reads a report, corrects, rejects, adds a missed figure and publishes it as reviewed", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(`${base}/sign-in?next=/review`);
  await page.getByLabel("Editor name").fill(EDITOR);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("editor-name")).toHaveText(EDITOR);

  await page.getByLabel("Report text").fill(REPORT);
  await page.getByLabel("Outlet").fill(OUTLET);
  await page.getByLabel("Published").fill("2020-01-29");
  await page.getByLabel("Address (http or https)").fill("https://example.org/saraqeb");
  await page.getByRole("button", { name: "Read the figures" }).click();

  const cards = page.getByTestId("draft-figure");
  await expect(cards).toHaveCount(3);
  // The report is shown as text, each figure's sentence marked in it.
  await expect(page.getByTestId("report-text").locator("mark")).toHaveCount(3);
  const publish = page.getByRole("button", { name: "Publish as reviewed" });
  await expect(publish).toBeDisabled();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // "23 people or more" is a floor: the extractor read it as exact.
  const killed = cards.nth(0);
  await expect(killed.getByLabel("Hedge")).toHaveValue("exact");
  await killed.getByLabel("Hedge").selectOption("at_least");
  await killed.getByLabel("Note (our words)").fill("SOHR one-day toll in Saraqeb; a floor.");
  await killed.getByRole("button", { name: "Accept" }).click();
  // The displacement reading took "since mid-December" for December alone.
  await cards.nth(1).getByRole("button", { name: "Reject" }).click();
  // The national toll "384,000 people or more" is a floor too.
  const national = cards.nth(2);
  await national.getByLabel("Hedge").selectOption("at_least");
  await national.getByRole("button", { name: "Accept" }).click();

  // Select "2,850" in the text and add it.
  await page.getByTestId("report-text").evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf("2,850");
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + "2,850".length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error("2,850 is not in the text");
  });
  await page.getByRole("button", { name: "Add a figure the extractor missed (from the selected words)" }).click();
  await expect(cards).toHaveCount(4);
  const added = cards.nth(3);
  await expect(added.getByLabel("Value")).toHaveValue("2850");
  await added.getByLabel("Metric").selectOption("refugees");
  await added.getByLabel("Place").fill("Turkey");
  await added.getByLabel("Who gave it").fill("Turkish officials");
  await added.getByLabel("From").fill("2020-01-22");
  // The figure schema checks each edit as it is made: a range's top below its value cannot be published.
  await added.getByLabel("High (a range's top)").fill("100");
  await expect(added).toContainText("Cannot be accepted yet: high: high must be greater than value");
  await expect(publish).toBeDisabled();
  await added.getByLabel("High (a range's top)").fill("");
  await expect(added).not.toContainText("Cannot be accepted yet");

  await expect(publish).toBeEnabled();
  await publish.click();
  await expect(page).toHaveURL(/\/reports\/review-spec-wire-2020-01-29-[0-9a-f]+$/);
  const reportId = page.url().split("/").pop()!;

  // The API serves the two accepted figures as reviewed, the corrected hedge among them.
  const answer = await page.request.get(`${base}/api/v1/reports/${reportId}`);
  const body = await answer.json();
  const figures = body.data as { id: string; value: number; qualifier: string; review: string; metric: string }[];
  expect(figures.map((f) => [f.metric, f.value, f.qualifier, f.review]).sort()).toEqual([
    ["killed", 23, "at_least", "reviewed"],
    ["killed", 384000, "at_least", "reviewed"],
    ["refugees", 2850, "exact", "reviewed"],
  ]);
  // The overview's death-toll chart draws the national toll, hedged and reviewed (its table, the same numbers).
  await page.goto(`${base}/?from=2020-01-01&to=2020-02-29&tabs=deaths:table`);
  const row = page.getByTestId("deaths").locator('tr[data-value="384000"]').filter({ hasText: OUTLET });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("384,000");
  await expect(row).not.toContainText("machine-extracted");
  // The figures API, which every chart and download is built from, serves the corrected figure as reviewed.
  const listed = (await (await page.request.get(`${base}/api/v1/figures?from=2020-01-28&to=2020-01-28`)).json())
    .data as { reportId: string; value: number; qualifier: string; review: string; reviewedAt: string | null }[];
  expect(listed.find((f) => f.reportId === reportId && f.value === 23)).toMatchObject({
    qualifier: "at_least",
    review: "reviewed",
    reviewedAt: expect.stringMatching(/^\d{4}-/),
  });
  // The public CSV says how and when each was reviewed.
  const csv = await (await page.request.get(`${base}/api/v1/figures.csv?from=2020-01-28&to=2020-01-28`)).text();
  const [header, ...lines] = csv.trim().split("\r\n");
  const columns = header!.split(",");
  const ours = lines.map((l) => l.split(",")).find((cells) => cells.includes("Review Spec Wire"))!;
  expect(ours[columns.indexOf("review")]).toBe("reviewed");
  expect(ours[columns.indexOf("reviewedAt")]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);

  // The figure's page shows the editor's change.
  const corrected = figures.find((f) => f.value === 23)!;
  await page.goto(`${base}/figures/${corrected.id}`);
  const history = page.getByTestId("figure-history");
  await expect(history).toContainText(`Published by ${EDITOR}`);
  await expect(history).toContainText("hedge: exact → at least");

  // Undo puts back what the extractor read, machine-extracted again, and says who undid it.
  await history.getByRole("button", { name: "Undo this change" }).click();
  await expect(history).toContainText(`Undone by ${EDITOR}`);
  await expect(history).toContainText("hedge: at least → exact");
  const after = (await (await page.request.get(`${base}/api/v1/reports/${reportId}`)).json()).data as typeof figures;
  expect(after.find((f) => f.id === corrected.id)).toMatchObject({ qualifier: "exact", review: "machine" });

  // On its own page an editor can correct the figure again; the CSV's ETag moves with the change.
  const csvOfDay = `${base}/api/v1/figures.csv?from=2020-01-28&to=2020-01-28`;
  const etagBefore = (await page.request.get(csvOfDay)).headers()["etag"];
  const edit = page.getByTestId("edit-figure");
  await edit.getByText("Correct or delete this figure").click();
  await edit.getByLabel("Place").fill("Saraqeb, Idlib");
  await edit.getByRole("button", { name: "Save as reviewed" }).click();
  await expect(history.locator(":scope > li")).toHaveCount(3);
  await expect(history.locator(":scope > li").last()).toContainText("place: Saraqeb → Saraqeb, Idlib");
  expect((await page.request.get(csvOfDay)).headers()["etag"]).not.toBe(etagBefore);

  // The same text again is refused, with a link to the first.
  await page.goto(`${base}/review`);
  await page.getByLabel("Report text").fill(REPORT);
  await page.getByLabel("Outlet").fill(OUTLET);
  await page.getByLabel("Published").fill("2020-01-29");
  await page.getByRole("button", { name: "Read the figures" }).click();
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) await card.getByRole("button", { name: "Reject" }).click();
  await page.getByRole("button", { name: "Publish as reviewed" }).click();
  await expect(page.getByRole("status")).toContainText("This text is published already");
  await expect(page.getByRole("status").getByRole("link", { name: "the first report" })).toHaveAttribute(
    "href",
    `/reports/${reportId}`,
  );
});

test("the queue holds what ingest read; an editor accepts one as corrected and deletes another", async ({ page }) => {
  test.setTimeout(60_000);
  const fixture = path.join(ROOT, "lib", "testing", "fixtures", "ingest", "yabroud-2014-02.txt");
  const ingested = await runScript(
    "scripts/ingest.ts",
    ["--published", "2014-02-17", "--outlet", "Queue Spec Wire", fixture],
    DATABASE,
  );
  expect(ingested.status).toBe(0);

  await page.goto(`${base}/sign-in?next=/review`);
  await page.getByLabel("Editor name").fill(EDITOR);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  const queued = page.getByTestId("queued-figure");
  await expect(queued.filter({ hasText: "Queue Spec Wire" })).toHaveCount(3);
  await queued.filter({ hasText: "Queue Spec Wire" }).first().getByRole("link", { name: "only this report" }).click();
  await expect(page).toHaveURL(/\/review\?report=queue-spec-wire-2014-02-17-/);
  await expect(
    page.getByRole("heading", { name: /3 machine-extracted figures waiting from one report/ }),
  ).toBeVisible();
  const reportId = new URL(page.url()).searchParams.get("report")!;

  const first = queued.nth(0);
  const firstId = (await first.getByRole("link").first().textContent())!.trim();
  await first.getByLabel("Place").fill("Yabroud, Qalamoun");
  await first.getByRole("button", { name: "Accept as reviewed" }).click();
  await expect(queued).toHaveCount(2);
  const secondId = (await queued.nth(0).getByRole("link").first().textContent())!.trim();

  // The editor's delete, caught before it leaves the browser, then replayed by others: refused, nothing changed.
  let caught: { url: string; body: string; headers: Record<string, string> } | null = null;
  const toReview = (url: URL) => url.pathname === "/review";
  await page.route(toReview, async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    caught = { url: request.url(), body: request.postData() ?? "", headers: request.headers() };
    await route.abort();
  });
  await queued.nth(0).getByRole("button", { name: "Delete" }).click();
  await expect.poll(() => caught).not.toBeNull();
  await page.unroute(toReview);
  const { url, body, headers } = caught!;
  const replay = (extra: Record<string, string>, withCookie: boolean) =>
    (withCookie ? page.request : anonymous).post(url, {
      data: body,
      headers: { ...headers, ...extra, ...(withCookie ? {} : { cookie: "" }) },
      maxRedirects: 0,
    });
  const anonymous = await playwrightRequest.newContext();
  expect((await replay({}, false)).status()).toBe(401);
  expect((await replay({ origin: "https://elsewhere.example" }, true)).status()).toBe(403);
  expect((await replay({ origin: "" }, false)).status()).toBe(403);
  await anonymous.dispose();
  await page.reload();
  await expect(queued).toHaveCount(2);

  await queued.nth(0).getByRole("button", { name: "Delete" }).click();
  await expect(queued).toHaveCount(1);

  const figures = (await (await page.request.get(`${base}/api/v1/reports/${reportId}`)).json()).data as {
    id: string;
    review: string;
    location: string;
  }[];
  expect(figures.find((f) => f.id === firstId)).toMatchObject({ review: "reviewed", location: "Yabroud, Qalamoun" });
  expect(figures.map((f) => f.id)).not.toContain(secondId);
  expect(figures).toHaveLength(2);

  // The deleted figure's page says so, and an editor can bring it back.
  await page.goto(`${base}/figures/${secondId}`);
  await expect(page.getByRole("heading", { name: "This figure was deleted" })).toBeVisible();
  await page.getByRole("button", { name: "Undo this change" }).click();
  await expect(page.getByTestId("figure-history")).toContainText(`Undone by ${EDITOR}`);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("This figure was deleted");
  const back = (await (await page.request.get(`${base}/api/v1/reports/${reportId}`)).json()).data as { id: string }[];
  expect(back.map((f) => f.id)).toContain(secondId);
});

test("an editor reads a report from its address: the page's article, without its menus", async ({ page }) => {
  const article = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      "<title>Homs toll | Page Spec Wire</title><nav>Home · World · Sport</nav>" +
        "<article><h1>Shelling in Homs</h1><p>At least 40 people were killed in Homs on Friday, activists said.</p></article>",
    );
  });
  await new Promise<void>((resolve) => article.listen(0, "127.0.0.1", resolve));
  try {
    const address = `http://127.0.0.1:${(article.address() as AddressInfo).port}/homs`;
    await page.goto(`${base}/sign-in?next=/review`);
    await page.getByLabel("Editor name").fill(EDITOR);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Outlet").fill("Page Spec Wire");
    await page.getByLabel("Published").fill("2012-02-11");
    await page.getByLabel("Address (http or https)").fill(address);
    await page.getByRole("button", { name: "Read the figures" }).click();
    const cards = page.getByTestId("draft-figure");
    await expect(cards).toHaveCount(1);
    await expect(cards.first().getByLabel("Value")).toHaveValue("40");
    await expect(page.getByTestId("report-text")).toContainText("At least 40 people were killed in Homs");
    await expect(page.getByTestId("report-text")).not.toContainText("Sport");
  } finally {
    await new Promise((resolve) => article.close(resolve));
  }
});

test("ten wrong passwords in a row: after the fifth the name is refused for a while, the right one too", async ({
  page,
}) => {
  await page.goto(`${base}/sign-in`);
  const messages: string[] = [];
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Editor name").fill("guessed-name");
    await page.getByLabel("Password").fill(`wrong guess number ${i}`);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    messages.push((await page.locator("#sign-in-error").textContent()) ?? "");
  }
  expect(messages.slice(0, 5).every((m) => m.includes("do not match"))).toBe(true);
  expect(messages.slice(5).every((m) => m.startsWith("Too many failed attempts"))).toBe(true);
});

test("markup in a report's text, outlet and headline stays text on every page", async ({ page }) => {
  const attack = `<script>window.__ran = "script"</script><img src=x onerror="window.__ran = 'img'">`;
  page.on("dialog", (d) => void d.dismiss());
  await page.goto(`${base}/sign-in?next=/review`);
  await page.getByLabel("Editor name").fill(EDITOR);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page
    .getByLabel("Report text")
    .fill(`${attack}\n\nAt least 12 people were killed in Hama on Monday, ${attack} activists said.`);
  await page.getByLabel("Outlet").fill(`Markup Wire ${attack}`);
  await page.getByLabel("Headline (optional: first words of the text)").fill(`Hama ${attack}`);
  await page.getByLabel("Published").fill("2012-07-10");
  await page.getByRole("button", { name: "Read the figures" }).click();
  await expect(page.getByTestId("draft-figure")).toHaveCount(1);
  await expect(page.getByTestId("report-text")).toContainText("<script>");
  await page.getByTestId("draft-figure").getByRole("button", { name: "Accept", exact: true }).click();
  await page.getByRole("button", { name: "Publish as reviewed" }).click();
  await expect(page).toHaveURL(/\/reports\//);
  const reportPage = page.url();
  const figureId = (await (await page.request.get(reportPage.replace("/reports/", "/api/v1/reports/"))).json()).data[0]
    .id;
  for (const address of [reportPage, `${base}/figures/${figureId}`, `${base}/figures?from=2012-07-01&to=2012-07-31`]) {
    await page.goto(address);
    await expect(page.getByText(/Markup Wire/).first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
  }
});

test("the whole review works from the keyboard, a missed figure added without selecting text", async ({ page }) => {
  await page.goto(`${base}/sign-in?next=/review`);
  await page.getByLabel("Editor name").fill(EDITOR);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("editor-name")).toHaveText(EDITOR);
  await page.getByLabel("Report text").fill(
    // The second sentence is one the extractor does not read (a school that "shelters" a number;
    // a camp's population it now reads), so the editor must add it by hand.
    "At least 14 people were killed in Deir ez-Zor on Sunday, activists said. The school outside the town now shelters 3,100.",
  );
  await page.getByLabel("Outlet").fill("Keyboard Spec Wire");
  await page.getByLabel("Published").fill("2013-06-03");
  await page.getByRole("button", { name: "Read the figures" }).focus();
  await page.keyboard.press("Enter");
  const cards = page.getByTestId("draft-figure");
  await expect(cards).toHaveCount(1);
  await cards.first().getByRole("button", { name: "Accept", exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(cards.first()).toHaveAttribute("data-status", "accepted");

  await page.getByRole("button", { name: /Add a figure the extractor missed/ }).focus();
  await page.keyboard.press("Enter");
  await expect(cards).toHaveCount(2);
  const words = cards.nth(1).getByLabel("The report's words for this figure");
  await expect(words).toBeFocused();
  await page.keyboard.type("The school outside the town now shelters 3,100.");
  await cards.nth(1).getByLabel("Value").focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("3100");
  await cards.nth(1).getByLabel("Metric").focus();
  await page.keyboard.press("ArrowDown"); // injured
  await page.keyboard.press("ArrowDown"); // killed or injured
  await page.keyboard.press("ArrowDown"); // displaced
  await expect(cards.nth(1).getByLabel("Metric")).toHaveValue("displaced");

  await page.getByRole("button", { name: "Publish as reviewed" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/reports\/keyboard-spec-wire-2013-06-03-/);
  const id = page.url().split("/").pop();
  const figures = (await (await page.request.get(`${base}/api/v1/reports/${id}`)).json()).data as {
    metric: string;
    value: number;
  }[];
  expect(figures.map((f) => [f.metric, f.value]).sort()).toEqual([
    ["displaced", 3100],
    ["killed", 14],
  ]);
});
