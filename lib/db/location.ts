/**
 * Where the data lives: a SQLite file, or a PostgreSQL database named by a
 * `postgres://` URL. One string names either, so tests, scripts and child
 * processes pass a database around without caring which kind it is.
 * `DATABASE_URL` wins over `DATABASE_PATH`; with neither, the embedded file.
 */
import path from "node:path";

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export function isPostgres(location: string): boolean {
  return POSTGRES_URL.test(location);
}

/** The database the app opens, from the environment. */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!isPostgres(url)) throw new Error(`DATABASE_URL must start with postgres:// (got ${describeDatabase(url)})`);
    return url;
  }
  return path.resolve(
    /*turbopackIgnore: true*/ env.DATABASE_PATH ?? path.join(process.cwd(), "data", "dashboard.sqlite"),
  );
}

/** The environment that makes a child process (server, script) open `location`. */
export function databaseEnv(location: string): { DATABASE_URL: string; DATABASE_PATH?: string } {
  return isPostgres(location) ? { DATABASE_URL: location } : { DATABASE_URL: "", DATABASE_PATH: location };
}

/** `location` for messages and logs: a URL's password is never printed. */
export function describeDatabase(location: string): string {
  if (!isPostgres(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "postgres://(unreadable URL)";
  }
}
