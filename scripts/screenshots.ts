/**
 * `npm run screenshots -- [URL]`: pictures of the overview, one offensive and
 * the figures table at 1280 and 360 px wide, for the README (docs/screenshots).
 * Starts nothing: point it at a running server (npm start).
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_LAUNCH } from "../lib/testing/chromium";

const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const OUT = path.join(process.cwd(), "docs", "screenshots");
const PAGES = [
  { name: "overview", path: "/", ready: ".trend-point" },
  { name: "offensive", path: "/offensives/eastern-ghouta-2018", ready: ".trend-point" },
  { name: "figures", path: "/figures", ready: "[data-testid=figures-table] tbody tr" },
];
const WIDTHS = [1280, 360];

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const p of PAGES) {
        const response = await page.goto(`${base}${p.path}`);
        if (!response?.ok()) throw new Error(`${p.path} answered ${response?.status() ?? "nothing"}`);
        await page.waitForSelector(p.ready);
        await page.waitForLoadState("networkidle");
        const file = path.join(OUT, `${p.name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: false });
        console.log(path.relative(process.cwd(), file));
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(`screenshots: ${(e as Error).message}`);
  process.exit(1);
});
