import "server-only";
/**
 * Editor accounts: the only people who can write. Created from the command
 * line (scripts/editor.ts), checked at sign-in. Passwords are kept as
 * Argon2id hashes (memory-hard; parameters and salt inside the PHC string),
 * never in clear, and a failed sign-in costs the same whether or not the
 * name exists. Failures are counted in the database, so every app process
 * sharing it applies one limit.
 */
import { hash, verify } from "@node-rs/argon2";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { DB } from "../db/tables";

export const editorNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/i, "a name is 2 to 40 letters, digits, dots, dashes or underscores")
  .transform((s) => s.toLowerCase());

export const passwordSchema = z
  .string()
  .min(10, "a password has at least 10 characters")
  .max(200, "a password has at most 200 characters");

export interface Editor {
  name: string;
  createdAt: string;
  /** Sessions issued before this moment (ms since the epoch) are refused. */
  sessionsValidFrom: number;
}

export class EditorError extends Error {
  constructor(
    readonly code: "exists" | "unknown" | "invalid",
    message: string,
  ) {
    super(message);
  }
}

/** A hash of a password nobody has: verified when the name is unknown, so both cases take as long. */
let decoy: Promise<string> | undefined;

export async function addEditor(db: Kysely<DB>, name: string, password: string, now = new Date()): Promise<Editor> {
  const parsedName = editorNameSchema.safeParse(name);
  if (!parsedName.success) throw new EditorError("invalid", `name: ${parsedName.error.issues[0]!.message}`);
  const parsedPassword = passwordSchema.safeParse(password);
  if (!parsedPassword.success) throw new EditorError("invalid", `password: ${parsedPassword.error.issues[0]!.message}`);
  const editor = { name: parsedName.data, createdAt: now.toISOString(), sessionsValidFrom: now.getTime() };
  const row = {
    name: editor.name,
    password_hash: await hash(parsedPassword.data),
    created_at: editor.createdAt,
    sessions_valid_from: editor.sessionsValidFrom,
  };
  const added = await db
    .insertInto("editors")
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(added.numInsertedOrUpdatedRows ?? 0) === 0)
    throw new EditorError("exists", `an editor named ${editor.name} exists`);
  return editor;
}

export async function listEditors(db: Kysely<DB>): Promise<Editor[]> {
  const rows = await db
    .selectFrom("editors")
    .select(["name", "created_at", "sessions_valid_from"])
    .orderBy("name")
    .execute();
  return rows.map(toEditor);
}

export async function getEditor(db: Kysely<DB>, name: string): Promise<Editor | null> {
  const row = await db
    .selectFrom("editors")
    .select(["name", "created_at", "sessions_valid_from"])
    .where("name", "=", name.toLowerCase())
    .executeTakeFirst();
  return row ? toEditor(row) : null;
}

function toEditor(r: { name: string; created_at: string; sessions_valid_from: number }): Editor {
  return { name: r.name, createdAt: r.created_at, sessionsValidFrom: Number(r.sessions_valid_from) };
}

/** Removes an editor; their sessions end with them. */
export async function removeEditor(db: Kysely<DB>, name: string): Promise<void> {
  const removed = await db.deleteFrom("editors").where("name", "=", name.toLowerCase()).executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) throw new EditorError("unknown", `there is no editor named ${name}`);
}

/** The editor whose name and password these are, or null. */
export async function checkPassword(db: Kysely<DB>, name: string, password: string): Promise<Editor | null> {
  const row = await db
    .selectFrom("editors")
    .select(["name", "password_hash", "created_at", "sessions_valid_from"])
    .where("name", "=", name.toLowerCase())
    .executeTakeFirst();
  if (!row) {
    decoy ??= hash("no editor has this password");
    await verify(await decoy, password);
    return null;
  }
  if (!(await verify(row.password_hash, password))) return null;
  return toEditor(row);
}

/** Sign-in attempts allowed to fail within the window, per name and per client address. */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60 * 1000, perName: 5, perClient: 20 } as const;

/** Whether a client may try to sign in as this name now (too many recent failures: no). */
export async function mayTrySignIn(db: Kysely<DB>, client: string, name: string, now = Date.now()): Promise<boolean> {
  const since = now - SIGN_IN_LIMITS.windowMs;
  const counts = await db
    .selectFrom("sign_in_failures")
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when("name", "=", name.toLowerCase()).then(1).else(0).end()).as("byName"),
      eb.fn.sum<number>(eb.case().when("client", "=", client).then(1).else(0).end()).as("byClient"),
    ])
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(counts.byName ?? 0) < SIGN_IN_LIMITS.perName && Number(counts.byClient ?? 0) < SIGN_IN_LIMITS.perClient;
}

export async function noteSignInFailure(db: Kysely<DB>, client: string, name: string, now = Date.now()) {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("sign_in_failures")
      .where("at", "<=", now - SIGN_IN_LIMITS.windowMs)
      .execute();
    await trx.insertInto("sign_in_failures").values({ client, name: name.toLowerCase(), at: now }).execute();
  });
}

/** A successful sign-in forgives that name's failures from that client. */
export async function clearSignInFailures(db: Kysely<DB>, client: string, name: string) {
  await db.deleteFrom("sign_in_failures").where("client", "=", client).where("name", "=", name.toLowerCase()).execute();
}
