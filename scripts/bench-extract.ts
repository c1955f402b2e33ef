/**
 * npm run bench:extract [-- --mb N]
 * Throughput of extractFigures on one core over a generated corpus (10 MB unless --mb says otherwise).
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { extractFigures } from "@/lib/extract";
import { generateCorpus } from "@/lib/extract/bench-corpus";

const DEFAULT_MB = 10;

function targetMegabytes(): number | null {
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { mb: { type: "string" } } });
    const mb = values.mb === undefined ? DEFAULT_MB : Number(values.mb);
    if (!Number.isFinite(mb) || mb <= 0 || mb > 1024) throw new Error(`--mb must be a number of megabytes, 0 to 1024`);
    return mb;
  } catch (e) {
    process.stderr.write(`bench-extract: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
}

function main(): number {
  const target = targetMegabytes();
  if (target === null) return 2;
  const corpus = generateCorpus(target * 1024 * 1024);
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text, "utf8"), 0);

  // warm the JIT and the regular expressions before timing
  for (const a of corpus.slice(0, 50)) extractFigures(a.text, { published: a.published });

  const started = performance.now();
  let figures = 0;
  for (const a of corpus) figures += extractFigures(a.text, { published: a.published }).length;
  const seconds = (performance.now() - started) / 1000;
  const mb = bytes / (1024 * 1024);

  process.stdout.write(
    `${corpus.length} articles, ${mb.toFixed(1)} MB, ${figures} figures in ${seconds.toFixed(2)} s: ${(mb / seconds).toFixed(2)} MB/s (one core)\n`,
  );
  return 0;
}

process.exitCode = main();
