import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const bench = (...args: string[]) =>
  spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "scripts", "bench-extract.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
  });

// Runs the benchmark end to end, on a smaller corpus than its default 10 MB; throughput is printed, never asserted.
describe("scripts/bench-extract.ts", () => {
  it("reports MB/s over the megabytes --mb asks for", () => {
    const r = bench("--mb", "1");
    expect(r.status, r.stderr).toBe(0);
    const m = /([\d.]+) MB, \d+ figures in [\d.]+ s: ([\d.]+) MB\/s/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(m?.[1])).toBeLessThan(1.5);
  }, 120_000);

  it("refuses a size that is not a number of megabytes, with one line and exit 2", () => {
    const r = bench("--mb", "lots");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual(["bench-extract: --mb must be a number of megabytes, 0 to 1024"]);
  });
});
