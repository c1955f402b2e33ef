/**
 * The few places where SQLite and PostgreSQL need different SQL ask here
 * which one a Kysely instance speaks: auto-numbered keys in migrations, and
 * the lock that keeps two app processes from seeding at once.
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
