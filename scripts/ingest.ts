/**
 * npm run ingest -- [--published YYYY-MM-DD] --outlet NAME [--headline H] [--url U] [--language xx]
 *                   [--max-bytes N] [--max-figures N] [FILE…]
 * Reads the figures of each report file, or with no file of the page at
 * --url, and stores report and figures in the database of DATABASE_URL or DATABASE_PATH,
 * marked as machine-extracted. A page keeps its address, and its title and
 * day when it states them and the flags do not. Arguments and every report
 * are checked before anything is written (exit 2): a date after today, a
 * URL that is not http(s), a file over --max-bytes (5 MB), a page that cannot
 * be read, a report not in English (the language is detected). A figure the
 * schema refuses is named on stderr with its sentence and left out; a report
 * over --max-figures (500) or that fails to store is rolled back alone and
 * the run goes on (exit 1 at the end).
 */
import { runIngestCli } from "@/lib/cli/ingest";
import { processIo } from "@/lib/cli/io";

void runIngestCli(process.argv.slice(2), processIo).then((status) => {
  process.exitCode = status;
});
