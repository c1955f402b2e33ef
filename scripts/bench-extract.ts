/**
 * npm run bench:extract
 * Throughput of extractFigures on one core over a generated corpus (≥ 10 MB).
 */
import { performance } from "node:perf_hooks";
import { extractFigures } from "@/lib/extract";
import { generateCorpus } from "@/lib/extract/bench-corpus";

const TARGET_BYTES = 10 * 1024 * 1024;

const corpus = generateCorpus(TARGET_BYTES);
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
