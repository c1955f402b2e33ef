/**
 * The ingest command (`npm run ingest`; its usage is at the top of
 * scripts/ingest.ts), kept here so tests run it in-process: starting a
 * process costs some two seconds of loading for each case.
 */
import { parseArgs } from "node:util";
import { ingestReport, latestPublicationDay, MAX_FIGURES_PER_REPORT } from "@/lib/actions";
import { DATABASE, prepareDatabase } from "@/lib/db/client";
import { describeDatabase } from "@/lib/db/location";
import { ExtractError } from "@/lib/extract/errors";
import type { PageText } from "@/lib/extract/html";
import { readableLanguage } from "@/lib/extract/language";
import { fetchReportPage, MAX_REPORT_BYTES, readReportFile } from "@/lib/extract/sources";
import { isoDateSchema, reportUrlSchema } from "@/lib/schema";
import { type CliIo, oneLine } from "./io";

const USAGE =
  "usage: npm run ingest -- [--published YYYY-MM-DD] --outlet NAME [--headline H] [--url U] [--language xx] [--max-bytes N] [--max-figures N] [FILE…]";

class UsageError extends Error {
  readonly code = "bad_args";
}

interface Options {
  published?: string;
  outlet: string;
  headline?: string;
  url?: string;
  language?: string;
  maxBytes: number;
  maxFigures: number;
  files: string[];
}

function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        published: { type: "string" },
        outlet: { type: "string" },
        headline: { type: "string" },
        url: { type: "string" },
        language: { type: "string" },
        "max-bytes": { type: "string" },
        "max-figures": { type: "string" },
      },
    });
  } catch (e) {
    throw new UsageError(`${oneLine(e instanceof Error ? e.message : String(e))} (${USAGE})`);
  }
  const { values, positionals: files } = parsed;
  const { published, outlet, headline, url, language } = values;

  // A page fetched from --url may state its own day; a file must be told it.
  if ((published === undefined || published === "") && (files.length > 0 || url === undefined)) {
    throw new UsageError(`missing --published YYYY-MM-DD (${USAGE})`);
  }
  if (published !== undefined) checkDay(published, "--published");
  if (outlet === undefined || outlet.trim() === "") throw new UsageError(`missing --outlet NAME (${USAGE})`);
  if (headline !== undefined && headline.trim() === "") throw new UsageError("--headline is empty");
  if (url !== undefined && !reportUrlSchema.safeParse(url).success) {
    throw new UsageError(`--url must be an http or https address, got "${url.slice(0, 200)}"`);
  }
  if (language !== undefined && !/^[a-z]{2}$/.test(language)) {
    throw new UsageError(`--language must be a two-letter ISO 639-1 code, got "${language}"`);
  }
  if (files.length === 0 && url === undefined) throw new UsageError(`no report file or --url given (${USAGE})`);
  // Each file of a batch is its own article with its own headline and address.
  if (files.length > 1 && (headline !== undefined || url !== undefined)) {
    throw new UsageError("--headline and --url describe one report: give them with a single file only");
  }
  const maxBytes = positiveInteger(values["max-bytes"], "--max-bytes", MAX_REPORT_BYTES);
  const maxFigures = positiveInteger(values["max-figures"], "--max-figures", MAX_FIGURES_PER_REPORT);
  return { published, outlet: outlet.trim(), headline, url, language, maxBytes, maxFigures, files };
}

function checkDay(day: string, what: string): void {
  if (!isoDateSchema.safeParse(day).success) {
    throw new UsageError(`${what} must be a calendar date as YYYY-MM-DD, got "${day}"`);
  }
  if (day > latestPublicationDay()) throw new UsageError(`${what} ${day} is in the future`);
}

interface Source extends PageText {
  name: string;
  published: string;
  language: string;
  url?: string;
}

/** Every report of the run, read and checked: a file's text, or the page at --url when no file is given. */
async function readSources(options: Options): Promise<Source[]> {
  const pages: (PageText & { name: string; url?: string })[] =
    options.files.length > 0
      ? options.files.map((file) => ({ ...readReportFile(file, options.maxBytes), name: file, url: options.url }))
      : [
          {
            ...(await fetchReportPage(options.url!, { allowPrivate: true, maxBytes: options.maxBytes })),
            name: options.url!,
          },
        ];
  return pages.map((page) => {
    const published = options.published ?? page.published;
    if (!published) throw new UsageError(`${page.name} states no publication day: give --published YYYY-MM-DD`);
    if (options.published === undefined) checkDay(published, `${page.name}: the page's date`);
    let language: string;
    try {
      language = readableLanguage(page.text, options.language);
    } catch (e) {
      throw e instanceof ExtractError ? new UsageError(`${page.name}: ${e.message}`) : e;
    }
    return { ...page, published, language };
  });
}

function positiveInteger(given: string | undefined, flag: string, fallback: number): number {
  if (given === undefined) return fallback;
  if (!/^[1-9]\d{0,11}$/.test(given)) throw new UsageError(`${flag} must be a positive whole number, got "${given}"`);
  return Number(given);
}

/**
 * Runs the ingest command on the database at `database` (DATABASE_URL or
 * DATABASE_PATH by default); returns the exit status: 0, 1 when a report
 * failed to store, 2 for bad input (nothing written).
 */
export async function runIngestCli(argv: readonly string[], io: CliIo, database: string = DATABASE): Promise<number> {
  try {
    return await ingest(argv, io, database);
  } catch (e) {
    io.stderr(`ingest: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

async function ingest(argv: readonly string[], io: CliIo, database: string): Promise<number> {
  let options: Options;
  let sources: Source[];
  try {
    options = parseOptions(argv);
    // Every report is read before the database is opened, so a bad one writes nothing.
    sources = await readSources(options);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ExtractError) {
      io.stderr(`ingest: ${oneLine(e.message)}\n`);
      return 2;
    }
    throw e;
  }

  let db;
  try {
    db = await prepareDatabase(database);
  } catch (e) {
    io.stderr(
      `ingest: cannot open the database at ${describeDatabase(database)}: ${oneLine(e instanceof Error ? e.message : String(e))}\n`,
    );
    return 1;
  }

  const total = sources.length;
  const tally = { added: 0, skipped: 0, figures: 0, failed: 0 };
  try {
    for (const [i, source] of sources.entries()) {
      const prefix = `[${i + 1}/${total}] ${source.name}`;
      try {
        const result = await ingestReport(
          db,
          {
            text: source.text,
            published: source.published,
            outlet: options.outlet,
            headline: options.headline ?? source.title ?? undefined,
            url: source.url,
            language: source.language,
          },
          { maxFigures: options.maxFigures },
        );
        for (const r of result.refused) {
          io.stderr(
            `${prefix}: figure ${r.index} left out (${oneLine(r.reason)}): "${oneLine(r.sentence).slice(0, 200)}"\n`,
          );
        }
        tally[result.status] += 1;
        tally.figures += result.figures;
        if (total > 1) {
          const what =
            result.status === "added"
              ? `added, ${result.figures} ${result.figures === 1 ? "figure" : "figures"}`
              : "skipped (already stored)";
          io.stderr(`${prefix}: ${what}\n`);
        }
      } catch (e) {
        tally.failed += 1;
        io.stderr(`${prefix}: failed, nothing stored: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
      }
    }
  } finally {
    await db.destroy();
  }

  io.stdout(`reports added: ${tally.added}, skipped: ${tally.skipped}, figures: ${tally.figures}\n`);
  return tally.failed > 0 ? 1 : 0;
}
