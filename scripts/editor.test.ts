import { execFile } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runEditorCli } from "@/lib/cli/editor";
import { databaseEnv } from "@/lib/db/location";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("editor-cli");
});
afterAll(() => database.drop());

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** The command `npm run editor` runs, in this process, with `input` as what was typed. */
async function editor(args: string[], input = ""): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await runEditorCli(
    args,
    {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      readPassword: async () => input.split(/\r?\n/)[0] ?? "",
    },
    database.location,
  );
  return { status, stdout, stderr };
}

/** The script itself, as `npm run editor` starts it, with `input` on standard input. */
function editorProcess(args: string[], input = ""): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      TSX,
      ["--conditions=react-server", "scripts/editor.ts", ...args],
      { cwd: ROOT, env: { ...process.env, ...databaseEnv(database.location) } },
      (error, stdout, stderr) => {
        resolve({ status: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
    child.stdin!.end(input);
  });
}

describe("npm run editor", () => {
  it("adds an editor with the password given, lists and removes them", async () => {
    const added = await editor(["add", "Layla"], "a passphrase of some length\n");
    expect([added.status, added.stdout.trim()]).toEqual([0, "editor layla added"]);
    expect((await editor(["list"])).stdout).toMatch(/^layla\tsince \d{4}-\d\d-\d\dT/);
    const removed = await editor(["remove", "layla"]);
    expect(removed.status).toBe(0);
    expect((await editor(["list"])).stdout).toBe("");
  }, 60_000);

  it("answers a bad command or password with exit 2 and one line, a missing editor with exit 1", async () => {
    for (const [args, input, status, message] of [
      [["add"], "", 2, /usage/],
      [["add", "a", "b"], "", 2, /usage/],
      [["rename", "x"], "", 2, /usage/],
      [["add", "sam"], "short\n", 2, /at least 10 characters/],
      [["remove", "nobody"], "", 1, /no editor named nobody/],
    ] as const) {
      const run = await editor([...args], input);
      expect([args.join(" "), run.status]).toEqual([args.join(" "), status]);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
  }, 60_000);
});

describe("scripts/editor.ts", () => {
  it("reads the password from the first line of standard input", async () => {
    const added = await editorProcess(["add", "Omar"], "another passphrase here\nignored\n");
    expect([added.status, added.stdout.trim(), added.stderr]).toEqual([0, "editor omar added", ""]);
    expect((await editor(["list"])).stdout).toMatch(/^omar\tsince /);
    expect((await editor(["remove", "omar"])).status).toBe(0);
  }, 60_000);

  it("exits 2 with one line on stderr for a bad command", async () => {
    const run = await editorProcess(["rename", "x"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^editor: usage: npm run editor -- add NAME \| list \| remove NAME/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
