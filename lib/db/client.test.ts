import { sql } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, databaseName, TEST_DIALECT, TEST_POSTGRES_URL } from "../testing/databases";
import { migrateToLatest, openDatabase } from "./client";

describe.runIf(TEST_DIALECT === "PostgreSQL")("the PostgreSQL client", () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it("outlives a connection the server closes, and answers the next query", async () => {
    const database = await createTestDatabase("client");
    cleanup.push(() => database.drop());
    const db = openDatabase(database.location);
    cleanup.push(() => db.destroy());
    await migrateToLatest(db);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    cleanup.push(async () => logged.mockRestore());

    // An administrator (or a server restart) ends every session on the database.
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    const name = databaseName(database.location);
    const { rowCount } = await admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
      [name],
    );
    await admin.end();
    expect(rowCount).toBeGreaterThan(0);

    await expect.poll(() => logged.mock.calls.length).toBeGreaterThan(0);
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/^database: an idle connection was closed/);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
