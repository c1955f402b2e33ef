import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractedFigureSchema } from "@/lib/schema";
import { parseExtractArgs, runExtractCli } from "./cli";
import { readReportFile } from "./sources";

const readReport = (file: string) => readReportFile(file).text;
import { ExtractError } from "./errors";

const root = path.resolve(__dirname, "..", "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "extract-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
}

const report = file("report.txt", "Rocket fire killed 4 civilians in Aleppo on Monday, activists said.\n");
const emptyFile = file("empty.txt", "");
const binaryFile = file("nul.bin", Buffer.from([0x41, 0x00, 0x42]));

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof ExtractError ? e.code : "not an ExtractError";
  }
  return undefined;
}

describe("argument parsing", () => {
  it("reads the publication day, outlet and files", () => {
    expect(parseExtractArgs(["--published", "2016-12-14", "--outlet", "AP", "a.txt", "b.txt"])).toEqual({
      published: "2016-12-14",
      outlet: "AP",
      files: ["a.txt", "b.txt"],
      url: null,
    });
  });

  it("takes a page's address instead of files, and lets a web page state its own day", () => {
    expect(parseExtractArgs(["--url", "http://example.org/a"])).toEqual({
      published: null,
      outlet: null,
      files: [],
      url: "http://example.org/a",
    });
    expect(parseExtractArgs(["page.html"]).published).toBeNull();
    expect(codeOf(() => parseExtractArgs(["--url", "http://example.org/a", "a.txt"]))).toBe("BAD_ARGS");
    expect(codeOf(() => parseExtractArgs(["page.html", "notes.txt"]))).toBe("BAD_DATE");
  });

  it("refuses missing or bad dates, unknown options and no files", () => {
    expect(codeOf(() => parseExtractArgs(["a.txt"]))).toBe("BAD_DATE");
    expect(codeOf(() => parseExtractArgs(["--published", "2016-13-01", "a.txt"]))).toBe("BAD_DATE");
    expect(codeOf(() => parseExtractArgs(["--published", "2015-02-29", "a.txt"]))).toBe("BAD_DATE");
    expect(codeOf(() => parseExtractArgs(["--published", "14/12/2016", "a.txt"]))).toBe("BAD_DATE");
    expect(codeOf(() => parseExtractArgs(["--published", "2016-12-14"]))).toBe("BAD_ARGS");
    expect(codeOf(() => parseExtractArgs(["--published", "2016-12-14", "--colour", "a.txt"]))).toBe("BAD_ARGS");
  });
});

describe("reading reports", () => {
  it("refuses missing, directory, empty, blank and binary files", () => {
    expect(codeOf(() => readReport(path.join(tmp, "absent.txt")))).toBe("FILE_MISSING");
    expect(codeOf(() => readReport(tmp))).toBe("FILE_UNREADABLE");
    expect(codeOf(() => readReport(emptyFile))).toBe("FILE_EMPTY");
    expect(codeOf(() => readReport(file("blank.txt", " \n\t\n")))).toBe("FILE_EMPTY");
    expect(codeOf(() => readReport(binaryFile))).toBe("FILE_BINARY");
    expect(codeOf(() => readReport(file("latin.bin", Buffer.from([0xff, 0xfe, 0x41]))))).toBe("FILE_BINARY");
  });

  it("reads a saved web page as its text, and a page with no words as empty", () => {
    const page = file(
      "page.html",
      "<html><head><script>var n = 5000;</script></head><body><p>At least 40 people were killed in Homs.</p></body></html>",
    );
    expect(readReport(page)).toBe("At least 40 people were killed in Homs.");
    expect(codeOf(() => readReport(file("bare.html", "<html><body><script>x()</script></body></html>")))).toBe(
      "FILE_EMPTY",
    );
  });
});

describe("runExtractCli", () => {
  it("prints one JSON array of valid figures and nothing else", async () => {
    let out = "";
    let err = "";
    const status = await runExtractCli(["--published", "2016-12-14", report, report], {
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
    });
    expect(status).toBe(0);
    expect(err).toBe("");
    const figures = JSON.parse(out) as unknown[];
    expect(figures).toHaveLength(2);
    for (const f of figures) expect(extractedFigureSchema.safeParse(f).success).toBe(true);
  });

  it("exits 2 with one line on stderr and empty stdout when any file is bad", async () => {
    let out = "";
    let err = "";
    const status = await runExtractCli(["--published", "2016-12-14", report, path.join(tmp, "absent.txt")], {
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
    });
    expect(status).toBe(2);
    expect(out).toBe("");
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain("absent.txt");
  });
});

