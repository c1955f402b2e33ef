/**
 * The same API, answered from SQLite and from PostgreSQL on the seed data
 * (data/), must say the same thing byte for byte: every list, every sort
 * order and page, every chart, every CSV, every error. Runs where
 * TEST_POSTGRES_URL names a server (`.ci/run` starts one); see
 * lib/testing/databases.ts.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CHART_IDS } from "../charts";
import { databaseEnv } from "../db/location";
import { createTestDatabase, TEST_POSTGRES_URL, type TestDatabase } from "../testing/databases";
import { SORT_COLUMNS } from "../view-state";

const BASE = "http://localhost";

/** The requests compared; pages after the first are followed from each answer's `next`. */
const REQUESTS = [
  "/api/v1/reports",
  "/api/v1/reports.csv",
  "/api/v1/offensives",
  "/api/v1/offensives.csv",
  "/api/v1/metadata.json",
  "/api/v1/figures.csv",
  "/api/v1/figures.csv?metrics=refugees&hxl=true",
  "/api/v1/figures?metrics=killed&sources=SOHR,unattributed&from=2013-01-01&to=2016-12-31",
  "/api/v1/figures?machine=false&limit=500",
  ...SORT_COLUMNS.flatMap((sort) =>
    (["asc", "desc"] as const).map((dir) => `/api/v1/figures?sort=${sort}&dir=${dir}&limit=700`),
  ),
  ...CHART_IDS.flatMap((chart) => [`/api/v1/series?chart=${chart}`, `/api/v1/series.csv?chart=${chart}`]),
  "/api/v1/series?chart=deaths&sources=UN,SOHR&from=2012-01-01",
  "/api/v1/figures?sort=value&limit=0",
  "/api/v1/figures?metrics=bodies",
  "/api/v1/offensives/no-such-offensive",
  "/api/v1/offensives/battle-of-aleppo-2012/series",
  "/api/v1/offensives/eastern-ghouta-2018/series",
  "/api/v1/reports/no-such-report",
];

interface Answer {
  status: number;
  type: string | null;
  etag: string | null;
  body: string;
}

const globalForDb = globalThis as unknown as { dashboardDb?: Promise<{ destroy(): Promise<void> }> };

/** Every answer of REQUESTS (and the pages they lead to) from the API on `database`. */
async function answersFrom(database: TestDatabase): Promise<Map<string, Answer>> {
  for (const [name, value] of Object.entries(databaseEnv(database.location))) vi.stubEnv(name, value);
  vi.resetModules();
  const routes = {
    figures: await import("@/app/api/v1/figures/route"),
    "figures.csv": await import("@/app/api/v1/figures.csv/route"),
    series: await import("@/app/api/v1/series/route"),
    "series.csv": await import("@/app/api/v1/series.csv/route"),
    reports: await import("@/app/api/v1/reports/route"),
    "reports.csv": await import("@/app/api/v1/reports.csv/route"),
    offensives: await import("@/app/api/v1/offensives/route"),
    "offensives.csv": await import("@/app/api/v1/offensives.csv/route"),
    "metadata.json": await import("@/app/api/v1/metadata.json/route"),
  };
  const offensive = await import("@/app/api/v1/offensives/[slug]/route");
  const report = await import("@/app/api/v1/reports/[id]/route");

  const answers = new Map<string, Answer>();
  const ask = async (address: string): Promise<void> => {
    const url = new URL(address, BASE);
    const [, , , name, detail] = url.pathname.split("/");
    const request = new NextRequest(url);
    const response =
      detail === undefined
        ? await routes[name as keyof typeof routes].GET(request, { params: Promise.resolve({}) })
        : name === "offensives"
          ? await offensive.GET(request, { params: Promise.resolve({ slug: detail }) })
          : await report.GET(request, { params: Promise.resolve({ id: detail }) });
    const body = await response.text();
    answers.set(address, {
      status: response.status,
      type: response.headers.get("content-type"),
      etag: response.headers.get("etag"),
      body,
    });
    if (response.headers.get("content-type")?.startsWith("application/json") && response.status === 200) {
      const next = (JSON.parse(body) as { next?: string | null }).next;
      if (next) await ask(next.replace(/^https?:\/\/[^/]+/, ""));
    }
  };
  for (const address of REQUESTS) await ask(address);

  // An offensive and a report that exist, picked from the answers themselves.
  const offensives = JSON.parse(answers.get("/api/v1/offensives")!.body) as { data: { slug: string }[] };
  const reports = JSON.parse(answers.get("/api/v1/reports")!.body) as { data: { id: string }[] };
  for (const { slug } of offensives.data.slice(0, 3)) await ask(`/api/v1/offensives/${slug}`);
  for (const { id } of reports.data.slice(0, 3)) await ask(`/api/v1/reports/${id}`);

  await (await globalForDb.dashboardDb)?.destroy();
  globalForDb.dashboardDb = undefined;
  vi.unstubAllEnvs();
  return answers;
}

describe.runIf(TEST_POSTGRES_URL)("the API on SQLite and on PostgreSQL", () => {
  const databases: TestDatabase[] = [];
  let sqlite: Map<string, Answer>;
  let postgres: Map<string, Answer>;

  beforeAll(async () => {
    databases.push(await createTestDatabase("dialects", "SQLite"), await createTestDatabase("dialects", "PostgreSQL"));
    sqlite = await answersFrom(databases[0]!);
    postgres = await answersFrom(databases[1]!);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(databases.map((d) => d.drop()));
  });

  it("answers the same requests, with pages to follow", () => {
    expect(sqlite.size).toBeGreaterThan(REQUESTS.length + 6);
    expect([...postgres.keys()]).toEqual([...sqlite.keys()]);
    // Something to compare: the seed data is there, and the bad requests were refused.
    expect(JSON.parse(sqlite.get("/api/v1/reports")!.body).count).toBeGreaterThan(0);
    expect(sqlite.get("/api/v1/figures?metrics=bodies")!.status).toBe(400);
  });

  it("read each its own database", async () => {
    for (const database of databases) expect(await database.untouched()).toBe(false);
  });

  it("gives the same status, type, ETag and body to each", () => {
    for (const [address, answer] of sqlite) expect(postgres.get(address), address).toEqual(answer);
  });
});
