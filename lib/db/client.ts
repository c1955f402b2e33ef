import "server-only";
/**
 * The one database client. The embedded SQLite file is created, migrated and
 * seeded from `data/` the first time anything asks for the database; later
 * starts only check that `data/` has not changed. Everything goes through
 * Kysely, so a PostgreSQL dialect can be put in here without touching a query.
 */
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { loadDataset } from "../dataset";
import { migrationProvider } from "./migrations";
import { seedDatabase } from "./seed";
import type { DB } from "./tables";

export const DATABASE_PATH = path.resolve(
  /*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? path.join(process.cwd(), "data", "dashboard.sqlite"),
);

/**
 * Each query's SQL as it runs, for tests that read the query plans of what
 * the pages ask (lib/query-plans.test.ts). Empty in the app.
 */
export const queryObservers = new Set<(sql: string) => void>();

export function openDatabase(file: string = DATABASE_PATH): Kysely<DB> {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<DB>({
    dialect: new SqliteDialect({ database: sqlite }),
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
export async function prepareDatabase(file: string = DATABASE_PATH): Promise<Kysely<DB>> {
  const db = openDatabase(file);
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
