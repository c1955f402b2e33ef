/**
 * The project keeps the seed reports' facts, never their sentences: no run of
 * ten consecutive words of a seed may appear in the extractor's files.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { describeWithSeeds, SEEDS_DIR } from "@/lib/testing/seeds";

const RUN = 10;
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[a-z0-9']+/g) ?? [];

function runsOf(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(" "));
  return out;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

const root = path.resolve(__dirname, "..", "..");
const OWN_FILES = [
  ...filesUnder(__dirname),
  ...fs
    .readdirSync(path.join(root, "scripts"))
    .filter((f) => /(?:^|-)extract/.test(f))
    .map((f) => path.join(root, "scripts", f)),
];

describeWithSeeds("no seed sentences in the project", () => {
  const seedRuns = new Set<string>();
  for (const f of fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt"))) {
    for (const r of runsOf(fs.readFileSync(path.join(SEEDS_DIR, f), "utf8"))) seedRuns.add(r);
  }

  it.each(OWN_FILES.map((f) => [path.relative(root, f), f]))("%s shares no ten-word run with a seed", (_name, file) => {
    const shared = [...runsOf(fs.readFileSync(file, "utf8"))].filter((r) => seedRuns.has(r));
    expect(shared).toEqual([]);
  });
});
