/**
 * What the end-to-end specs expect, read straight from data/ with plain
 * filters (not through the app's series builder, which they are checking).
 */
import fs from "node:fs";
import path from "node:path";

const DATA = path.join(__dirname, "..", "data");

export interface DataFigure {
  id: string;
  reportId: string;
  metric: string;
  value: number;
  qualifier: string;
  vague: boolean;
  periodStart: string | null;
  periodEnd: string;
  scope: string;
  group: string | null;
  attributedTo: string | null;
  offensive: string | null;
}

export const figures = JSON.parse(fs.readFileSync(path.join(DATA, "figures.json"), "utf8")) as DataFigure[];
export const offensives = JSON.parse(fs.readFileSync(path.join(DATA, "offensives.json"), "utf8")) as {
  slug: string;
  name: string;
}[];
export const reports = JSON.parse(fs.readFileSync(path.join(DATA, "reports.json"), "utf8")) as {
  id: string;
  outlet: string;
  headline: string;
  published: string;
}[];

/** National running death tolls: killed, whole country, counted from the war's start. */
export const nationalDeathTolls = figures.filter(
  (f) => f.metric === "killed" && f.scope === "national" && f.periodStart === "2011-03-15",
);
