/**
 * npm run extract -- --published YYYY-MM-DD [--outlet NAME] FILE…
 * Prints the figures read from the report files as one JSON array.
 */
import { runExtractCli } from "@/lib/extract/cli";

process.exitCode = runExtractCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
