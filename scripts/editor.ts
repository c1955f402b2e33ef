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
import { addEditor, EditorError, listEditors, removeEditor } from "@/lib/auth/editors";
import { DATABASE, prepareDatabase } from "@/lib/db/client";
import { describeDatabase } from "@/lib/db/location";

const USAGE = "usage: npm run editor -- add NAME | list | remove NAME (the password is read from standard input)";

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

async function main(argv: string[]): Promise<number> {
  const [command, name, ...rest] = argv;
  const wanted = { add: 1, remove: 1, list: 0 }[command ?? ""];
  if (wanted === undefined || (wanted === 1 ? !name || rest.length > 0 : name !== undefined)) {
    process.stderr.write(`editor: ${USAGE}\n`);
    return 2;
  }
  let db;
  try {
    db = await prepareDatabase(DATABASE);
  } catch (e) {
    process.stderr.write(
      `editor: cannot open the database at ${describeDatabase(DATABASE)}: ${e instanceof Error ? e.message : e}\n`,
    );
    return 1;
  }
  try {
    if (command === "list") {
      for (const editor of await listEditors(db)) process.stdout.write(`${editor.name}\tsince ${editor.createdAt}\n`);
    } else if (command === "add") {
      const editor = await addEditor(db, name!, await readPassword());
      process.stdout.write(`editor ${editor.name} added\n`);
    } else {
      await removeEditor(db, name!);
      process.stdout.write(`editor ${name!.toLowerCase()} removed; their sessions have ended\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof EditorError) {
      process.stderr.write(`editor: ${e.message}\n`);
      return e.code === "invalid" ? 2 : 1;
    }
    throw e;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`editor: ${e instanceof Error ? e.message : String(e)}\n`.replace(/\n(?!$)/g, " "));
    process.exit(1);
  },
);
