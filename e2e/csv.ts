/** Reading CSV downloads back in the specs, as a spreadsheet would. */
import { expect } from "@playwright/test";

/** RFC 4180, as a spreadsheet would read it: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  expect(cell, "the CSV ends with CRLF").toBe("");
  return rows;
}

/** The header and the rows of a CSV as objects keyed by header. */
export function csvRecords(text: string, { hxl = false } = {}) {
  const [header = [], ...rest] = parseCsv(text);
  const tags = hxl ? (rest.shift() ?? []) : [];
  return { header, tags, records: rest.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]))) };
}
