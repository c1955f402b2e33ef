import { describe, expect, it } from "vitest";
import { frugalStreams, frugalWhileStreaming } from "./frugal-heap";

function source(chunks: string[], failAt = -1): ReadableStream<string> {
  let i = 0;
  return new ReadableStream<string>({
    pull(controller) {
      if (i === failAt) return controller.error(new Error("the database went away"));
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}

async function readAll(stream: ReadableStream<string>): Promise<string[]> {
  const out: string[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push(value);
  }
}

describe("the frugal heap while an export streams", () => {
  it("passes every chunk through and holds the setting only while a stream is open", async () => {
    const a = frugalWhileStreaming(source(["id,value\r\n", "1,2\r\n"]));
    const b = frugalWhileStreaming(source(["x"]));
    expect(frugalStreams()).toBe(0);
    const readerA = a.getReader();
    expect((await readerA.read()).value).toBe("id,value\r\n");
    expect(frugalStreams()).toBe(1);
    expect(await readAll(b)).toEqual(["x"]);
    expect(frugalStreams()).toBe(1);
    expect((await readerA.read()).value).toBe("1,2\r\n");
    expect((await readerA.read()).done).toBe(true);
    expect(frugalStreams()).toBe(0);
  });

  it("lets go when the reader cancels or the source fails", async () => {
    const cancelled = frugalWhileStreaming(source(["a", "b", "c"]));
    const reader = cancelled.getReader();
    await reader.read();
    expect(frugalStreams()).toBe(1);
    await reader.cancel();
    expect(frugalStreams()).toBe(0);
    await expect(readAll(frugalWhileStreaming(source(["a", "b"], 1)))).rejects.toThrow(/went away/);
    expect(frugalStreams()).toBe(0);
  });
});
