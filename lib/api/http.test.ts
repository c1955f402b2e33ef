import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, InvalidParameterError, NotFoundError } from "./errors";
import {
  apiRoute,
  CACHE_CONTROL,
  csvResponse,
  csvStreamResponse,
  jsonResponse,
  matchesIfNoneMatch,
  strongEtag,
} from "./http";

const request = (headers: Record<string, string> = {}) =>
  new NextRequest("http://localhost/api/v1/figures", { headers });

afterEach(() => vi.restoreAllMocks());

describe("errors", () => {
  it("maps each code to its status", () => {
    expect(new InvalidParameterError([{ parameter: "from", message: "bad from" }]).status).toBe(400);
    expect(new NotFoundError("slug", "no such offensive").status).toBe(404);
    expect(new ApiError("internal", "x", null).status).toBe(500);
    const e = new NotFoundError("slug", "no such offensive");
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe("not_found");
    expect(e.name).toBe("NotFoundError");
    expect(e.toBody()).toEqual({ error: "no such offensive", parameter: "slug" });
  });
});

describe("ETags", () => {
  it("are strong, quoted and change with the content", () => {
    expect(strongEtag("a")).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(strongEtag("a")).toBe(strongEtag("a"));
    expect(strongEtag("a")).not.toBe(strongEtag("b"));
    expect(strongEtag("ab", "c")).not.toBe(strongEtag("a", "bc"));
  });

  it("match If-None-Match lists, weak or strong, and *", () => {
    const tag = strongEtag("x");
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
  });

  it("give 304 with the same ETag and no body when they match", async () => {
    const first = jsonResponse(request(), { a: 1 });
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe(CACHE_CONTROL);
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const etag = first.headers.get("etag")!;
    const second = jsonResponse(request({ "if-none-match": etag }), { a: 1 });
    expect(second.status).toBe(304);
    expect(second.headers.get("etag")).toBe(etag);
    expect(await second.text()).toBe("");
  });
});

describe("CSV responses", () => {
  it("are attachments with the CSV content type", () => {
    const r = csvResponse(request(), "a\r\n1\r\n", "syria-toll-test.csv");
    expect(r.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(r.headers.get("content-disposition")).toBe('attachment; filename="syria-toll-test.csv"');
    expect(r.headers.get("etag")).toBe(strongEtag("a\r\n1\r\n"));
  });

  it("do not open the stream when the ETag matches", async () => {
    const open = vi.fn(async () => new Response("a\r\n").body!);
    const r = await csvStreamResponse(request({ "if-none-match": '"v1"' }), '"v1"', "x.csv", open);
    expect(r.status).toBe(304);
    expect(open).not.toHaveBeenCalled();
    const r2 = await csvStreamResponse(request(), '"v1"', "x.csv", open);
    expect(await r2.text()).toBe("a\r\n");
  });
});

describe("apiRoute", () => {
  it("answers an ApiError with its status and JSON body", async () => {
    const handler = apiRoute(async () => {
      throw new InvalidParameterError([{ parameter: "metrics", message: '"metrics" must be …' }]);
    });
    const r = await handler(request(), undefined);
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: '"metrics" must be …', parameter: "metrics" });
  });

  it("logs an unexpected exception once and answers 500 without details", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = apiRoute(async () => {
      throw new TypeError("secret stack detail");
    });
    const r = await handler(request(), undefined);
    expect(r.status).toBe(500);
    const text = await r.text();
    expect(text).not.toContain("secret");
    expect(JSON.parse(text)).toEqual({ error: "internal server error" });
    expect(log).toHaveBeenCalledOnce();
  });

  it("names the request's id in the log line and in the answer", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = apiRoute(async () => {
      throw new TypeError("secret stack detail");
    });
    const r = await handler(request({ "x-request-id": "req-42" }), undefined);
    expect(r.headers.get("x-request-id")).toBe("req-42");
    expect(await r.json()).toEqual({ error: "internal server error", requestId: "req-42" });
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0]![0])).toContain("[req-42]");
  });
});
