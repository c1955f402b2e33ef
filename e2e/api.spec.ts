import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { csvRecords } from "./csv";
import { figures, offensives, reports } from "./dataset";

/** What the CSV writer makes of a JSON value (see lib/export/csv.ts). */
function asCell(key: string, value: unknown): string {
  if (value === null) return "";
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  const text = String(value);
  return /^\s*[=+\-@]|^[\t\r]/.test(text) && key !== "value" && key !== "high" ? `'${text}` : text;
}

function asCells(row: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asCell(k, v)]));
}

async function get(
  request: APIRequestContext,
  url: string,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  return request.get(url, { headers, maxRedirects: 0 });
}

function expectCsvHeaders(response: APIResponse, filename: string) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${filename}"`);
  expect(response.headers()["etag"]).toMatch(/^"[^"]+"$/);
  expect(response.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
}

type Row = Record<string, unknown> & { id: string; metric: string; value: number };

interface Page {
  view: string;
  count: number;
  data: Row[];
  next: string | null;
}

/** Every row of a paged list, following each page's `next` link to the end. */
async function allPages(request: APIRequestContext, url: string): Promise<{ pages: Page[]; rows: Row[] }> {
  const pages: Page[] = [];
  for (let next: string | null = url; next !== null; next = pages.at(-1)!.next) {
    const response = await get(request, next);
    expect(response.status(), next).toBe(200);
    pages.push((await response.json()) as Page);
    expect(pages.length).toBeLessThan(100);
  }
  return { pages, rows: pages.flatMap((p) => p.data) };
}

test.describe("figures", () => {
  test("JSON lists every figure with its provenance, a thousand a page", async ({ request }) => {
    const response = await get(request, "/api/v1/figures");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const first = (await response.json()) as Page;
    expect(first.view).toBe("");
    expect(first.count).toBe(figures.length);
    expect(first.data).toHaveLength(Math.min(1000, figures.length));
    expect(first.next === null).toBe(figures.length <= 1000);
    const { pages, rows } = await allPages(request, "/api/v1/figures");
    expect(pages).toHaveLength(Math.ceil(figures.length / 1000));
    expect(pages.at(-1)!.next).toBeNull();
    expect(rows.map((r) => r.id).sort()).toEqual(figures.map((f) => f.id).sort());
    for (const row of rows) {
      const figure = figures.find((f) => f.id === row.id)!;
      expect(row).toMatchObject({ metric: figure.metric, value: figure.value, reportId: figure.reportId, chart: null });
      expect(row.outlet).toBe(reports.find((r) => r.id === figure.reportId)?.outlet);
    }
  });

  test("CSV, by suffix or by format, reads back as the JSON rows, page after page", async ({ request }) => {
    const query = "metrics=killed,refugees&sort=value&dir=desc";
    const { pages, rows } = await allPages(request, `/api/v1/figures?${query}&limit=250`);
    const json = { count: pages[0]!.count, data: rows };
    expect(json.count).toBe(figures.filter((f) => f.metric === "killed" || f.metric === "refugees").length);
    expect(rows).toHaveLength(json.count);
    expect(pages.slice(0, -1).every((p) => p.data.length === 250)).toBe(true);
    const values = json.data.map((r) => r.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));

    for (const url of [`/api/v1/figures.csv?${query}`, `/api/v1/figures?${query}&format=csv`]) {
      const response = await get(request, url);
      expectCsvHeaders(response, "syria-toll-figures.csv");
      const { header, records } = csvRecords(await response.text());
      expect(header).toEqual(Object.keys(json.data[0]!));
      expect(records).toEqual(json.data.map(asCells));
    }
  });

  test("HXL: a single-metric export tags value, a mixed one splits it by metric", async ({ request }) => {
    const single = csvRecords(await (await get(request, "/api/v1/figures.csv?metrics=killed&hxl=1")).text(), {
      hxl: true,
    });
    expect(single.tags[single.header.indexOf("value")]).toBe("#affected+killed");
    expect(single.tags[single.header.indexOf("reportId")]).toBe("#meta+id");
    expect(single.records).toHaveLength(figures.filter((f) => f.metric === "killed").length);

    const mixed = csvRecords(await (await get(request, "/api/v1/figures.csv?hxl=1")).text(), { hxl: true });
    const metrics = [...new Set(figures.map((f) => f.metric))];
    expect(mixed.header).not.toContain("value");
    for (const m of metrics) expect(mixed.header).toContain(m);
    expect(mixed.tags[mixed.header.indexOf("refugees")]).toBe("#affected+refugees");
    expect(mixed.tags[mixed.header.indexOf("internally_displaced")]).toBe("#affected+idps");
    for (const record of mixed.records) {
      const figure = figures.find((f) => f.id === record.id)!;
      for (const m of metrics) expect(record[m]).toBe(m === figure.metric ? String(figure.value) : "");
    }
  });
});

