import "server-only";
/**
 * The editor's session: a sealed, HTTP-only, SameSite=Strict cookie
 * (iron-session) naming the editor and when it was issued. It is honoured
 * only while that editor exists and was issued after their
 * `sessions_valid_from`, so removing an editor ends their sessions at once.
 * The sealing secret is SESSION_SECRET, or one made at first use and kept in
 * the database, so every process sharing the database agrees on it.
 */
import { randomBytes } from "node:crypto";
import { getIronSession, type SessionOptions } from "iron-session";
import type { Kysely } from "kysely";
import { cookies, headers } from "next/headers";
import { forbidden, unauthorized } from "next/navigation";
import { getDb } from "../db/client";
import type { DB } from "../db/tables";
import { isSameOrigin } from "../http/security";
import { getEditor, type Editor } from "./editors";

interface SessionData {
  editor?: string;
  issuedAt?: number;
}

const SECRET_KEY = "session_secret";
const COOKIE = "editor_session";
/** A session lasts eight hours: a working day at the desk. */
export const SESSION_SECONDS = 8 * 60 * 60;

/** Read (or made) once per process: it never changes once stored, and pages ask for it on every view. */
let secret: Promise<string> | undefined;

function sessionSecret(db: Kysely<DB>): Promise<string> {
  secret ??= readSessionSecret(db).catch((error: unknown) => {
    secret = undefined;
    throw error;
  });
  return secret;
}

async function readSessionSecret(db: Kysely<DB>): Promise<string> {
  const given = process.env.SESSION_SECRET;
  if (given !== undefined) {
    if (given.length < 32) throw new Error("SESSION_SECRET must be at least 32 characters");
    return given;
  }
  await db
    .insertInto("dataset_meta")
    .values({ key: SECRET_KEY, value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("dataset_meta")
    .select("value")
    .where("key", "=", SECRET_KEY)
    .executeTakeFirstOrThrow();
  return row.value;
}

async function openSession() {
  const db = await getDb();
  const https = (await headers()).get("x-forwarded-proto") === "https";
  const options: SessionOptions = {
    password: await sessionSecret(db),
    cookieName: COOKIE,
    ttl: SESSION_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: "strict", secure: https, path: "/" },
  };
  return { db, session: await getIronSession<SessionData>(await cookies(), options) };
}

/** The signed-in editor, or null. */
export async function currentEditor(): Promise<Editor | null> {
  // Most visitors are readers with no session: no secret, no unsealing, no query.
  if (!(await cookies()).has(COOKIE)) return null;
  const { db, session } = await openSession();
  if (!session.editor || !session.issuedAt) return null;
  const editor = await getEditor(db, session.editor);
  return editor && session.issuedAt >= editor.sessionsValidFrom ? editor : null;
}

export async function startSession(editor: Editor): Promise<void> {
  const { session } = await openSession();
  session.editor = editor.name;
  session.issuedAt = Date.now();
  await session.save();
}

export async function endSession(): Promise<void> {
  const { session } = await openSession();
  session.destroy();
}

/**
 * The editor making a write, checked on every server action that writes: an
 * Origin header naming this very host (Next lets a request with no Origin
 * through; a write does not), else 403; and a live session, else 401. No
 * write is made either way.
 */
export async function requireEditorForWrite(): Promise<Editor> {
  const request = await headers();
  if (!isSameOrigin(request.get("origin"), request.get("x-forwarded-host") ?? request.get("host"))) forbidden();
  const editor = await currentEditor();
  if (!editor) unauthorized();
  return editor;
}
