"use server";
/**
 * Signing in and out: the only server actions that need no session. Next
 * refuses a server action whose Origin is not this site's host, so a form on
 * another site cannot post here.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db/client";
import { checkPassword, clearSignInFailures, mayTrySignIn, noteSignInFailure, SIGN_IN_LIMITS } from "./editors";
import { endSession, startSession } from "./session";

export interface SignInState {
  error: string | null;
  name: string;
}

/** Where to go after signing in: a path on this site, never another site (`//host`, `/\host`). */
export async function safeNext(value: unknown): Promise<string> {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) && value.length < 500 ? value : "/review";
}

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const name = String(form.get("name") ?? "")
    .trim()
    .slice(0, 100);
  const password = String(form.get("password") ?? "").slice(0, 1000);
  const client = (await headers()).get("x-client-address") ?? "unknown";
  if (!name || !password) return { error: "Give your editor name and password.", name };
  const db = await getDb();
  if (!(await mayTrySignIn(db, client, name))) {
    const minutes = SIGN_IN_LIMITS.windowMs / 60_000;
    return { error: `Too many failed attempts. Try again in ${minutes} minutes.`, name };
  }
  const editor = await checkPassword(db, name, password);
  if (!editor) {
    await noteSignInFailure(db, client, name);
    return { error: "That name and password do not match an editor.", name };
  }
  await clearSignInFailures(db, client, name);
  await startSession(editor);
  redirect(await safeNext(form.get("next")));
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/");
}
