// A gzip body made of pieces compressed once and a short text that changes
// from copy to copy (a kept page's CSP nonce), for scripts/page-cache.mjs.
// Compressing a whole page for every copy costs milliseconds; splicing costs
// almost nothing. Each piece is compressed on its own (a back-reference could
// otherwise point into the text that changes) and ends on a byte boundary
// (a sync flush), so the changing text can go between them as a stored block,
// and the gzip trailer's CRC-32 is combined from the pieces' CRCs.
import zlib from "node:zlib";

const { constants, deflateRawSync } = zlib;
/** zlib's CRC-32 (Node 20.15 and later), or the same computed here for older Node 20 releases. */
const crc32 = zlib.crc32 ?? crc32Table;

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty final block: closes a stream whose blocks all end with a sync flush. */
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

/**
 * @param {Buffer[]} pieces the body is `pieces[0] + joiner + pieces[1] + joiner + …`
 * @returns {((joiner: Buffer) => Buffer) & { compressedBytes: number }} the gzip of the body joined
 *   with `joiner` (at most 65,535 bytes), and how many bytes the compressed pieces hold
 */
export function splicedGzip(pieces, level = 6) {
  const compressed = pieces.map((piece) => deflateRawSync(piece, { level, finishFlush: constants.Z_SYNC_FLUSH }));
  const crcs = pieces.map((piece) => crc32(piece) >>> 0);
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const join = (joiner) => {
    if (joiner.length > 0xffff) throw new RangeError("the joiner must fit one stored block");
    const stored = Buffer.alloc(5);
    stored.writeUInt16LE(joiner.length, 1);
    stored.writeUInt16LE(~joiner.length & 0xffff, 3);
    const joinerCrc = crc32(joiner) >>> 0;
    let crc = crcs[0];
    const out = [GZIP_HEADER, compressed[0]];
    for (let i = 1; i < pieces.length; i++) {
      crc = crc32Combine(crc32Combine(crc, joinerCrc, joiner.length), crcs[i], pieces[i].length);
      out.push(stored, joiner, compressed[i]);
    }
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc, 0);
    trailer.writeUInt32LE((total + joiner.length * (pieces.length - 1)) % 2 ** 32, 4);
    out.push(FINAL_EMPTY_BLOCK, trailer);
    return Buffer.concat(out);
  };
  join.compressedBytes = compressed.reduce((sum, piece) => sum + piece.length, 0);
  return join;
}

/** @type {Uint32Array | null} */
let table = null;

/** CRC-32 (the gzip polynomial), one byte at a time from a 256-entry table. */
export function crc32Table(bytes) {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// CRC-32 of A+B from CRC(A), CRC(B) and B's length, as zlib's crc32_combine:
// shifting CRC(A) by len(B) zero bytes is a multiplication by x^(8·len) modulo
// the CRC polynomial (reflected, as the CRC is).
const POLY = 0xedb88320;

function multModP(a, b) {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** X2N[k] = x^(2^k) modulo the polynomial. */
const X2N = (() => {
  const table = [];
  let p = 0x40000000; // x^1
  table.push(p);
  for (let n = 1; n < 32; n++) table.push((p = multModP(p, p)));
  return table;
})();

/** x^(n·2^k) modulo the polynomial. */
function x2nModP(n, k) {
  let p = 0x80000000; // x^0
  while (n) {
    if (n & 1) p = multModP(X2N[k & 31], p);
    n = Math.floor(n / 2);
    k++;
  }
  return p;
}

/** @param {number} crcA @param {number} crcB @param {number} lengthB */
export function crc32Combine(crcA, crcB, lengthB) {
  return (multModP(x2nModP(lengthB, 3), crcA) ^ crcB) >>> 0;
}
