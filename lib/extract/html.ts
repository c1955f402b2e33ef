/**
 * A web page as report text: the article Readability finds in it (or, when
 * it finds none, the page's body), one paragraph per block, with scripts,
 * styles, navigation and markup left behind. The extractor reads sentences,
 * so paragraphs are kept apart by a blank line.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, figcaption, dd, dt";

export interface PageText {
  /** The page's own title, when it has one. */
  title: string | null;
  /** The day the page says it was published (YYYY-MM-DD), when it says so. */
  published: string | null;
  text: string;
}

/** Where news pages state their publication time, most specific first. */
const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  "time[datetime]",
];

/** A stated publication time as a calendar day, or null when it is not one. */
export function dayOf(stated: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(stated ?? "");
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? `${y}-${m}-${d}` : null;
}

type Queryable = { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

function publishedOf(document: Queryable): string | null {
  for (const selector of PUBLISHED_SELECTORS) {
    const el = document.querySelector(selector);
    const day = dayOf(el?.getAttribute(selector.startsWith("time") ? "datetime" : "content"));
    if (day) return day;
  }
  return null;
}

/** Whether a file's name or a response's content type says HTML. */
export function looksLikeHtml(nameOrType: string): boolean {
  return /\.x?html?$/i.test(nameOrType) || /\btext\/html\b|application\/xhtml\+xml/i.test(nameOrType);
}

function blocksOf(root: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }): string[] {
  const blocks = Array.from(root.querySelectorAll(BLOCKS), (el) => (el.textContent ?? "").replace(/\s+/g, " ").trim());
  return blocks.filter((b) => b !== "");
}

export function htmlToText(html: string): PageText {
  const { document } = parseHTML(html);
  const title = document.querySelector("title")?.textContent?.trim() || null;
  const metaPublished = publishedOf(document as unknown as Queryable);
  // Readability changes the document it reads: give it its own copy.
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  let paragraphs: string[] = [];
  if (article?.content) paragraphs = blocksOf(parseHTML(`<html><body>${article.content}</body></html>`).document);
  if (paragraphs.length === 0) {
    for (const el of Array.from(document.querySelectorAll("script, style, noscript, template, nav, header, footer"))) {
      el.remove();
    }
    paragraphs = blocksOf(document);
    if (paragraphs.length === 0) paragraphs = [(document.body?.textContent ?? "").replace(/\s+/g, " ").trim()];
  }
  // Nested blocks (a <p> inside an <li>) give the same words twice: keep each once, in order.
  const seen = new Set<string>();
  const kept = paragraphs.filter((p) => !seen.has(p) && seen.add(p));
  const heading = article?.title?.trim() || title;
  const text = [heading && !kept[0]?.startsWith(heading) ? heading : null, ...kept].filter(Boolean).join("\n\n");
  return { title: heading ?? null, published: dayOf(article?.publishedTime) ?? metaPublished, text };
}
