/**
 * A document written row by row as a byte stream, pulling rows only as fast
 * as the reader takes them, so an export of the whole dataset is never held
 * in memory. Cancelling the stream (the client went away) closes the source,
 * which ends the database cursor behind it. A failure while reading rows
 * errors the stream after `onError` has been told.
 */

/** Roughly how many characters go into one chunk of a stream: fewer, larger writes. */
const CHUNK_CHARS = 16_384;

export interface TextStreamParts<R> {
  head: string;
  rows: Iterable<R> | AsyncIterable<R>;
  /** The text of one row; `index` counts from 0 (a JSON array puts a comma before all but the first). */
  row: (row: R, index: number) => string;
  tail?: string;
  onError?: (error: unknown) => void;
}

function iterate<R>(rows: Iterable<R> | AsyncIterable<R>): AsyncIterator<R> | Iterator<R> {
  return Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
}

export function streamText<R>({ head, rows, row, tail = "", onError }: TextStreamParts<R>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<R> | Iterator<R> | null = null;
  let index = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      iterator ??= iterate(rows);
      let chunk = "";
      try {
        while (chunk.length < CHUNK_CHARS) {
          const next = await iterator.next();
          if (next.done) {
            if (chunk || tail) controller.enqueue(encoder.encode(chunk + tail));
            controller.close();
            return;
          }
          chunk += row(next.value, index++);
        }
      } catch (error) {
        onError?.(error);
        await iterator.return?.();
        throw error;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator?.return?.();
    },
  });
}

/**
 * A JSON object streamed: the fields of `head`, then `data`, an array of the
 * rows. `{"count":3,"data":[{…},{…},{…}]}` for head `{count: 3}`.
 */
export function streamJsonList<R>(
  head: Record<string, unknown>,
  rows: Iterable<R> | AsyncIterable<R>,
  onError?: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  const opening = JSON.stringify(head).slice(0, -1);
  return streamText({
    head: `${opening}${opening.length > 1 ? "," : ""}"data":[`,
    rows,
    row: (r, i) => `${i > 0 ? "," : ""}${JSON.stringify(r)}`,
    tail: "]}",
    onError,
  });
}
