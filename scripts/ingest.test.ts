import { execFile } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIngestCli } from "@/lib/cli/ingest";
import { openDatabase, prepareDatabase } from "@/lib/db/client";
import { databaseEnv } from "@/lib/db/location";
import { createTestDatabase, refuseFigureInserts, type TestDatabase } from "@/lib/testing/databases";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const FIXTURES = path.join(ROOT, "lib", "testing", "fixtures", "ingest");
const YABROUD = path.join(FIXTURES, "yabroud-2014-02.txt");
const KASAB = path.join(FIXTURES, "kasab-2014-04.txt");
const TALKS = path.join(FIXTURES, "talks-2014-05.txt");

let dir: string;
let database: TestDatabase;
let dbFile: string;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-cli-"));
  database = await createTestDatabase("ingest-cli");
  dbFile = database.location;
});

afterEach(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await database.drop();
});

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** The command `npm run ingest` runs, in this process, on the database at `database`. */
async function ingestInto(database: string, args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await runIngestCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, database);
  return { status, stdout, stderr };
}

/** The script itself, as `npm run ingest` starts it, without npm's own chatter on stderr. */
function ingestProcess(database: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ["--conditions=react-server", "scripts/ingest.ts", ...args],
      { cwd: ROOT, env: { ...process.env, ...databaseEnv(database) } },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

const ingest = (...args: string[]) => ingestInto(dbFile, args);

const lines = (s: string) => s.split("\n").filter((l) => l !== "");

async function storedIngest() {
  const db = openDatabase(dbFile);
  try {
    const reports = await db.selectFrom("reports").selectAll().where("origin", "=", "ingest").orderBy("id").execute();
    const figures = await db.selectFrom("figures").selectAll().where("review", "=", "machine").orderBy("id").execute();
    return { reports, figures };
  } finally {
    await db.destroy();
  }
}

describe("npm run ingest", () => {
  it("creates the database, stores one report and prints the summary", async () => {
    const run = await ingest(
      "--published",
      "2014-02-17",
      "--outlet",
      "Test Wire",
      "--url",
      "https://example.org/a",
      YABROUD,
    );
    expect(run).toEqual({ status: 0, stdout: "reports added: 1, skipped: 0, figures: 3\n", stderr: "" });

    const { reports, figures } = await storedIngest();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      outlet: "Test Wire",
      published: "2014-02-17",
      url: "https://example.org/a",
      origin: "ingest",
    });
    expect(figures).toHaveLength(3);
    expect(figures.every((f) => f.report_id === reports[0]!.id && f.sentence !== null)).toBe(true);
  });

  it("reads the page at --url when no file is given, keeping its address, title and day", async () => {
    const page = path.join(ROOT, "lib", "extract", "fixtures", "pages", "aleppo-2016-09.html");
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(fs.readFileSync(page));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/world/aleppo`;
    try {
      const run = await ingest("--outlet", "The Daily Ledger", "--url", url);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const { reports, figures } = await storedIngest();
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatchObject({
        url,
        published: "2016-09-13",
        language: "en",
        headline: expect.stringContaining("Aleppo strikes kill dozens"),
      });
      const values = figures.map((f) => f.value);
      expect(values).toEqual(expect.arrayContaining([42, 110, 300000]));
      // The page's "most read" box and footer give none.
      for (const v of [85, 12000, 290, 1200]) expect(values).not.toContain(v);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("skips a report already stored", async () => {
    await ingest("--published", "2014-02-17", "--outlet", "Test Wire", YABROUD);
    const before = await storedIngest();
    const run = await ingest("--published", "2014-02-17", "--outlet", "Test Wire", YABROUD);
    expect(run).toEqual({ status: 0, stdout: "reports added: 0, skipped: 1, figures: 0\n", stderr: "" });
    expect(await storedIngest()).toEqual(before);
  });

  it("reports progress on stderr for several files", async () => {
    await ingest("--published", "2014-02-17", "--outlet", "Test Wire", YABROUD);
    const run = await ingest(
      "--published",
      "2014-04-10",
      "--outlet",
      "Test Wire",
      "--language",
      "en",
      KASAB,
      YABROUD,
      TALKS,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("reports added: 2, skipped: 1, figures: 2\n");
    expect(lines(run.stderr)).toEqual([
      `[1/3] ${KASAB}: added, 2 figures`,
      `[2/3] ${YABROUD}: skipped (already stored)`,
      `[3/3] ${TALKS}: added, 0 figures`,
    ]);
    const { reports } = await storedIngest();
    // Each file of a batch is headed by its own first line.
    expect(reports.map((r) => r.headline).sort()).toEqual([
      "Envoy says talks cannot resume before summer",
      "Families leave Yabroud as army presses Qalamoun push",
      "Fighting for Kasab drags into a fourth week",
    ]);
  });

  it("rolls back a report that fails to store, goes on, and exits 1", async () => {
    const db = await prepareDatabase(dbFile);
    // Refuses only the Kasab report's figures, the way a failing disk would refuse one write.
    await refuseFigureInserts(db, true, "Kasab");
    await db.destroy();

    const run = await ingest("--published", "2014-04-10", "--outlet", "Test Wire", KASAB, YABROUD);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("reports added: 1, skipped: 0, figures: 3\n");
    const err = lines(run.stderr);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(new RegExp(`^\\[1/2\\] ${KASAB}: failed, nothing stored: .*forced failure`));
    expect(err[1]).toBe(`[2/2] ${YABROUD}: added, 3 figures`);

    const { reports, figures } = await storedIngest();
    expect(reports.map((r) => r.headline)).toEqual(["Families leave Yabroud as army presses Qalamoun push"]);
    expect(figures).toHaveLength(3);
  });

  it("names a figure it leaves out, with its sentence and why, and stores the rest", async () => {
    const file = path.join(dir, "impossible.txt");
    fs.writeFileSync(
      file,
      "At least 100000000000000000000 people were killed in the fighting, the monitor said on Monday. " +
        "More than 2,000 people fled Yabroud on Sunday, the United Nations said.\n",
    );
    const run = await ingestInto(dbFile, ["--published", "2014-02-17", "--outlet", "W", file]);
    expect(run.status).toBe(0);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(/figure 1 left out \(value: .*\): "At least 100000000000000000000 people were killed/),
    ]);
    expect(run.stdout).toContain("figures: 1");
  });

  it("refuses a report with more figures than --max-figures, and exits 1", async () => {
    const run = await ingestInto(dbFile, ["--published", "2014-02-17", "--outlet", "W", "--max-figures", "2", YABROUD]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/gives 3 figures, over the limit of 2/);
    expect(run.stdout).toContain("reports added: 0");
  });

  describe("refuses bad input with exit 2, one line on stderr, and writes nothing", () => {
    type Case = [string, (own: string) => string[], RegExp];
    const cases: Case[] = [
      [
        "a missing file",
        (own) => ["--published", "2014-02-17", "--outlet", "W", path.join(own, "nope.txt")],
        /no such file/,
      ],
      [
        "an empty file",
        (own) => ["--published", "2014-02-17", "--outlet", "W", write(own, "empty.txt", "")],
        /empty file/,
      ],
      [
        "a file of blank lines",
        (own) => ["--published", "2014-02-17", "--outlet", "W", write(own, "blank.txt", "\n  \n")],
        /no text/,
      ],
      [
        "a binary file",
        (own) => [
          "--published",
          "2014-02-17",
          "--outlet",
          "W",
          write(own, "x.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])),
        ],
        /binary/,
      ],
      [
        "a file not in UTF-8",
        (own) => [
          "--published",
          "2014-02-17",
          "--outlet",
          "W",
          write(own, "latin1.txt", Buffer.from("Alep, d\xe9cembre", "latin1")),
        ],
        /UTF-8/,
      ],
      ["a directory", (own) => ["--published", "2014-02-17", "--outlet", "W", own], /directory/],
      [
        "a bad date",
        () => ["--published", "2014-02-30", "--outlet", "W", YABROUD],
        /--published must be a calendar date/,
      ],
      ["no date", () => ["--outlet", "W", YABROUD], /missing --published/],
      ["no outlet", () => ["--published", "2014-02-17", YABROUD], /missing --outlet/],
      ["no file", () => ["--published", "2014-02-17", "--outlet", "W"], /no report file or --url/],
      [
        "a report in another language",
        (own) => [
          "--published",
          "2014-02-17",
          "--outlet",
          "W",
          write(
            own,
            "bericht.txt",
            "Bei Luftangriffen auf die Stadt Jabrud sind nach Angaben von Aktivisten mindestens zwanzig Menschen " +
              "getötet worden. Tausende Familien sind in den vergangenen Tagen in den Libanon geflohen.\n",
          ),
        ],
        /bericht\.txt: language: de \(German\); only English is read for now$/m,
      ],
      [
        "a report declared in another language",
        () => ["--published", "2014-02-17", "--outlet", "W", "--language", "ar", YABROUD],
        /language: ar; only English is read for now/,
      ],
      [
        "a page that cannot be fetched",
        () => ["--outlet", "W", "--url", "http://127.0.0.1:9/report"],
        /url: the page could not be reached/,
      ],
      ["an unknown option", () => ["--published", "2014-02-17", "--outlet", "W", "--force", YABROUD], /--force/],
      [
        "a bad address",
        () => ["--published", "2014-02-17", "--outlet", "W", "--url", "example", YABROUD],
        /--url must be an http or https address/,
      ],
      [
        "a javascript: address",
        () => ["--published", "2014-02-17", "--outlet", "W", "--url", "javascript:alert(1)", YABROUD],
        /--url must be an http or https address/,
      ],
      ["a date in the future", () => ["--published", "2999-01-01", "--outlet", "W", YABROUD], /in the future/],
      [
        "a file over the size limit",
        (own) => [
          "--published",
          "2014-02-17",
          "--outlet",
          "W",
          "--max-bytes",
          "1000",
          write(own, "big.txt", "x ".repeat(600)),
        ],
        /over the limit of/,
      ],
      [
        "a bad size limit",
        () => ["--published", "2014-02-17", "--outlet", "W", "--max-bytes", "1e9", YABROUD],
        /--max-bytes/,
      ],
      [
        "a bad language",
        () => ["--published", "2014-02-17", "--outlet", "W", "--language", "eng", YABROUD],
        /--language/,
      ],
      [
        "a headline for several files",
        () => ["--published", "2014-02-17", "--outlet", "W", "--headline", "H", YABROUD, KASAB],
        /single file/,
      ],
      [
        "an address for several files",
        () => ["--published", "2014-02-17", "--outlet", "W", "--url", "https://example.org/", YABROUD, KASAB],
        /single file/,
      ],
      [
        "a bad file after good ones",
        (own) => ["--published", "2014-02-17", "--outlet", "W", YABROUD, KASAB, path.join(own, "nope.txt")],
        /no such file/,
      ],
    ];

    function write(own: string, name: string, content: string | Buffer): string {
      const file = path.join(own, name);
      fs.writeFileSync(file, content);
      return file;
    }

    // Each case has its own directory, so they can run side by side.
    it.concurrent.each(cases)("%s", async (_name, args, message) => {
      const own = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-cli-bad-"));
      const database = await createTestDatabase("ingest-cli-bad");
      try {
        const run = await ingestInto(database.location, args(own));
        expect(run.status).toBe(2);
        expect(run.stdout).toBe("");
        expect(lines(run.stderr)).toHaveLength(1);
        expect(run.stderr).toMatch(/^ingest: /);
        expect(run.stderr).toMatch(message);
        expect(await database.untouched()).toBe(true);
      } finally {
        fs.rmSync(own, { recursive: true, force: true });
        await database.drop();
      }
    });
  });
});

describe("scripts/ingest.ts", () => {
  it("runs the command in its own process: the summary on stdout, exit 0", async () => {
    const run = await ingestProcess(dbFile, ["--published", "2014-02-17", "--outlet", "Test Wire", YABROUD]);
    expect(run).toEqual({ status: 0, stdout: "reports added: 1, skipped: 0, figures: 3\n", stderr: "" });
    expect((await storedIngest()).figures).toHaveLength(3);
  }, 30_000);

  it("exits 2 with one line on stderr and no stack trace for bad input", async () => {
    const run = await ingestProcess(dbFile, ["--published", "2014-02-30", "--outlet", "W", YABROUD]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^ingest: --published must be a calendar date/)]);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(await database.untouched()).toBe(true);
  }, 30_000);
});
