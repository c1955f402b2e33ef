import { expect, test } from "@playwright/test";
import { figures, offensives, reports } from "./dataset";

const rows = (page: import("@playwright/test").Page) => page.getByTestId("figures-table").locator("tbody tr");
/** /figures shows a hundred rows a page. */
const onFirstPage = (n: number) => Math.min(n, 100);

test("lists every figure with its provenance, a hundred a page, page after page", async ({ page }) => {
  await page.goto("/figures");
  await expect(rows(page)).toHaveCount(onFirstPage(figures.length));
  const first = rows(page).first();
  await expect(first.getByRole("link").last()).toHaveAttribute("href", /^\/reports\//);
  const pager = page.getByRole("navigation", { name: "Pages of figures" });
  await expect(pager).toContainText(`1–100 of ${figures.length.toLocaleString("en-US")}`);

  // Next, page after page (keyset links), shows every figure exactly once.
  const seen: string[] = [];
  const ids = () =>
    page.locator("[data-figure-id]").evaluateAll((r) => r.map((e) => e.getAttribute("data-figure-id")!));
  for (let n = 1; ; n++) {
    await expect(pager).toContainText(`${((n - 1) * 100 + 1).toLocaleString("en-US")}–`);
    seen.push(...(await ids()));
    const next = pager.getByRole("link", { name: "Next →" });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(/after=/);
  }
  expect(seen).toHaveLength(figures.length);
  expect(new Set(seen).size).toBe(figures.length);

  const lastPageRows = figures.length - Math.floor((figures.length - 1) / 100) * 100;
  await expect(rows(page)).toHaveCount(lastPageRows);
  await pager.getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(/before=/);
  // The place comes with the link, counted on from page to page.
  const previousFirst = figures.length - lastPageRows - 99;
  await expect(pager).toContainText(
    `${previousFirst.toLocaleString("en-US")}–${(previousFirst + 99).toLocaleString("en-US")} of`,
  );
  await expect(rows(page)).toHaveCount(100);
  expect(await ids()).toEqual(seen.slice(-lastPageRows - 100, -lastPageRows));
});

test("a page of the list sends its rows once, with only what the table prints", async ({ request }) => {
  const html = await (await request.get("/figures")).text();
  const shown = html.match(/<tr id="figure-/g)?.length ?? 0;
  expect(shown).toBe(onFirstPage(figures.length));
  // The place and offensive cells of each row. As server markup the table came to the browser
  // twice, in the HTML and again in the page's payload, each cell's classes and all.
  const cell = "px-2 py-2 sm:px-3 hidden lg:table-cell";
  expect(html.split(cell).length - 1).toBe(2 * shown);
  // A report's headline is not in the table, where each figure's report is named by its outlet.
  const first = figures.find((f) => f.id === /data-figure-id="([^"]+)"/.exec(html)![1])!;
  const report = reports.find((r) => r.id === first.reportId)!;
  expect(html).toContain(report.outlet);
  expect(html).not.toContain(report.headline);
});

test("a cursor that does not fit the order shows a notice and the first page", async ({ page }) => {
  await page.goto("/figures?sort=value&after=bm90LWEtY3Vyc29y");
  await expect(page.getByTestId("parameter-notice")).toContainText("after");
  await expect(page.getByRole("navigation", { name: "Pages of figures" })).toContainText("1–100 of");
});

test("filters by metric, source, offensive and date through the form", async ({ page }) => {
  await page.goto("/figures");
  await page.getByLabel("Metric").selectOption("killed");
  await page.getByLabel("Figure from").selectOption("SOHR");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/figures\?metrics=killed&sources=SOHR$/);
  const expected = figures.filter((f) => f.metric === "killed" && f.attributedTo === "SOHR");
  await expect(rows(page)).toHaveCount(onFirstPage(expected.length));
  await expect(page.getByRole("navigation", { name: "Pages of figures" })).toContainText(
    `of ${expected.length.toLocaleString("en-US")}`,
  );

  const offensive = offensives.find((o) => figures.some((f) => f.offensive === o.slug))!;
  await page.goto(`/figures?offensive=${offensive.slug}&from=2000-01-01&to=2100-01-01`);
  await expect(rows(page)).toHaveCount(onFirstPage(figures.filter((f) => f.offensive === offensive.slug).length));

  await page.goto("/figures?from=2014-01-01&to=2014-12-31");
  await expect(rows(page)).toHaveCount(
    onFirstPage(figures.filter((f) => f.periodEnd >= "2014-01-01" && f.periodEnd <= "2014-12-31").length),
  );
});

test("sorts by value from a column header", async ({ page }) => {
  await page.goto("/figures");
  await page.getByRole("columnheader", { name: /Value/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=value/);
  const ascending = await rows(page).evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))));
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await page.getByRole("columnheader", { name: /Value/ }).getByRole("link").click();
  await expect(page).toHaveURL(/dir=desc/);
  const descending = await rows(page).evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))));
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  expect(descending[0]).toBe(Math.max(...figures.map((f) => f.value)));
  expect(ascending[0]).toBe(Math.min(...figures.map((f) => f.value)));
  await expect(page.getByRole("columnheader", { name: /Value/ })).toHaveAttribute("aria-sort", "descending");
});

test("a bad parameter shows a notice and falls back to the default", async ({ page }) => {
  await page.goto("/figures?metrics=wounded");
  await expect(page.getByTestId("parameter-notice")).toContainText("metrics");
  await expect(rows(page)).toHaveCount(onFirstPage(figures.length));
});

test("a figure's own page shows every field and links to its report; an unknown figure is a 404", async ({ page }) => {
  await page.goto("/figures");
  // A vague figure when the first page shows one: its page must say the word is not a count.
  const shown = new Set(
    await page.locator("[data-figure-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-figure-id"))),
  );
  const listed = figures.filter((f) => shown.has(f.id));
  const figure = listed.find((f) => f.vague) ?? listed[0]!;
  await page.locator(`[data-figure-id="${figure.id}"]`).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/figures/${figure.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(figure.value.toLocaleString("en-US"));
  await expect(page.getByText("a word of magnitude, not a count")).toHaveCount(figure.vague ? 1 : 0);
  await expect(page.locator(`main a[href="/reports/${figure.reportId}"]`)).toBeVisible();

  const response = await page.goto("/figures/no-such-figure");
  expect(response?.status()).toBe(404);
});
