#!/usr/bin/env node
// The production server: Next's request handler behind a thin guard that
// answers, before Next sees them, what Next itself would answer with a 500
// or an empty reply: methods it cannot represent (TRACE, CONNECT, made-up
// ones), paths that are not valid percent-encoded UTF-8 or climb with dot
// segments (also escaped: %2e%2e), and requests the HTTP parser refuses (a
// header block over the limit). An error that still escapes is logged once
// with the request's id, which the answer carries too.
import { randomUUID } from "node:crypto";
import { createServer, get as httpGet } from "node:http";
import next from "next";
import { createPageCache } from "./page-cache.mjs";

const port = Number(process.env.PORT ?? 3000);
/** Query strings and cookies longer than this are refused with 431 and a message. */
const MAX_HEADER_BYTES = 32 * 1024;
const METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST"]);

const app = next({ dev: false, dir: new URL("..", import.meta.url).pathname, port, hostname: "localhost" });
const handle = app.getRequestHandler();
// Public pages rendered once per data version (scripts/page-cache.mjs); PAGE_CACHE=0 renders every request.
// The app registers how to read the version when it first loads its data module.
const pageCache =
  process.env.PAGE_CACHE === "0"
    ? null
    : createPageCache({
        dataVersion: async () => (globalThis.dashboardDataVersion ? await globalThis.dashboardDataVersion() : null),
      });

/** What is wrong with a raw request target, or null. */
function targetProblem(target) {
  if (!target.startsWith("/")) return "the request target is not a path";
  const path = target.split(/[?#]/, 1)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return "the path is not valid percent-encoded UTF-8";
  }
  if (decoded.split(/[/\\]/).some((s) => s === ".." || s === ".")) return "the path has a dot segment";
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return "the path holds a control character";
  return null;
}

function answer(res, status, message, parameter, requestId, target, extra = {}) {
  if (res.headersSent) return res.end();
  const api = target.startsWith("/api/");
  const body = api
    ? JSON.stringify(parameter ? { error: message, parameter } : { error: message, requestId })
    : `<!doctype html><html lang="en"><meta charset="utf-8"><title>${status}</title><body><h1>${status}</h1><p>${message
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")}.</p><p><a href="/">Go to the overview</a></p></body></html>`;
  res.writeHead(status, {
    "Content-Type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Request-Id": requestId,
    ...extra,
  });
  res.end(body);
}

await app.prepare();
const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (req, res) => {
  const target = req.url ?? "/";
  const given = req.headers["x-request-id"];
  const requestId = typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
  req.headers["x-request-id"] = requestId;
  // Who is asking, as this server saw it (sign-in limits count by it); never what the client claims,
  // unless TRUST_PROXY says a proxy in front sets X-Forwarded-For.
  const forwarded =
    process.env.TRUST_PROXY === "1" &&
    String(req.headers["x-forwarded-for"] ?? "")
      .split(",")[0]
      .trim();
  req.headers["x-client-address"] = forwarded || req.socket.remoteAddress || "unknown";
  if (!METHODS.has(req.method ?? "")) {
    return answer(res, 405, `method ${req.method} is not allowed`, "method", requestId, target, {
      Allow: [...METHODS].join(", "),
    });
  }
  const problem = targetProblem(target);
  if (problem) return answer(res, 400, problem, "path", requestId, target);
  if (target.startsWith("/api/") && !/^\/api\/v1(\/|\?|$)/.test(target)) {
    return answer(res, 404, "no such endpoint: the API lives under /api/v1/", "path", requestId, target);
  }
  try {
    await (pageCache ? pageCache.serve(req, res, requestId, handle) : handle(req, res));
  } catch (error) {
    console.error(`[${requestId}] ${req.method} ${target.slice(0, 200)}: ${error?.stack ?? error}`);
    answer(res, 500, "internal error; quote this request id when reporting it", null, requestId, target);
  }
});

// Requests the HTTP parser refuses (an unknown method, a header block over the
// limit) get a short answer that says why, as JSON when they were for the API.
server.on("clientError", (error, socket) => {
  if (!socket.writable) return socket.destroy();
  const requestLine = error.rawPacket ? error.rawPacket.toString("latin1").split("\r\n", 1)[0] : "";
  const [method = "", target = ""] = requestLine.split(" ");
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const badMethod = error.code === "HPE_INVALID_METHOD";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const message = tooLarge
    ? `the request's address or headers exceed ${MAX_HEADER_BYTES / 1024} KB`
    : badMethod
      ? `method ${method.slice(0, 20).replace(/[^\x21-\x7e]/g, "?")} is not allowed`
      : "the request could not be parsed";
  const parameter = tooLarge ? "headers" : badMethod ? "method" : "request";
  const api = target.startsWith("/api/");
  const body = api ? JSON.stringify({ error: message, parameter }) : message;
  const type = api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
  // A HEAD request gets the head only.
  const sent = method === "HEAD" ? "" : body;
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${sent}`,
  );
});

/**
 * Routes asked once as soon as the server listens, so the first reader of
 * each does not pay for loading its code: the first series answer after a
 * start took 130 ms longer than the next at a million figures. WARM=0 skips.
 */
const WARM_UP = ["/api/v1/series?chart=deaths", "/api/v1/series?chart=offensives", "/figures"];

function warmUp() {
  let chain = Promise.resolve();
  for (const target of WARM_UP) {
    chain = chain.then(
      () =>
        new Promise((resolve) => {
          const req = httpGet(
            { host: "127.0.0.1", port, path: target, headers: { "x-request-id": "warm-up" } },
            (res) => res.resume().on("end", resolve).on("error", resolve),
          );
          req.on("error", resolve);
        }),
    );
  }
}

server.listen(port, () => {
  console.log(`Ready on http://localhost:${port}`);
  if (process.env.WARM !== "0") warmUp();
});