/** A saved news page: an article, with navigation, a ticker, a "most read" box, related stories and a footer around it. */
const newsPage = path.join(__dirname, "fixtures", "pages", "aleppo-2016-09.html");
const ARTICLE_VALUES = [42, 110, 300000];
const BOILERPLATE_VALUES = [3000, 85, 12000, 290, 200, 17, 900, 1200];

/** Ours, in French: the extractor reads English only. */
const french = file(
  "rapport.txt",
  "Au moins quarante civils ont été tués mardi dans des frappes aériennes sur les quartiers est d'Alep, " +
    "selon une organisation de surveillance basée au Royaume-Uni. Des milliers de familles ont fui vers " +
    "la frontière turque au cours de la semaine, ont indiqué des travailleurs humanitaires sur place.\n",
);

async function runCli(...args: string[]) {
  let out = "";
  let err = "";
  const status = await runExtractCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { status, out, err };
}

describe("reading web pages", () => {
  let server: http.Server;
  let base = "";
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/world/aleppo") {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end(fs.readFileSync(newsPage));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  function values(out: string): number[] {
    return (JSON.parse(out) as { value: number }[]).map((f) => f.value);
  }

  it("reads a saved page's article and no number of its navigation, boxes or footer", async () => {
    const r = await runCli("--published", "2016-09-13", newsPage);
    expect(r.status).toBe(0);
    expect(values(r.out)).toEqual(expect.arrayContaining(ARTICLE_VALUES));
    for (const v of BOILERPLATE_VALUES) expect(values(r.out)).not.toContain(v);
  });

  it("fetches a page with --url and reads it as of the day the page states", async () => {
    const r = await runCli("--url", `${base}/world/aleppo`);
    expect(r.status).toBe(0);
    expect(r.err).toBe(
      `extract: read "Aleppo strikes kill dozens as truce collapses" (2016-09-13) from ${base}/world/aleppo\n`,
    );
    const figures = JSON.parse(r.out) as { value: number; periodEnd: string }[];
    expect(figures.map((f) => f.value)).toEqual(expect.arrayContaining(ARTICLE_VALUES));
    for (const f of figures) expect(f.periodEnd).toBe("2016-09-13");
    for (const v of BOILERPLATE_VALUES) expect(values(r.out)).not.toContain(v);
  });

  it("says in one line why a page cannot be read", async () => {
    const r = await runCli("--url", `${base}/gone`);
    expect(r).toMatchObject({ status: 2, out: "", err: "extract: url: the page answered 404\n" });
  });

  it("refuses a report in another language, naming it, instead of reading nothing", async () => {
    const r = await runCli("--published", "2016-09-13", french);
    expect(r).toMatchObject({
      status: 2,
      out: "",
      err: "extract: language: fr (French); only English is read for now\n",
    });
    const both = await runCli("--published", "2016-09-13", report, french);
    expect(both.err).toBe(`extract: ${french}: language: fr (French); only English is read for now\n`);
  });
});

describe("scripts/extract.ts", () => {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const run = (...args: string[]) =>
    spawnSync(tsx, [path.join(root, "scripts", "extract.ts"), ...args], { cwd: root, encoding: "utf8" });

  it("prints the figures as JSON on stdout", () => {
    const r = run("--published", "2016-12-12", report);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([
      { metric: "killed", value: 4, periodEnd: "2016-12-12", attributedTo: "activists" },
    ]);
  });

  it("exits 2 with one stderr line and no stack trace for bad input", () => {
    const r = run("--published", "2016-02-30", report);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr
      .trim()
      .split("\n")
      .filter((l) => !l.startsWith("npm warn"));
    expect(lines).toEqual([expect.stringMatching(/^extract: --published must be a calendar date/)]);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe("bad input", () => {
  it.each([
    ["a missing file", ["--published", "2016-12-14", path.join(tmp, "absent.txt")]],
    ["a binary file", ["--published", "2016-12-14", binaryFile]],
    ["an empty file", ["--published", "2016-12-14", emptyFile]],
    ["a bad date", ["--published", "2016-02-30", report]],
    ["no date", [report]],
    ["a report in French", ["--published", "2016-12-14", french]],
    ["an address that is not http(s)", ["--url", "ftp://example.org/report"]],
  ])("exits 2 with one stderr line and nothing on stdout for %s", async (_label, args) => {
    const r = await runCli(...args);
    expect(r.status).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^extract: /);
  });
});
