import "server-only";
/**
 * The one database client. The database (the embedded SQLite file, or the
 * PostgreSQL database of `DATABASE_URL`: ./location) is created, migrated and
 * seeded from `data/` the first time anything asks for it; later starts only
 * check that `data/` has not changed. Everything goes through Kysely, so every
 * query runs unchanged on either dialect.
 */
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Dialect } from "kysely";
import pg from "pg";
import { loadDataset } from "../dataset";
import { databaseFromEnv, isPostgres } from "./location";
import { migrationProvider } from "./migrations";
import { seedDatabase } from "./seed";
import type { DB } from "./tables";

/** The database the app opens: a SQLite file's path or a `postgres://` URL. */
export const DATABASE = databaseFromEnv();

/** Connections each app process keeps to PostgreSQL. */
const POOL_SIZE = 10;

/**
 * Each query's SQL as it runs, for tests that read the query plans of what
 * the pages ask (lib/query-plans.test.ts). Empty in the app.
 */
export const queryObservers = new Set<(sql: string) => void>();

// PostgreSQL sends bigint (counts, values) and numeric (sums) as text; every one here fits a double.
const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

function sqliteDialect(file: string): Dialect {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database: sqlite });
}

function postgresDialect(url: string): Dialect {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, types: pgTypes });
  // An idle connection the server closes (a restart, an administrator) leaves the pool; the next
  // query opens another. Unheard, the pool's error event would end the process.
  pool.on("error", (error) => console.error(`database: an idle connection was closed: ${error.message}`));
  return new PostgresDialect({ pool });
}

/** Opens `location`: a SQLite file (created if missing) or a `postgres://` URL. */
export function openDatabase(location: string = DATABASE): Kysely<DB> {
  return new Kysely<DB>({
    dialect: isPostgres(location) ? postgresDialect(location) : sqliteDialect(location),
    log: (event) => {
      if (event.level === "query") for (const observe of queryObservers) observe(event.query.sql);
    },
  });
}

export async function migrateToLatest(db: Kysely<DB>): Promise<void> {
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** Opens, migrates and seeds a database: what first start does, reusable by tests and the CLI. */
export async function prepareDatabase(location: string = DATABASE): Promise<Kysely<DB>> {
  const db = openDatabase(location);
  await migrateToLatest(db);
  await seedDatabase(db, loadDataset());
  return db;
}

// One client per server process, kept across dev-mode module reloads.
const globalForDb = globalThis as unknown as { dashboardDb?: Promise<Kysely<DB>> };

export function getDb(): Promise<Kysely<DB>> {
  globalForDb.dashboardDb ??= prepareDatabase().catch((error: unknown) => {
    globalForDb.dashboardDb = undefined;
    throw error;
  });
  return globalForDb.dashboardDb;
}
