import { expect, test } from "@playwright/test";
import { shownDeathTolls } from "./dataset";

/**
 * The server's HTML draws every chart: readers without JavaScript (or before
 * it has run) see each chart's axes, lines and points, not a placeholder.
 */
const CHARTS = ["deaths", "daily-deaths", "displacement", "offensives"];

test("the server's HTML of / holds the SVG of every chart, with its points", async ({ request }) => {
  const html = await (await request.get("/")).text();
  expect(html).not.toContain('aria-busy="true"');
  expect((html.match(/data-static-chart=""/g) ?? []).length).toBe(CHARTS.length);
  for (const id of CHARTS) expect(html).toContain(`id="${id}-chart"`);
  // Every death toll the default view shows is drawn in the HTML itself.
  const deaths = html.slice(html.indexOf('id="deaths-chart"'), html.indexOf('id="daily-deaths-chart"'));
  expect((deaths.match(/class="trend-point"/g) ?? []).length).toBe(shownDeathTolls.length);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the overview shows each chart with its axes and points", async ({ page }) => {
    await page.goto("/");
    for (const id of CHARTS) {
      const chart = page.getByTestId(id).locator("[data-static-chart]");
      await expect(chart, id).toBeVisible();
      const box = await chart.boundingBox();
      expect(box?.height ?? 0, id).toBeGreaterThan(200);
    }
    const deaths = page.getByTestId("deaths");
    await expect(deaths.locator(".trend-point")).toHaveCount(shownDeathTolls.length);
    await expect(deaths.getByText("2015", { exact: true })).toBeVisible();
    await expect(deaths.getByRole("img", { name: /Death toll/ })).toBeVisible();
    await expect(page.getByTestId("offensives").locator(".breakdown-bar").first()).toBeVisible();
  });

  test("an offensive's page draws its charts too", async ({ page }) => {
    await page.goto("/offensives/northwest-syria-2019");
    await expect(page.locator("[data-static-chart]").first()).toBeVisible();
    await expect(page.locator("[data-static-chart] .trend-point").first()).toBeVisible();
  });
});
