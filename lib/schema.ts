/**
 * The contract every part of the dashboard speaks: a report, a figure read
 * from it, and an offensive a figure may belong to. The shape of a figure is
 * fixed by FIGURES.md; the zod schemas here validate the dataset files, the
 * database rows after reshaping, the extractor's output and API input alike,
 * and the TypeScript types are derived from them.
 */
import { z } from "zod";

/** The day the war is dated from; national running totals count from here. */
export const WAR_START = "2011-03-15";

export const METRICS = [
  "killed",
  "injured",
  "killed_or_injured",
  "displaced",
  "internally_displaced",
  "refugees",
] as const;
export const metricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof metricSchema>;

/** Metrics that count people driven from their homes. */
export const DISPLACEMENT_METRICS: readonly Metric[] = [
  "displaced",
  "internally_displaced",
  "refugees",
];
/** Metrics that count people killed or hurt. */
export const CASUALTY_METRICS: readonly Metric[] = ["killed", "injured", "killed_or_injured"];

export const QUALIFIERS = ["exact", "at_least", "approximately", "at_most"] as const;
export const qualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof qualifierSchema>;

export const SCOPES = ["national", "local"] as const;
export const scopeSchema = z.enum(SCOPES);
export type Scope = z.infer<typeof scopeSchema>;

/** How a figure entered the dataset: checked by a person, or read by the extractor. */
export const REVIEWS = ["reviewed", "machine"] as const;
export const reviewSchema = z.enum(REVIEWS);
export type Review = z.infer<typeof reviewSchema>;

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a calendar date");
export type IsoDate = z.infer<typeof isoDateSchema>;

const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected lower-case words joined by hyphens");

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
export const extractedFigureSchema = withFigureRules(
  reportedFigureFields.extend({ sentence: z.string().min(1) }),
);
export type ExtractedFigure = z.infer<typeof extractedFigureSchema>;

export const reportSchema = z.object({
  id: slugSchema,
  outlet: z.string().min(1),
  /** As published; cut with "…" after nine words so no sentence of a report is copied. */
  headline: z.string().min(1),
  published: isoDateSchema,
  url: z.url().nullable(),
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
  }),
);
export type Figure = z.infer<typeof figureSchema>;
export type FigureInput = z.input<typeof figureSchema>;

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
  })
  .refine((o) => o.end === null || o.start <= o.end, {
    message: "end must not be before start",
    path: ["end"],
  });
export type Offensive = z.infer<typeof offensiveSchema>;

/** A figure together with the report it was read from: what pages and exports show. */
export type FigureWithReport = Figure & { report: Report };

export const METRIC_LABELS: Record<Metric, string> = {
  killed: "Killed",
  injured: "Injured",
  killed_or_injured: "Killed or injured",
  displaced: "Displaced",
  internally_displaced: "Internally displaced",
  refugees: "Refugees",
};

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "exact",
  at_least: "at least",
  approximately: "approximately",
  at_most: "at most",
};
