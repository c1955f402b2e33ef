/**
 * The one place rows and the app's own types meet: `to*Row` for writes
 * (seed, ingest), `reshape*` for reads. Column names and storage forms
 * (0/1 booleans, JSON place lists, bigint as text on PostgreSQL) stay here.
 */
import type { Selectable } from "kysely";
import { reportSearchText } from "../report-search";
import type { Figure, Metric, Offensive, Qualifier, Report, Review, Scope } from "../schema";
import type { FiguresTable, OffensivesTable, ReportsTable } from "./tables";

export function toReportRow(
  r: Report,
  origin: ReportsTable["origin"],
  contentHash: string | null = null,
): ReportsTable {
  return {
    id: r.id,
    outlet: r.outlet,
    headline: r.headline,
    published: r.published,
    url: r.url,
    language: r.language,
    origin,
    content_hash: contentHash,
    search_text: reportSearchText(r),
  };
}

export function toFigureRow(f: Figure): FiguresTable {
  return {
    id: f.id,
    report_id: f.reportId,
    metric: f.metric,
    value: f.value,
    high: f.high,
    qualifier: f.qualifier,
    vague: f.vague ? 1 : 0,
    period_start: f.periodStart,
    period_end: f.periodEnd,
    scope: f.scope,
    location: f.location,
    group_name: f.group,
    attributed_to: f.attributedTo,
    offensive_slug: f.offensive,
    review: f.review,
    note: f.note,
    sentence: f.sentence,
    reviewed_at: f.reviewedAt,
  };
}

export function toOffensiveRow(o: Offensive): OffensivesTable {
  return {
    slug: o.slug,
    name: o.name,
    side: o.side,
    start_date: o.start,
    end_date: o.end,
    area: o.area,
    places: JSON.stringify(o.places),
    description: o.description,
    date_report_ids: JSON.stringify(o.dateReportIds),
  };
}

export function reshapeReport(r: Selectable<ReportsTable>): Report {
  return {
    id: r.id,
    outlet: r.outlet,
    headline: r.headline,
    published: r.published,
    url: r.url,
    language: r.language,
  };
}

export function reshapeFigure(f: Selectable<FiguresTable>): Figure {
  return {
    id: f.id,
    reportId: f.report_id,
    metric: f.metric as Metric,
    // PostgreSQL drivers hand bigint back as text; SQLite as a number.
    value: Number(f.value),
    high: f.high === null ? null : Number(f.high),
    qualifier: f.qualifier as Qualifier,
    vague: Number(f.vague) === 1,
    periodStart: f.period_start,
    periodEnd: f.period_end,
    scope: f.scope as Scope,
    location: f.location,
    group: f.group_name,
    attributedTo: f.attributed_to,
    offensive: f.offensive_slug,
    review: f.review as Review,
    note: f.note,
    sentence: f.sentence,
    reviewedAt: f.reviewed_at ?? null,
  };
}

export function reshapeOffensive(o: Selectable<OffensivesTable>): Offensive {
  return {
    slug: o.slug,
    name: o.name,
    side: o.side,
    start: o.start_date,
    end: o.end_date,
    area: o.area,
    places: JSON.parse(o.places) as string[],
    description: o.description,
    dateReportIds: JSON.parse(o.date_report_ids) as string[],
  };
}
