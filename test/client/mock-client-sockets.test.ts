// Which client sockets a mock's close() waits for (runtime/mock-client-sockets.ts):
// those of this process connected to it that read, until each closes; not
// another mock's, not one nobody reads, not one forgotten among many others
// announced. And the watch ends with close(): no subscriber is left behind.
import { execFile } from "node:child_process";
import { hasSubscribers } from "node:diagnostics_channel";
import { once } from "node:events";
import { rm } from "node:fs/promises";
import { connect, createServer, type Socket } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { startMockServer } from "../../generated/mock.js";
import { boundClock, platformClock } from "../../generated/runtime/mock-clock.js";
import { bundleForNode } from "../support/node-bundle.js";
import { generatedDir } from "../support/paths.js";

const KEY = "mock-client-sockets-key";
const CHANNEL = "net.client.socket";

/** A socket of this process connected to `url`'s port that keeps its own side open once it has read the end. */
async function halfOpen(url: string, reads: boolean): Promise<Socket> {
  const socket = connect({ host: "127.0.0.1", port: Number(new URL(url).port), allowHalfOpen: true });
  if (reads) socket.on("data", () => undefined);
  else socket.pause();
  await once(socket, "connect");
  return socket;
}

/**
 * `close` run with a clock of close()'s bounds whose timers never fire: a socket it waited for would hold it for
 * good, where the platform's clock lets it go a second on, which a test's wait of two seconds took for not waiting.
 */
async function withoutBound<T>(close: () => Promise<T>): Promise<T> {
  boundClock.current = { setTimeout: () => setTimeout(() => undefined, 0), clearTimeout: () => undefined };
  try {
    return await close();
  } finally {
    boundClock.current = platformClock;
  }
}

/** Whether `closing` resolves within `ms`: "closed", else "waiting". */
const within = (closing: Promise<void>, ms: number): Promise<string> =>
  Promise.race([
    closing.then(() => "closed"),
    new Promise<string>((resolve) => setTimeout(() => resolve("waiting"), ms)),
  ]);

test("mocks started and closed, with calls between, leave no subscriber to the channel", async () => {
  expect(hasSubscribers(CHANNEL)).toBe(false);
  for (let n = 0; n < 20; n++) {
    const mock = await startMockServer({ secretKey: KEY });
    expect(hasSubscribers(CHANNEL)).toBe(true);
    (await halfOpen(mock.url, true)).on("end", function (this: Socket) {
      this.destroy();
    });
    await mock.close();
  }
  expect(hasSubscribers(CHANNEL)).toBe(false);
});

test("a half-open socket to another mock of the process does not hold this one's close", async () => {
  const held = await startMockServer({ secretKey: KEY });
  const closed = await startMockServer({ secretKey: KEY });
  const socket = await halfOpen(held.url, true);
  await halfOpen(closed.url, true).then((own) => own.on("end", () => own.destroy()));
  expect(await withoutBound(() => within(closed.close(), 2_000))).toBe("closed");
  socket.destroy();
  await held.close();
});

test("a socket to the mock that nobody reads does not hold its close", async () => {
  const mock = await startMockServer({ secretKey: KEY });
  const unread = await halfOpen(mock.url, false);
  expect(await withoutBound(() => within(mock.close(), 2_000))).toBe("closed");
  expect(unread.closed).toBe(false);
  unread.destroy();
});

test("a socket to the mock is still waited for after hundreds of other sockets came and went", async () => {
  const mock = await startMockServer({ secretKey: KEY });
  const socket = await halfOpen(mock.url, true);
  // Another server, each of whose connections the client closes at once: more than the mock keeps before pruning.
  const other = createServer((peer) => peer.destroy());
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  const address = other.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  for (let n = 0; n < 300; n++) {
    const passing = connect({ host: "127.0.0.1", port });
    await once(passing, "connect");
    passing.destroy();
    await once(passing, "close");
  }
  other.close();
  const closing = mock.close();
  await once(socket, "end");
  expect(await within(closing, 50)).toBe("waiting");
  socket.destroy();
  expect(await within(closing, 2_000)).toBe("closed");
});

test("a script whose last work is closing the mock its client called goes on past close() and ends", async () => {
  // Its own process: nothing else holds the event loop but what the mock and its client hold (fetch unrefs the
  // connection it keeps idle), as in a script or a test runner's teardown.
  const script = `
    import { createClient } from "./index.js";
    import { startMockServer } from "./mock.js";
    const secretKey = ${JSON.stringify(KEY)};
    const mock = await startMockServer({ secretKey });
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    const called = await sips.cancel({ currencyCode: "978" });
    await mock.close();
    process.stdout.write("closed after " + (called.ok ? "ok" : called.error.kind));
  `;
  const bundle = await bundleForNode({ code: script, resolveDir: generatedDir });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [bundle], { timeout: 30_000 });
    expect(stdout).toBe("closed after ok");
  } finally {
    await rm(path.dirname(bundle), { recursive: true, force: true });
  }
}, 60_000);
