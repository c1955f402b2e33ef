import { expect, test } from "@playwright/test";
import { reports } from "./dataset";

const listed = (page: import("@playwright/test").Page) => page.getByTestId("report-list").locator("li");

test("the report list pages, searches and sorts, and links each report's address", async ({ page }) => {
  await page.goto("/reports");
  await expect(listed(page)).toHaveCount(Math.min(reports.length, 100));
  await expect(page.getByRole("navigation", { name: "Pages of reports" })).toContainText(
    `of ${reports.length.toLocaleString("en-US")}`,
  );
  await expect(listed(page).first().getByRole("link", { name: "source" })).toHaveAttribute("href", /^https?:\/\//);

  await page.getByLabel("Outlet, headline, address or language").fill("Reuters");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Reuters/);
  const expected = reports.filter((r) =>
    [r.outlet, r.headline, r.url ?? ""].join(" ").toLowerCase().includes("reuters"),
  );
  expect(expected.length).toBeGreaterThan(0);
  await expect(listed(page)).toHaveCount(Math.min(expected.length, 100));

  await page.getByRole("link", { name: "Date" }).click();
  await expect(page).toHaveURL(/dir=desc/);
  const days = await listed(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-report-id")!));
  const published = days.map((id) => reports.find((r) => r.id === id)!.published);
  expect(published).toEqual([...published].sort().reverse());
});
