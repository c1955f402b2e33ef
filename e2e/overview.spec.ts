import { expect, test, type Locator } from "@playwright/test";
import { activateChart, hydrated } from "./charts";
import { figures, nationalDeathTolls, offensives, reports, shownDeathTolls } from "./dataset";

async function pointsOf(scope: Locator): Promise<string[]> {
  return (
    await scope
      .locator("[data-point-id]")
      .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-point-id")}=${e.getAttribute("data-value")}`))
  ).sort();
}

test.describe("overview", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("heads the page with each major source's latest death toll and named displacement counts", async ({ page }) => {
    const deaths = page.getByTestId("headline-deaths");
    let shown = 0;
    for (const source of ["SOHR", "UN", "OHCHR", "SNHR", "VDC"]) {
      const latest = nationalDeathTolls
        .filter((f) => f.attributedTo === source && f.group === null && !/^estimate\b/i.test(f.note.trim()))
        .sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.value - a.value)[0];
      const item = page.getByTestId(`headline-deaths-${source}`);
      if (!latest) {
        await expect(item).toHaveCount(0);
        continue;
      }
      shown += 1;
      await expect(item.locator("[data-value]")).toHaveAttribute("data-value", String(latest.value));
      if (latest.qualifier === "at_least") await expect(item).toContainText("≥");
      const outlets = reports.filter((r) => r.id === latest.reportId).map((r) => r.outlet);
      await expect(page.getByTestId(`headline-deaths-${source}-source`)).toContainText(`Figure from ${source}`);
      await expect(page.getByTestId(`headline-deaths-${source}-source`)).toContainText(outlets[0]!);
    }
    expect(shown).toBeGreaterThanOrEqual(3);
    await expect(deaths).not.toContainText("unnamed source");

    const refugees = page.getByTestId("headline-displacement-refugees-source");
    await expect(refugees).toContainText("Figure from UNHCR");
    await expect(refugees.getByRole("link").first()).toHaveAttribute("href", /^\/reports\//);
    await expect(page.getByTestId("headline-displacement-idps-source")).not.toContainText("unnamed source");
  });

  test("draws one point per national death-toll figure of its main lines, and every other line on demand", async ({
    page,
  }) => {
    const chart = page.getByTestId("deaths");
    const values = async () =>
      (
        await chart.locator(".trend-point").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))))
      ).sort((a, b) => a - b);
    await expect(chart.locator(".trend-point")).toHaveCount(shownDeathTolls.length);
    expect(await values()).toEqual(shownDeathTolls.map((f) => f.value).sort((a, b) => a - b));
    expect(shownDeathTolls.length).toBeLessThan(nationalDeathTolls.length);

    await chart.getByText(/^More lines/).click();
    await chart.getByRole("button", { name: "Show all lines" }).click();
    await expect(chart.locator(".trend-point")).toHaveCount(nationalDeathTolls.length);
    expect(await values()).toEqual(nationalDeathTolls.map((f) => f.value).sort((a, b) => a - b));

    const sohrChildren = chart.getByRole("button", { name: /^SOHR · children \(/ });
    await sohrChildren.click();
    await expect(sohrChildren).toHaveAttribute("aria-pressed", "false");
    await expect(chart.locator(".trend-point")).toHaveCount(
      nationalDeathTolls.length -
        nationalDeathTolls.filter((f) => f.attributedTo === "SOHR" && f.group === "children").length,
    );
  });

  test("the table view shows the same numbers as the chart", async ({ page }) => {
    const panels = ["deaths", "daily-deaths", "displacement"];
    const drawn: Record<string, string[]> = {};
    for (const panelId of panels) {
      const panel = page.getByTestId(panelId);
      await expect(panel.locator(".trend-point").first()).toBeVisible();
      // The plain drawing and the interactive one plot the same points.
      const plain = await pointsOf(panel.locator("[data-static-chart]"));
      drawn[panelId] = await pointsOf(await activateChart(panel));
      expect(plain, panelId).toEqual(drawn[panelId]);
      expect(drawn[panelId]!.length, panelId).toBeGreaterThan(0);
    }
    // Each chart has its own tab: switch each one to its table.
    for (const panelId of panels) await page.getByTestId(panelId).getByRole("tab", { name: "Table" }).click();
    for (const panelId of panels) {
      const table = page.getByTestId(panelId).getByRole("table");
      await expect(table).toBeVisible();
      expect(await pointsOf(table), panelId).toEqual(drawn[panelId]);
    }
  });

  test("the offensive chart lists every offensive", async ({ page }) => {
    const panel = page.getByTestId("offensives");
    expect(offensives.length).toBeGreaterThanOrEqual(15);
    for (const o of offensives) {
      await expect(panel.getByRole("link", { name: o.name, exact: true })).toBeVisible();
    }
    await panel.getByRole("tab", { name: "Table" }).click();
    await expect(panel.getByRole("table").locator("tbody tr")).toHaveCount(offensives.length);
  });

  test("offensive bars are whole-population counts on a linear axis; a group's count is named as such", async ({
    page,
  }) => {
    const panel = page.getByTestId("offensives");
    await expect(panel.locator(".breakdown-bar").first()).toBeVisible();
    await expect(panel.getByRole("button", { name: "Log" })).toHaveCount(0);
    const ids = await panel
      .locator(".breakdown-bar")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-point-id")!));
    expect(ids.length).toBeGreaterThan(0);
    // A point's id starts with its line: source--group--metric; "all" is the whole population.
    for (const id of ids) expect(id.split("@")[0]!.split("--")[1], id).toBe("all");

    // Offensives whose only death tolls count one group say so in the table.
    const groupOnly = offensives.filter((o) => {
      const killed = figures.filter((f) => f.offensive === o.slug && f.metric === "killed");
      return killed.length > 0 && killed.every((f) => f.group !== null);
    });
    await panel.getByRole("tab", { name: "Table" }).click();
    for (const o of groupOnly) {
      const row = panel.getByRole("row").filter({ has: page.getByRole("link", { name: o.name, exact: true }) });
      await expect(row.getByRole("cell").first()).toContainText("only one group counted");
    }
  });

  test("an offensive filtered out reads 'hidden by the filters', never 'not reported'", async ({ page }) => {
    await page.goto("/?sources=UNHCR&tab=table");
    const panel = page.getByTestId("offensives");
    for (const o of offensives) {
      const row = panel.getByRole("row").filter({ has: page.getByRole("link", { name: o.name, exact: true }) });
      const killed = figures.filter((f) => f.offensive === o.slug && f.metric === "killed");
      const killedByUnhcr = killed.filter((f) => f.attributedTo === "UNHCR");
      if (killed.length > 0 && killedByUnhcr.length === 0)
        await expect(row.getByRole("cell").first()).toHaveText("hidden by the filters");
      if (killed.length === 0) await expect(row.getByRole("cell").first()).toHaveText("not reported");
    }
  });

  test("switches a chart between linear and logarithmic scales", async ({ page }) => {
    const panel = page.getByTestId("deaths");
    await activateChart(panel);
    const ticks = () =>
      panel.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents();
    await expect(
      panel.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").first(),
    ).toBeVisible();
    const logTicks = await ticks();
    expect(logTicks).toContain("1M");
    await panel.getByRole("button", { name: "Linear" }).click();
    await expect(panel.getByRole("button", { name: "Linear" })).toHaveAttribute("aria-pressed", "true");
    await expect.poll(ticks).not.toEqual(logTicks);
  });

  test("works by keyboard: tabs by arrow keys, chart points by arrow keys", async ({ page }) => {
    const panel = page.getByTestId("deaths");
    await panel.getByRole("tab", { name: "Chart" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(panel.getByRole("tab", { name: "Table" })).toBeFocused();
    await expect(panel.getByRole("table")).toBeVisible();
    await page.keyboard.press("ArrowLeft");
    await expect(panel.locator("[data-static-chart]")).toBeVisible();

    // Tabbing onto the plain chart loads the interactive one and keeps the focus on it.
    await panel.locator("[data-static-chart] svg[tabindex]").focus();
    await expect(panel.locator(".recharts-surface").first()).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(panel.locator(".recharts-tooltip-wrapper")).toContainText("As of");
    // The point's details sit in a live region, so a screen reader reads each point out.
    await expect(panel.getByRole("status")).toContainText("As of");

    // Home and End jump to the first and last point drawn.
    const days = shownDeathTolls.map((f) => f.periodEnd).sort();
    await page.keyboard.press("End");
    await expect(panel.getByRole("status")).toContainText(`As of ${dayText(days.at(-1)!)}`);
    await page.keyboard.press("Home");
    await expect(panel.getByRole("status")).toContainText(`As of ${dayText(days[0]!)}`);
    // The page painted without the reports behind each point; reaching the chart fetched them.
    const outlets = shownDeathTolls
      .filter((f) => f.periodEnd === days[0])
      .flatMap((f) => reports.filter((r) => r.id === f.reportId).map((r) => r.outlet));
    await expect(panel.getByRole("status")).toContainText(
      new RegExp(outlets.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")),
    );
  });

  test("sends the charts without the reports behind their points, which come when a chart is used", async ({
    page,
    request,
  }) => {
    const earliest = [...shownDeathTolls].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))[0]!;
    const report = reports.find((r) => r.id === earliest.reportId)!;
    expect(report.url).toBeTruthy();
    const html = await (await request.get("/")).text();
    // The point is drawn, but its report's address is not in the page.
    expect(html).toContain(`data-value="${earliest.value}"`);
    expect(html).not.toContain(report.url!);
    // Opening the table fetches the whole chart: the report is named there.
    const panel = page.getByTestId("deaths");
    await panel.getByRole("tab", { name: "Table" }).click();
    await expect(panel.getByRole("table")).toContainText(report.outlet);
  });

  test("steps through the offensive bars by Up, Down, Home and End", async ({ page }) => {
    const panel = page.getByTestId("offensives");
    // The bars run in order of the offensives' start.
    const names = [...offensives].sort((a, b) => a.start.localeCompare(b.start)).map((o) => o.name);
    await panel.locator("[data-static-chart] svg[tabindex]").focus();
    await expect(panel.locator(".recharts-surface").first()).toBeFocused();
    await page.keyboard.press("End");
    await expect(panel.getByRole("status")).toContainText(names.at(-1)!);
    await page.keyboard.press("Home");
    await expect(panel.getByRole("status")).toContainText(names[0]!);
    await page.keyboard.press("ArrowDown");
    await expect(panel.getByRole("status")).toContainText(names[1]!);
  });
});

