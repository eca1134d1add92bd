// A reply is read up to maxReplyBytes: a server or proxy that sends a huge or endless body gives a
// reply-too-large error at once, its body cancelled, where the call waited for its timeout, memory growing.
// An error status is an http error whatever its body's length, its body cut at the bound when that comes
// before its excerpt (error-excerpt.test.ts).
import { runInNewContext } from "node:vm";
import { afterEach, expect, test } from "vitest";
import { createClient, type FetchLike } from "../../generated/index.js";
import {
  callWith as call,
  closeServers,
  replyConfig as config,
  serve,
  streaming,
  pulled,
} from "../support/reply-server.js";

afterEach(closeServers);

const tooLarge = (maxReplyBytes: number) => ({
  kind: "reply-too-large",
  sent: "yes",
  message: `the reply is longer than ${maxReplyBytes} bytes (maxReplyBytes); it was not read further`,
  maxReplyBytes,
});

test("an endless body is cancelled past the bound: reply-too-large, and the server sees the connection end", async () => {
  let ended!: () => void;
  const connectionEnded = new Promise<void>((resolve) => (ended = resolve));
  const base = await serve((res) => {
    res.writeHead(200, { "content-type": "application/json" });
    const chunk = Buffer.alloc(16_384, "x");
    const more = () => {
      if (res.destroyed) return;
      if (res.write(chunk)) setImmediate(more);
      else res.once("drain", more);
    };
    res.on("close", ended);
    more();
  });
  const result = await call(config(base, 100_000));
  expect(result.ok ? null : result.error).toEqual(tooLarge(100_000));
  await connectionEnded;
});

test("a Content-Length past the bound is refused before the body is read", async () => {
  // The declared body never comes: read, the call would wait for it until its timeout.
  const base = await serve((res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "2000000" });
    res.write("{");
  });
  const result = await call(config(base));
  expect(result.ok ? null : result.error).toEqual(tooLarge(1_048_576));
});

test("a reply of exactly the bound is read whole, its characters cut across chunks decoded", async () => {
  const body = Buffer.from("é".repeat(300));
  const base = await serve((res) => {
    res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    // Each write ends inside a character: the decoder must carry its first byte to the next chunk.
    for (let at = 0; at < body.length; at += 101) res.write(body.subarray(at, at + 101));
    res.end();
  });
  const atBound = await call(config(base, body.length));
  expect(atBound.ok ? null : atBound.error).toEqual({
    kind: "http",
    sent: "yes",
    message: `the server answered HTTP 500: "${"é".repeat(199)}…"`,
    status: 500,
    body: "é".repeat(300),
  });
  // Past the bound, the error keeps its status and the characters read whole before it (the last, cut, left out).
  const pastBound = await call(config(base, body.length - 1));
  expect(pastBound.ok ? null : pastBound.error).toEqual(
    cutError(500, body.length - 1, `${"é".repeat(299)}…`, `: "${"é".repeat(199)}…"`),
  );
});

/**
 * The http error of a reply whose body is longer than `maxReplyBytes`, `body` the excerpt of what was read, `said`
 * what the message says of it.
 */
const cutError = (status: number, maxReplyBytes: number, body: string, said = "") => ({
  kind: "http",
  sent: "yes",
  message: `the server answered HTTP ${status}${said}; its body is longer than ${maxReplyBytes} bytes (maxReplyBytes): it was not read further`,
  status,
  body,
});

test("an error status whose Content-Length is past the bound keeps its status, its body not read", async () => {
  const base = await serve((res) => {
    res.writeHead(503, { "content-type": "text/html", "content-length": "2000000" });
    res.write("<html>");
  });
  const result = await call(config(base));
  expect(result.ok ? null : result.error).toEqual(cutError(503, 1_048_576, "…"));
});

