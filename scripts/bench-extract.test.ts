import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

// Runs the benchmark end to end; throughput is printed, never asserted.
describe("scripts/bench-extract.ts", () => {
  it("reports MB/s over at least 10 MB", () => {
    const r = spawnSync(
      path.join(root, "node_modules", ".bin", "tsx"),
      [path.join(root, "scripts", "bench-extract.ts")],
      { cwd: root, encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    const m = /([\d.]+) MB, \d+ figures in [\d.]+ s: ([\d.]+) MB\/s/.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(10);
  }, 120_000);
});
