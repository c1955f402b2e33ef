/**
 * Empties the shared end-to-end server's database before it starts (the
 * webServer command of playwright.config.ts), so every run also checks
 * first-start seeding: `tsx e2e/fresh-database.ts LOCATION`.
 */
import { resetDatabase } from "../lib/testing/databases";

const location = process.argv[2];
if (!location) {
  process.stderr.write("fresh-database: name the database (a file or a postgres:// URL)\n");
  process.exit(2);
}
resetDatabase(location).catch((error: unknown) => {
  process.stderr.write(`fresh-database: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