test.describe("series", () => {
  for (const chart of ["deaths", "daily-deaths", "displacement", "offensives"]) {
    test(`${chart}: JSON chart and one CSV row per plotted point`, async ({ request }) => {
      const response = await get(request, `/api/v1/series?chart=${chart}&machine=true`);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as {
        view: string;
        chart: {
          id: string;
          kind: string;
          lines?: { label: string; points: { value: number; periodEnd: string }[] }[];
          rows?: { killed: { value: number } | null; displaced: { value: number } | null }[];
        };
      };
      expect(body.chart.id).toBe(chart);
      const points =
        body.chart.kind === "trend"
          ? body.chart.lines!.flatMap((l) => l.points.map((p) => `${l.label}|${p.periodEnd}|${p.value}`))
          : body.chart.rows!.flatMap((r) =>
              [r.killed, r.displaced].filter((p) => p !== null).map((p) => `|${p!.value}`),
            );

      const csv = await get(request, `/api/v1/series.csv?chart=${chart}`);
      expectCsvHeaders(csv, `syria-toll-series-${chart}.csv`);
      const { records } = csvRecords(await csv.text());
      expect(records.every((r) => r.chart === chart)).toBe(true);
      const fromCsv = records.map((r) =>
        body.chart.kind === "trend" ? `${r.line}|${r.periodEnd}|${r.value}` : `|${r.value}`,
      );
      expect(fromCsv.sort()).toEqual(points.sort());
    });
  }

  test("takes the view's filters", async ({ request }) => {
    const all = csvRecords(await (await get(request, "/api/v1/series.csv?chart=deaths")).text()).records;
    const un = csvRecords(await (await get(request, "/api/v1/series.csv?chart=deaths&sources=UN")).text()).records;
    expect(un.length).toBeGreaterThan(0);
    expect(un.length).toBeLessThanOrEqual(all.length);
    expect(un.every((r) => r.attributedTo === "UN")).toBe(true);
  });

  test("an unknown offensive in the view is a 404", async ({ request }) => {
    const response = await get(request, "/api/v1/series?chart=deaths&offensive=no-such-offensive");
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ parameter: "offensive" });
  });
});

