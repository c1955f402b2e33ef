export function splicedGzip(
  pieces: Buffer[],
  level?: number,
): ((joiner: Buffer) => Buffer) & { compressedBytes: number };
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number;
