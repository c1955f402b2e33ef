/**
 * The production server as a child process, for the scripts that measure
 * and attack it (test:robust, bench): start it on a port and a database,
 * send it raw requests, and read its memory from /proc.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { databaseEnv } from "../db/location";

const ROOT = path.resolve(__dirname, "..", "..");

export interface ServerProcess {
  child: ChildProcess;
  /** The last 20,000 characters the server wrote to stderr. */
  log: () => string;
}

/** Serves the production build (start.mjs builds it first if it is missing or stale) and waits for `/`. */
export async function startServer(
  port: number,
  database: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), ...databaseEnv(database) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)));
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${log.slice(-2000)}`);
    try {
      const r = await send(port, "GET", "/");
      if (r.status === 200) return { child, log: () => log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error("the server did not start within 5 minutes");
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The first 4 KB or so: enough to judge the answer; big downloads are read and dropped. */
  body: string;
  /** Every byte read. */
  size: number;
}

/** One raw request: the path goes on the wire exactly as given. */
export function send(
  port: number,
  method: string,
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: rawPath, headers, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (c: Buffer) => {
        if (size < 4096) chunks.push(c);
        size += c.length;
      });
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          size,
        }),
      );
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`timeout: ${method} ${rawPath.slice(0, 80)}`)));
    req.on("error", reject);
    req.end();
  });
}

/** A process's resident memory now and at its peak since the peak was last reset, in MB (Linux /proc). */
export function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

/** Resets a process's peak resident memory (VmHWM) to its current size; false where /proc cannot. */
export function resetPeakMemory(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}
