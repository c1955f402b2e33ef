import { describe, expect, it } from "vitest";
import { extractFigures } from "./index";
import { dayOf, htmlToText, looksLikeHtml } from "./html";

const PAGE = `<!doctype html><html><head><title>Shelling empties Saraqeb | Test Wire</title>
<style>p { color: red }</style><script>var toll = 999999;</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Shelling empties Saraqeb as the push on Idlib goes on</h1>
<p>IDLIB — Government shelling killed at least 23 people in the town of Saraqeb on Tuesday,
the <a href="https://example.org">Syrian Observatory for Human Rights</a> said.</p>
<p>The United Nations said about 150,000 people had fled the fighting in the south of Idlib province since mid-December.</p>
<ul><li><p>Aid groups said the roads north were jammed.</p></li></ul>
</article><footer>© Test Wire 2020. All rights reserved.</footer></body></html>`;

describe("htmlToText", () => {
  it("keeps the article's paragraphs apart and leaves scripts, styles and navigation behind", () => {
    const { title, text } = htmlToText(PAGE);
    expect(title).toMatch(/Saraqeb/);
    expect(text).toContain("killed at least 23 people in the town of Saraqeb on Tuesday, the Syrian Observatory");
    expect(text).toContain("\n\nThe United Nations said about 150,000 people");
    expect(text.match(/roads north were jammed/g)).toHaveLength(1);
    for (const gone of ["999999", "color: red", "World", "All rights reserved"]) expect(text).not.toContain(gone);
  });

  it("gives the extractor what it would read in the same text typed out", () => {
    const figures = extractFigures(htmlToText(PAGE).text, { published: "2020-01-29" });
    expect(figures.map((f) => [f.metric, f.value, f.qualifier, f.attributedTo])).toEqual([
      ["killed", 23, "at_least", "SOHR"],
      ["displaced", 150000, "approximately", "UN"],
    ]);
  });

  it("falls back to the body when there is no article, and knows HTML by name or type", () => {
    expect(htmlToText("<p>Nearly 300 people were killed in Douma, activists said.</p>").text).toBe(
      "Nearly 300 people were killed in Douma, activists said.",
    );
    expect(looksLikeHtml("report.HTML")).toBe(true);
    expect(looksLikeHtml("text/html; charset=utf-8")).toBe(true);
    expect(looksLikeHtml("report.txt")).toBe(false);
  });
});

describe("the day a page states", () => {
  it("reads the publication day from the page's metadata, or a <time>", () => {
    const meta = (attrs: string) => `<html><head><meta ${attrs}></head><body><p>Text here.</p></body></html>`;
    expect(htmlToText(meta('property="article:published_time" content="2016-09-13T18:40:00+00:00"')).published).toBe(
      "2016-09-13",
    );
    expect(htmlToText(meta('itemprop="datePublished" content="2014-02-17"')).published).toBe("2014-02-17");
    expect(htmlToText('<body><p>Text <time datetime="2012-03-13">Tuesday</time>.</p></body>').published).toBe(
      "2012-03-13",
    );
  });

  it("gives null when the page states none, or states a day that is not one", () => {
    expect(htmlToText("<body><p>Text here.</p></body>").published).toBeNull();
    expect(dayOf("2015-02-29")).toBeNull();
    expect(dayOf("last Tuesday")).toBeNull();
    expect(dayOf("2015-02-28T10:00")).toBe("2015-02-28");
  });
});
