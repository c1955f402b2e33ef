/**
 * Throughput under load, for `npm run bench`: `connections` clients on
 * keep-alive sockets each request one path over and over for `seconds`,
 * reading every byte; counts answers per second and their latencies. By
 * default each request asks for gzip, as every browser does; `encoding: null`
 * asks for the page uncompressed.
 */
import http from "node:http";

export interface LoadResult {
  requestsPerSecond: number;
  /** Answers other than 200. */
  failures: number;
  p50: number;
  p99: number;
}

export async function load(
  port: number,
  target: string,
  {
    connections = 50,
    seconds = 10,
    encoding = "gzip",
  }: { connections?: number; seconds?: number; encoding?: string | null } = {},
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const headers = encoding ? { "accept-encoding": encoding } : {};
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const start = performance.now();
      const req = http.get({ host: "127.0.0.1", port, path: target, agent, headers }, (res) => {
        res.on("data", () => undefined);
        res.on("end", () => {
          if (res.statusCode === 200) latencies.push(performance.now() - start);
          else failures++;
          resolve();
        });
        res.on("error", reject);
      });
      req.on("error", reject);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) await once();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
  return { requestsPerSecond: latencies.length / elapsed, failures, p50: at(0.5), p99: at(0.99) };
}
