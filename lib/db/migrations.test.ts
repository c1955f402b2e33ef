import { Migrator } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { reportSearchText, searchWords } from "../report-search";
import { createTestDatabase, TEST_DIALECT } from "../testing/databases";
import { migrateToLatest, openDatabase } from "./client";
import { migrationProvider } from "./migrations";

// Every other test database is empty when it migrates: this one holds reports made before a
// migration that fills a new column, so the fill itself is exercised, across more than one batch.
describe(`migrating a database that already holds reports (${TEST_DIALECT})`, () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it("gives every existing report the text it is searched by", async () => {
    const database = await createTestDatabase("migrations");
    cleanup.push(() => database.drop());
    const db = openDatabase(database.location);
    cleanup.push(() => db.destroy());
    const migrator = new Migrator({ db, provider: migrationProvider });
    const { error } = await migrator.migrateTo("0010_metric_list_indexes");
    expect(error).toBeUndefined();

    const reports = Array.from({ length: 2345 }, (_, i) => ({
      id: `r${String(i).padStart(5, "0")}`,
      outlet: i % 2 ? "Agence Périodique" : "Wire Service",
      headline: `Report number ${i} from Ḥamā`,
      published: `2015-0${(i % 9) + 1}-1${i % 10}`,
      url: i % 3 ? `https://example.org/${i}` : null,
      language: "en",
      origin: "reviewed",
      content_hash: `hash-${i}`,
    }));
    // (as a database of that version held them: no search_text column yet)
    for (let i = 0; i < reports.length; i += 500)
      await db
        .insertInto("reports")
        .values(reports.slice(i, i + 500) as never)
        .execute();

    await migrateToLatest(db);

    const rows = await db.selectFrom("reports").select(["id", "search_text"]).orderBy("id").execute();
    expect(rows).toHaveLength(reports.length);
    const expected = new Map(reports.map((r) => [r.id, reportSearchText(r)]));
    const wrong = rows.filter((r) => r.search_text !== expected.get(r.id));
    expect(wrong).toEqual([]);
    // folded as a search is: accents and case gone
    expect(rows.find((r) => r.id === "r00001")?.search_text).toContain(searchWords("périodique hama")[0]);
    expect(rows.find((r) => r.id === "r00001")?.search_text).toContain("hama");
  });
});
