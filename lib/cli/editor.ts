/**
 * The editor command (`npm run editor`; its usage is at the top of
 * scripts/editor.ts), kept here so tests run it in-process. The script reads
 * the password; this module adds, lists and removes.
 */
import { addEditor, EditorError, listEditors, removeEditor } from "@/lib/auth/editors";
import { DATABASE, prepareDatabase } from "@/lib/db/client";
import { describeDatabase } from "@/lib/db/location";
import type { CliIo } from "./io";

export const USAGE =
  "usage: npm run editor -- add NAME | list | remove NAME (the password is read from standard input)";

export interface EditorIo extends CliIo {
  /** The new editor's password, asked for only by `add`. */
  readPassword: () => Promise<string>;
}

/**
 * Runs the editor command on the database at `database` (DATABASE_URL or
 * DATABASE_PATH by default); returns the exit status: 0, 1 when the change
 * cannot be made, 2 for a bad command or password.
 */
export async function runEditorCli(
  argv: readonly string[],
  io: EditorIo,
  database: string = DATABASE,
): Promise<number> {
  const [command, name, ...rest] = argv;
  const wanted = { add: 1, remove: 1, list: 0 }[command ?? ""];
  if (wanted === undefined || (wanted === 1 ? !name || rest.length > 0 : name !== undefined)) {
    io.stderr(`editor: ${USAGE}\n`);
    return 2;
  }
  let db;
  try {
    db = await prepareDatabase(database);
  } catch (e) {
    io.stderr(
      `editor: cannot open the database at ${describeDatabase(database)}: ${e instanceof Error ? e.message : e}\n`,
    );
    return 1;
  }
  try {
    if (command === "list") {
      for (const editor of await listEditors(db)) io.stdout(`${editor.name}\tsince ${editor.createdAt}\n`);
    } else if (command === "add") {
      const editor = await addEditor(db, name!, await io.readPassword());
      io.stdout(`editor ${editor.name} added\n`);
    } else {
      await removeEditor(db, name!);
      io.stdout(`editor ${name!.toLowerCase()} removed; their sessions have ended\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof EditorError) {
      io.stderr(`editor: ${e.message}\n`);
      return e.code === "invalid" ? 2 : 1;
    }
    throw e;
  } finally {
    await db.destroy();
  }
}
