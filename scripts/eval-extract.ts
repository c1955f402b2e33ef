/**
 * npm run eval:extract -- GOLD.json
 * Scores extractFigures against a gold file (article texts beside it).
 */
import { parseArgs } from "node:util";
import { ExtractError } from "@/lib/extract";
import { evaluateGold, formatEvaluation } from "@/lib/extract/evaluate";

function main(): number {
  let goldPath: string | undefined;
  try {
    const { positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: {} });
    goldPath = positionals[0];
  } catch (e) {
    process.stderr.write(`eval-extract: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (!goldPath) {
    process.stderr.write("eval-extract: usage: npm run eval:extract -- GOLD.json\n");
    return 2;
  }
  try {
    process.stdout.write(`${formatEvaluation(evaluateGold(goldPath))}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ExtractError) {
      process.stderr.write(`eval-extract: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main();
