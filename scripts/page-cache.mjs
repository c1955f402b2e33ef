// Rendered pages kept per data version, for scripts/server.mjs. The data
// changes only on a write, and every write moves the data version
// (lib/db/data-version.ts), so a page rendered for one version can be sent
// again, without rendering, until the version moves: each request reads the
// version (one small query, through the app's own connection) and a write
// made by any process is seen by the next request to every process.
//
// Only what is the same for every reader is kept: GET and HEAD of the public
// pages, sent without cookies (an editor's pages are theirs), as a document
// (not a client navigation's RSC payload), answered 200 as HTML without a
// cookie. Each page carries a CSP nonce; a kept page is sent with a fresh one
// in place of the one it was rendered with, in the body and in the header,
// so no two answers share a nonce.
import { randomUUID } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { splicedGzip } from "./spliced-gzip.mjs";

/** The pages worth keeping: the overview, an offensive, an embedded chart. */
const CACHEABLE = /^\/(?:|offensives\/[a-z0-9-]{1,80}|embed\/[a-z-]{1,40})$/;
/** Headers recomputed for every answer rather than replayed. */
const NOT_REPLAYED = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "x-request-id",
]);

/**
 * @param {{
 *   dataVersion: () => Promise<string | null>,
 *   maxEntries?: number,
 *   maxBytes?: number,
 *   maxEntryBytes?: number,
 * }} options `dataVersion` answers null until the app can read it (nothing is kept meanwhile).
 */
export function createPageCache({
  dataVersion,
  maxEntries = 64,
  maxBytes = 128 * 1024 * 1024,
  maxEntryBytes = 32 * 1024 * 1024,
}) {
  /** @type {Map<string, { headers: Record<string, string | string[]>, parts: Buffer[], nonce: string, size: number, gzip?: (nonce: Buffer) => Buffer }>} */
  const entries = new Map();
  let bytes = 0;
  const stats = { hits: 0, misses: 0, bypassed: 0 };

  function keep(key, entry) {
    if (entries.has(key)) forget(key);
    entries.set(key, entry);
    bytes += entry.size;
    trim();
  }

  function trim() {
    while (entries.size > maxEntries || bytes > maxBytes) forget(entries.keys().next().value);
  }

  function forget(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  }

  /** Whether a request may be answered from (and its answer kept in) the cache. */
  function cacheable(req) {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const target = req.url ?? "/";
    if (target.length > 2048) return false;
    const [path, query = ""] = target.split("?", 2);
    if (!CACHEABLE.test(path)) return false;
    if (/(?:^|&)_rsc=/.test(query)) return false;
    const h = req.headers;
    return !h.cookie && !h.authorization && !h.rsc && !h["next-router-state-tree"] && !h["next-router-prefetch"];
  }

  /**
   * Answers `req` from the cache, or has `handle` (Next's handler) answer it
   * and keeps the page. Any request the cache does not take goes to `handle`
   * untouched.
   */
  async function serve(req, res, requestId, handle) {
    const version = cacheable(req) ? await dataVersion().catch(() => null) : null;
    if (version === null) {
      stats.bypassed++;
      return handle(req, res);
    }
    // The answer can depend on the host (absolute links) and on whether the site is served over HTTPS (HSTS).
    const key = [version, req.headers.host ?? "", req.headers["x-forwarded-proto"] ?? "", req.url].join("|");
    const entry = entries.get(key);
    if (entry) {
      stats.hits++;
      // Most recently used last: the first entry is the one to drop.
      entries.delete(key);
      entries.set(key, entry);
      return replay(req, res, requestId, entry);
    }
    stats.misses++;
    const chunks = [];
    let size = 0;
    const take = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > maxEntryBytes) return;
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
          : Buffer.from(chunk);
      size += buffer.length;
      if (size <= maxEntryBytes) chunks.push(buffer);
    };
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, callback) {
      take(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      take(chunk, encoding);
      res.write = write;
      res.end = end;
      const result = end.call(this, chunk, encoding, callback);
      const page = rendered(res, chunks, size);
      if (page && req.method === "GET") keep(key, page);
      return result;
    };
    return handle(req, res);
  }

  /** The answer Next sent, if it can be kept: a whole 200 HTML page without a cookie, and its nonce. */
  function rendered(res, chunks, size) {
    if (res.statusCode !== 200 || size > maxEntryBytes || size === 0) return null;
    const headers = res.getHeaders();
    if (headers["set-cookie"]) return null;
    if (!String(headers["content-type"] ?? "").startsWith("text/html")) return null;
    const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1];
    if (!nonce) return null;
    const kept = {};
    for (const [name, value] of Object.entries(headers)) {
      if (!NOT_REPLAYED.has(name) && value !== undefined)
        kept[name] = Array.isArray(value) ? value.map(String) : String(value);
    }
    // Next compressed it for its reader: kept as the page itself, compressed again for each copy.
    const body = decoded(Buffer.concat(chunks), String(headers["content-encoding"] ?? ""));
    if (!body || body.length > maxEntryBytes) return null;
    // Kept as the bytes between the nonce's occurrences: a copy is those pieces joined by a new nonce.
    const parts = body
      .toString("utf8")
      .split(nonce)
      .map((part) => Buffer.from(part, "utf8"));
    return { headers: kept, parts, nonce, size: body.length };
  }

  function replay(req, res, requestId, entry) {
    const nonce = Buffer.from(randomUUID()).toString("base64");
    const headers = { ...entry.headers, "x-request-id": requestId };
    headers["content-security-policy"] = String(headers["content-security-policy"]).replaceAll(entry.nonce, nonce);
    const between = Buffer.from(nonce);
    let body;
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      // The pieces are compressed once, with the first copy that asks; each copy splices its nonce in.
      if (!entry.gzip) {
        entry.gzip = splicedGzip(entry.parts);
        // Counted against the bounds like the page itself (the entry was just made the most recent).
        entry.size += entry.gzip.compressedBytes;
        bytes += entry.gzip.compressedBytes;
        trim();
      }
      body = entry.gzip(between);
      headers["content-encoding"] = "gzip";
    } else {
      body = Buffer.concat(entry.parts.flatMap((part, i) => (i === 0 ? [part] : [between, part])));
    }
    const vary = String(headers.vary ?? "");
    if (!/\baccept-encoding\b/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
    headers["content-length"] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  return {
    serve,
    stats,
    get size() {
      return { entries: entries.size, bytes };
    },
  };
}

/** A body as sent with `encoding`, decoded; null when it cannot be. */
function decoded(body, encoding) {
  try {
    if (encoding === "") return body;
    if (encoding === "gzip") return gunzipSync(body);
    if (encoding === "br") return brotliDecompressSync(body);
    if (encoding === "deflate") return inflateSync(body);
  } catch {
    // a body cut short, or not what its header says: not kept
  }
  return null;
}
