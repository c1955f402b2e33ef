import "server-only";
/**
 * Fetches a report's page for the review desk: http(s) only, to public
 * addresses only (an editor's browser must not be able to make the server
 * read its own network, unless FETCH_ALLOW_PRIVATE=1 says this server may),
 * at most 5 MB, 10 seconds, 5 redirects each checked again, HTML or plain
 * text. Gives back the page as report text.
 */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { IngestError } from "../actions";
import { MAX_REPORT_BYTES } from "../extract/cli";
import { htmlToText, looksLikeHtml } from "../extract/html";

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

async function checkAddress(url: URL): Promise<void> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new IngestError("invalid_report", "url: only http and https pages can be read");
  }
  if (process.env.FETCH_ALLOW_PRIVATE === "1") return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivateAddress)) {
    throw new IngestError("invalid_report", `url: ${url.hostname} is not a public address`);
  }
}

async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > MAX_REPORT_BYTES) throw new IngestError("invalid_report", "url: the page is over 5 MB");
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_REPORT_BYTES) {
      await reader.cancel();
      throw new IngestError("invalid_report", "url: the page is over 5 MB");
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

/** The text of the report at `address`, read as the review desk reads an uploaded file. */
export async function fetchReportPage(address: string): Promise<{ text: string; title: string | null; url: string }> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new IngestError("invalid_report", "url: not a web address");
  }
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  for (let hop = 0; ; hop++) {
    await checkAddress(url);
    let response: Response;
    try {
      response = await fetch(url, { redirect: "manual", signal, headers: { Accept: "text/html, text/plain" } });
    } catch (e) {
      const why = e instanceof Error && e.name === "TimeoutError" ? "took over 10 seconds" : "could not be reached";
      throw new IngestError("invalid_report", `url: the page ${why}`);
    }
    const next = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && next) {
      if (hop >= MAX_REDIRECTS) throw new IngestError("invalid_report", "url: too many redirects");
      url = new URL(next, url);
      continue;
    }
    if (!response.ok) throw new IngestError("invalid_report", `url: the page answered ${response.status}`);
    const type = response.headers.get("content-type") ?? "";
    const html = looksLikeHtml(type);
    if (!html && !/^text\/plain\b/i.test(type)) {
      throw new IngestError("invalid_report", `url: the page is ${type || "of no stated type"}, not HTML or text`);
    }
    const body = await readCapped(response);
    const page = html ? htmlToText(body) : { text: body, title: null };
    return { ...page, url: url.toString() };
  }
}
