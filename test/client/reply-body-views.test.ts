// The bytes a reply's body gives are read as they are, whatever view carries them, and decoded with no state
// kept from one reply to the next (the module keeps one decoder for every call). A reply as long as the bound
// is read whole; one past it keeps exactly the bytes up to the bound.
import { expect, test } from "vitest";
import type { FetchLike } from "../../generated/index.js";
import { callWith as call, replyConfig as config, streaming } from "../support/reply-server.js";

/** The error of an HTTP 500 whose whole body is `text`. */
const http500 = (text: string) => ({
  kind: "http",
  sent: "yes",
  message: `the server answered HTTP 500: ${JSON.stringify(text)}`,
  status: 500,
  body: text,
});

test("views that start inside their buffer, or on shared memory, give their own bytes only", async () => {
  // Each view's buffer holds 0xff bytes around it, which a read from the buffer's start or to its end would take.
  const around = (bytes: readonly number[]) => new Uint8Array([0xff, ...bytes, 0xff]).buffer;
  const shared = new SharedArrayBuffer(4);
  new Uint8Array(shared).set([0xff, 0x7a, 0x21, 0xff]);
  const chunks = [
    new Uint8Array(around([0x78, 0xc3]), 1, 2),
    new DataView(around([0xa9, 0x79]), 1, 2),
    new Uint16Array(new Uint8Array([0xff, 0xff, 0x61, 0x62, 0xff, 0xff]).buffer, 2, 1),
    new Uint8Array(shared, 1, 2),
  ];
  const result = await call(config("http://127.0.0.1:9", undefined, streaming(chunks).fetch));
  expect(result.ok ? null : result.error).toEqual(http500("xéyabz!"));
});

test("a reply that ends inside a character leaves nothing of it to the next reply", async () => {
  // One chunk each: the first ends with two of the three bytes of "€", which a decoder that streams would keep.
  const bytes = (text: string, ...more: number[]) => new Uint8Array([...new TextEncoder().encode(text), ...more]);
  const first = await call(
    config("http://127.0.0.1:9", undefined, streaming([bytes("FIRST BODY ", 0xe2, 0x82)]).fetch),
  );
  expect(first.ok ? null : first.error).toEqual(http500("FIRST BODY \uFFFD"));
  const second = await call(config("http://127.0.0.1:9", undefined, streaming([bytes("SECOND BODY")]).fetch));
  expect(second.ok ? null : second.error).toEqual(http500("SECOND BODY"));
});

/** A fetch whose reply, HTTP `status`, gives `text`'s bytes in chunks of `size`. */
const chunked =
  (status: number, text: string, size: number): FetchLike =>
  async () => {
    const bytes = new TextEncoder().encode(text);
    return {
      status,
      text: async () => "read as a stream, never by text()",
      body: new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      }),
    };
  };

test("a success whose body is exactly the bound is read whole, as with a larger bound", async () => {
  const body = `${"x".repeat(299)}!`;
  const atBound = await call(config("http://127.0.0.1:9", body.length, chunked(200, body, 64)));
  const above = await call(config("http://127.0.0.1:9", body.length + 1, chunked(200, body, 64)));
  expect(atBound.ok ? null : atBound.error.kind).not.toBe("reply-too-large");
  expect(atBound).toEqual(above);
});

test("an error's body past the bound keeps every byte up to the bound", async () => {
  const result = await call(config("http://127.0.0.1:9", 300, chunked(500, "abcdefghij".repeat(60), 64)));
  const error = result.ok ? null : result.error;
  expect(error !== null && "body" in error ? error.body : null).toBe(`${"abcdefghij".repeat(30)}…`);
});
