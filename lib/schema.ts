/**
 * The contract every part of the dashboard speaks: a report, a figure read
 * from it, and an offensive a figure may belong to. The shape of a figure is
 * fixed by FIGURES.md; the zod schemas here validate the dataset files, the
 * database rows after reshaping, the extractor's output and API input alike,
 * and the TypeScript types are derived from them.
 */
import { z } from "zod";

import { isIsoDate, METRICS, QUALIFIERS, REVIEWS, SCOPES } from "./vocabulary";

export * from "./vocabulary";

export const metricSchema = z.enum(METRICS);
export const qualifierSchema = z.enum(QUALIFIERS);
export const scopeSchema = z.enum(SCOPES);
export const reviewSchema = z.enum(REVIEWS);

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
export type IsoDate = z.infer<typeof isoDateSchema>;

/** A report's public address: http or https only (a `javascript:` or `data:` URL would run in the reader's browser). */
export const reportUrlSchema = z.url({ protocol: /^https?$/, error: "expected an http(s) address" });

const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens");

/** The fields of one reported figure, in the exact record of FIGURES.md. */
const reportedFigureFields = z.object({
  metric: metricSchema,
  value: z.number().int().positive(),
  high: z.number().int().positive().nullable(),
  qualifier: qualifierSchema,
  vague: z.boolean(),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema,
  scope: scopeSchema,
  location: z.string().min(1).nullable(),
  group: z.string().min(1).nullable(),
  attributedTo: z.string().min(1).nullable(),
});

/** The rules that tie a figure's fields together, for every schema that holds one. */
function withFigureRules<T extends z.ZodType<z.infer<typeof reportedFigureFields>>>(schema: T) {
  return schema
    .refine((f) => f.high === null || f.high > f.value, {
      message: "high must be greater than value",
      path: ["high"],
    })
    .refine((f) => f.periodStart === null || f.periodStart <= f.periodEnd, {
      message: "periodStart must not be after periodEnd",
      path: ["periodStart"],
    })
    .refine((f) => !f.vague || f.qualifier === "at_least", {
      message: "a vague figure is a floor: its qualifier must be at_least",
      path: ["qualifier"],
    });
}

export const reportedFigureSchema = withFigureRules(reportedFigureFields);
export type ReportedFigure = z.infer<typeof reportedFigureSchema>;

/** What the extractor gives back: a reported figure plus the sentence it was read from. */
export const extractedFigureSchema = withFigureRules(reportedFigureFields.extend({ sentence: z.string().min(1) }));
export type ExtractedFigure = z.infer<typeof extractedFigureSchema>;

export const reportSchema = z.object({
  id: slugSchema,
  outlet: z.string().min(1),
  /** As published; cut with "…" after nine words so no sentence of a report is copied. */
  headline: z.string().min(1),
  published: isoDateSchema,
  url: reportUrlSchema.nullable(),
  /** Why a report has no address: only a seed report whose public copy could not be found. */
  urlUnavailable: z.string().min(1).optional(),
  language: z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 code"),
});
export type Report = z.infer<typeof reportSchema>;

/** A figure as the dataset stores it: the reported record plus where it came from. */
export const figureSchema = withFigureRules(
  reportedFigureFields.extend({
    id: slugSchema,
    reportId: slugSchema,
    offensive: slugSchema.nullable(),
    review: reviewSchema,
    /** A short note in our own words, never a sentence of the report. */
    note: z.string().min(1),
    /** The evidence sentence, kept only for machine-extracted figures (user data). */
    sentence: z.string().min(1).nullable().default(null),
    /** When an editor reviewed it in the app (ISO time); null for machine-extracted figures and for data/, reviewed in its files. */
    reviewedAt: z.iso.datetime().nullable().default(null),
  }),
);
export type Figure = z.infer<typeof figureSchema>;

export const offensiveSchema = z
  .object({
    slug: slugSchema,
    name: z.string().min(1),
    side: z.string().min(1),
    start: isoDateSchema,
    end: isoDateSchema.nullable(),
    area: z.string().min(1),
    places: z.array(z.string().min(1)).min(1),
    description: z.string().min(1),
    /** The reports in `data/` that date the offensive's start and end. */
    dateReportIds: z.array(slugSchema).default([]),
    /** Why the offensive has fewer figures than the record asks: the reports of the time gave no counts. */
    figuresUnavailable: z.string().min(1).optional(),
  })
  .refine((o) => o.end === null || o.start <= o.end, {
    message: "end must not be before start",
    path: ["end"],
  });
export type Offensive = z.infer<typeof offensiveSchema>;

/** A figure together with the report it was read from: what pages and exports show. */
export type FigureWithReport = Figure & { report: Report };

/** A zod error told in one line: where the first problem is, and what it is. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  return issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}
