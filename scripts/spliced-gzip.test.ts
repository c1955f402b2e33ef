import { randomBytes } from "node:crypto";
import { crc32, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32Combine, crc32Table, splicedGzip } from "./spliced-gzip.mjs";

const joined = (pieces: Buffer[], joiner: Buffer) =>
  Buffer.concat(pieces.flatMap((piece, i) => (i === 0 ? [piece] : [joiner, piece])));

describe("a gzip body spliced from pieces compressed once", () => {
  it("decodes to the pieces joined by each copy's own text", () => {
    const page = `<!doctype html><p>Aleppo — 31,000 killed</p>${'<script>self.__next_f.push([1,"…"])</script>'.repeat(200)}`;
    const pieces = [page, "", "<script>x</script>", page.slice(0, 500), ""].map((s) => Buffer.from(s));
    const gzip = splicedGzip(pieces);
    for (const joiner of ["bm9uY2UtMQ==", "a longer joiner, with é and 🔥", ""].map((s) => Buffer.from(s))) {
      expect(gunzipSync(gzip(joiner)).equals(joined(pieces, joiner))).toBe(true);
    }
    expect(gzip.compressedBytes).toBeLessThan(page.length / 4);
  });

  it("stays valid for one piece, and for random bytes that do not compress", () => {
    const one = [Buffer.from("only one piece")];
    expect(gunzipSync(splicedGzip(one)(Buffer.from("unused"))).toString()).toBe("only one piece");
    const noise = [randomBytes(70_000), randomBytes(3), randomBytes(100_000)];
    const joiner = randomBytes(24);
    expect(gunzipSync(splicedGzip(noise, 1)(joiner)).equals(joined(noise, joiner))).toBe(true);
  });

  it("refuses a joiner that does not fit one stored block", () => {
    expect(() => splicedGzip([Buffer.from("a"), Buffer.from("b")])(Buffer.alloc(70_000))).toThrow(/stored block/);
  });

  it("computes CRC-32 itself as zlib does, for Node releases without zlib.crc32", () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from("123456789"), randomBytes(10_000)]) {
      expect(crc32Table(bytes)).toBe(crc32(bytes) >>> 0);
    }
    expect(crc32Table(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  it("combines CRC-32s as the CRC of the concatenation", () => {
    for (const [a, b] of [
      [randomBytes(1), randomBytes(1)],
      [randomBytes(1000), randomBytes(77_777)],
      [Buffer.alloc(0), randomBytes(9)],
      [randomBytes(9), Buffer.alloc(0)],
    ]) {
      expect(crc32Combine(crc32(a!) >>> 0, crc32(b!) >>> 0, b!.length)).toBe(crc32(Buffer.concat([a!, b!])) >>> 0);
    }
  });
});
