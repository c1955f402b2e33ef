import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { hydrated } from "./charts";
import { csvRecords } from "./csv";
import { nationalDeathTolls, shownByDefault, shownDeathTolls } from "./dataset";

const deaths = (page: Page) => page.getByTestId("deaths");

test("a permalink with non-default parameters reopens exactly that view in a fresh browser", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/?metrics=killed&sources=UN&from=2012-01-01&to=2014-12-31&scale=linear&tab=table");

  await expect(page.getByRole("checkbox", { name: "Killed", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Refugees" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "UN", exact: true })).toBeChecked();
  await expect(page.getByLabel("As of, from")).toHaveValue("2012-01-01");
  await expect(page.getByLabel("As of, to")).toHaveValue("2014-12-31");
  await expect(page.getByTestId("displacement")).toHaveCount(0);

  const expected = shownByDefault(
    nationalDeathTolls.filter(
      (f) => f.attributedTo === "UN" && f.periodEnd >= "2012-01-01" && f.periodEnd <= "2014-12-31",
    ),
  );
  await expect(deaths(page).getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
  await expect(deaths(page).getByRole("table").locator("tbody tr")).toHaveCount(expected.length);

  await deaths(page).getByRole("tab", { name: "Chart" }).click();
  await expect(deaths(page).getByRole("button", { name: "Linear" })).toHaveAttribute("aria-pressed", "true");
  await expect(deaths(page).locator(".trend-point")).toHaveCount(expected.length);
  await context.close();
});

test("every control writes the URL, and a reload gives the same view", async ({ page }) => {
  await page.goto("/");
  await deaths(page).getByRole("button", { name: "Linear" }).click();
  await expect(page).toHaveURL(/scales=deaths:linear/);
  await page.getByRole("checkbox", { name: "Killed", exact: true }).check();
  await expect(page).toHaveURL(/metrics=killed/);
  await page.getByRole("checkbox", { name: "SOHR" }).check();
  await expect(page).toHaveURL(/sources=SOHR/);
  await page.getByLabel("As of, from").fill("2013-01-01");
  await expect(page).toHaveURL(/from=2013-01-01/);
  await page.getByLabel("Zoom to offensive").selectOption("latakia-2014");
  await expect(page).toHaveURL(/offensive=latakia-2014/);
  await page.getByLabel("Include machine-extracted figures").uncheck();
  await expect(page).toHaveURL(/machine=false/);
  await page.getByTestId("daily-deaths").getByRole("tab", { name: "Table" }).click();
  await expect(page).toHaveURL(/tabs=daily-deaths:table/);

  // Every control's write has landed before the reload (the URL is written asynchronously).
  await page.waitForLoadState("networkidle");
  for (const p of [
    "sources=SOHR",
    "from=2013-01-01",
    "offensive=latakia-2014",
    "machine=false",
    "scales=deaths:linear",
  ])
    expect(page.url()).toContain(p);
  // The table refreshes from the API after the last filter: count its rows once they have settled
  // (while the reports behind its points load, there is no table, and no rows to count).
  const table = page.getByTestId("daily-deaths").getByRole("table");
  const rows = table.locator("tbody tr");
  let rowsBefore = -1;
  await expect
    .poll(
      async () => {
        const now = (await table.isVisible()) ? await rows.count() : -1;
        const settled = now >= 0 && now === rowsBefore;
        rowsBefore = now;
        return settled;
      },
      { intervals: [300, 300, 500, 1000] },
    )
    .toBe(true);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "SOHR" })).toBeChecked();
  await expect(page.getByLabel("As of, from")).toHaveValue("2013-01-01");
  await expect(page.getByLabel("Zoom to offensive")).toHaveValue("latakia-2014");
  await expect(page.getByLabel("Include machine-extracted figures")).not.toBeChecked();
  await expect(page.getByTestId("daily-deaths").getByRole("table").locator("tbody tr")).toHaveCount(rowsBefore);
  await page.getByTestId("daily-deaths").getByRole("tab", { name: "Chart" }).click();
  // Linear was chosen on the death-toll chart only.
  await expect(page.getByTestId("daily-deaths").getByRole("button", { name: "Log" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(deaths(page).getByRole("button", { name: "Linear" })).toHaveAttribute("aria-pressed", "true");
});

test("changing a filter refreshes the charts from the API, not by reloading the page", async ({ page }) => {
  await page.goto("/");
  await expect(deaths(page).locator(".trend-point")).toHaveCount(shownDeathTolls.length);
  // A reload or a server render of the overview itself (link prefetches of other pages don't count).
  const documents: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/" && (r.resourceType() === "document" || r.headers()["rsc"]))
      documents.push(r.url());
  });
  const apiCall = page.waitForRequest(
    (r) => r.url().includes("/api/v1/series?") && r.url().includes("chart=deaths") && r.url().includes("sources=UN"),
  );
  await page.getByRole("checkbox", { name: "UN", exact: true }).check();
  await apiCall;
  await expect(deaths(page).locator(".trend-point")).toHaveCount(
    shownByDefault(nationalDeathTolls.filter((f) => f.attributedTo === "UN")).length,
  );
  expect(documents).toEqual([]);
});

test("Share gives the canonical link: defaults left out, parameters in a fixed order", async ({ page }) => {
  await page.goto("/?tab=table&scale=log&metrics=killed&machine=true");
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByTestId("share-link")).toHaveValue(/\/\?metrics=killed&tab=table$/);
});

