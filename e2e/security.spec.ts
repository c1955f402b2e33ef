import { expect, test, type Page } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "../lib/testing/chromium";
import { offensives, reports } from "./dataset";

// A framing page below is served by the test itself; Chromium's local-network
// checks would otherwise stop it reaching this loopback server at all.
test.use({
  launchOptions: { ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args, "--disable-features=LocalNetworkAccessChecks"] },
});

/** Pages a reader opens, each checked under the Content-Security-Policy. */
const PAGES = ["/", `/offensives/${offensives[0]!.slug}`, "/figures", "/reports", "/embed/deaths"];

function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

for (const path of PAGES) {
  test(`${path} works under its CSP with no violation`, async ({ page }) => {
    const violations = cspViolations(page);
    const response = await page.goto(path);
    const csp = response!.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    // The page's scripts ran (the nonce reached them): Next's client runtime is up.
    await page.waitForFunction(
      () => "next" in window && typeof (window as { next?: { version?: string } }).next?.version === "string",
    );
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
}

test("the site refuses to be framed; the embeddable charts may be", async ({ request }) => {
  const home = await request.get("/");
  expect(home.headers()["x-frame-options"]).toBe("DENY");
  expect(home.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const embed = await request.get("/embed/deaths");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  for (const r of [home, embed]) {
    expect(r.headers()["x-content-type-options"]).toBe("nosniff");
    expect(r.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(r.headers()["permissions-policy"]).toContain("camera=()");
    expect(r.headers()["x-request-id"]).toMatch(/^[\w-]{8,}$/);
  }
});

test.describe("framing by another site", () => {
  test("an embed can be framed, the overview cannot", async ({ page, baseURL }) => {
    const refusals: string[] = [];
    page.on("console", (m) => {
      if (m.text().includes("frame-ancestors")) refusals.push(m.text());
    });
    await page.route("http://localhost:9/frame", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<iframe id="embed" src="${baseURL}/embed/deaths" width="800" height="500"></iframe>
               <iframe id="home" src="${baseURL}/" width="800" height="500"></iframe>`,
      }),
    );
    await page.goto("http://localhost:9/frame");
    await expect(page.frameLocator("#embed").locator("[data-static-chart] .trend-point").first()).toBeVisible();
    await expect.poll(() => refusals.length).toBe(1);
    expect(refusals[0]).toContain(`${baseURL}/`);
    await expect(page.frameLocator("#home").getByTestId("deaths")).toHaveCount(0);
  });
});

test("broken addresses and methods get a 4xx that says why, never a 500", async ({ request }) => {
  for (const path of ["/reports/%FF", "/figures/%C0%AE", "/embed/%ED%A0%80", "/offensives/%"]) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(400);
    expect(await r.text()).toContain("percent-encoded");
  }
  const trace = await request.fetch("/api/v1/figures", { method: "TRACE" });
  expect(trace.status()).toBe(405);
  expect(await trace.json()).toMatchObject({ parameter: "method" });
  const post = await request.post("/figures", { data: "x" });
  expect(post.status()).toBe(405);
  expect(post.headers()["allow"]).toBe("GET, HEAD");
});

test("a report's address opens with no opener, no referrer and no endorsement", async ({ page }) => {
  const report = reports.find((r) => r.url)!;
  await page.goto(`/reports/${report.id}`);
  const link = page.locator(`main a[href="${report.url}"]`).first();
  await expect(link).toHaveAttribute("rel", /\bnoopener\b.*\bnoreferrer\b.*\bnofollow\b/);
});
