import "server-only";
/**
 * A long export streams hundreds of megabytes of rows that live for a moment
 * each. V8 lets the old generation grow to up to 4× what survived its last
 * full collection before collecting again, so the CSV of a million figures
 * took a fresh server from 195 MB to 366–380 MB. While any such stream is
 * open, the heap is collected once it has grown by 30% instead: 221 MB for
 * the same export, in the same time (npm run bench). Only while one is open,
 * because the same setting slows page rendering (at a million figures the
 * Aleppo page went from 37 to 84 ms when it was set for the whole process).
 */
import v8 from "node:v8";
import vm from "node:vm";

const GROWING_PERCENT_WHILE_STREAMING = 30;
let open = 0;

/**
 * A full collection, so the next limit is computed with the frugal factor
 * (the one in force was set at the last collection, with V8's own). V8 hands
 * out its `gc` function only to a context made while --expose-gc is on.
 */
const collect: () => void = (() => {
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : () => undefined;
  } catch {
    // A runtime that will not hand it out: the frugal factor then applies from the next collection V8 makes.
    return () => undefined;
  } finally {
    v8.setFlagsFromString("--no-expose-gc");
  }
})();

function enter() {
  if (open++ > 0) return;
  v8.setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT_WHILE_STREAMING}`);
  collect();
}

function leave() {
  // 0 is V8's own default: its heuristics choose the factor again.
  if (--open === 0) v8.setFlagsFromString("--heap-growing-percent=0");
}

/** How many streams hold the frugal setting now (for tests). */
export function frugalStreams(): number {
  return open;
}

/** `source`, read through unchanged, with the heap kept frugal from its first read until it ends, fails or is cancelled. */
export function frugalWhileStreaming<T>(source: ReadableStream<T>): ReadableStream<T> {
  const reader = source.getReader();
  let held = false;
  const release = () => {
    if (held) leave();
    held = false;
  };
  return new ReadableStream<T>(
    {
      async pull(controller) {
        if (!held) {
          enter();
          held = true;
        }
        try {
          const { done, value } = await reader.read();
          if (done) {
            release();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          release();
          controller.error(error);
        }
      },
      async cancel(reason) {
        release();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
