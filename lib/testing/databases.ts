/**
 * A database of its own for each test that writes: a SQLite file in a
 * temporary folder, or, under `TEST_DATABASE=postgres`, a new database on the
 * PostgreSQL server that `TEST_POSTGRES_URL` names (any database on it, as a
 * user who may create databases), dropped afterwards. `npm run test:postgres`
 * sets TEST_DATABASE for the tests it runs again; by hand:
 *
 *   TEST_POSTGRES_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres npm run test:postgres
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import pg from "pg";
import { speaksPostgres } from "../db/dialect";
import { isPostgres } from "../db/location";
import type { DB } from "../db/tables";

/** The PostgreSQL server tests may use, when there is one. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;

export type TestDialect = "SQLite" | "PostgreSQL";

/** What the tests that write run on: SQLite unless TEST_DATABASE=postgres. */
export const TEST_DIALECT: TestDialect = process.env.TEST_DATABASE === "postgres" ? "PostgreSQL" : "SQLite";

export interface TestDatabase {
  /** A SQLite file's path or a `postgres://` URL: what `openDatabase` and `databaseEnv` take. */
  location: string;
  /** Whether nothing was ever created in it: no file, or no table. */
  untouched(): Promise<boolean>;
  /** Removes it for good. */
  drop(): Promise<void>;
}

async function onServer<T>(admin: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the TEST_POSTGRES_URL server. */
export function testPostgresUrl(name: string): string {
  if (!TEST_POSTGRES_URL || !isPostgres(TEST_POSTGRES_URL))
    throw new Error("a PostgreSQL test database needs TEST_POSTGRES_URL=postgres://…");
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The database a `postgres://` URL names. */
export const databaseName = (location: string) => decodeURIComponent(new URL(location).pathname.slice(1));

/** Drops database `name` on the TEST_POSTGRES_URL server, ending any session still on it. */
function dropPostgresDatabase(name: string): Promise<unknown> {
  return onServer(TEST_POSTGRES_URL!, (c) => c.query(`drop database if exists "${name}" with (force)`));
}

/** Empties `location` (a file, or a database on the TEST_POSTGRES_URL server): the next open starts from nothing. */
export async function resetDatabase(location: string): Promise<void> {
  if (!isPostgres(location)) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${location}${suffix}`, { force: true });
    return;
  }
  const name = databaseName(location);
  await dropPostgresDatabase(name);
  await onServer(TEST_POSTGRES_URL!, (c) => c.query(`create database "${name}"`));
}

async function postgresDatabase(label: string): Promise<TestDatabase> {
  const name = `test_${label.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}_${randomBytes(4).toString("hex")}`;
  const location = testPostgresUrl(name);
  await resetDatabase(location);
  return {
    location,
    untouched: () =>
      onServer(location, async (c) => {
        const { rows } = await c.query("select count(*) as n from pg_tables where schemaname = current_schema()");
        return Number(rows[0].n) === 0;
      }),
    drop: async () => void (await dropPostgresDatabase(name)),
  };
}

function sqliteDatabase(label: string): TestDatabase {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  const location = path.join(folder, "test.sqlite");
  return {
    location,
    untouched: async () => !fs.existsSync(location),
    drop: async () => fs.rmSync(folder, { recursive: true, force: true }),
  };
}

/** A new, empty database for one test or one file of tests (`label` names it, for whoever looks). */
export function createTestDatabase(label: string, dialect: TestDialect = TEST_DIALECT): Promise<TestDatabase> {
  return dialect === "SQLite" ? Promise.resolve(sqliteDatabase(label)) : postgresDatabase(label);
}

/**
 * Makes every insert into `figures` fail with "forced failure" (only those whose location is
 * `location`, when given), the way a full disk or a broken constraint would; `false` undoes it.
 */
export async function refuseFigureInserts(db: Kysely<DB>, refuse: boolean, location?: string): Promise<void> {
  const when = location === undefined ? "" : `WHEN (NEW.location = '${location.replace(/'/g, "''")}')`;
  const statements = speaksPostgres(db)
    ? refuse
      ? [
          "CREATE FUNCTION refuse_figure() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$ LANGUAGE plpgsql",
          `CREATE TRIGGER refuse_figures BEFORE INSERT ON figures FOR EACH ROW ${when} EXECUTE FUNCTION refuse_figure()`,
        ]
      : ["DROP TRIGGER refuse_figures ON figures", "DROP FUNCTION refuse_figure()"]
    : refuse
      ? [
          `CREATE TRIGGER refuse_figures BEFORE INSERT ON figures ${when} BEGIN SELECT RAISE(ABORT, 'forced failure'); END`,
        ]
      : ["DROP TRIGGER refuse_figures"];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
