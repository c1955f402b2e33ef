/**
 * npm run editor -- add NAME      password from standard input (first line) or a hidden prompt
 * npm run editor -- list
 * npm run editor -- remove NAME   their sessions end at once
 * Editors are the only people who can write through the browser (/review).
 * A password is never taken from the command line, where other users of the
 * machine and the shell history could read it. Exit 2 with one line on
 * stderr for a bad command, 1 when the change cannot be made.
 */
import readline from "node:readline";
import { EditorError } from "@/lib/auth/editors";
import { runEditorCli } from "@/lib/cli/editor";
import { oneLine, processIo } from "@/lib/cli/io";

/** The first line of standard input, or a prompt that does not echo when it is a terminal. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) {
      text += String(chunk);
      if (text.includes("\n") || text.length > 10_000) break;
    }
    return text.split(/\r?\n/)[0] ?? "";
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      process.stderr.write(q);
      const mute = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
      rl.question("", (answer) => {
        (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = mute;
        process.stderr.write("\n");
        resolve(answer);
      });
    });
  try {
    const first = await ask("Password: ");
    const again = await ask("Again: ");
    if (first !== again) throw new EditorError("invalid", "the two passwords differ");
    return first;
  } finally {
    rl.close();
  }
}

runEditorCli(process.argv.slice(2), { ...processIo, readPassword }).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`editor: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    process.exit(1);
  },
);
