/**
 * The command line of scripts/extract.ts, kept here so it can be tested:
 * argument parsing, validation of the publication day, reading each report
 * (a file, or a page fetched with --url) and refusing what the extractor
 * cannot read (another language) with one line and exit 2.
 */
import { parseArgs } from "node:util";
import type { CliIo } from "@/lib/cli/io";
import { isoDateSchema } from "@/lib/schema";
import type { PageText } from "./html";
import { checkFigures } from "./check";
import { ExtractError } from "./errors";
import { extractFigures } from "./extract-figures";
import { readableLanguage } from "./language";
import { fetchReportPage, readReportFile } from "./sources";

export interface ExtractCliOptions {
  /** Null when not given: each report must then state its own day (a web page's metadata). */
  published: string | null;
  outlet: string | null;
  files: string[];
  url: string | null;
}

export const USAGE = "usage: npm run extract -- [--published YYYY-MM-DD] [--outlet NAME] (FILE… | --url URL)";

export function parseExtractArgs(argv: readonly string[]): ExtractCliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new ExtractError("BAD_ARGS", `${message ?? "bad arguments"} (${USAGE})`);
  }
  const { values, positionals } = parsed;
  const published = values.published ?? null;
  if (published !== null && !isoDateSchema.safeParse(published).success)
    throw new ExtractError("BAD_DATE", `--published must be a calendar date as YYYY-MM-DD, got "${published}"`);
  const url = values.url ?? null;
  if (url !== null && positionals.length > 0)
    throw new ExtractError("BAD_ARGS", `give report files or --url, not both (${USAGE})`);
  if (url === null && positionals.length === 0) throw new ExtractError("BAD_ARGS", `no report file given (${USAGE})`);
  // Plain text says nothing of its day; only a web page may.
  if (published === null && url === null && !positionals.every((f) => /\.x?html?$/i.test(f)))
    throw new ExtractError("BAD_DATE", `missing --published YYYY-MM-DD (${USAGE})`);
  return { published, outlet: values.outlet ?? null, files: positionals, url };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { published: { type: "string" }, outlet: { type: "string" }, url: { type: "string" } },
  });
}

interface Source extends PageText {
  name: string;
}

/** The day a report's figures are read as of: --published, else the day its page states. */
function publicationDay(source: Source, given: string | null): string {
  const day = given ?? source.published;
  if (day === null) {
    throw new ExtractError("BAD_DATE", `${source.name} states no publication day: give --published YYYY-MM-DD`);
  }
  return day;
}

/** Runs the extract command; returns the exit status (0, or 2 for bad input). */
export async function runExtractCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseExtractArgs(argv);
    // Read every report before printing anything, so a bad one leaves stdout empty.
    const page = options.url ? await fetchReportPage(options.url, { allowPrivate: true }) : null;
    const sources: Source[] = page
      ? [{ ...page, name: page.url }]
      : options.files.map((file) => ({ ...readReportFile(file), name: file }));
    const days = sources.map((s) => publicationDay(s, options.published));
    for (const s of sources) {
      try {
        readableLanguage(s.text);
      } catch (e) {
        if (e instanceof ExtractError && sources.length > 1) throw new ExtractError(e.code, `${s.name}: ${e.message}`);
        throw e;
      }
    }
    if (page) {
      io.stderr(`extract: read "${page.title ?? "untitled"}" (${days[0]}) from ${page.url}\n`);
    }
    // What the figure schema refuses is named on stderr, not printed.
    const { valid: figures, refused } = checkFigures(
      sources.flatMap((s, i) => extractFigures(s.text, { published: days[i]! })),
    );
    for (const r of refused)
      io.stderr(`extract: figure ${r.index} left out (${r.reason}): "${r.sentence.slice(0, 200)}"\n`);
    io.stdout(`${JSON.stringify(figures, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof ExtractError) {
      io.stderr(`extract: ${e.message}\n`);
      return 2;
    }
    io.stderr(`extract: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