test("a fetch of your own that gives only text() is measured once read, in UTF-8 bytes", async () => {
  const textOnly =
    (status: number): FetchLike =>
    async () => ({ status, text: async () => "€".repeat(100) });
  const fits = await call(config("http://127.0.0.1:9", 300, textOnly(500)));
  expect(fits.ok ? null : fits.error.kind).toBe("http");
  const over = await call(config("http://127.0.0.1:9", 299, textOnly(200)));
  expect(over.ok ? null : over.error).toEqual(tooLarge(299));
  // An error's text, in memory already, is its excerpt.
  const overError = await call(config("http://127.0.0.1:9", 299, textOnly(500)));
  expect(overError.ok ? null : overError.error).toEqual(
    cutError(500, 299, `${"€".repeat(100)}…`, `: "${"€".repeat(100)}…"`),
  );
});

test("a fetch of another realm (a vm context) gives that realm's bytes: they are read as bytes", async () => {
  const foreign = runInNewContext("[new Uint8Array([123, 34]), new Uint8Array([34, 125])]") as unknown[];
  expect(foreign[0] instanceof Uint8Array).toBe(false);
  const { fetch } = streaming(foreign);
  const result = await call(config("http://127.0.0.1:9", undefined, fetch));
  expect(result.ok ? null : result.error).toEqual({
    kind: "http",
    sent: "yes",
    message: 'the server answered HTTP 500: "{\\"\\"}"',
    status: 500,
    body: '{""}',
  });
});

test("a body read whole in chunks of any view is its bytes decoded as one: a character across chunks whole, a cut end replaced", async () => {
  // "é" split between a Uint8Array and a DataView, a two-byte Uint16Array ("ab"), then the first two bytes of "€".
  const chunks = [
    new Uint8Array([0x78, 0xc3]),
    new DataView(new Uint8Array([0xa9, 0x79]).buffer),
    new Uint16Array(new Uint8Array([0x61, 0x62]).buffer),
    new Uint8Array([0xe2, 0x82]),
  ];
  const { fetch } = streaming(chunks);
  const result = await call(config("http://127.0.0.1:9", undefined, fetch));
  expect(result.ok ? null : result.error).toEqual({
    kind: "http",
    sent: "yes",
    message: 'the server answered HTTP 500: "xéyab\uFFFD"',
    status: 500,
    body: "xéyab\uFFFD",
  });
});

test("a body that gives something other than bytes is a network error after a reply, and the stream is cancelled", async () => {
  const { fetch, state } = streaming(["{}"], true);
  const result = await call(config("http://127.0.0.1:9", undefined, fetch));
  // Its status came: the request reached the server, and the error keeps it.
  expect(result.ok ? null : result.error).toEqual({
    kind: "network",
    sent: "yes",
    status: 500,
    message: "its reply's body (HTTP 500) could not be read: the reply's body gave a chunk that is not bytes",
  });
  expect(state.cancelled).toBe(true);
});

test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
  "maxReplyBytes %s is a configuration that cannot work: a TypeError",
  (maxReplyBytes) => {
    expect(() => createClient(config("simu", maxReplyBytes))).toThrow(
      new TypeError(`maxReplyBytes must be a positive integer number of bytes, got number ${maxReplyBytes}`),
    );
  },
);

test("a success's body is read to the bound, never cut at an error's excerpt", async () => {
  const { fetch, state } = pulled("x", 1000, 200);
  const result = await call(config("http://127.0.0.1:9", 50_000, fetch));
  expect(result.ok ? null : result.error).toEqual(tooLarge(50_000));
  expect(state.bytes).toBeGreaterThan(50_000);
});

test("an error's body cut at the bound, read to 1000 characters or more, is an excerpt of 1000 with its ellipsis", async () => {
  // The guide's promise (docs/package-readme.md): an http error's body is at most 1000 characters.
  const textOnly: FetchLike = async () => ({ status: 500, text: async () => "x".repeat(1000) });
  const cut = await call(config("http://127.0.0.1:9", 999, textOnly));
  expect(cut.ok ? null : cut.error).toEqual(cutError(500, 999, `${"x".repeat(999)}…`, `: "${"x".repeat(199)}…"`));
});
