/**
 * Schema migrations, kept in code so the built server needs no migration
 * files on disk. Only Kysely's schema builder is used: the same migrations
 * create the PostgreSQL schema.
 */
import { sql, type CreateTableBuilder, type Kysely, type Migration, type MigrationProvider } from "kysely";
import { reportSearchText } from "../report-search";
import { speaksPostgres } from "./dialect";
import type { DB } from "./tables";

/** An auto-numbered integer key: SQLite's `autoincrement`, PostgreSQL's `serial`. */
function addSerialKey<T extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T>) {
  return speaksPostgres(db)
    ? table.addColumn("id", "serial", (c) => c.primaryKey())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}

const migrations: Record<string, Migration> = {
  "0001_initial": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("reports")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("outlet", "text", (c) => c.notNull())
        .addColumn("headline", "text", (c) => c.notNull())
        .addColumn("published", "text", (c) => c.notNull())
        .addColumn("url", "text")
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("origin", "text", (c) => c.notNull())
        .addColumn("content_hash", "text", (c) => c.unique())
        .execute();

      await db.schema
        .createTable("offensives")
        .addColumn("slug", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("side", "text", (c) => c.notNull())
        .addColumn("start_date", "text", (c) => c.notNull())
        .addColumn("end_date", "text")
        .addColumn("area", "text", (c) => c.notNull())
        .addColumn("places", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("figures")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id").onDelete("cascade"))
        .addColumn("metric", "text", (c) => c.notNull())
        .addColumn("value", "bigint", (c) => c.notNull())
        .addColumn("high", "bigint")
        .addColumn("qualifier", "text", (c) => c.notNull())
        .addColumn("vague", "integer", (c) => c.notNull())
        .addColumn("period_start", "text")
        .addColumn("period_end", "text", (c) => c.notNull())
        .addColumn("scope", "text", (c) => c.notNull())
        .addColumn("location", "text")
        .addColumn("group_name", "text")
        .addColumn("attributed_to", "text")
        .addColumn("offensive_slug", "text", (c) => c.references("offensives.slug").onDelete("set null"))
        .addColumn("review", "text", (c) => c.notNull())
        .addColumn("note", "text", (c) => c.notNull())
        .addColumn("sentence", "text")
        .execute();

      await db.schema.createIndex("figures_report_idx").on("figures").column("report_id").execute();
      await db.schema.createIndex("figures_metric_end_idx").on("figures").columns(["metric", "period_end"]).execute();
      await db.schema.createIndex("figures_offensive_idx").on("figures").column("offensive_slug").execute();

      await db.schema
        .createTable("dataset_meta")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["figures", "reports", "offensives", "dataset_meta"]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  "0002_offensive_date_sources": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("offensives")
        .addColumn("date_report_ids", "text", (c) => c.notNull().defaultTo("[]"))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("offensives").dropColumn("date_report_ids").execute();
    },
  },
  "0003_editors": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("editors")
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        // Sessions issued before this moment (ms since the epoch) are no longer honoured.
        .addColumn("sessions_valid_from", "bigint", (c) => c.notNull())
        .execute();
      await addSerialKey(db, db.schema.createTable("sign_in_failures"))
        .addColumn("client", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("sign_in_failures_at_idx").on("sign_in_failures").column("at").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("sign_in_failures").execute();
      await db.schema.dropTable("editors").execute();
    },
  },
  "0004_figure_history": {
    async up(db: Kysely<unknown>) {
      await addSerialKey(db, db.schema.createTable("figure_history"))
        // Null when the change left no figure: a reading the editor rejected.
        .addColumn("figure_id", "text")
        .addColumn("report_id", "text", (c) => c.notNull())
        .addColumn("editor", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("before", "text")
        .addColumn("after", "text")
        .execute();
      await db.schema.createIndex("figure_history_figure_idx").on("figure_history").column("figure_id").execute();
      await db.schema.createIndex("figure_history_report_idx").on("figure_history").column("report_id").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("figure_history").execute();
    },
  },
  "0005_figure_reviewed_at": {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("figures").addColumn("reviewed_at", "text").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("figures").dropColumn("reviewed_at").execute();
    },
  },
  // Every sort of the figures list, the overview's selection and the review queue read
  // through an index: at a million figures a full scan costs seconds (lib/query-plans.test.ts).
  "0006_page_indexes": {
    async up(db: Kysely<unknown>) {
      const figures = [
        ["figures_end_idx", ["period_end", "id"]],
        ["figures_value_idx", ["value", "period_end", "id"]],
        ["figures_scope_idx", ["scope"]],
        ["figures_review_idx", ["review"]],
        ["figures_attributed_idx", ["attributed_to"]],
      ] as const;
      for (const [name, columns] of figures)
        await db.schema
          .createIndex(name)
          .on("figures")
          .columns([...columns])
          .execute();
      // The list sorts by source with no source as "" (lib/data.ts): the index holds that expression.
      await db.schema
        .createIndex("figures_source_idx")
        .on("figures")
        .expression(sql`coalesce(attributed_to, ''), period_end, id`)
        .execute();
      await db.schema.createIndex("reports_published_idx").on("reports").columns(["published", "id"]).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const name of [
        "figures_end_idx",
        "figures_value_idx",
        "figures_source_idx",
        "figures_scope_idx",
        "figures_review_idx",
        "figures_attributed_idx",
        "reports_published_idx",
      ])
        await db.schema.dropIndex(name).execute();
    },
  },
  // The charts read by scope and metric within dates (the trends) and by offensive and value within
  // dates (the breakdown's largest counts): without these, each cold chart walked every killed figure.
  "0007_chart_indexes": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex("figures_scope_metric_end_idx")
        .on("figures")
        .columns(["scope", "metric", "period_end"])
        .execute();
      await db.schema
        .createIndex("figures_offensive_value_idx")
        .on("figures")
        .columns(["offensive_slug", "value", "period_end"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("figures_scope_metric_end_idx").execute();
      await db.schema.dropIndex("figures_offensive_value_idx").execute();
    },
  },
  // 0007's indexes begin with the columns of the scope and offensive indexes: every search those
  // served, the longer ones serve, so the short ones only cost writes.
  "0008_drop_prefix_indexes": {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex("figures_scope_idx").execute();
      await db.schema.dropIndex("figures_offensive_idx").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.createIndex("figures_scope_idx").on("figures").column("scope").execute();
      await db.schema.createIndex("figures_offensive_idx").on("figures").column("offensive_slug").execute();
    },
  },
  // The breakdown chart's grouped read (lib/data.ts breakdownFigures) from the index alone: per
  // offensive, a date range, and every column it groups, counts or filters by. 186 -> 30 ms for
  // 61,000 linked figures among a million.
  "0009_offensive_covering_index": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex("figures_offensive_period_idx")
        .on("figures")
        .columns(["offensive_slug", "period_end", "metric", "value", "group_name", "review", "attributed_to"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("figures_offensive_period_idx").execute();
    },
  },
  // The figures list filtered by metric (its form's first field) and sorted by value or source: the
  // metric index found the metric's figures but not their order, so every page sorted hundreds of
  // thousands of them (2 s for killed by source at a million figures). These hold the metric, then
  // the list's order; the as-of index gains the id that ends its order.
  "0010_metric_list_indexes": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex("figures_metric_value_idx")
        .on("figures")
        .columns(["metric", "value", "period_end", "id"])
        .execute();
      await db.schema
        .createIndex("figures_metric_source_idx")
        .on("figures")
        .expression(sql`metric, coalesce(attributed_to, ''), period_end, id`)
        .execute();
      await db.schema.dropIndex("figures_metric_end_idx").execute();
      await db.schema
        .createIndex("figures_metric_end_idx")
        .on("figures")
        .columns(["metric", "period_end", "id"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("figures_metric_value_idx").execute();
      await db.schema.dropIndex("figures_metric_source_idx").execute();
      await db.schema.dropIndex("figures_metric_end_idx").execute();
      await db.schema.createIndex("figures_metric_end_idx").on("figures").columns(["metric", "period_end"]).execute();
    },
  },
  // The reports list read every report with its figure count and searched them in memory: 3 s and
  // 360 MB for 200,000 reports. Each report now keeps the folded text it is found by, so the database
  // matches a search and returns one page; ordering by outlet reads an index of the outlet's lower case.
  "0011_report_search": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("reports")
        .addColumn("search_text", "text", (c) => c.notNull().defaultTo(""))
        .execute();
      const reports = db as Kysely<DB>;
      let after = "";
      for (;;) {
        const rows = await reports
          .selectFrom("reports")
          .select(["id", "outlet", "headline", "url", "language", "published"])
          .where("id", ">", after)
          .orderBy("id")
          .limit(BACKFILL_BATCH)
          .execute();
        for (const r of rows)
          await reports
            .updateTable("reports")
            .set({ search_text: reportSearchText(r) })
            .where("id", "=", r.id)
            .execute();
        if (rows.length < BACKFILL_BATCH) break;
        after = rows.at(-1)!.id;
      }
      // The list's orders, each ending with the search text, so a search reads the index alone in the
      // list's order and looks up only the reports it finds (25–45 ms at 200,000, against 0.5 s when
      // each report was looked up to read its text).
      await db.schema.dropIndex("reports_published_idx").execute();
      await db.schema
        .createIndex("reports_published_idx")
        .on("reports")
        .columns(["published", "id", "search_text"])
        .execute();
      await db.schema
        .createIndex("reports_outlet_idx")
        .on("reports")
        .expression(sql`lower(outlet), published, id, search_text`)
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex("reports_outlet_idx").execute();
      await db.schema.dropIndex("reports_published_idx").execute();
      await db.schema.createIndex("reports_published_idx").on("reports").columns(["published", "id"]).execute();
      await db.schema.alterTable("reports").dropColumn("search_text").execute();
    },
  },
  // How many figures the list and the exports hold, by metric, review and source: counted from
  // the figures themselves, a total at a million figures read half a million index entries
  // (25 ms from memory, a second from a cold disk). The database keeps the counts as figures are
  // written, so a total over those three is a handful of rows whatever the data.
  "0012_figure_counts": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("figure_counts")
        .addColumn("metric", "text", (c) => c.notNull())
        .addColumn("review", "text", (c) => c.notNull())
        // The figure's attributedTo; '' for none (a key column cannot be null in PostgreSQL).
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("n", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("figure_counts_pkey", ["metric", "review", "source"])
        .execute();
      await sql`insert into figure_counts (metric, review, source, n)
        select metric, review, coalesce(attributed_to, ''), count(*) from figures group by 1, 2, 3`.execute(db);
      for (const statement of speaksPostgres(db) ? POSTGRES_COUNT_TRIGGERS : SQLITE_COUNT_TRIGGERS)
        await sql.raw(statement).execute(db);
    },
    async down(db: Kysely<unknown>) {
      if (speaksPostgres(db)) {
        await sql`drop trigger figure_counts_kept on figures`.execute(db);
        await sql`drop function figure_counts_kept()`.execute(db);
      } else {
        for (const t of ["insert", "delete", "update"]) await sql.raw(`drop trigger figure_counts_${t}`).execute(db);
      }
      await db.schema.dropTable("figure_counts").execute();
    },
  },
};

