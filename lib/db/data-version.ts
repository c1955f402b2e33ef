import "server-only";
/**
 * What identifies the stored data at a moment: the hash of data/ as last
 * seeded, and a count of the writes made since (ingest, and any later write
 * path). Every write bumps the count in its own transaction, so a cache keyed
 * by this (lib/data.ts) is never stale, whichever app process made the write.
 */
import { sql, type Kysely, type Transaction } from "kysely";
import type { DB } from "./tables";

/** The `dataset_meta` keys: data/'s hash as last seeded (written by ./seed), and the count of writes since. */
export const DATASET_VERSION_KEY = "dataset_version";
const WRITES_KEY = "writes";

/** Counts one write, inside the write's transaction. */
export async function noteWrite(trx: Transaction<DB>): Promise<void> {
  await trx
    .insertInto("dataset_meta")
    .values({ key: WRITES_KEY, value: "1" })
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet({ value: sql<string>`cast(cast(${sql.ref("dataset_meta.value")} as integer) + 1 as text)` }),
    )
    .execute();
}

/** The data's identity: one indexed read of two rows. */
export async function readDataVersion(db: Kysely<DB>): Promise<string> {
  const rows = await db
    .selectFrom("dataset_meta")
    .select(["key", "value"])
    .where("key", "in", [DATASET_VERSION_KEY, WRITES_KEY])
    .execute();
  const get = (key: string) => rows.find((r) => r.key === key)?.value ?? "0";
  return `${get(DATASET_VERSION_KEY)}+${get(WRITES_KEY)}`;
}
