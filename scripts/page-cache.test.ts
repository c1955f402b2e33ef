import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPageCache, type PageCache } from "./page-cache.mjs";

/** A stand-in for Next: renders a page with a fresh nonce in its CSP and its scripts, and counts renders. */
let renders = 0;
let version: string | null = "v1";
let answer: { status: number; cookie?: boolean; type?: string } = { status: 200 };
let server: http.Server;
let port: number;
let cache: PageCache;

function render(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const nonce = Buffer.from(`nonce-${renders}-${Math.random()}`).toString("base64");
  res.statusCode = answer.status;
  res.setHeader("Content-Type", answer.type ?? "text/html; charset=utf-8");
  res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader("Vary", "rsc, Accept-Encoding");
  if (answer.cookie) res.setHeader("Set-Cookie", "session=x");
  const head = `<!doctype html><html><body><p>render ${renders} of ${req.url}</p>`;
  const tail = `<script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script></body></html>`;
  // Like Next, compressed for a reader who accepts it.
  if (/gzip/.test(String(req.headers["accept-encoding"] ?? ""))) {
    res.setHeader("Content-Encoding", "gzip");
    res.end(gzipSync(head + tail));
    return;
  }
  res.write(head);
  res.end(tail);
}

beforeEach(async () => {
  renders = 0;
  version = "v1";
  answer = { status: 200 };
  cache = createPageCache({ dataVersion: async () => version });
  server = http.createServer(
    (req, res) => void cache.serve(req, res, String(req.headers["x-request-id"] ?? "id"), render),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString("utf8") });
        });
      })
      .on("error", reject);
  });
}

const nonceOf = (csp: unknown) => /'nonce-([^']+)'/.exec(String(csp))![1]!;

describe("the page cache", () => {
  it("renders a page once per data version, and sends each copy with its own nonce", async () => {
    const first = await get("/?metrics=killed");
    const second = await get("/?metrics=killed", { "x-request-id": "second" });
    const third = await get("/?metrics=killed");
    expect(renders).toBe(1);
    expect(second.body).toContain("render 1 of /?metrics=killed");
    const nonces = [first, second, third].map((r) => nonceOf(r.headers["content-security-policy"]));
    expect(new Set(nonces).size).toBe(3);
    // The body carries the header's nonce, in its attributes and its payload, and no other.
    for (const [i, r] of [second, third].entries()) {
      expect(r.body).toContain(`nonce="${nonces[i + 1]}"`);
      expect(r.body).toContain(`\\"nonce\\":\\"${nonces[i + 1]}\\"`);
      expect(r.body).not.toContain(nonces[0]);
      expect(r.body.replaceAll(nonces[i + 1]!, "N")).toBe(first.body.replaceAll(nonces[0]!, "N"));
    }
    expect(second.headers["x-request-id"]).toBe("second");
    expect(cache.stats).toMatchObject({ hits: 2, misses: 1 });

    version = "v2";
    expect((await get("/?metrics=killed")).body).toContain("render 2 of");
    expect((await get("/?metrics=killed")).body).toContain("render 2 of");
    expect(renders).toBe(2);
  });

  it("keeps a page its first reader was sent compressed, and sends it either way", async () => {
    const first = await get("/offensives/afrin-2018", { "accept-encoding": "gzip" });
    expect(first.headers["content-encoding"]).toBe("gzip");
    const plain = await get("/offensives/afrin-2018");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const nonces = [first, plain].map((r) => nonceOf(r.headers["content-security-policy"]));
    expect(plain.body.replaceAll(nonces[1]!, "N")).toBe(first.body.replaceAll(nonces[0]!, "N"));
    expect(renders).toBe(1);
  });

  it("keeps each address apart, and compresses for readers who accept it", async () => {
    await get("/offensives/qusayr-2013");
    await get("/");
    const zipped = await get("/offensives/qusayr-2013", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body).toContain("render 1 of /offensives/qusayr-2013");
    expect(zipped.headers.vary).toBe("rsc, Accept-Encoding");
    expect(renders).toBe(2);
  });

  it("renders every time what is not the same for every reader", async () => {
    const requests: [string, Record<string, string>][] = [
      ["/", { cookie: "dashboard-session=abc" }],
      ["/", { rsc: "1" }],
      ["/", { "next-router-prefetch": "1" }],
      ["/?_rsc=abc", {}],
      ["/figures", {}],
      ["/review", {}],
      ["/api/v1/figures", {}],
    ];
    for (const [path, headers] of requests) {
      await get(path, headers);
      await get(path, headers);
    }
    expect(renders).toBe(2 * requests.length);
  });

  it("keeps no error page, no page that sets a cookie, and nothing before the app can read the version", async () => {
    answer = { status: 404 };
    await get("/offensives/none");
    await get("/offensives/none");
    answer = { status: 200, cookie: true };
    await get("/");
    await get("/");
    answer = { status: 200, type: "application/json" };
    await get("/embed/deaths");
    await get("/embed/deaths");
    answer = { status: 200 };
    version = null;
    await get("/");
    await get("/");
    expect(renders).toBe(8);
    expect(cache.size.entries).toBe(0);
  });

  it("drops the least recently used pages beyond its bounds", async () => {
    cache = createPageCache({ dataVersion: async () => version, maxEntries: 2 });
    for (const path of ["/", "/offensives/a", "/", "/offensives/b", "/", "/offensives/a"]) await get(path);
    // "/" stayed in use; "/offensives/a" was dropped for "/offensives/b" and rendered again.
    expect(renders).toBe(4);
    expect(cache.size.entries).toBe(2);
  });
});
