import { expect, test } from "@playwright/test";

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
