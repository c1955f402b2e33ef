// Types of scripts/page-cache.mjs (plain JavaScript, so that scripts/server.mjs runs under node alone).
import type { IncomingMessage, ServerResponse } from "node:http";

export interface PageCache {
  /** Answers from the cache, or has `handle` answer and keeps the page; anything else goes to `handle` untouched. */
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  ): Promise<unknown>;
  readonly stats: { hits: number; misses: number; bypassed: number };
  readonly size: { entries: number; bytes: number };
}

export function createPageCache(options: {
  dataVersion: () => Promise<string | null>;
  maxEntries?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
}): PageCache;
