/**
 * The command line of scripts/extract.ts, kept here so it can be tested:
 * argument parsing, validation of the publication day, and reading reports
 * (missing, unreadable, empty or binary files are refused with one line).
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { isoDateSchema } from "@/lib/schema";
import { checkFigures } from "./check";
import { ExtractError } from "./errors";
import { extractFigures } from "./extract-figures";
import { htmlToText, looksLikeHtml } from "./html";

export interface ExtractCliOptions {
  published: string;
  outlet: string | null;
  files: string[];
}

export const USAGE = "usage: npm run extract -- --published YYYY-MM-DD [--outlet NAME] FILE…";

export function parseExtractArgs(argv: readonly string[]): ExtractCliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new ExtractError("BAD_ARGS", `${message ?? "bad arguments"} (${USAGE})`);
  }
  const { values, positionals } = parsed;
  const published = values.published;
  if (published === undefined || published === "")
    throw new ExtractError("BAD_DATE", `missing --published YYYY-MM-DD (${USAGE})`);
  if (!isoDateSchema.safeParse(published).success)
    throw new ExtractError("BAD_DATE", `--published must be a calendar date as YYYY-MM-DD, got "${published}"`);
  if (positionals.length === 0) throw new ExtractError("BAD_ARGS", `no report file given (${USAGE})`);
  return { published, outlet: values.outlet ?? null, files: positionals };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { published: { type: "string" }, outlet: { type: "string" } },
  });
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Report files larger than this are refused unread: an article is tens of kilobytes. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** The text of a report file (.html: its article's text), or an ExtractError saying why it cannot be one. */
export function readReport(file: string, maxBytes = MAX_REPORT_BYTES): string {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) {
      throw new ExtractError(
        "FILE_TOO_LARGE",
        `${file} is ${megabytes(size)}, over the limit of ${megabytes(maxBytes)} for one report`,
      );
    }
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
    if (code === "ENOENT") throw new ExtractError("FILE_MISSING", `no such file: ${file}`);
    if (code === "EISDIR") throw new ExtractError("FILE_UNREADABLE", `not a file but a directory: ${file}`);
    throw new ExtractError("FILE_UNREADABLE", `cannot read ${file}${code ? ` (${code})` : ""}`);
  }
  if (bytes.length === 0) throw new ExtractError("FILE_EMPTY", `empty file: ${file}`);
  if (bytes.includes(0)) throw new ExtractError("FILE_BINARY", `binary file, not report text: ${file}`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ExtractError("FILE_BINARY", `not UTF-8 text: ${file}`);
  }
  // A saved web page is read as its article's text.
  if (looksLikeHtml(file)) text = htmlToText(text).text;
  if (text.trim() === "") throw new ExtractError("FILE_EMPTY", `file holds no text: ${file}`);
  return text;
}

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Runs the extract command; returns the exit status (0, or 2 for bad input). */
export function runExtractCli(argv: readonly string[], io: CliIo): number {
  try {
    const options = parseExtractArgs(argv);
    // read every file before printing anything, so a bad file leaves stdout empty
    const texts = options.files.map((file) => readReport(file));
    // What the figure schema refuses is named on stderr, not printed.
    const { valid: figures, refused } = checkFigures(
      texts.flatMap((text) => extractFigures(text, { published: options.published })),
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

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
