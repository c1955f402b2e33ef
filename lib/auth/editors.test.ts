import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest, openDatabase } from "../db/client";
import type { DB } from "../db/tables";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import {
  addEditor,
  checkPassword,
  clearSignInFailures,
  getEditor,
  listEditors,
  mayTrySignIn,
  noteSignInFailure,
  removeEditor,
  SIGN_IN_LIMITS,
} from "./editors";

let db: Kysely<DB>;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("editors");
  db = openDatabase(database.location);
  await migrateToLatest(db);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

describe("editors", () => {
  it("keeps a memory-hard hash, never the password, and checks it", async () => {
    await addEditor(db, "Rania", "a long enough secret");
    const row = await db.selectFrom("editors").selectAll().where("name", "=", "rania").executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain("a long enough secret");
    expect((await checkPassword(db, "RANIA", "a long enough secret"))?.name).toBe("rania");
    expect(await checkPassword(db, "rania", "a long enough secreT")).toBeNull();
    expect(await checkPassword(db, "nobody", "a long enough secret")).toBeNull();
  });

  it("refuses a second editor of the same name, a bad name and a short password", async () => {
    await expect(addEditor(db, "rania", "another long secret")).rejects.toThrow(/exists/);
    await expect(addEditor(db, "x y", "another long secret")).rejects.toThrow(/name/);
    await expect(addEditor(db, "omar", "short")).rejects.toThrow(/at least 10/);
    expect((await listEditors(db)).map((e) => e.name)).toEqual(["rania"]);
  });

  it("removes an editor, and says so when there is none", async () => {
    await addEditor(db, "omar", "another long secret");
    await removeEditor(db, "Omar");
    expect(await getEditor(db, "omar")).toBeNull();
    await expect(removeEditor(db, "omar")).rejects.toThrow(/no editor/);
  });
});

describe("sign-in limits", () => {
  it("stops a name after its failures within the window, and forgives after a success or the window", async () => {
    const now = Date.now();
    for (let i = 0; i < SIGN_IN_LIMITS.perName; i++) {
      expect(await mayTrySignIn(db, "10.0.0.1", "rania", now)).toBe(true);
      await noteSignInFailure(db, "10.0.0.1", "rania", now);
    }
    expect(await mayTrySignIn(db, "10.0.0.1", "Rania", now)).toBe(false);
    // Another client guessing the same name is stopped too; other names are not.
    expect(await mayTrySignIn(db, "10.0.0.2", "rania", now)).toBe(false);
    expect(await mayTrySignIn(db, "10.0.0.1", "someone", now)).toBe(true);
    expect(await mayTrySignIn(db, "10.0.0.1", "rania", now + SIGN_IN_LIMITS.windowMs + 1)).toBe(true);
    await clearSignInFailures(db, "10.0.0.1", "rania");
    expect(await mayTrySignIn(db, "10.0.0.1", "rania", now)).toBe(true);
  });

  it("stops a client that tries many names", async () => {
    const now = Date.now();
    for (let i = 0; i < SIGN_IN_LIMITS.perClient; i++) await noteSignInFailure(db, "10.0.0.9", `name${i}`, now);
    expect(await mayTrySignIn(db, "10.0.0.9", "fresh-name", now)).toBe(false);
    expect(await mayTrySignIn(db, "10.0.0.8", "fresh-name", now)).toBe(true);
  });
});
