/**
 * A production server of its own, on its own database, for a spec that
 * writes: the shared server's database holds exactly the seed figures, which
 * the other specs count, and nothing can be deleted from it afterwards.
 * It serves the build the shared web server has just made (no build here).
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { databaseEnv } from "../lib/db/location";
import { resetDatabase, TEST_DIALECT, testPostgresUrl } from "../lib/testing/databases";

export const ROOT = path.resolve(__dirname, "..");

/**
 * The database of a spec's own server, by name: `data/e2e-NAME.sqlite`, or, under
 * TEST_DATABASE=postgres, the database `e2e_NAME` on the TEST_POSTGRES_URL server.
 */
export function e2eDatabase(name: string): string {
  return TEST_DIALECT === "PostgreSQL" ? testPostgresUrl(`e2e_${name}`) : path.join(ROOT, "data", `e2e-${name}.sqlite`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface PrivateServer {
  base: string;
  /** What the server wrote to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts the production server (scripts/server.mjs, as `npm start` runs it) on a free port and a fresh
 * copy of `database`, or on it as it is with `keep: true` (a second process beside another); resolves
 * once it answers.
 */
export async function startPrivateServer(
  database: string,
  env: Record<string, string> = {},
  { keep = false }: { keep?: boolean } = {},
): Promise<PrivateServer> {
  if (!keep) await resetDatabase(database);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = "";
  const server: ChildProcess = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
    cwd: ROOT,
    env: { ...process.env, ...env, ...databaseEnv(database), PORT: String(port), NODE_ENV: "production" },
    // Its own process group, so stopping it also stops any worker it forks.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}: ${log.slice(-2000)}`);
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no answer from ${base}/ after 90 s: ${log.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    base,
    log: () => log,
    async stop() {
      const pid = server.pid;
      const running = () => server.exitCode === null && server.signalCode === null;
      if (pid === undefined || !running()) return;
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (running()) process.kill(-pid, "SIGKILL");
    },
  };
}

/** Runs one of the project's command-line scripts against `database`, with `input` on standard input. */
export function runScript(
  script: string,
  args: string[],
  database: string,
  input = "",
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", script, ...args],
      { cwd: ROOT, env: { ...process.env, ...databaseEnv(database) } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}
