#!/usr/bin/env node
// `npm start`: serve the production build on PORT (default 3000), building
// first when there is no build or the sources are newer than it. The
// database is created and seeded from data/ by the server itself on first use.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "package.json",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function run(args) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), ...args],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
if (builtAt < changedAt) {
  console.log(builtAt ? "Sources changed since the last build: building…" : "No build yet: building…");
  run(["build"]);
}
// Next's handler behind the guard of scripts/server.mjs (bad methods and paths get a 4xx, not a 500),
// in this process, so stopping `npm start` stops the server.
process.env.NODE_ENV = "production";
process.chdir(root);
await import("./server.mjs");
