import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { offensives, reports } from "./dataset";

const PAGES = [
  "/",
  "/figures",
  "/reports",
  `/reports/${reports[0]!.id}`,
  "/reports?q=reuters&order=figures&dir=desc",
  "/figures/ap-2012-03-13-5",
  `/offensives/${offensives.find((o) => o.slug === "northwest-syria-2019")?.slug ?? offensives[0]!.slug}`,
  `/offensives/${offensives.find((o) => o.slug === "idlib-city-2012")?.slug ?? offensives[0]!.slug}`,
  "/offensives/no-such-offensive",
  "/sign-in",
];

for (const path of PAGES) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    // axe walks every node: the overview's charts draw over a thousand points (20-25 s on 2 cores).
    test.setTimeout(90_000);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("axe finds no violations in the table views", async ({ page }) => {
  // Every table of the overview is in the page at once: hundreds of rows for axe to walk.
  test.setTimeout(120_000);
  await page.goto("/");
  for (const panel of ["deaths", "offensives"]) {
    await page.getByTestId(panel).getByRole("tab", { name: "Table" }).click();
  }
  // Opening a table fetches the reports behind its points, and the panel is busy until they come: axe reads
  // the tables as they settle
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("a panel refreshing its data keeps its text's contrast", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  // hold the reports the table asks for, so the panel stays busy while axe reads it
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/v1/series**", async (route) => {
    await held;
    await route.continue();
  });
  const panel = page.getByTestId("deaths");
  await panel.getByRole("tab", { name: "Table" }).click();
  await expect(panel).toHaveAttribute("aria-busy", "true");
  const results = await new AxeBuilder({ page })
    .include('[data-testid="deaths"]')
    .withRules(["color-contrast"])
    .analyze();
  release();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
