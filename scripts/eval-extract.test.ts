import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const run = (...args: string[]) =>
  spawnSync(tsx, [path.join(root, "scripts", "eval-extract.ts"), ...args], { cwd: root, encoding: "utf8" });

describe("scripts/eval-extract.ts", () => {
  it("prints per-article results and the scores", () => {
    const r = run(path.join(root, "lib", "extract", "fixtures", "heldout", "gold.json"));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/aleppo-2016-12\.txt: \d+ matched/);
    expect(r.stdout).toMatch(/precision [\d.]+% .* recall [\d.]+% .* F1 [\d.]+%/);
    expect(r.stdout).toMatch(/periodEnd ±1 day [\d.]+%\s+qualifier [\d.]+%\s+attributedTo [\d.]+%/);
  });

  it("exits 2 with one line for a missing gold file", () => {
    const r = run(path.join(root, "no-such-gold.json"));
    expect(r.status).toBe(2);
    expect(
      r.stderr
        .trim()
        .split("\n")
        .filter((l) => !l.startsWith("npm warn")),
    ).toHaveLength(1);
  });
});
