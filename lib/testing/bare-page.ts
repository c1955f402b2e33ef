/**
 * The page the dashboard is measured against (issue 10): a Next app of the
 * project's own versions that draws one Recharts line chart and holds no
 * data. `npm run bench` writes it into .bench/bare-page (ignored by git,
 * the type check and the linter), where it resolves the project's
 * node_modules, builds it once, and serves it beside the dashboard.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { send, type ServerProcess } from "./server-process";

const ROOT = path.resolve(__dirname, "..", "..");
const DIR = path.join(ROOT, ".bench", "bare-page");
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

const FILES: Record<string, string> = {
  "package.json": `${JSON.stringify({ name: "bare-page", private: true })}\n`,
  "next.config.js": "module.exports = { reactStrictMode: true };\n",
  "app/layout.jsx": `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `import { Chart } from "./chart";

export default function Page() {
  return (
    <main>
      <h1>Bare page</h1>
      <Chart />
    </main>
  );
}
`,
  "app/chart.jsx": `"use client";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

const data = [2012, 2013, 2014, 2015, 2016].map((year, i) => ({ year: String(year), value: (i + 1) * 1000 }));

export function Chart() {
  return (
    <LineChart width={640} height={320} data={data}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="year" />
      <YAxis />
      <Tooltip />
      <Line type="monotone" dataKey="value" stroke="#0072B2" />
    </LineChart>
  );
}
`,
};

/** Writes the bare page and builds it when its files or the installed Next changed since the last build. */
export function buildBarePage(): void {
  const stamp = JSON.stringify({ FILES, next: fs.statSync(NEXT).mtimeMs });
  const stampFile = path.join(DIR, ".built");
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp) return;
  fs.rmSync(DIR, { recursive: true, force: true });
  for (const [name, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(DIR, name)), { recursive: true });
    fs.writeFileSync(path.join(DIR, name), text);
  }
  const built = spawnSync(process.execPath, [NEXT, "build"], { cwd: DIR, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`the bare page did not build: ${(built.stderr || built.stdout).slice(-500)}`);
  fs.writeFileSync(stampFile, stamp);
}

/** Serves the built bare page (production) on `port` and waits for it. */
export async function startBarePage(port: number): Promise<ServerProcess> {
  buildBarePage();
  const child = spawn(process.execPath, [NEXT, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: DIR,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the bare page stopped: ${log.slice(-500)}`);
    try {
      if ((await send(port, "GET", "/")).status === 200) return { child, log: () => log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill();
  throw new Error("the bare page did not start within a minute");
}
