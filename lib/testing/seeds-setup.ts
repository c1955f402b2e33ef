/**
 * vitest global setup: says once per run that the seed-dependent tests are
 * skipped because ../shared/seeds is absent, and fails the run at once under
 * CI=true, where their absence is an error.
 */
import { SEEDS_MISSING, seedsAvailable } from "./seeds";

export default function setup(): void {
  if (seedsAvailable) return;
  if (process.env.CI === "true") throw new Error(`${SEEDS_MISSING} (required under CI=true)`);
  console.warn(`note: ${SEEDS_MISSING}; the tests that read the seed reports are skipped.`);
}
