/**
 * `npm run test:postgres`: the tests that touch the database, run again on
 * PostgreSQL. The unit tests that open a database (those using
 * lib/testing/databases.ts, including the SQLite-against-PostgreSQL API
 * comparison), then the API, ingest and review end-to-end specs with every
 * server on PostgreSQL (TEST_DATABASE=postgres). TEST_POSTGRES_URL names the server: any database on
 * it, as a user who may create databases. Without it the run is skipped with
 * one line, except under CI=true, where that is a failure.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { describeDatabase, isPostgres } from "@/lib/db/location";

const ROOT = path.resolve(__dirname, "..");
const BIN = path.join(ROOT, "node_modules", ".bin");
const E2E_SPECS = ["e2e/api.spec.ts", "e2e/ingest.spec.ts", "e2e/review.spec.ts"];

function fail(message: string): never {
  process.stderr.write(`test:postgres: ${message}\n`);
  process.exit(1);
}

/** The unit test files that open a database of their own. */
function databaseTests(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".test.ts") && fs.readFileSync(file, "utf8").includes("testing/databases"))
        found.push(path.relative(ROOT, file));
    }
  };
  for (const dir of ["lib", "scripts"]) walk(path.join(ROOT, dir));
  return found.sort();
}

function run(command: string, args: string[]): void {
  const result = spawnSync(path.join(BIN, command), args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE: "postgres" },
  });
  if (result.status !== 0) fail(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

async function main(): Promise<void> {
  const url = process.env.TEST_POSTGRES_URL?.trim();
  if (!url) {
    if (process.env.CI === "true") fail("TEST_POSTGRES_URL is not set; CI must run the database tests on PostgreSQL");
    process.stdout.write(
      "test:postgres: skipped; set TEST_POSTGRES_URL=postgres://USER:PASSWORD@HOST:5432/postgres to run the database tests on PostgreSQL too\n",
    );
    return;
  }
  if (!isPostgres(url)) fail("TEST_POSTGRES_URL must start with postgres://");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    fail(`cannot reach ${describeDatabase(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const units = databaseTests();
  process.stdout.write(`test:postgres: ${units.length} unit test files on ${describeDatabase(url)}\n`);
  run("vitest", ["run", "--reporter=dot", ...units]);
  process.stdout.write(`test:postgres: ${E2E_SPECS.join(", ")} with their servers on PostgreSQL\n`);
  run("playwright", ["test", "--project=desktop", ...E2E_SPECS]);
}

void main();
