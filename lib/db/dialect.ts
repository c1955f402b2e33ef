/**
 * The few places where SQLite and PostgreSQL need different SQL ask here
 * which one a Kysely instance speaks: auto-numbered keys in migrations, the
 * lock that keeps two app processes from seeding at once, and the planner's
 * statistics.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the executor is read
type AnyKysely = Kysely<any>;

export function speaksPostgres(db: AnyKysely): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The lock key seeding takes (any constant; PostgreSQL only). */
const SEED_LOCK = 73_112_011;

/**
 * Serialises seeding across processes sharing one PostgreSQL database: the
 * lock is held until the transaction ends. SQLite needs none, since a write
 * transaction already excludes every other writer.
 */
export async function lockForSeeding(trx: AnyKysely): Promise<void> {
  if (speaksPostgres(trx)) await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
}

/**
 * Gives the query planner statistics on tables that have none, or have
 * changed a lot since (SQLite's PRAGMA optimize; a whole ANALYZE the first
 * time, 1.5 s at a million figures, nothing later when little changed).
 * Without them SQLite guesses that any equality selects few rows: asked for
 * the reviewed figures of the offensives, at a million figures it read every
 * reviewed one through the review index (230 ms) where the offensive index
 * holds the 61,000 asked for (6 ms). PostgreSQL's autovacuum keeps its own.
 */
export async function refreshStatistics(db: AnyKysely): Promise<void> {
  if (!speaksPostgres(db)) await sql`pragma optimize = 0x10002`.execute(db);
}
