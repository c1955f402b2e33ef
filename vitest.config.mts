import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React's server build; unit tests run the
      // server modules directly in Node, which is exactly where they belong.
      "server-only": path.join(root, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    globalSetup: ["lib/testing/seeds-setup.ts"],
    pool: "forks",
    // vitest's default is one worker fewer than the cores, which on CI's two cores is one: the suite's slow files
    // wait on child processes and databases, so two run side by side in about two-thirds of the time.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 30_000,
  },
});
