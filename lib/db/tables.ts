/**
 * The database's tables as Kysely sees them. Column names are snake_case and
 * avoid SQL keywords (`group_name`, not `group`), so the same queries run on
 * SQLite and PostgreSQL. Dates are ISO `YYYY-MM-DD` text, which sorts and
 * compares correctly on both; booleans are 0/1 integers for the same reason.
 */
import type { Generated } from "kysely";

export interface ReportsTable {
  id: string;
  outlet: string;
  headline: string;
  published: string;
  url: string | null;
  language: string;
  /** `dataset` rows are owned by data/ and reseeded; `ingest` rows are never touched by seeding. */
  origin: "dataset" | "ingest";
  /** SHA-256 of an ingested report's text, so the same text is stored once. */
  content_hash: string | null;
  /** What the report is found by in the list, folded (lib/report-search.ts reportSearchText). */
  search_text: string;
}

export interface FiguresTable {
  id: string;
  report_id: string;
  metric: string;
  value: number;
  high: number | null;
  qualifier: string;
  vague: number;
  period_start: string | null;
  period_end: string;
  scope: string;
  location: string | null;
  group_name: string | null;
  attributed_to: string | null;
  offensive_slug: string | null;
  review: string;
  note: string;
  sentence: string | null;
  reviewed_at: string | null;
}

export interface OffensivesTable {
  slug: string;
  name: string;
  side: string;
  start_date: string;
  end_date: string | null;
  area: string;
  /** JSON array of place names. */
  places: string;
  description: string;
  /** JSON array of report ids that date the offensive. */
  date_report_ids: string;
}

export interface DatasetMetaTable {
  key: string;
  value: string;
}

export interface EditorsTable {
  name: string;
  /** Argon2id, in its PHC string form (parameters and salt included). */
  password_hash: string;
  created_at: string;
  /** Milliseconds since the epoch: sessions issued earlier are refused (sign-out everywhere, removal). */
  sessions_valid_from: number;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  /** The client's address as the server saw it. */
  client: string;
  /** The editor name tried, lower-cased. */
  name: string;
  at: number;
}

/**
 * How many figures there are of each metric, review and source, kept by the database itself as
 * figures are written (migration 0012): totals without counting.
 */
export interface FigureCountsTable {
  metric: string;
  review: string;
  /** The figures' attributedTo; '' for those with none. */
  source: string;
  n: number;
}

/** One change an editor made, kept for good: who, when, and the figure before and after (JSON). */
export interface FigureHistoryTable {
  id: Generated<number>;
  figure_id: string | null;
  report_id: string;
  editor: string;
  /** publish, reject, edit, delete, undo */
  action: string;
  /** ISO timestamp. */
  at: string;
  before: string | null;
  after: string | null;
}

export interface DB {
  reports: ReportsTable;
  figures: FiguresTable;
  offensives: OffensivesTable;
  dataset_meta: DatasetMetaTable;
  editors: EditorsTable;
  sign_in_failures: SignInFailuresTable;
  figure_history: FigureHistoryTable;
  figure_counts: FigureCountsTable;
}

export type { Generated };
