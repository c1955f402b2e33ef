/**
 * npm run seed:synthetic -- --figures N [--database FILE|postgres://…] [--seed S]
 *
 * Fills a database with generated reports and figures (lib/testing/synthetic.ts)
 * on top of data/, for measuring the dashboard at scale: a million figures take
 * about 200,000 reports. Every generated report is marked synthetic (its id,
 * outlet and headline say so); data/ is never touched. The database defaults
 * to data/synthetic.sqlite, never the app's own; serve it with
 * DATABASE_PATH=FILE npm start (or DATABASE_URL=postgres://… for a PostgreSQL
 * database given as --database). A run on a database that already holds
 * generated reports adds after them. Bad arguments exit 2 with one line.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { noteWrite } from "@/lib/db/data-version";
import { prepareDatabase } from "@/lib/db/client";
import { describeDatabase, isPostgres } from "@/lib/db/location";
import { reshapeOffensive, toFigureRow, toReportRow } from "@/lib/db/mappers";
import { SYNTHETIC_PREFIX, syntheticBatch } from "@/lib/testing/synthetic";

const USAGE = "usage: npm run seed:synthetic -- --figures N [--database FILE|postgres://…] [--seed S]";
/** Reports per transaction: about 2,500 figures, small enough to keep memory flat. */
const REPORTS_PER_BATCH = 500;
/** Rows per INSERT: 18 columns × 400 stays under SQLite's limit of bound values. */
const ROWS_PER_INSERT = 400;

function fail(message: string): never {
  process.stderr.write(`seed:synthetic: ${message}\n`);
  process.exit(2);
}

function options() {
  let values: { figures?: string; database?: string; seed?: string };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: { figures: { type: "string" }, database: { type: "string" }, seed: { type: "string" } },
    }));
  } catch (e) {
    fail(`${(e instanceof Error ? e.message : String(e)).split("\n")[0]} (${USAGE})`);
  }
  const figures = Number(values.figures);
  if (!values.figures || !/^[1-9]\d{0,8}$/.test(values.figures)) {
    fail(`--figures must be a whole number from 1 to 999,999,999, got "${values.figures ?? ""}" (${USAGE})`);
  }
  if (values.seed !== undefined && !/^\d{1,9}$/.test(values.seed)) fail(`--seed must be a whole number`);
  const given = values.database ?? path.join("data", "synthetic.sqlite");
  const database = isPostgres(given) ? given : path.resolve(given);
  if (database === path.resolve("data", "dashboard.sqlite") || database === process.env.DATABASE_URL?.trim()) {
    fail(`will not write generated figures into the app's own database, ${describeDatabase(database)}`);
  }
  return { figures, database, seed: Number(values.seed ?? 1) };
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function main() {
  const { figures: wanted, database, seed } = options();
  const started = Date.now();
  const db = await prepareDatabase(database);
  try {
    const offensives = (await db.selectFrom("offensives").selectAll().execute()).map(reshapeOffensive);
    const last = await db
      .selectFrom("reports")
      .select("id")
      .where("id", "like", `${SYNTHETIC_PREFIX}%`)
      .orderBy("id", "desc")
      .executeTakeFirst();
    let next = last ? Number(last.id.slice(SYNTHETIC_PREFIX.length)) + 1 : 1;
    let written = 0;
    let reports = 0;
    while (written < wanted) {
      const batch = syntheticBatch(seed, next, REPORTS_PER_BATCH, offensives);
      // Stop at exactly the number asked for: figures come in report order, so the last batch
      // keeps a prefix of them and the reports they belong to.
      const figureRows = batch.figures.slice(0, wanted - written);
      const kept = new Set(figureRows.map((f) => f.reportId));
      const reportRows = batch.reports.filter((r) => kept.has(r.id));
      await db.transaction().execute(async (trx) => {
        for (const part of chunks(reportRows, ROWS_PER_INSERT)) {
          await trx
            .insertInto("reports")
            .values(part.map((r) => toReportRow(r, "ingest", `synthetic:${seed}:${r.id}`)))
            .execute();
        }
        for (const part of chunks(figureRows, ROWS_PER_INSERT)) {
          await trx.insertInto("figures").values(part.map(toFigureRow)).execute();
        }
        await noteWrite(trx);
      });
      written += figureRows.length;
      reports += reportRows.length;
      next += REPORTS_PER_BATCH;
      if (reports % 20_000 < REPORTS_PER_BATCH) {
        process.stderr.write(`seed:synthetic: ${written.toLocaleString("en")} figures…\n`);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `seed:synthetic: ${written.toLocaleString("en")} figures in ${reports.toLocaleString("en")} reports written to ${describeDatabase(database)} in ${seconds.toFixed(0)} s\n`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`seed:synthetic: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}\n`);
  process.exit(1);
});
