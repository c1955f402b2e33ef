import { afterEach, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { loadDataset, type Dataset } from "../dataset";
import { migrateToLatest, openDatabase } from "./client";
import { toFigureRow, toReportRow } from "./mappers";
import { seedDatabase } from "./seed";
import type { DB } from "./tables";
import { createTestDatabase, TEST_DIALECT, type TestDatabase } from "../testing/databases";

const open: Kysely<DB>[] = [];
const created: TestDatabase[] = [];

/** Opens and migrates a new database, or `location` again when given. */
async function freshDatabase(location?: string) {
  if (location === undefined) {
    const database = await createTestDatabase("seed");
    created.push(database);
    location = database.location;
  }
  const db = openDatabase(location);
  open.push(db);
  await migrateToLatest(db);
  return { db, location };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy()));
  await Promise.all(created.splice(0).map((d) => d.drop()));
});

async function counts(db: Kysely<DB>) {
  const [reports, figures, offensives] = await Promise.all(
    (["reports", "figures", "offensives"] as const).map(async (t) =>
      Number(
        (
          await db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  );
  return { reports, figures, offensives };
}

describe("seedDatabase", () => {
  const dataset = loadDataset();
  const whole = {
    reports: dataset.reports.length,
    figures: dataset.figures.length,
    offensives: dataset.offensives.length,
  };

  it("fills an empty database with the whole dataset", async () => {
    const { db } = await freshDatabase();
    expect(await seedDatabase(db, dataset)).toEqual({ changed: true, version: dataset.version });
    expect(await counts(db)).toEqual(whole);
  });

  it("is idempotent: a second start with the same data changes nothing", async () => {
    const { db, location } = await freshDatabase();
    await seedDatabase(db, dataset);
    const before = await db.selectFrom("figures").selectAll().orderBy("id").execute();
    await db.destroy();
    open.pop();

    const { db: again } = await freshDatabase(location);
    expect(await seedDatabase(again, dataset)).toEqual({ changed: false, version: dataset.version });
    expect(await again.selectFrom("figures").selectAll().orderBy("id").execute()).toEqual(before);
  });

  it("migrating an existing database again is harmless", async () => {
    const { db } = await freshDatabase();
    await seedDatabase(db, dataset);
    await migrateToLatest(db);
    expect(await counts(db)).toEqual(whole);
  });

  it("follows a change in data/ and keeps ingested reports and figures", async () => {
    const { db } = await freshDatabase();
    await seedDatabase(db, dataset);
    const ingested = toReportRow(
      { id: "ingested-1", outlet: "Wire", headline: "h", published: "2016-12-01", url: null, language: "en" },
      "ingest",
      "abc",
    );
    await db.insertInto("reports").values(ingested).execute();
    const machineFigure = {
      ...dataset.figures[0]!,
      id: "ingested-1-1",
      reportId: "ingested-1",
      review: "machine" as const,
      offensive: "qalamoun-2013",
      sentence: "s",
    };
    await db.insertInto("figures").values(toFigureRow(machineFigure)).execute();

    const changed: Dataset = {
      ...dataset,
      version: "changed",
      figures: dataset.figures.slice(1),
      offensives: dataset.offensives.filter((o) => o.slug !== "qalamoun-2013"),
    };
    // The dropped offensive's own figure must go too, or the dataset would be inconsistent.
    changed.figures = changed.figures.filter((f) => f.offensive !== "qalamoun-2013");
    expect((await seedDatabase(db, changed)).changed).toBe(true);

    expect(await counts(db)).toEqual({
      reports: whole.reports + 1,
      figures: changed.figures.length + 1,
      offensives: whole.offensives - 1,
    });
    const kept = await db.selectFrom("figures").selectAll().where("id", "=", "ingested-1-1").executeTakeFirstOrThrow();
    expect(kept.offensive_slug).toBeNull();
    expect(kept.sentence).toBe("s");
  });

  it("rolls back a failed seed and leaves the stored data as it was", async () => {
    const { db } = await freshDatabase();
    await seedDatabase(db, dataset);
    const broken: Dataset = {
      ...dataset,
      version: "broken",
      figures: [...dataset.figures, { ...dataset.figures[0]! }], // duplicate primary key
    };
    await expect(seedDatabase(db, broken)).rejects.toThrow();
    expect(await counts(db)).toEqual(whole);
    const version = await db.selectFrom("dataset_meta").select("value").executeTakeFirstOrThrow();
    expect(version.value).toBe(dataset.version);
  });

  // Two app processes starting together on one PostgreSQL database: the second waits for the
  // first's seed, then finds nothing to do. (A SQLite write transaction already excludes others.)
  it.runIf(TEST_DIALECT === "PostgreSQL")("lets two processes start at once on one PostgreSQL database", async () => {
    const { db, location } = await freshDatabase();
    const { db: other } = await freshDatabase(location);
    const results = await Promise.all([seedDatabase(db, dataset), seedDatabase(other, dataset)]);
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    expect(await counts(db)).toEqual(whole);
  });
});
