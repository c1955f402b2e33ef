/**
 * Where a report's text comes from: a file (plain text, or a saved web page
 * read as its article) or a page at an address. Each refuses what cannot be
 * one report with an ExtractError of one line: a missing, empty, binary or
 * oversized file; a page that is not http(s), too large (5 MB), too slow
 * (10 s), redirected more than 5 times, or not HTML or text. A page is read
 * from a public address only unless the caller allows private ones (the
 * command line, run by the operator, does; the review desk, driven from a
 * browser, does only when FETCH_ALLOW_PRIVATE=1 says so).
 */
import fs from "node:fs";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { ExtractError } from "./errors";
import { htmlToText, looksLikeHtml, type PageText } from "./html";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reports larger than this are refused unread: an article is tens of kilobytes. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/**
 * A report file as text (.html: its article's text), with the title and publication day a
 * saved web page states; or an ExtractError saying why it cannot be one.
 */
export function readReportFile(file: string, maxBytes = MAX_REPORT_BYTES): PageText {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) {
      throw new ExtractError(
        "FILE_TOO_LARGE",
        `${file} is ${megabytes(size)}, over the limit of ${megabytes(maxBytes)} for one report`,
      );
    }
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
    if (code === "ENOENT") throw new ExtractError("FILE_MISSING", `no such file: ${file}`);
    if (code === "EISDIR") throw new ExtractError("FILE_UNREADABLE", `not a file but a directory: ${file}`);
    throw new ExtractError("FILE_UNREADABLE", `cannot read ${file}${code ? ` (${code})` : ""}`);
  }
  if (bytes.length === 0) throw new ExtractError("FILE_EMPTY", `empty file: ${file}`);
  if (bytes.includes(0)) throw new ExtractError("FILE_BINARY", `binary file, not report text: ${file}`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ExtractError("FILE_BINARY", `not UTF-8 text: ${file}`);
  }
  // A saved web page is read as its article's text.
  const page = looksLikeHtml(file) ? htmlToText(text) : { text, title: null, published: null };
  if (page.text.trim() === "") throw new ExtractError("FILE_EMPTY", `file holds no text: ${file}`);
  return page;
}

const TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 5;

/** Loopback, private, link-local, carrier-grade NAT, unspecified and multicast addresses, v4 and v6. */
export function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a, b] = v4.split(".").map(Number) as [number, number];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  const v6 = address.toLowerCase();
  return v6 === "::" || v6 === "::1" || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith("ff");
}

async function checkAddress(url: URL, allowPrivate: boolean): Promise<void> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ExtractError("URL_UNREADABLE", "url: only http and https pages can be read");
  }
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivateAddress)) {
    throw new ExtractError("URL_UNREADABLE", `url: ${url.hostname} is not a public address`);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const over = () => new ExtractError("URL_UNREADABLE", `url: the page is over ${megabytes(maxBytes)}`);
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw over();
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw over();
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

export interface ReportPage extends PageText {
  /** Where the page was read from, after redirects. */
  url: string;
}

/** The text of the report at `address`, read as a saved page of it would be. */
export async function fetchReportPage(
  address: string,
  { allowPrivate = false, maxBytes = MAX_REPORT_BYTES }: { allowPrivate?: boolean; maxBytes?: number } = {},
): Promise<ReportPage> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ExtractError("URL_UNREADABLE", "url: not a web address");
  }
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  for (let hop = 0; ; hop++) {
    await checkAddress(url, allowPrivate);
    let response: Response;
    try {
      response = await fetch(url, { redirect: "manual", signal, headers: { Accept: "text/html, text/plain" } });
    } catch (e) {
      const why = e instanceof Error && e.name === "TimeoutError" ? "took over 10 seconds" : "could not be reached";
      throw new ExtractError("URL_UNREADABLE", `url: the page ${why}`);
    }
    const next = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && next) {
      if (hop >= MAX_REDIRECTS) throw new ExtractError("URL_UNREADABLE", "url: too many redirects");
      url = new URL(next, url);
      continue;
    }
    if (!response.ok) throw new ExtractError("URL_UNREADABLE", `url: the page answered ${response.status}`);
    const type = response.headers.get("content-type") ?? "";
    const html = looksLikeHtml(type);
    if (!html && !/^text\/plain\b/i.test(type)) {
      throw new ExtractError("URL_UNREADABLE", `url: the page is ${type || "of no stated type"}, not HTML or text`);
    }
    const body = await readCapped(response, maxBytes);
    const page = html ? htmlToText(body) : { text: body, title: null, published: null };
    return { ...page, url: url.toString() };
  }
}

function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}
