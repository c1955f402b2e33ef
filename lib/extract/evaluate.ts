/**
 * Runs the extractor over a gold file (the format of seeds/gold.json, article
 * texts beside it) and scores it. Used by scripts/eval-extract.ts and tests.
 */
import fs from "node:fs";
import path from "node:path";
import type { ExtractedFigure } from "@/lib/schema";
import { ExtractError } from "./errors";
import { extractFigures } from "./extract-figures";
import { scoreArticle, summarize, type ArticleScore, type ComparableFigure, type ScoreSummary } from "./score";

export interface GoldFigureRecord extends ComparableFigure {
  sentence: string;
  /** Not scored; read to check what a figure is counted over ("a running total, not a day's dead"). */
  periodStart?: string | null;
}

export interface GoldArticleRecord {
  file: string;
  published: string;
  figures: GoldFigureRecord[];
}

export interface ArticleEvaluation {
  file: string;
  score: ArticleScore<ExtractedFigure, GoldFigureRecord>;
}

export interface Evaluation {
  articles: ArticleEvaluation[];
  summary: ScoreSummary;
}

function isGoldFile(x: unknown): x is { articles: GoldArticleRecord[] } {
  if (typeof x !== "object" || x === null || !("articles" in x)) return false;
  const { articles } = x as { articles: unknown };
  return (
    Array.isArray(articles) &&
    articles.every(
      (a: unknown) =>
        typeof a === "object" &&
        a !== null &&
        typeof (a as GoldArticleRecord).file === "string" &&
        typeof (a as GoldArticleRecord).published === "string" &&
        Array.isArray((a as GoldArticleRecord).figures),
    )
  );
}

export function readGoldFile(goldPath: string): GoldArticleRecord[] {
  let raw: string;
  try {
    raw = fs.readFileSync(goldPath, "utf8");
  } catch {
    throw new ExtractError("FILE_MISSING", `cannot read gold file ${goldPath}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ExtractError("BAD_GOLD", `gold file ${goldPath} is not valid JSON`);
  }
  if (!isGoldFile(parsed))
    throw new ExtractError("BAD_GOLD", `gold file ${goldPath} has no "articles" list of {file, published, figures}`);
  return parsed.articles;
}

export function evaluateGold(goldPath: string): Evaluation {
  const dir = path.dirname(goldPath);
  const articles = readGoldFile(goldPath).map((article): ArticleEvaluation => {
    const textPath = path.join(dir, article.file);
    let text: string;
    try {
      text = fs.readFileSync(textPath, "utf8");
    } catch {
      throw new ExtractError("FILE_MISSING", `cannot read article ${textPath}`);
    }
    const produced = extractFigures(text, { published: article.published });
    return { file: article.file, score: scoreArticle(produced, article.figures) };
  });
  return { articles, summary: summarize(articles.map((a) => a.score)) };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const describe = (f: ComparableFigure): string =>
  `${f.metric} ${f.value}${f.high !== null ? `–${f.high}` : ""} (${f.qualifier}, end ${f.periodEnd}, by ${f.attributedTo ?? "-"})`;

export function formatEvaluation(e: Evaluation): string {
  const lines: string[] = [];
  for (const a of e.articles) {
    lines.push(
      `${a.file}: ${a.score.matches.length} matched, ${a.score.misses.length} missed, ${a.score.extras.length} extra`,
    );
    for (const g of a.score.misses) lines.push(`  miss  ${describe(g)}`);
    for (const p of a.score.extras) lines.push(`  extra ${describe(p)} — ${p.sentence.slice(0, 80)}`);
    for (const { produced: p, gold: g } of a.score.matches) {
      const diffs: string[] = [];
      if (p.periodEnd !== g.periodEnd) diffs.push(`periodEnd ${p.periodEnd} vs ${g.periodEnd}`);
      if (p.qualifier !== g.qualifier) diffs.push(`qualifier ${p.qualifier} vs ${g.qualifier}`);
      if (p.attributedTo !== g.attributedTo)
        diffs.push(`attributedTo ${p.attributedTo ?? "null"} vs ${g.attributedTo ?? "null"}`);
      if (diffs.length > 0) lines.push(`  differ ${p.metric} ${p.value}: ${diffs.join("; ")}`);
    }
  }
  const s = e.summary;
  lines.push(
    "",
    `precision ${pct(s.precision)} (${s.matched}/${s.produced})  recall ${pct(s.recall)} (${s.matched}/${s.gold})  F1 ${pct(s.f1)}`,
    `agreement among matched pairs: periodEnd ±1 day ${pct(s.periodEndAgreement)}  qualifier ${pct(s.qualifierAgreement)}  attributedTo ${pct(s.attributedToAgreement)}`,
  );
  return lines.join("\n");
}