test("an offensive page and a report page open from links", async ({ page }) => {
  await page.goto("/");
  const target = offensives.find((o) => o.slug === "northwest-syria-2019") ?? offensives[0]!;
  await page.getByTestId("offensives").getByRole("link", { name: target.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/offensives/${target.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.name);
  // Its dates name the reports they were read from.
  const dated = page.getByTestId("offensive-date-reports").getByRole("link");
  await expect(dated).toHaveCount(target.dateReportIds.length);
  await expect(dated.first()).toHaveAttribute("href", /^\/reports\//);

  const reportLink = page.getByRole("table").getByRole("link").filter({ hasText: /./ }).last();
  const href = await reportLink.getAttribute("href");
  expect(href).toMatch(/^\/reports\//);
  await reportLink.click();
  const report = reports.find((r) => `/reports/${r.id}` === href)!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(report.headline);
  await expect(page.getByTestId("figures-table").locator("tbody tr").first()).toBeVisible();
});

test("an offensive's chart is drawn without its reports, which come when its table opens", async ({ page }) => {
  const target = offensives.find((o) => o.slug === "northwest-syria-2019")!;
  const killed = figures.filter((f) => f.offensive === target.slug && f.metric === "killed");
  const report = reports.find((r) => r.url && killed.some((f) => f.reportId === r.id))!;
  const response = await page.goto(`/offensives/${target.slug}`);
  const html = (await response!.text()).replace(/&amp;/g, "&");
  const panel = page.getByTestId(`offensive-${target.slug}-killed`);
  // The listed figures name their reports; the chart's own data does not carry the report addresses.
  expect(html).not.toContain(`"url":"${report.url}"`);
  await hydrated(panel);
  await panel.getByRole("tab", { name: "Table" }).click();
  await expect(panel.getByRole("table")).toContainText(report.outlet);
  // Opened as a table from its address, the chart arrives whole.
  await page.goto(`/offensives/${target.slug}?tabs=offensive-${target.slug}-killed:table`);
  await expect(panel.getByRole("table")).toContainText(report.outlet);
});

test("an unknown offensive gives the 404 page", async ({ page }) => {
  const response = await page.goto("/offensives/no-such-offensive");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
});

test("an unknown report gives the 404 page", async ({ page }) => {
  const response = await page.goto("/reports/no-such-report");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
});

/** A day as the point details print it ("12 Sep 2011"). */
function dayText(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d} ${months[m! - 1]} ${y}`;
}
