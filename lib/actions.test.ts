import fs from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  hashReportText,
  headlineFromText,
  ingestReport,
  IngestError,
  MACHINE_NOTE,
  publishReviewedReport,
  changeStoredFigure,
  undoChange,
} from "./actions";
import { extractFigures } from "./extract";
import { loadDataset } from "./dataset";
import { migrateToLatest, openDatabase } from "./db/client";
import { readDataVersion } from "./db/data-version";
import { seedDatabase } from "./db/seed";
import type { DB } from "./db/tables";
import { createTestDatabase, refuseFigureInserts, type TestDatabase } from "./testing/databases";
import { describeWithSeeds, SEEDS_DIR } from "./testing/seeds";

const FIXTURES = path.join(__dirname, "testing", "fixtures", "ingest");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");

// A report of February 2014 on the Qalamoun offensive, written for these tests.
const YABROUD = fixture("yabroud-2014-02.txt");
const YABROUD_REPORT = { text: YABROUD, published: "2014-02-17", outlet: "Test Wire" };

let database: TestDatabase;
let db: Kysely<DB>;

beforeEach(async () => {
  database = await createTestDatabase("actions");
  db = openDatabase(database.location);
  await migrateToLatest(db);
  await seedDatabase(db, loadDataset());
});

afterEach(async () => {
  await db.destroy();
  await database.drop();
});

/** Every stored row, in a stable order: "unchanged" means this is deep-equal. */
async function snapshot() {
  return {
    reports: await db.selectFrom("reports").selectAll().orderBy("id").execute(),
    figures: await db.selectFrom("figures").selectAll().orderBy("id").execute(),
    offensives: await db.selectFrom("offensives").selectAll().orderBy("slug").execute(),
    meta: await db.selectFrom("dataset_meta").selectAll().orderBy("key").execute(),
  };
}

/** The rows that came from data/. */
async function datasetRows() {
  const all = await snapshot();
  const ids = new Set(all.reports.filter((r) => r.origin === "dataset").map((r) => r.id));
  return {
    ...all,
    reports: all.reports.filter((r) => ids.has(r.id)),
    figures: all.figures.filter((f) => ids.has(f.report_id)),
    // The count of writes is the ingest's own row, not data/'s.
    meta: all.meta.filter((m) => m.key !== "writes"),
  };
}

