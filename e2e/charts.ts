import { expect, type Locator } from "@playwright/test";

/**
 * Charts arrive as plain SVG and load their interactive drawing when a reader
 * points at one: point at the chart in `panel` and wait for Recharts to draw it.
 * A pointer that arrived before the page hydrated is moved off and back.
 */
export async function activateChart(panel: Locator): Promise<Locator> {
  const wrapper = panel.locator(".recharts-wrapper").first();
  await expect(async () => {
    const plain = panel.locator("[data-static-chart]").first();
    if (await plain.isVisible()) {
      await panel.page().mouse.move(0, 0);
      await plain.hover({ timeout: 5_000 });
    }
    await expect(wrapper).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  return wrapper;
}

/**
 * Waits until React has hydrated the controls in `panel`: a click that lands
 * before then is replayed by React at best for the last one, so a test that
 * clicks several controls in one task must wait for this first.
 */
export async function hydrated(panel: Locator): Promise<void> {
  await expect
    .poll(() =>
      panel
        .locator("button")
        .first()
        .evaluate((button) => Object.keys(button).some((key) => key.startsWith("__reactProps"))),
    )
    .toBe(true);
}
