import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./lib/testing/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: CHROMIUM_LAUNCH,
    trace: "off",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: CHROMIUM_LAUNCH } },
    {
      name: "phone",
      use: { viewport: { width: 360, height: 740 }, isMobile: false, launchOptions: CHROMIUM_LAUNCH },
      testMatch: /layout\.spec\.ts/,
    },
  ],
  webServer: {
    // The production build on a fresh database, so every run also checks first-start seeding.
    command: `rm -f data/e2e.sqlite data/e2e.sqlite-* && node scripts/start.mjs`,
    env: { PORT: String(PORT), DATABASE_PATH: "data/e2e.sqlite" },
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
