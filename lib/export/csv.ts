/**
 * CSV as RFC 4180 writes it (quoted where needed, CRLF line ends, UTF-8),
 * either as one string or as a stream of bytes fed row by row, so an export
 * of the whole dataset never has to be held in memory.
 *
 * Cells are made safe for spreadsheets: a text cell that starts with a
 * formula character is prefixed with `'` (the OWASP "CSV injection" advice),
 * because reports and notes are user data and a spreadsheet would otherwise
 * run `=HYPERLINK(…)` found in them. Numeric columns are left alone so the
 * counts stay numbers.
 *
 * No byte-order mark is written: the first header cell stays `chart`/`id`
 * for HXL tools and CSV parsers that do not strip one.
 */
import { EXPORT_COLUMNS, type ExportColumn, type ExportRow } from "./rows";
import { streamText } from "./stream";

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<R> {
  header: string;
  value: (row: R) => CsvValue;
  /** Numbers here are written as numbers and never neutralised. */
  numeric?: boolean;
  /** The column's HXL hashtag, written in the row under the header when asked for. */
  hxl?: string;
}

export interface CsvOptions {
  /** Write the HXL hashtag row right under the header. */
  hxl?: boolean;
}

/** A first character that makes a spreadsheet read the cell as a formula (also after leading spaces). */
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text. */
export function formatCsvCell(value: CsvValue, numeric = false): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    // A number in a numeric column is data; elsewhere it is text like any other.
    if (numeric) return String(value);
  }
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: the cells joined by commas, ended by CRLF. */
export function formatCsvRecord(cells: readonly string[]): string {
  return `${cells.join(",")}\r\n`;
}

/** The header line, and the HXL hashtag line under it when asked for. */
export function csvHead<R>(columns: readonly CsvColumn<R>[], options: CsvOptions = {}): string {
  const header = formatCsvRecord(columns.map((c) => formatCsvCell(c.header)));
  if (!options.hxl) return header;
  return header + formatCsvRecord(columns.map((c) => formatCsvCell(c.hxl ?? "")));
}

export function csvRow<R>(row: R, columns: readonly CsvColumn<R>[]): string {
  return formatCsvRecord(columns.map((c) => formatCsvCell(c.value(row), c.numeric)));
}

/** A whole CSV document as a string. */
export function writeCsv<R>(rows: Iterable<R>, columns: readonly CsvColumn<R>[], options: CsvOptions = {}): string {
  let out = csvHead(columns, options);
  for (const row of rows) out += csvRow(row, columns);
  return out;
}

/** A CSV document as a byte stream (./stream.ts): the header, then the rows as the reader takes them. */
export function streamCsv<R>(
  rows: Iterable<R> | AsyncIterable<R>,
  columns: readonly CsvColumn<R>[],
  options: CsvOptions & { onError?: (error: unknown) => void } = {},
): ReadableStream<Uint8Array> {
  return streamText({
    head: csvHead(columns, options),
    rows,
    row: (r) => csvRow(r, columns),
    onError: options.onError,
  });
}

/** A row of a figures export: the figure's own id, then the export row. */
export type FigureExportRow = ExportRow & { id: string };

const NUMERIC_COLUMNS: ReadonlySet<ExportColumn> = new Set(["value", "high"]);

/** The export columns in EXPORT_COLUMNS order, with the figure id first when the rows are figures. */
export function exportColumns(options: { withId: true }): CsvColumn<FigureExportRow>[];
export function exportColumns(options?: { withId?: false }): CsvColumn<ExportRow>[];
export function exportColumns(
  options: { withId?: boolean } = {},
): CsvColumn<FigureExportRow>[] | CsvColumn<ExportRow>[] {
  const base: CsvColumn<ExportRow>[] = EXPORT_COLUMNS.map((name) => ({
    header: name,
    value: (row: ExportRow) => row[name],
    numeric: NUMERIC_COLUMNS.has(name),
  }));
  if (!options.withId) return base;
  return [{ header: "id", value: (row: FigureExportRow) => row.id }, ...base];
}

/** Export rows (plotted points or figures) as one CSV string. */
export function exportRowsToCsv(rows: readonly ExportRow[]): string {
  return writeCsv(rows, exportColumns());
}
