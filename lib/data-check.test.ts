import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataset, readRawDataset, type RawDataset } from "./data-check";
import { DATA_DIR } from "./dataset";
import type { Figure, Offensive, Report } from "./schema";

const committed = () =>
  readRawDataset(DATA_DIR).raw as { reports: Report[]; figures: Figure[]; offensives: Offensive[] };

/** A copy of the committed data with one change, as the reviewer would make it by hand. */
function withChange(
  change: (d: { reports: Report[]; figures: Figure[]; offensives: Offensive[] }) => void,
): RawDataset {
  const d = structuredClone(committed());
  change(d);
  return d;
}

const tolls = (d: { figures: Figure[] }, source: string) =>
  d.figures
    .filter(
      (f) =>
        f.attributedTo === source &&
        f.metric === "killed" &&
        f.scope === "national" &&
        f.periodStart === "2011-03-15" &&
        f.group === null &&
        f.qualifier === "exact" &&
        !/^estimate/i.test(f.note),
    )
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));

describe("checkDataset", () => {
  it("passes the committed data", () => {
    expect(checkDataset(committed())).toEqual([]);
  });

  it("names a figure stored twice", () => {
    const problems = checkDataset(
      withChange((d) => {
        const f = d.figures[10]!;
        d.figures.push({ ...f, id: `${f.reportId}-999` });
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/-999: the same figure stored twice$/);
  });

  it("names a report without an address, unless it is marked as having none", () => {
    const id = committed().reports[40]!.id;
    const missing = checkDataset(withChange((d) => (d.reports[40]!.url = null)));
    expect(missing).toEqual([`reports.json: ${id}: no url (and not marked urlUnavailable)`]);
    const marked = withChange((d) => {
      d.reports[40]!.url = null;
      d.reports[40]!.urlUnavailable = "no public copy found";
    });
    expect(checkDataset(marked)).toEqual([]);
  });

  it("names an unexplained drop in a source's running toll, and accepts an explained one", () => {
    const d = committed();
    const series = tolls(d, "SOHR");
    const late = series[series.length - 1]!;
    const earlier = series[series.length - 2]!;
    const dropped = (note: string) =>
      withChange((c) => {
        const f = c.figures.find((x) => x.id === late.id)!;
        f.value = Math.floor(earlier.value / 2);
        f.note = note;
      });
    const problems = checkDataset(dropped("Observatory total."));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${late.id}: SOHR's running toll falls to`);
    expect(checkDataset(dropped("Observatory total, revised down after a recount."))).toEqual([]);
  });

  it("does not take a rounded floor for a drop", () => {
    const late = tolls(committed(), "SOHR").at(-1)!;
    const floor = withChange((c) => {
      const f = c.figures.find((x) => x.id === late.id)!;
      c.figures.push({
        ...f,
        id: `${f.reportId}-998`,
        value: Math.floor(f.value / 1000) * 1000,
        qualifier: "at_least",
      });
    });
    expect(checkDataset(floor)).toEqual([]);
  });

  it("names invalid records, impossible values, undated offensives and wrong offensive links", () => {
    const problems = checkDataset(
      withChange((d) => {
        d.figures[0]!.qualifier = "roughly" as Figure["qualifier"];
        d.figures[1]!.value = 50_000_000;
        d.offensives[0]!.end = null;
        d.offensives[0]!.dateReportIds = [];
        const local = d.figures.find((f) => f.offensive !== null)!;
        local.offensive = null;
      }),
    );
    expect(problems.some((p) => /figures\.json: .*: qualifier: /.test(p))).toBe(true);
    expect(problems.some((p) => /50000000 is beyond any/.test(p))).toBe(true);
    expect(problems.some((p) => /offensives\.json: .*: no end date/.test(p))).toBe(true);
    expect(problems.some((p) => /offensives\.json: .*: no report dates it/.test(p))).toBe(true);
    expect(problems.some((p) => /offensive is null, but its place and period put it in /.test(p))).toBe(true);
  });

  it("names a country's running toll stored as one day's dead", () => {
    const problems = checkDataset(
      withChange((d) => {
        const total = tolls(d, "SOHR").at(-1)!;
        total.periodStart = total.periodEnd;
      }),
    );
    expect(
      problems.filter((p) => /killed across Syria in one day .* is more than any day of the war took/.test(p)),
    ).toHaveLength(1);
    // (the deadliest days on record stay as they are)
    const day = checkDataset(
      withChange((d) => {
        const oneDay = d.figures.find(
          (f) => f.scope === "national" && f.metric === "killed" && f.periodStart === f.periodEnd,
        )!;
        oneDay.value = 1_400;
      }),
    );
    expect(day).toEqual([]);
  });
});

describe("npm run check:data", () => {
  const root = path.resolve(__dirname, "..");
  const run = (dir: string) =>
    spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "scripts", "check-data.ts"), dir], {
      cwd: root,
      encoding: "utf8",
    });

  it("exits 0 on the committed data and says what it checked", () => {
    const r = run(DATA_DIR);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^check:data: ok: \d+ reports, \d+ figures, \d+ offensives/);
  });

  it("exits 1 with one line per problem on a broken copy", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "check-data-"));
    const d = committed();
    d.figures.push({ ...d.figures[0]!, id: `${d.figures[0]!.reportId}-999` });
    d.reports[3]!.url = null;
    for (const [name, items] of Object.entries(d))
      fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(items));
    const r = run(dir);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3); // two problems and the count
    expect(lines.at(-1)).toMatch(/^check:data: 2 problems in /);
  });
});
