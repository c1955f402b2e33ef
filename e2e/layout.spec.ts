import { expect, test, type Locator } from "@playwright/test";
import { activateChart } from "./charts";

// Runs at 360 px wide (the "phone" project) and on the desktop.
for (const path of ["/", "/figures", "/offensives/northwest-syria-2019"]) {
  test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the figures table fits its box: no column is cut, and value, hedge, date and source stay visible", async ({
  page,
}) => {
  await page.goto("/figures");
  const table = page.getByTestId("figures-table");
  await expect(table.locator("tbody tr").first()).toBeVisible();
  const { scroll, box } = await table.evaluate((t) => ({
    scroll: t.parentElement!.scrollWidth,
    box: t.parentElement!.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(box);
  for (const name of ["As of", "Value", "Reported in"]) {
    await expect(table.getByRole("columnheader", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  const first = table.locator("tbody tr").first();
  await expect(first).toContainText(/at least|about|exact|up to|word of magnitude/);
  // The source: its own column on wider screens, a line under the report on a phone.
  if ((page.viewportSize()?.width ?? 0) < 640) await expect(first.getByText(/^figure from /)).toBeVisible();
  else await expect(table.getByRole("columnheader", { name: /^Figure from/ })).toBeVisible();
});

test("offensive bar labels are drawn whole, inside the chart, plain or interactive", async ({ page }) => {
  await page.goto("/");
  const panel = page.getByTestId("offensives");
  await expect(panel.locator(".breakdown-bar").first()).toBeVisible();
  const cutIn = (chart: Locator) =>
    chart.evaluate((box) => {
      const right = box.getBoundingClientRect().right;
      return [...box.querySelectorAll(".breakdown-bar text, text.breakdown-bar")]
        .filter((t) => t.getBoundingClientRect().right > right + 1)
        .map((t) => t.textContent);
    });
  expect(await cutIn(panel.locator("[data-static-chart]").first())).toEqual([]);
  await activateChart(panel);
  expect(await cutIn(panel.locator(".recharts-wrapper svg").first())).toEqual([]);
});

test("a chart's Download and Embed panels open whole on the screen", async ({ page }) => {
  await page.goto("/");
  const width = page.viewportSize()!.width;
  for (const id of ["deaths", "daily-deaths", "offensives"]) {
    const panel = page.getByTestId(id);
    for (const label of ["Download", "Embed"]) {
      const summary = panel.locator("summary", { hasText: new RegExp(`^${label}$`) });
      await summary.click();
      const opened = summary.locator("xpath=following-sibling::div[1]");
      await expect(opened).toBeVisible();
      // Every edge inside the screen and inside the chart's own frame, which clips what it holds.
      await expect
        .poll(async () => {
          const [box, frame] = await Promise.all([opened.boundingBox(), panel.boundingBox()]);
          return box!.x >= Math.max(0, frame!.x) && box!.x + box!.width <= Math.min(width, frame!.x + frame!.width);
        })
        .toBe(true);
      await summary.click();
      await expect(opened).toBeHidden();
    }
  }
});

test("a chart's time labels do not run into one another", async ({ page }) => {
  await page.goto("/");
  for (const id of ["deaths", "daily-deaths", "displacement"]) {
    const labels = page.getByTestId(id).locator("[data-static-chart] [data-axis=time] text");
    await expect(labels.first()).toBeVisible();
    const boxes = await labels.evaluateAll((texts) =>
      texts
        .filter((t) => getComputedStyle(t).display !== "none")
        .map((t) => t.getBoundingClientRect())
        .map((r) => ({ left: r.left, right: r.right })),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);
  }
});
