// An error status's body is read only as far as its excerpt needs (1000
// characters and one more, to tell it is longer), then cancelled: a proxy's large or endless
// page is not read to maxReplyBytes, and a body that stalls past the excerpt
// does not hold the call. Node's fetch closes the connection of a body
// cancelled before its end.
import { afterEach, expect, test } from "vitest";
import {
  callWith as call,
  closeServers,
  replyConfig as config,
  serve,
  streaming,
  pulled,
} from "../support/reply-server.js";

afterEach(closeServers);

test("an error status with an endless body is an http error with its excerpt, and the server sees the connection end", async () => {
  let ended!: () => void;
  const connectionEnded = new Promise<void>((resolve) => (ended = resolve));
  const base = await serve((res) => {
    res.writeHead(502, { "content-type": "text/html" });
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
  expect(result.ok ? null : result.error).toEqual({
    kind: "http",
    sent: "yes",
    message: `the server answered HTTP 502: "${"x".repeat(199)}…"`,
    status: 502,
    body: `${"x".repeat(999)}…`,
  });
  await connectionEnded;
});

test("an error's long body, cancelled past its excerpt, closes its connection, and the next call is answered", async () => {
  let connections = 0;
  // The close itself, awaited: the server learns of it a moment after the call ends, later on a loaded machine.
  let firstClosed = (): void => {};
  const closed = new Promise<void>((resolve) => (firstClosed = resolve));
  const base = await serve(
    (res) => {
      res.writeHead(500, { "content-type": "text/html", "content-length": "200000" });
      res.end(Buffer.alloc(200_000, "x"));
    },
    (socket) => {
      const id = ++connections;
      if (id === 1) socket.on("close", firstClosed);
    },
  );
  const http500 = {
    kind: "http",
    sent: "yes",
    message: `the server answered HTTP 500: "${"x".repeat(199)}…"`,
    status: 500,
    body: `${"x".repeat(999)}…`,
  };
  const first = await call(config(base));
  expect(first.ok ? null : first.error).toEqual(http500);
  const second = await call(config(base));
  expect(second.ok ? null : second.error).toEqual(http500);
  // The first connection is closed, never left half-read for the next call to find.
  await closed;
});

test("an error's endless body is read only as far as its excerpt, then cancelled: the call does not wait", async () => {
  // Under the default bound (1 MiB), which the body would otherwise be read to.
  const { fetch, state } = pulled("€", 300);
  const result = await call(config("http://127.0.0.1:9", undefined, fetch));
  expect(result.ok ? null : result.error).toEqual({
    kind: "http",
    sent: "yes",
    message: `the server answered HTTP 500: "${"€".repeat(199)}…"`,
    status: 500,
    body: `${"€".repeat(999)}…`,
  });
  expect(state.cancelled).toBe(true);
  // 1000 characters of 3 bytes, one more to tell the body is longer, and what the stream pulls ahead.
  expect(state.bytes).toBeLessThanOrEqual(3 * 1002 + 2 * 300);
});

test("an error's body read to its excerpt is decoded across chunks that end inside its characters", async () => {
  // Chunks of 201 bytes, each ending inside a character of 4 bytes (two UTF-16 units) or of 3.
  const text = "a😀€";
  const { fetch, state } = pulled(text, 201);
  const result = await call(config("http://127.0.0.1:9", undefined, fetch));
  expect(result.ok ? null : result.error).toEqual({
    kind: "http",
    sent: "yes",
    message: `the server answered HTTP 500: "${text.repeat(50).slice(0, 199)}…"`,
    status: 500,
    body: `${text.repeat(250).slice(0, 999)}…`,
  });
  expect(state.cancelled).toBe(true);
  expect(state.bytes).toBeLessThanOrEqual(3 * 1002 + 2 * 201);
});

test("an error's excerpt whose cut falls inside an emoji ends before it, never with half of it", async () => {
  // Emoji of two units: the 999th unit, the last before the "…", is the first half of the 500th emoji.
  const { fetch } = streaming([new TextEncoder().encode("😀".repeat(600))]);
  const result = await call(config("http://127.0.0.1:9", undefined, fetch));
  const body = `${"😀".repeat(499)}…`;
  expect(result.ok ? null : result.error).toEqual({
    kind: "http",
    sent: "yes",
    // The summary's cut too falls before the emoji it would halve.
    message: `the server answered HTTP 500: "${"😀".repeat(99)}…"`,
    status: 500,
    body,
  });
  expect(result.ok ? "" : JSON.stringify(result.error)).not.toMatch(/\\ud[89ab]/);
});

test("an error's body that stalls once past its excerpt does not hold the call", async () => {
  // 4000 bytes, then nothing more, and no end: read to its end or its bound, the call would wait for its timeout.
  const { fetch, state } = streaming([new TextEncoder().encode("x".repeat(4000))], true);
  const result = await call(config("http://127.0.0.1:9", undefined, fetch, 5_000));
  expect(result.ok ? null : result.error).toEqual({
    kind: "http",
    sent: "yes",
    message: `the server answered HTTP 500: "${"x".repeat(199)}…"`,
    status: 500,
    body: `${"x".repeat(999)}…`,
  });
  expect(state.cancelled).toBe(true);
}, 15_000);

test("an error's body no longer than its excerpt is read whole", async () => {
  const { fetch } = streaming([new TextEncoder().encode("€".repeat(1000))]);
  const result = await call(config("http://127.0.0.1:9", undefined, fetch));
  expect(result.ok ? null : result.error).toEqual({
    kind: "http",
    sent: "yes",
    message: `the server answered HTTP 500: "${"€".repeat(199)}…"`,
    status: 500,
    body: "€".repeat(1000),
  });
});