test("a bad parameter shows a notice and falls back to the default", async ({ page }) => {
  await page.goto("/?scale=cubic&from=2014-13-40");
  const notice = page.getByTestId("parameter-notice");
  await expect(notice).toContainText("scale");
  await expect(notice).toContainText("from");
  await expect(deaths(page).getByRole("button", { name: "Log" })).toHaveAttribute("aria-pressed", "true");
  await expect(page).not.toHaveURL(/scale=cubic/);
  await expect(deaths(page).locator(".trend-point")).toHaveCount(shownDeathTolls.length);
});

test("the chart downloads as a valid PNG and SVG picture", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(deaths(page).locator(".trend-point").first()).toBeVisible();
  for (const format of ["PNG", "SVG"] as const) {
    await deaths(page).getByText("Download", { exact: true }).click();
    const download = page.waitForEvent("download");
    await deaths(page)
      .getByRole("button", { name: `Chart as ${format}` })
      .click();
    const file = testInfo.outputPath(`chart.${format.toLowerCase()}`);
    await (await download).saveAs(file);
    const bytes = fs.readFileSync(file);
    if (format === "PNG") {
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(bytes.length).toBeGreaterThan(10_000);
    } else {
      const text = bytes.toString("utf8");
      expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(text).toContain("Death toll since March 2011");
      expect((text.match(/class="trend-point"/g) ?? []).length).toBe(shownDeathTolls.length);
      expect(bytes.length).toBeGreaterThan(2_000);
    }
  }
});

test("the embed page renders one chart without the site's chrome, and Embed gives its iframe code", async ({
  page,
}) => {
  await page.goto("/embed/deaths?scale=linear");
  await expect(page.locator(".trend-point")).toHaveCount(shownDeathTolls.length);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Linear" })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/?scale=linear");
  await deaths(page).getByText("Embed", { exact: true }).click();
  await expect(page.getByTestId("embed-code-deaths")).toHaveValue(
    /<iframe src="http:\/\/[^"]+\/embed\/deaths\?scale=linear"/,
  );
});

test("each view has an Open Graph image showing what the link opens", async ({ page, request }) => {
  await page.goto("/?metrics=killed&from=2012-01-01");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toContain("/og?metrics=killed&from=2012-01-01");
  await expect(page).toHaveTitle(/Killed in the Syrian war since 1 Jan 2012/);
  const response = await request.get(new URL(image!).pathname + new URL(image!).search);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const body = await response.body();
  expect(body.subarray(1, 4).toString()).toBe("PNG");
  expect(body.length).toBeGreaterThan(10_000);
});

test("the displayed data downloads as CSV: the chart's points, each with its outlet and date", async ({
  page,
}, testInfo) => {
  await page.goto("/?sources=UN,SOHR,unattributed");
  const panel = page.getByTestId("deaths");
  await expect(panel.locator(".trend-point").first()).toBeVisible();
  // The download holds every line of the view, hidden or not: show them all to compare.
  await panel.getByText(/^More lines/).click();
  await panel.getByRole("button", { name: "Show all lines" }).click();
  // The legend counts every line's points; those of lines shown only now arrive with the whole chart.
  const counts = await panel
    .locator('ul[aria-label="Lines"] button, ul[aria-label="More lines"] button')
    .allTextContents();
  const total = counts.reduce((n, t) => n + Number(/\(([\d,]+)\)\s*$/.exec(t)![1]!.replace(/,/g, "")), 0);
  await expect(panel.locator(".trend-point")).toHaveCount(total);
  const drawn = await panel
    .locator(".trend-point")
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))));

  await panel.getByText("Download", { exact: true }).click();
  const download = page.waitForEvent("download");
  await panel.getByRole("link", { name: "Displayed data (CSV)" }).click();
  const file = testInfo.outputPath("deaths.csv");
  await (await download).saveAs(file);
  const { header, records } = csvRecords(fs.readFileSync(file, "utf8"));

  expect(header).toEqual(
    expect.arrayContaining(["metric", "value", "qualifier", "attributedTo", "outlet", "published", "reportId"]),
  );
  expect(records).toHaveLength(drawn.length);
  expect(records.map((r) => Number(r.value)).sort((a, b) => a - b)).toEqual([...drawn].sort((a, b) => a - b));
  for (const r of records) {
    expect(r.outlet, JSON.stringify(r)).not.toBe("");
    expect(r.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(r.chart).toBe("deaths");
  }
});

