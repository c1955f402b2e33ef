/**
 * npm run extract -- [--published YYYY-MM-DD] [--outlet NAME] (FILE… | --url URL)
 * Prints the figures read from the reports as one JSON array.
 */
import { runExtractCli } from "@/lib/extract/cli";

void runExtractCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
}).then((status) => {
  process.exitCode = status;
});
