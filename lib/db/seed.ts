/**
 * Fills the database from `data/`. Idempotent: the dataset's version is kept
 * in `dataset_meta`, and nothing is written when it has not changed. When it
 * has, the dataset's own rows are replaced in one transaction; reports and
 * figures that came in through `ingest` are never touched.
 */
import type { Kysely } from "kysely";
import type { Dataset } from "../dataset";
import { DATASET_VERSION_KEY } from "./data-version";
import { lockForSeeding } from "./dialect";
import { toFigureRow, toOffensiveRow, toReportRow } from "./mappers";
import type { DB } from "./tables";

const SEED_BATCH = 500;

export interface SeedResult {
  changed: boolean;
  version: string;
}

export async function seedDatabase(db: Kysely<DB>, dataset: Dataset): Promise<SeedResult> {
  return db.transaction().execute(async (trx) => {
    await lockForSeeding(trx);
    const current = await trx
      .selectFrom("dataset_meta")
      .select("value")
      .where("key", "=", DATASET_VERSION_KEY)
      .executeTakeFirst();
    if (current?.value === dataset.version) return { changed: false, version: dataset.version };

    // A sentinel keeps `not in (...)` valid SQL when the dataset is empty.
    const reportIds = ["", ...dataset.reports.map((r) => r.id)];
    const slugs = ["", ...dataset.offensives.map((o) => o.slug)];

    // The dataset's figures are rewritten whole; ingested ones stay.
    await trx
      .deleteFrom("figures")
      .where("report_id", "in", trx.selectFrom("reports").select("id").where("origin", "=", "dataset"))
      .execute();
    await trx.deleteFrom("reports").where("origin", "=", "dataset").where("id", "not in", reportIds).execute();
    // An offensive dropped from the catalogue leaves ingested figures unlinked, not deleted.
    await trx.updateTable("figures").set({ offensive_slug: null }).where("offensive_slug", "not in", slugs).execute();
    await trx.deleteFrom("offensives").where("slug", "not in", slugs).execute();

    for (const o of dataset.offensives) {
      const row = toOffensiveRow(o);
      await trx
        .insertInto("offensives")
        .values(row)
        .onConflict((oc) => oc.column("slug").doUpdateSet(row))
        .execute();
    }
    for (const r of dataset.reports) {
      const row = toReportRow(r, "dataset");
      await trx
        .insertInto("reports")
        .values(row)
        .onConflict((oc) => oc.column("id").doUpdateSet(row))
        .execute();
    }
    // In batches: one statement's bound parameters are capped (SQLite, PostgreSQL).
    for (let i = 0; i < dataset.figures.length; i += SEED_BATCH) {
      await trx
        .insertInto("figures")
        .values(dataset.figures.slice(i, i + SEED_BATCH).map(toFigureRow))
        .execute();
    }

    await trx
      .insertInto("dataset_meta")
      .values({ key: DATASET_VERSION_KEY, value: dataset.version })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: dataset.version }))
      .execute();
    return { changed: true, version: dataset.version };
  });
}