/** A figure, `new` or `old`, added to (1) or taken from (-1) its count. */
const countOf = (row: "new" | "old", by: 1 | -1) => `
  insert into figure_counts (metric, review, source, n)
    values (${row}.metric, ${row}.review, coalesce(${row}.attributed_to, ''), ${by})
    on conflict (metric, review, source) do update set n = figure_counts.n + excluded.n;`;

const SQLITE_COUNT_TRIGGERS = [
  `create trigger figure_counts_insert after insert on figures begin ${countOf("new", 1)} end`,
  `create trigger figure_counts_delete after delete on figures begin ${countOf("old", -1)} end`,
  `create trigger figure_counts_update after update of metric, review, attributed_to on figures
    begin ${countOf("old", -1)} ${countOf("new", 1)} end`,
];

// Writers take their turn at the counts: two ingests adding killed and refugee figures in
// opposite orders would otherwise each wait for a count row the other holds. The lock is held
// until the transaction ends (SQLite's one writer at a time needs none).
const FIGURE_COUNTS_LOCK = 73_112_012;
const POSTGRES_COUNT_TRIGGERS = [
  `create function figure_counts_kept() returns trigger language plpgsql as $$
  begin
    perform pg_advisory_xact_lock(${FIGURE_COUNTS_LOCK});
    if tg_op in ('DELETE', 'UPDATE') then ${countOf("old", -1)} end if;
    if tg_op in ('INSERT', 'UPDATE') then ${countOf("new", 1)} end if;
    return null;
  end $$`,
  `create trigger figure_counts_kept after insert or delete or update of metric, review, attributed_to
    on figures for each row execute function figure_counts_kept()`,
];

/** Rows read and rewritten at a time when a migration fills a new column. */
const BACKFILL_BATCH = 1000;

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