describe("ingestReport", () => {
  it("stores the report and its machine-read figures with evidence and offensive links", async () => {
    const result = await ingestReport(db, YABROUD_REPORT);
    expect(result.status).toBe("added");
    expect(result.reportId).toMatch(/^test-wire-2014-02-17-[0-9a-f]{6}$/);
    expect(result.reportId.slice(-6)).toBe(hashReportText(YABROUD).slice(0, 6));
    expect(result.figures).toBe(3);

    const report = await db
      .selectFrom("reports")
      .selectAll()
      .where("id", "=", result.reportId)
      .executeTakeFirstOrThrow();
    expect(report).toEqual({
      id: result.reportId,
      outlet: "Test Wire",
      headline: "Families leave Yabroud as army presses Qalamoun push",
      published: "2014-02-17",
      url: null,
      language: "en",
      origin: "ingest",
      content_hash: hashReportText(YABROUD),
      // found in the reports list by its outlet, headline, language and date
      search_text: "test wire families leave yabroud as army presses qalamoun push  en 2014-02-17",
    });

    const figures = await db
      .selectFrom("figures")
      .selectAll()
      .where("report_id", "=", result.reportId)
      .orderBy("id")
      .execute();
    expect(figures.map((f) => f.id)).toEqual([1, 2, 3].map((n) => `${result.reportId}-${n}`));
    for (const f of figures) {
      expect(f.review).toBe("machine");
      expect(f.note).toBe(MACHINE_NOTE);
      expect(f.sentence).not.toBeNull();
      expect(YABROUD).toContain(f.sentence!);
    }
    const byValue = new Map(figures.map((f) => [f.value, f]));
    expect(byValue.get(16)).toMatchObject({
      metric: "killed",
      location: "Yabroud",
      attributed_to: "SOHR",
      offensive_slug: "qalamoun-2013",
    });
    expect(byValue.get(10000)).toMatchObject({
      metric: "refugees",
      location: "Qalamoun",
      attributed_to: "UNHCR",
      offensive_slug: "qalamoun-2013",
    });
    // A national running total belongs to no offensive.
    expect(byValue.get(140000)).toMatchObject({ scope: "national", period_start: "2011-03-15", offensive_slug: null });
  });

  it("skips the same text a second time and changes nothing", async () => {
    const first = await ingestReport(db, YABROUD_REPORT);
    const before = await snapshot();

    const again = await ingestReport(db, YABROUD_REPORT);
    expect(again).toEqual({ status: "skipped", reportId: first.reportId, figures: 0, refused: [] });
    // Windows line endings, a byte-order mark and blank lines around it are still the same article,
    // whatever outlet or date it is filed under.
    const resaved = `\uFEFF\r\n\r\n  ${YABROUD.replace(/\n/g, "\r\n")}\r\n\r\n`;
    expect(
      await ingestReport(db, { ...YABROUD_REPORT, text: resaved, outlet: "Other Wire", published: "2014-02-18" }),
    ).toEqual(again);

    expect(await snapshot()).toEqual(before);
  });

  it("rolls the whole report back when a write fails inside the transaction", async () => {
    const before = await snapshot();
    // The report row goes in first; the figures' insert then fails, as a full disk or a constraint would.
    await refuseFigureInserts(db, true);

    const error = await ingestReport(db, YABROUD_REPORT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("store_failed");
    expect((error as IngestError).message).toContain("forced failure");

    await refuseFigureInserts(db, false);
    expect(await snapshot()).toEqual(before);
    // Nothing half-stored blocks a later, successful attempt.
    expect((await ingestReport(db, YABROUD_REPORT)).status).toBe("added");
  });

  it("rolls back when a figure id is already taken", async () => {
    const hash = hashReportText(YABROUD);
    const reportId = `test-wire-2014-02-17-${hash.slice(0, 6)}`;
    // A dataset figure that happens to hold the id the report's second figure would get.
    const stray = await db.selectFrom("figures").selectAll().limit(1).executeTakeFirstOrThrow();
    await db
      .updateTable("figures")
      .set({ id: `${reportId}-2` })
      .where("id", "=", stray.id)
      .execute();
    const before = await snapshot();

    await expect(ingestReport(db, YABROUD_REPORT)).rejects.toMatchObject({ code: "store_failed" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses invalid input before touching the database", async () => {
    const before = await snapshot();
    const cases = [
      { ...YABROUD_REPORT, text: "  \n\n " },
      { ...YABROUD_REPORT, published: "2014-02-30" },
      { ...YABROUD_REPORT, outlet: " " },
      { ...YABROUD_REPORT, url: "not a url" },
      { ...YABROUD_REPORT, url: "javascript:alert(1)" },
      { ...YABROUD_REPORT, url: "data:text/html,<b>x</b>" },
      { ...YABROUD_REPORT, published: "2999-01-01" },
      { ...YABROUD_REPORT, language: "english" },
    ];
    for (const input of cases) {
      await expect(ingestReport(db, input)).rejects.toMatchObject({ name: "IngestError", code: "invalid_report" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("leaves out a figure the schema refuses, saying why, and stores the rest", async () => {
    const text =
      "At least 100000000000000000000 people were killed in the fighting, the monitor said on Monday. " +
      "More than 2,000 people fled Yabroud on Sunday, the United Nations said.";
    const result = await ingestReport(db, { text, published: "2014-02-17", outlet: "Test Wire" });
    expect(result.status).toBe("added");
    expect(result.figures).toBe(1);
    expect(result.refused).toEqual([
      {
        index: 1,
        sentence: expect.stringContaining("100000000000000000000"),
        reason: expect.stringMatching(/^value: /),
      },
    ]);
    const stored = await db.selectFrom("figures").select("value").where("report_id", "=", result.reportId).execute();
    expect(stored).toEqual([{ value: 2000 }]);
  });

  it("refuses a report with more figures than the limit, storing nothing", async () => {
    const before = await snapshot();
    await expect(ingestReport(db, YABROUD_REPORT, { maxFigures: 2 })).rejects.toMatchObject({
      code: "too_many_figures",
      message: expect.stringContaining("over the limit of 2"),
    });
    expect(await snapshot()).toEqual(before);
    expect((await ingestReport(db, YABROUD_REPORT, { maxFigures: 3 })).figures).toBe(3);
  });

  it("changes the data version with each report it stores, and only then", async () => {
    const first = await readDataVersion(db);
    await ingestReport(db, YABROUD_REPORT);
    const second = await readDataVersion(db);
    expect(second).not.toBe(first);
    await ingestReport(db, YABROUD_REPORT); // skipped: nothing written
    expect(await readDataVersion(db)).toBe(second);
    await expect(ingestReport(db, YABROUD_REPORT, { maxFigures: 1 })).resolves.toMatchObject({ status: "skipped" });
    await ingestReport(db, { text: fixture("kasab-2014-04.txt"), published: "2014-04-10", outlet: "Test Wire" });
    expect(await readDataVersion(db)).not.toBe(second);
  });

  it("leaves the seeded data untouched", async () => {
    const before = await datasetRows();
    await ingestReport(db, YABROUD_REPORT);
    await ingestReport(db, { text: fixture("kasab-2014-04.txt"), published: "2014-04-10", outlet: "Test Wire" });
    expect(await datasetRows()).toEqual(before);
    expect(before.figures).toHaveLength(loadDataset().figures.length);
  });

  it("keeps ingested rows when data/ is seeded again", async () => {
    const { reportId } = await ingestReport(db, YABROUD_REPORT);
    const ingested = async () => ({
      reports: await db.selectFrom("reports").selectAll().where("origin", "=", "ingest").execute(),
      figures: await db.selectFrom("figures").selectAll().where("report_id", "=", reportId).orderBy("id").execute(),
    });
    const before = await ingested();

    const dataset = loadDataset();
    // A new version forces the full rewrite of the dataset's rows.
    expect(await seedDatabase(db, { ...dataset, version: `${dataset.version}-changed` })).toMatchObject({
      changed: true,
    });

    expect(await ingested()).toEqual(before);
    const counts = await db
      .selectFrom("figures")
      .innerJoin("reports", "reports.id", "figures.report_id")
      .select(["reports.origin", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("reports.origin")
      .orderBy("reports.origin")
      .execute();
    expect(counts).toEqual([
      { origin: "dataset", n: dataset.figures.length },
      { origin: "ingest", n: 3 },
    ]);
  });

  it("stores a report that gives no figures, so it is not read again", async () => {
    const talks = { text: fixture("talks-2014-05.txt"), published: "2014-05-13", outlet: "Test Wire" };
    expect(await ingestReport(db, talks)).toMatchObject({ status: "added", figures: 0 });
    expect(await ingestReport(db, talks)).toMatchObject({ status: "skipped" });
  });

  it("takes headline, address and language when given", async () => {
    const { reportId } = await ingestReport(db, {
      ...YABROUD_REPORT,
      outlet: "Agence Fédérale d’Information",
      headline: "Yabroud families head for Arsal",
      url: "https://example.org/yabroud",
      language: "fr",
    });
    expect(reportId).toMatch(/^agence-federale-d-information-2014-02-17-[0-9a-f]{6}$/);
    const report = await db.selectFrom("reports").selectAll().where("id", "=", reportId).executeTakeFirstOrThrow();
    expect(report).toMatchObject({
      headline: "Yabroud families head for Arsal",
      url: "https://example.org/yabroud",
      language: "fr",
    });
  });

  it("gives each report its own id, even when the short one is taken", async () => {
    const hash = hashReportText(YABROUD);
    const short = `test-wire-2014-02-17-${hash.slice(0, 6)}`;
    await db
      .insertInto("reports")
      .values({
        id: short,
        outlet: "Test Wire",
        headline: "Another",
        published: "2014-02-17",
        url: null,
        language: "en",
        origin: "ingest",
        search_text: "",
        content_hash: "x",
      })
      .execute();
    const { reportId } = await ingestReport(db, YABROUD_REPORT);
    expect(reportId).toBe(`test-wire-2014-02-17-${hash.slice(0, 10)}`);

    const other = await ingestReport(db, {
      ...YABROUD_REPORT,
      text: `${YABROUD}\nA later paragraph added by the editors.`,
    });
    expect(other.status).toBe("added");
    expect(other.reportId).not.toBe(reportId);
  });
});

describe("publishReviewedReport", () => {
  const readings = () => extractFigures(YABROUD, { published: YABROUD_REPORT.published });

  it("stores the accepted figures as reviewed, with each decision in the history, in one write", async () => {
    const [first, second, ...rest] = readings();
    expect(first && second).toBeTruthy();
    const corrected = { ...first!, qualifier: "approximately" as const };
    const versionBefore = await readDataVersion(db);
    const result = await publishReviewedReport(
      db,
      "rania",
      YABROUD_REPORT,
      [
        { action: "accept", reading: first!, figure: corrected, note: "Corrected hedge." },
        { action: "reject", reading: second! },
        ...rest.map((r) => ({ action: "accept" as const, reading: r, figure: r, note: "As read." })),
        {
          action: "accept",
          reading: null,
          figure: { ...first!, value: 12, group: "children" },
          note: "Added by hand.",
        },
      ],
      new Date("2026-12-01T10:00:00Z"),
    );
    expect(result).toMatchObject({ status: "added", figures: rest.length + 2 });
    const stored = await db.selectFrom("figures").selectAll().where("report_id", "=", result.reportId).execute();
    expect(stored.every((f) => f.review === "reviewed")).toBe(true);
    expect(stored.find((f) => f.note === "Corrected hedge.")?.qualifier).toBe("approximately");
    const history = await db.selectFrom("figure_history").selectAll().orderBy("id").execute();
    expect(history.map((h) => [h.action, h.editor, h.at])).toContainEqual([
      "reject",
      "rania",
      "2026-12-01T10:00:00.000Z",
    ]);
    expect(history).toHaveLength(rest.length + 3);
    const edit = history.find((h) => h.after?.includes("Corrected hedge."))!;
    expect(JSON.parse(edit.before!).qualifier).toBe(first!.qualifier);
    expect(history.find((h) => h.after?.includes("Added by hand."))?.before).toBeNull();
    expect(await readDataVersion(db)).not.toBe(versionBefore);
  });

  it("refuses text already stored, naming the first report, and changes nothing", async () => {
    const ingested = await ingestReport(db, YABROUD_REPORT);
    const before = await snapshot();
    const again = await publishReviewedReport(db, "rania", YABROUD_REPORT, []);
    expect(again).toEqual({ status: "skipped", reportId: ingested.reportId, figures: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a figure the schema refuses, or one without a note, storing nothing", async () => {
    const [first] = readings();
    const before = await snapshot();
    for (const [figure, note, message] of [
      [{ ...first!, high: 1 }, "n", /figure 1: high/],
      [{ ...first!, value: -3 }, "n", /figure 1: value/],
      [first!, "  ", /figure 1: the note is empty/],
    ] as const) {
      await expect(
        publishReviewedReport(db, "rania", YABROUD_REPORT, [{ action: "accept", reading: first!, figure, note }]),
      ).rejects.toThrow(message);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("changeStoredFigure and undoChange", () => {
  const figureRow = (id: string) => db.selectFrom("figures").selectAll().where("id", "=", id).executeTakeFirst();
  const historyOf = (id: string) =>
    db.selectFrom("figure_history").selectAll().where("figure_id", "=", id).orderBy("id").execute();

  it("reviews a machine-extracted figure as corrected, and undo puts the machine reading back", async () => {
    const { reportId } = await ingestReport(db, YABROUD_REPORT);
    const id = `${reportId}-1`;
    const machine = (await figureRow(id))!;
    expect(machine.review).toBe("machine");
    const reading = extractFigures(YABROUD, { published: "2014-02-17" })[0]!;
    await changeStoredFigure(db, "rania", id, {
      action: "accept",
      figure: { ...reading, location: "Yabroud, Qalamoun" },
      note: "Checked against the report.",
    });
    expect(await figureRow(id)).toMatchObject({
      review: "reviewed",
      location: "Yabroud, Qalamoun",
      note: "Checked against the report.",
    });
    expect((await historyOf(id)).map((h) => h.action)).toEqual(["publish"]);

    const [entry] = await historyOf(id);
    await undoChange(db, "omar", entry!.id);
    expect(await figureRow(id)).toEqual(machine);
    expect((await historyOf(id)).map((h) => [h.action, h.editor])).toEqual([
      ["publish", "rania"],
      ["undo", "omar"],
    ]);
  });

  it("deletes a figure, and undo brings it back whole", async () => {
    const { reportId } = await ingestReport(db, YABROUD_REPORT);
    const id = `${reportId}-2`;
    const before = await figureRow(id);
    await changeStoredFigure(db, "rania", id, { action: "delete" });
    expect(await figureRow(id)).toBeUndefined();
    const [entry] = await historyOf(id);
    await undoChange(db, "rania", entry!.id);
    expect(await figureRow(id)).toEqual(before);
  });

  it("undoes only a figure's latest change, refuses figures of data/ and bad fields, and changes nothing then", async () => {
    const { reportId } = await ingestReport(db, YABROUD_REPORT);
    const id = `${reportId}-1`;
    const machine = (await figureRow(id))!;
    const fields = extractFigures(YABROUD, { published: "2014-02-17" })[0]!;
    await changeStoredFigure(db, "rania", id, { action: "accept", figure: fields, note: "First." });
    await changeStoredFigure(db, "rania", id, { action: "accept", figure: { ...fields, value: 17 }, note: "Second." });
    const [first] = await historyOf(id);
    const before = await snapshot();
    await expect(undoChange(db, "rania", first!.id)).rejects.toThrow(/later change first/);
    await expect(
      changeStoredFigure(db, "rania", id, { action: "accept", figure: { ...fields, high: 2 }, note: "x" }),
    ).rejects.toThrow(/high/);
    const seeded = (await db.selectFrom("figures").select("id").limit(1).executeTakeFirstOrThrow()).id;
    await expect(changeStoredFigure(db, "rania", seeded, { action: "delete" })).rejects.toThrow(/belongs to data/);
    expect(await snapshot()).toEqual(before);
    expect(machine.review).toBe("machine");
  });
});

describe("the figure counts the database keeps", () => {
  /** The kept counts, and the same counted from the figures: equal after every write. */
  async function counts() {
    const kept = await db
      .selectFrom("figure_counts")
      .select(["metric", "review", "source", "n"])
      .where("n", "!=", 0)
      .orderBy("metric")
      .orderBy("review")
      .orderBy("source")
      .execute();
    const counted = await db
      .selectFrom("figures")
      .select((eb) => [
        "metric",
        "review",
        eb.fn.coalesce("attributed_to", eb.val("")).as("source"),
        eb.fn.countAll<number>().as("n"),
      ])
      .groupBy(["metric", "review", "attributed_to"])
      .orderBy("metric")
      .orderBy("review")
      .orderBy("source")
      .execute();
    return {
      kept: kept.map((r) => ({ ...r, n: Number(r.n) })),
      counted: counted.map((r) => ({ ...r, n: Number(r.n) })),
    };
  }

  it("follow every write: seeding, ingest, review, edit, delete and undo", async () => {
    const seeded = await counts();
    expect(seeded.kept.length).toBeGreaterThan(10);
    expect(seeded.kept).toEqual(seeded.counted);

    const { reportId } = await ingestReport(db, YABROUD_REPORT);
    const afterIngest = await counts();
    expect(afterIngest.kept).toEqual(afterIngest.counted);
    expect(afterIngest.kept).not.toEqual(seeded.kept);

    const reading = extractFigures(YABROUD, { published: "2014-02-17" })[0]!;
    // Reviewed, and read again as another metric from another source: three keys change.
    await changeStoredFigure(db, "rania", `${reportId}-1`, {
      action: "accept",
      figure: { ...reading, metric: "injured", attributedTo: "Test Monitor" },
      note: "Checked.",
    });
    await changeStoredFigure(db, "rania", `${reportId}-2`, { action: "delete" });
    const edited = await counts();
    expect(edited.kept).toEqual(edited.counted);
    expect(edited.kept).toContainEqual({ metric: "injured", review: "reviewed", source: "Test Monitor", n: 1 });

    for (const entry of await db.selectFrom("figure_history").select("id").orderBy("id", "desc").execute())
      await undoChange(db, "rania", entry.id);
    expect((await counts()).kept).toEqual(afterIngest.kept);

    await seedDatabase(db, { ...loadDataset(), version: "another" });
    const reseeded = await counts();
    expect(reseeded.kept).toEqual(reseeded.counted);
  });
});

describe("headlineFromText", () => {
  it("takes the first non-empty line, cut after nine words", () => {
    expect(headlineFromText("\n\n  Short title here  \nbody")).toBe("Short title here");
    expect(headlineFromText("one two three four five six seven eight nine ten eleven\nbody")).toBe(
      "one two three four five six seven eight nine…",
    );
    expect(headlineFromText("one two three four five six seven eight nine")).toBe(
      "one two three four five six seven eight nine",
    );
  });
});

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[a-z0-9']+/g) ?? [];
function runsOf(text: string, n = 10): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(" "));
  return out;
}

describeWithSeeds("ingest fixtures", () => {
  it("share no ten-word run with a seed report", () => {
    const seedRuns = new Set(
      fs
        .readdirSync(SEEDS_DIR)
        .filter((f) => f.endsWith(".txt"))
        .flatMap((f) => [...runsOf(fs.readFileSync(path.join(SEEDS_DIR, f), "utf8"))]),
    );
    const own = [...fs.readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f)), __filename];
    for (const file of own) {
      expect(
        [...runsOf(fs.readFileSync(file, "utf8"))].filter((r) => seedRuns.has(r)),
        file,
      ).toEqual([]);
    }
  });
});
