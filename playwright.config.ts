import { defineConfig, devices } from "@playwright/test";
import { databaseEnv } from "./lib/db/location";
import { CHROMIUM_LAUNCH } from "./lib/testing/chromium";
import { e2eDatabase } from "./e2e/private-server";

const PORT = Number(process.env.E2E_PORT ?? 3210);
// data/e2e-shared.sqlite, or a PostgreSQL database under TEST_DATABASE=postgres (npm run test:postgres).
const DATABASE = e2eDatabase("shared");

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
    command: `node_modules/.bin/tsx e2e/fresh-database.ts '${DATABASE}' && node scripts/start.mjs`,
    env: { PORT: String(PORT), ...databaseEnv(DATABASE) },
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
