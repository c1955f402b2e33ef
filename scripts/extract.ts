/**
 * npm run extract -- [--published YYYY-MM-DD] [--outlet NAME] (FILE… | --url URL)
 * Prints the figures read from the reports as one JSON array.
 */
import { processIo } from "@/lib/cli/io";
import { runExtractCli } from "@/lib/extract/cli";

void runExtractCli(process.argv.slice(2), processIo).then((status) => {
  process.exitCode = status;
});