test.describe("offensives and reports", () => {
  test("list offensives as JSON and CSV", async ({ request }) => {
    const body = (await (await get(request, "/api/v1/offensives")).json()) as {
      count: number;
      data: { slug: string }[];
    };
    expect(body.data.map((o) => o.slug).sort()).toEqual(offensives.map((o) => o.slug).sort());
    const csv = await get(request, "/api/v1/offensives.csv");
    expectCsvHeaders(csv, "syria-toll-offensives.csv");
    expect(csvRecords(await csv.text()).records.map((r) => r.slug)).toEqual(body.data.map((o) => o.slug));
  });

  test("one offensive with its figures, as JSON and CSV", async ({ request }) => {
    const offensive = offensives.find((o) => figures.some((f) => f.offensive === o.slug))!;
    const body = (await (await get(request, `/api/v1/offensives/${offensive.slug}`)).json()) as {
      offensive: { slug: string; name: string };
      count: number;
      data: Row[];
    };
    expect(body.offensive).toMatchObject({ slug: offensive.slug, name: offensive.name });
    expect(body.data.map((r) => r.id).sort()).toEqual(
      figures
        .filter((f) => f.offensive === offensive.slug)
        .map((f) => f.id)
        .sort(),
    );
    const csv = await get(request, `/api/v1/offensives/${offensive.slug}.csv`);
    expectCsvHeaders(csv, `syria-toll-offensive-${offensive.slug}.csv`);
    expect(csvRecords(await csv.text()).records).toEqual(body.data.map(asCells));
  });

  test("one offensive's series: every figure of it behind the points, each with its report", async ({ request }) => {
    const offensive = offensives.find((o) => figures.filter((f) => f.offensive === o.slug).length >= 3)!;
    const response = await get(request, `/api/v1/offensives/${offensive.slug}/series`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      offensive: string;
      range: [string, string];
      series: {
        lines: { pointsLeftOut?: number; points: { sources: { figureId: string; url: string | null }[] }[] }[];
      }[];
    };
    expect(body.offensive).toBe(offensive.slug);
    const lines = body.series.flatMap((s) => s.lines);
    // The reviewed record is drawn whole: no line is thinned, and every point has its reports.
    expect(lines.every((l) => l.pointsLeftOut === undefined)).toBe(true);
    const drawn = lines.flatMap((l) => l.points.flatMap((p) => p.sources.map((s) => s.figureId)));
    const charted = figures.filter(
      (f) =>
        f.offensive === offensive.slug &&
        ["killed", "injured", "killed_or_injured"]
          .concat(["displaced", "refugees", "internally_displaced"])
          .includes(f.metric),
    );
    expect(drawn.sort()).toEqual(charted.map((f) => f.id).sort());
    for (const bad of [`/api/v1/offensives/${offensive.slug}/series?tab=table`]) {
      const refused = await get(request, bad);
      expect(refused.status(), bad).toBe(400);
      expect(((await refused.json()) as { parameter: string }).parameter).toBe("tab");
    }
  });

  test("list reports, and one report with its figures", async ({ request }) => {
    const list = (await (await get(request, "/api/v1/reports")).json()) as {
      count: number;
      data: { id: string; figureCount: number }[];
    };
    expect(list.data.map((r) => r.id).sort()).toEqual(reports.map((r) => r.id).sort());
    expect(list.count).toBe(list.data.length);
    const listCsv = await get(request, "/api/v1/reports.csv");
    expectCsvHeaders(listCsv, "syria-toll-reports.csv");
    expect(csvRecords(await listCsv.text()).records.map((r) => r.id)).toEqual(list.data.map((r) => r.id));

    const report = reports[0]!;
    const body = (await (await get(request, `/api/v1/reports/${report.id}?metrics=killed`)).json()) as {
      view: string;
      report: { id: string; outlet: string };
      data: Row[];
    };
    expect(body.view).toBe("metrics=killed");
    expect(body.report).toMatchObject({ id: report.id, outlet: report.outlet });
    expect(body.data.map((r) => r.id).sort()).toEqual(
      figures
        .filter((f) => f.reportId === report.id && f.metric === "killed")
        .map((f) => f.id)
        .sort(),
    );
    const csv = await get(request, `/api/v1/reports/${report.id}.csv?metrics=killed`);
    expectCsvHeaders(csv, `syria-toll-report-${report.id}.csv`);
    expect(csvRecords(await csv.text()).records).toEqual(body.data.map(asCells));
  });

  for (const url of [
    "/api/v1/offensives/no-such-offensive",
    "/api/v1/offensives/no-such-offensive.csv",
    "/api/v1/offensives/Not%20A%20Slug",
    "/api/v1/offensives/no-such-offensive/series",
    "/api/v1/reports/no-such-report",
    "/api/v1/reports/no-such-report.csv",
    "/api/v1/no-such-endpoint",
    "/api/v1/figures/extra/segments",
    "/api/v1/figures?offensive=no-such-offensive",
    "/api/v1/metadata.json?offensive=no-such-offensive",
  ]) {
    test(`404 for ${url}`, async ({ request }) => {
      const response = await get(request, url);
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
      const body = (await response.json()) as { error: string; parameter: string };
      expect(body.parameter).toMatch(/^(slug|id|path|offensive)$/);
      expect(body.error).not.toMatch(/at .*\.(ts|js):\d+/);
    });
  }
});

