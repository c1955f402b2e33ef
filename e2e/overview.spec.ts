import { expect, test, type Locator } from "@playwright/test";
import { nationalDeathTolls, offensives, reports } from "./dataset";

async function pointsOf(scope: Locator): Promise<string[]> {
  return (
    await scope
      .locator("[data-point-id]")
      .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-point-id")}=${e.getAttribute("data-value")}`))
  ).sort();
}

test.describe("overview", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("shows both headline numbers, each with its hedge, date and source", async ({ page }) => {
    const latest = [...nationalDeathTolls]
      .filter((f) => f.group === null)
      .sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0]!;
    const report = reports.find((r) => r.id === latest.reportId)!;
    const deaths = page.getByTestId("headline-deaths");
    await expect(deaths).toContainText(latest.value.toLocaleString("en-US"));
    if (latest.qualifier === "at_least") await expect(deaths).toContainText("≥");
    await expect(page.getByTestId("headline-deaths-source")).toContainText(report.outlet);

    const displacement = page.getByTestId("headline-displacement");
    await expect(displacement.locator("[data-value]").first()).toBeVisible();
    await expect(page.getByTestId("headline-displacement-source")).toContainText("reported by");
    await expect(page.getByTestId("headline-displacement-source").getByRole("link")).toHaveCount(1);
  });

  test("draws one point per national death-toll figure", async ({ page }) => {
    const chart = page.getByTestId("deaths");
    await expect(chart.locator(".trend-point")).toHaveCount(nationalDeathTolls.length);
    const values = await chart
      .locator(".trend-point")
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))));
    expect(values.sort((a, b) => a - b)).toEqual(nationalDeathTolls.map((f) => f.value).sort((a, b) => a - b));
  });

  test("the table view shows the same numbers as the chart", async ({ page }) => {
    const panels = ["deaths", "daily-deaths", "displacement"];
    const drawn: Record<string, string[]> = {};
    for (const panelId of panels) {
      const panel = page.getByTestId(panelId);
      await expect(panel.locator(".trend-point").first()).toBeVisible();
      drawn[panelId] = await pointsOf(panel.locator(".recharts-wrapper"));
      expect(drawn[panelId]!.length, panelId).toBeGreaterThan(0);
    }
    await page.getByTestId("deaths").getByRole("tab", { name: "Table" }).click();
    for (const panelId of panels) {
      const table = page.getByTestId(panelId).getByRole("table");
      await expect(table).toBeVisible();
      expect(await pointsOf(table), panelId).toEqual(drawn[panelId]);
    }
  });

  test("the offensive chart lists the six offensives", async ({ page }) => {
    const panel = page.getByTestId("offensives");
    expect(offensives).toHaveLength(6);
    for (const o of offensives) {
      await expect(panel.getByRole("link", { name: o.name, exact: true })).toBeVisible();
    }
    await panel.getByRole("tab", { name: "Table" }).click();
    await expect(panel.getByRole("table").locator("tbody tr")).toHaveCount(offensives.length);
  });

  test("switches a chart between linear and logarithmic scales", async ({ page }) => {
    const panel = page.getByTestId("deaths");
    const ticks = () =>
      panel.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents();
    await expect(
      panel.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").first(),
    ).toBeVisible();
    const logTicks = await ticks();
    expect(logTicks).toContain("1M");
    await panel.getByRole("button", { name: "Linear" }).click();
    await expect(panel.getByRole("button", { name: "Linear" })).toHaveAttribute("aria-pressed", "true");
    await expect.poll(ticks).not.toEqual(logTicks);
  });

  test("works by keyboard: tabs by arrow keys, chart points by arrow keys", async ({ page }) => {
    const panel = page.getByTestId("deaths");
    await panel.getByRole("tab", { name: "Chart" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(panel.getByRole("tab", { name: "Table" })).toBeFocused();
    await expect(panel.getByRole("table")).toBeVisible();
    await page.keyboard.press("ArrowLeft");
    await expect(panel.locator(".recharts-wrapper")).toBeVisible();

    await panel.locator(".recharts-surface").first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(panel.locator(".recharts-tooltip-wrapper")).toContainText("As of");
  });
});

test("an offensive page and a report page open from links", async ({ page }) => {
  await page.goto("/");
  const target = offensives.find((o) => o.slug === "northwest-syria-2019") ?? offensives[0]!;
  await page.getByTestId("offensives").getByRole("link", { name: target.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/offensives/${target.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.name);

  const reportLink = page.getByRole("table").getByRole("link").filter({ hasText: /./ }).last();
  const href = await reportLink.getAttribute("href");
  expect(href).toMatch(/^\/reports\//);
  await reportLink.click();
  const report = reports.find((r) => `/reports/${r.id}` === href)!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(report.headline);
  await expect(page.getByTestId("figures-table").locator("tbody tr").first()).toBeVisible();
});

test("an unknown offensive gives the 404 page", async ({ page }) => {
  const response = await page.goto("/offensives/no-such-offensive");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
});

test("an unknown report gives the 404 page", async ({ page }) => {
  const response = await page.goto("/reports/no-such-report");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
});
