export function splicedGzip(
  pieces: Buffer[],
  level?: number,
): ((joiner: Buffer) => Buffer) & { compressedBytes: number };
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number;
export function crc32Table(bytes: Uint8Array): number;
