import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_REPORT_BYTES } from "./sources";
import { fetchReportPage, isPrivateAddress } from "./sources";

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/article") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end("<title>Homs toll</title><nav>Menu</nav><p>At least 40 people were killed in Homs on Friday.</p>");
    } else if (req.url === "/moved") {
      res.writeHead(302, { Location: "/article" });
      res.end();
    } else if (req.url === "/loop") {
      res.writeHead(302, { Location: "/loop" });
      res.end();
    } else if (req.url === "/image") {
      res.writeHead(200, { "Content-Type": "image/png" });
      res.end("png");
    } else if (req.url === "/huge") {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.end("x".repeat(MAX_REPORT_BYTES + 10));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("isPrivateAddress", () => {
  it("knows loopback, private, link-local and mapped addresses from public ones", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fd00::1",
      "::ffff:10.0.0.1",
      "0.0.0.0",
    ]) {
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    }
    for (const a of ["8.8.8.8", "172.32.0.1", "2001:4860:4860::8888"])
      expect([a, isPrivateAddress(a)]).toEqual([a, false]);
  });
});

describe("fetchReportPage", () => {
  it("refuses private addresses unless told it may read them", async () => {
    await expect(fetchReportPage(`${base}/article`)).rejects.toThrow(/127\.0\.0\.1 is not a public address/);
    await expect(fetchReportPage("ftp://example.org/a")).rejects.toThrow(/only http and https/);
  });

  it("reads a page's article, following a redirect, and refuses loops, non-text, 404s and pages over 5 MB", async () => {
    const local = { allowPrivate: true };
    const page = await fetchReportPage(`${base}/moved`, local);
    expect(page).toMatchObject({ title: "Homs toll", url: `${base}/article` });
    expect(page.text).toContain("At least 40 people were killed in Homs on Friday.");
    expect(page.text).not.toContain("Menu");
    await expect(fetchReportPage(`${base}/loop`, local)).rejects.toThrow(/too many redirects/);
    await expect(fetchReportPage(`${base}/image`, local)).rejects.toThrow(/image\/png, not HTML or text/);
    await expect(fetchReportPage(`${base}/missing`, local)).rejects.toThrow(/answered 404/);
    await expect(fetchReportPage(`${base}/huge`, local)).rejects.toThrow(/over 5 MB/);
    await expect(fetchReportPage(`${base}/article`, { ...local, maxBytes: 40 })).rejects.toThrow(/over 1 KB/);
  });
});