test.describe("metadata and OpenAPI", () => {
  test("metadata.json describes the export, its filters and how to cite it", async ({ request }) => {
    const response = await get(request, "/api/v1/metadata.json?metrics=killed&from=2012-01-01");
    expect(response.status()).toBe(200);
    const m = (await response.json()) as {
      dataset: { version: string; date: string };
      export: { rows: number; url: string };
      filters: { query: string };
      vague: { floors: Record<string, number> };
      metrics: { id: string }[];
      citation: { text: string; note: string };
    };
    expect(m.dataset.version).toMatch(/\S/);
    expect(m.dataset.date).toBe([...reports.map((r) => r.published)].sort().at(-1));
    expect(m.export.rows).toBe(figures.filter((f) => f.metric === "killed" && f.periodEnd >= "2012-01-01").length);
    expect(m.filters.query).toBe("metrics=killed&from=2012-01-01");
    expect(m.vague.floors["tens of thousands"]).toBe(20000);
    expect(m.metrics).toHaveLength(6);
    expect(m.citation.text).toMatch(
      new RegExp(
        `^Syria war toll dashboard, dataset version ${m.dataset.version.replace(/[+.]/g, "\\$&")}, accessed \\d{4}-\\d{2}-\\d{2}, http.*/api/v1/figures\\.csv\\?metrics=killed&from=2012-01-01$`,
      ),
    );

    const chart = (await (await get(request, "/api/v1/metadata.json?chart=deaths")).json()) as {
      export: { kind: string; rows: number };
    };
    expect(chart.export.kind).toBe("chart");
    const rows = csvRecords(await (await get(request, "/api/v1/series.csv?chart=deaths")).text()).records;
    expect(chart.export.rows).toBe(rows.length);
  });

  test("openapi.json is valid JSON listing every path", async ({ request }) => {
    const response = await get(request, "/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const doc = JSON.parse(await response.text()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    for (const path of [
      "/api/v1/figures",
      "/api/v1/figures.csv",
      "/api/v1/series",
      "/api/v1/series.csv",
      "/api/v1/offensives",
      "/api/v1/offensives.csv",
      "/api/v1/offensives/{slug}",
      "/api/v1/offensives/{slug}/series",
      "/api/v1/reports",
      "/api/v1/reports.csv",
      "/api/v1/reports/{id}",
      "/api/v1/metadata.json",
      "/api/v1/openapi.json",
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});

test.describe("bad parameters", () => {
  const huge = "a".repeat(2000);
  const cases: [string, string][] = [
    ["/api/v1/figures?metrics=wounded", "metrics"],
    ["/api/v1/figures?metrics=killed,wounded", "metrics"],
    ["/api/v1/figures?from=2014-01-01&to=2012-01-01", "from"],
    ["/api/v1/figures?from=2012-13-01", "from"],
    ["/api/v1/figures?to=2012-02-30", "to"],
    ["/api/v1/figures?from=yesterday", "from"],
    ["/api/v1/figures?colour=red", "colour"],
    ["/api/v1/figures?scale=log", "scale"],
    [`/api/v1/figures?sources=${huge}`, "sources"],
    [`/api/v1/figures?format=${huge}`, "format"],
    ["/api/v1/figures?metrics=killed&metrics=refugees", "metrics"],
    ["/api/v1/figures?machine=maybe", "machine"],
    ["/api/v1/figures?sort=colour", "sort"],
    ["/api/v1/figures?format=xml", "format"],
    ["/api/v1/figures.csv?format=json", "format"],
    ["/api/v1/figures?hxl=yes", "hxl"],
    ["/api/v1/figures?hxl=1", "hxl"],
    ["/api/v1/figures.csv?hxl=1&hxl=1", "hxl"],
    ["/api/v1/figures?limit=0", "limit"],
    ["/api/v1/figures?limit=1001", "limit"],
    ["/api/v1/figures?limit=ten", "limit"],
    ["/api/v1/figures.csv?limit=10", "limit"],
    ["/api/v1/figures?after=not!a!cursor", "after"],
    // A cursor of the as-of order (a date first) does not fit the order by value.
    [
      `/api/v1/figures?sort=value&after=${Buffer.from('["2012-01-01","2012-01-01","2012-01-01","x"]').toString("base64url")}`,
      "after",
    ],
    ["/api/v1/series", "chart"],
    ["/api/v1/series.csv?metrics=killed", "chart"],
    ["/api/v1/series?chart=pie", "chart"],
    ["/api/v1/series?chart=deaths&sort=value", "sort"],
    ["/api/v1/series?chart=deaths&offensive=Not%20A%20Slug", "offensive"],
    ["/api/v1/offensives?metrics=killed", "metrics"],
    ["/api/v1/offensives/qalamoun-2013?offensive=qalamoun-2013", "offensive"],
    ["/api/v1/reports/x?format=pdf", "format"],
    ["/api/v1/metadata.json?format=csv", "format"],
    ["/api/v1/metadata.json?chart=nope", "chart"],
    ["/api/v1/openapi.json?x=1", "x"],
  ];
  for (const [url, parameter] of cases) {
    test(`400 naming ${parameter}: ${url.slice(0, 80)}`, async ({ request }) => {
      const response = await get(request, url);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
      const body = (await response.json()) as { error: string; parameter: string };
      expect(body.parameter).toBe(parameter);
      expect(body.error).toContain(parameter);
    });
  }
});

test.describe("caching", () => {
  for (const url of [
    "/api/v1/figures?metrics=killed",
    "/api/v1/figures.csv?hxl=1",
    "/api/v1/series.csv?chart=deaths",
    "/api/v1/metadata.json",
    "/api/v1/openapi.json",
    "/api/v1/reports",
    "/api/v1/reports.csv?hxl=1",
  ]) {
    test(`ETag and If-None-Match give 304: ${url}`, async ({ request }) => {
      const first = await get(request, url);
      expect(first.status()).toBe(200);
      const etag = first.headers()["etag"]!;
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(first.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
      const again = await get(request, url);
      expect(again.headers()["etag"]).toBe(etag);
      const revalidated = await get(request, url, { "If-None-Match": etag });
      expect(revalidated.status()).toBe(304);
      expect(revalidated.headers()["etag"]).toBe(etag);
      const stale = await get(request, url, { "If-None-Match": '"something-else"' });
      expect(stale.status()).toBe(200);
    });
  }

  test("another view has another ETag", async ({ request }) => {
    const a = (await get(request, "/api/v1/figures.csv?metrics=killed")).headers()["etag"];
    const b = (await get(request, "/api/v1/figures.csv?metrics=refugees")).headers()["etag"];
    const c = (await get(request, "/api/v1/figures.csv?metrics=killed&hxl=1")).headers()["etag"];
    expect(new Set([a, b, c]).size).toBe(3);
  });
});

test("a path with broken percent-encoding is a JSON 400 naming the path", async ({ request }) => {
  const response = await request.get("/api/v1/offensives/%E0%A4%A");
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({ error: expect.stringContaining("percent-encoded"), parameter: "path" });
});

test("the site has a favicon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});