test("a table's download holds every row of the filtered table, across its pages", async ({ page, request }) => {
  await page.goto("/figures?metrics=killed&sources=SOHR");
  const shown = await page
    .getByTestId("figures-table")
    .locator("tbody tr")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-figure-id")));
  const href = await page
    .getByTestId("table-downloads")
    .getByRole("link", { name: "CSV", exact: true })
    .getAttribute("href");
  const { records } = csvRecords(await (await request.get(href!)).text());
  await expect(page.getByRole("navigation", { name: "Pages of figures" })).toContainText(
    `of ${records.length.toLocaleString("en-US")}`,
  );
  const ids = new Set(records.map((r) => r.id));
  for (const id of shown) expect(ids.has(id!), id!).toBe(true);
});

test("Download and Embed close with Escape; the embed code copies; each download has its own file name", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  const panel = deaths(page);

  await panel.getByText("Download", { exact: true }).click();
  const links = panel.locator("a[download]");
  await expect(links.first()).toBeVisible();
  const names = await links.evaluateAll((els) => els.map((e) => e.getAttribute("download")));
  expect(names).toEqual([
    "syria-toll-deaths.csv",
    "syria-toll-deaths-hxl.csv",
    "syria-toll-deaths.json",
    "syria-toll-all-figures.csv",
    "syria-toll-deaths-metadata.json",
  ]);
  await page.keyboard.press("Escape");
  await expect(links.first()).toBeHidden();
  await expect(panel.getByText("Download", { exact: true })).toBeFocused();

  await panel.getByText("Embed", { exact: true }).click();
  const code = panel.getByTestId("embed-code-deaths");
  await expect(code).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/deaths"/);
  await panel.getByRole("button", { name: "Copy" }).click();
  await expect(panel.getByText("Copied", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  await page.keyboard.press("Escape");
  await expect(code).toBeHidden();
});

test("a filter change adds a history entry: Back returns to the previous view", async ({ page }) => {
  await page.goto("/");
  await expect(deaths(page).locator(".trend-point").first()).toBeVisible();
  await page.getByRole("checkbox", { name: "Killed", exact: true }).check();
  await expect(page).toHaveURL(/\?metrics=killed$/);
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByRole("checkbox", { name: "Killed", exact: true })).not.toBeChecked();
});

test("each chart's own Linear and Table change only that chart, and survive a reload", async ({ page }) => {
  await page.goto("/");
  const displacement = page.getByTestId("displacement");
  await expect(deaths(page).locator(".trend-point").first()).toBeVisible();
  await deaths(page).getByRole("button", { name: "Linear" }).click();
  await expect(page).toHaveURL(/\?scales=deaths:linear$/);
  await expect(displacement.getByRole("button", { name: "Log" })).toHaveAttribute("aria-pressed", "true");
  await displacement.getByRole("tab", { name: "Table" }).click();
  await expect(page).toHaveURL(/tabs=displacement:table/);
  await expect(page).toHaveURL(/scales=deaths:linear&tabs=displacement:table/);
  await expect(deaths(page).getByRole("tab", { name: "Chart" })).toHaveAttribute("aria-selected", "true");
  await expect(displacement.getByRole("table")).toBeVisible();

  await page.reload();
  await expect(deaths(page).getByRole("button", { name: "Linear" })).toHaveAttribute("aria-pressed", "true");
  await expect(displacement.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("daily-deaths").getByRole("tab", { name: "Chart" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByTestId("daily-deaths").getByRole("button", { name: "Log" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("controls changed in the same moment all land in the URL", async ({ page }) => {
  await page.goto("/");
  const displacement = page.getByTestId("displacement");
  await expect(displacement.getByRole("button", { name: "Linear" })).toBeVisible();
  for (const id of ["deaths", "displacement", "daily-deaths"]) await hydrated(page.getByTestId(id));
  // Three clicks in one task, before React redraws: each change must build on the others.
  await page.evaluate(() => {
    const button = (id: string, text: string) =>
      [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"] button`)].find((b) => b.textContent === text)!;
    button("deaths", "Linear").click();
    button("displacement", "Linear").click();
    button("daily-deaths", "Table").click();
  });
  await expect(page).toHaveURL(/scales=[^&]*deaths:linear/);
  await expect(page).toHaveURL(/scales=[^&]*displacement:linear/);
  await expect(page).toHaveURL(/tabs=daily-deaths:table/);
  await expect(deaths(page).getByRole("button", { name: "Linear" })).toHaveAttribute("aria-pressed", "true");
  await expect(displacement.getByRole("button", { name: "Linear" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("daily-deaths").getByRole("table")).toBeVisible();
});
