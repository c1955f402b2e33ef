import { describe, expect, it, vi } from "vitest";
import { makeFigure } from "../testing/figures";
import { exportColumns, exportRowsToCsv, formatCsvCell, streamCsv, writeCsv, type CsvColumn } from "./csv";
import { EXPORT_COLUMNS, figureToRow } from "./rows";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("formatCsvCell", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    [true, "true"],
    [false, "false"],
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ["Baba Amr · UN", "Baba Amr · UN"],
  ])("writes %j as %j", (value, expected) => {
    expect(formatCsvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["  =1+1", "'  =1+1"],
    ["\t=1", "'\t=1"],
    ["\tplain", "'\tplain"],
    ["\rplain", '"\'\rplain"'],
  ])("neutralises the formula %j", (value, expected) => {
    expect(formatCsvCell(value)).toBe(expected);
  });

  it("neutralises a formula that also needs quoting", () => {
    expect(formatCsvCell("=1,2")).toBe(`"'=1,2"`);
  });

  it("writes numbers in numeric columns as plain numbers, and as text elsewhere", () => {
    expect(formatCsvCell(-5, true)).toBe("-5");
    expect(formatCsvCell(7500, true)).toBe("7500");
    expect(formatCsvCell(-5)).toBe("'-5");
    expect(formatCsvCell(Number.NaN, true)).toBe("");
  });
});

describe("export CSV", () => {
  const note = '=cmd|" /C calc"!A0, with a comma\nand a line';
  const rows = [
    figureToRow(makeFigure({ note, value: 7500, high: 9000, location: "Homs, Baba Amr" })),
    figureToRow(makeFigure({ metric: "refugees", value: 200, vague: true, qualifier: "at_least", periodStart: null })),
  ];

  it("writes the header in EXPORT_COLUMNS order and ends every line with CRLF", () => {
    const csv = exportRowsToCsv(rows);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(","));
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\r(?!\n)/);
  });

  it("neutralises a note beginning with = and quotes its commas, quotes and newline", () => {
    const csv = exportRowsToCsv(rows);
    expect(csv).toContain(`"'=cmd|"" /C calc""!A0, with a comma\nand a line"`);
    expect(csv).toContain('"Homs, Baba Amr"');
  });

  it("writes counts as numbers, null as empty and booleans as true/false", () => {
    const second = exportRowsToCsv(rows).split("\r\n")[2] ?? "";
    const cells = second.split(",");
    const at = (c: (typeof EXPORT_COLUMNS)[number]) => cells[EXPORT_COLUMNS.indexOf(c)];
    expect(at("value")).toBe("200");
    // The reported words travel with the floor, so "hundreds" is never read as a count of 200.
    expect(at("reported")).toBe("“hundreds” (read as at least 200)");
    expect(exportRowsToCsv(rows)).toContain('"7,500 to 9,000"');
    expect(at("high")).toBe("");
    expect(at("vague")).toBe("true");
    expect(at("periodStart")).toBe("");
    expect(at("chart")).toBe("");
  });

  it("puts the figure id first for figure exports", () => {
    const csv = writeCsv([{ id: "f-x", ...rows[0]! }], exportColumns({ withId: true }));
    expect(csv.startsWith(`id,${EXPORT_COLUMNS.join(",")}\r\nf-x,`)).toBe(true);
  });

  it("streams the same bytes as the string writer, from sync and async iterables", async () => {
    const expected = exportRowsToCsv(rows);
    expect(await readAll(streamCsv(rows, exportColumns()))).toBe(expected);
    async function* gen() {
      for (const r of rows) yield r;
    }
    expect(await readAll(streamCsv(gen(), exportColumns()))).toBe(expected);
  });

  it("streams many rows in chunks, as UTF-8", async () => {
    const many = Array.from({ length: 2000 }, () => ({ ...rows[0]!, location: "Ḥimṣ" }));
    const stream = streamCsv(many, exportColumns());
    const reader = stream.getReader();
    let chunks = 0;
    const bytes: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      chunks += 1;
      bytes.push(r.value);
    }
    expect(chunks).toBeGreaterThan(2);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(bytes));
    expect(text).toBe(exportRowsToCsv(many));
  });

  it("closes the source when the reader cancels", async () => {
    const finished = vi.fn();
    async function* endless() {
      try {
        for (;;) yield rows[0]!;
      } finally {
        finished();
      }
    }
    const reader = streamCsv(endless(), exportColumns()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(finished).toHaveBeenCalledOnce();
  });

  it("reports a failing source once and errors the stream", async () => {
    const onError = vi.fn();
    async function* failing() {
      yield rows[0]!;
      throw new Error("cursor lost");
    }
    await expect(readAll(streamCsv(failing(), exportColumns(), { onError }))).rejects.toThrow("cursor lost");
    expect(onError).toHaveBeenCalledOnce();
  });

  it("writes the HXL row under the header only when asked", () => {
    const columns: CsvColumn<{ a: string }>[] = [{ header: "a", value: (r) => r.a, hxl: "#meta+a" }];
    expect(writeCsv([{ a: "x" }], columns)).toBe("a\r\nx\r\n");
    expect(writeCsv([{ a: "x" }], columns, { hxl: true })).toBe("a\r\n#meta+a\r\nx\r\n");
  });
});
