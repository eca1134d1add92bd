// close() waits for this process's client sockets to close, its one-second bound only for a socket that never
// does: a close after ordinary calls resolves when the sockets close, and leaves no timer behind to hold the
// process. The bound's timer is the only timer faked here, never advanced (a close that waited for it would not
// resolve, and the test would fail), save to show a socket that never closes holds close() that second exactly.
// The mock runs its waits on the platform's clock whatever a suite fakes (runtime/mock-clock.ts): the fake is set
// in the place of the clock of close()'s bounds. Its tries of the port stay on the platform's clock: while a process
// forked meanwhile by another thread holds the port (a child holding a copy of the listening socket, here), close()
// tries it again, faked timers or not. A server that took the port holds close() its second on the platform's clock.
import { once } from "node:events";
import { connect, createServer } from "node:net";
import { afterEach, expect, test, vi } from "vitest";
import { createClient } from "../../generated/index.js";
import { type MockServer, startMockServer } from "../../generated/mock.js";
import { boundClock, platformClock } from "../../generated/runtime/mock-clock.js";
import { holdCopy, mockWithListeningFd } from "../support/listening-socket-copy.js";

const KEY = "mock-close-bound-key";

afterEach(() => {
  boundClock.current = platformClock;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Fakes setTimeout and clearTimeout, and sets them as the clock of close()'s bounds. */
function fakeBoundClock(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  boundClock.current = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
}

/** A mock and three calls at once to it, whose connections fetch keeps open. */
async function calledMock(): Promise<MockServer> {
  const mock = await startMockServer({ secretKey: KEY });
  const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey: KEY });
  const results = await Promise.all([1, 2, 3].map(() => sips.cancel({ currencyCode: "978" })));
  expect(results.map((result) => result.ok)).toEqual([true, true, true]);
  return mock;
}

/** The platform's setTimeout, kept before any is faked: a close that waits for its faked bound fails after this. */
const realSetTimeout = globalThis.setTimeout;
const resolvedSoon = (closing: Promise<unknown>): Promise<unknown> =>
  Promise.race([
    closing,
    new Promise((_, reject) =>
      realSetTimeout(
        () => reject(new Error("close() did not resolve as the sockets closed: it waits for its bound")),
        3000,
      ),
    ),
  ]);

/** close() of each mock, together, with the bound's timer faked: they resolve only as their sockets close. */
async function closedWithoutBound(mocks: readonly MockServer[]): Promise<number> {
  fakeBoundClock();
  await resolvedSoon(Promise.all(mocks.map((mock) => mock.close())));
  return vi.getTimerCount();
}

test("close() after a call resolves as the call's connection closes, its bound's timer cleared", async () => {
  const mock = await calledMock();
  expect(await closedWithoutBound([mock])).toBe(0);
});

test("two mocks, each called, close one after the other: each waits for its own sockets only", async () => {
  const [one, two] = [await calledMock(), await calledMock()];
  // One closes while the other's connection is still open: not that mock's to wait for. (fetch's own keep-alive
  // timer for that connection may be set meanwhile: timers are not counted here.)
  fakeBoundClock();
  await resolvedSoon((one as MockServer).close());
  vi.useRealTimers();
  boundClock.current = platformClock;
  expect(await closedWithoutBound([two as MockServer])).toBe(0);
});

test("two mocks, each called, closing at once resolve together, no timer left", async () => {
  expect(await closedWithoutBound([await calledMock(), await calledMock()])).toBe(0);
});

test("close() called twice, at once and after, resolves each time, no timer left", async () => {
  const mock = await calledMock();
  fakeBoundClock();
  const [first, second] = [mock.close(), mock.close()];
  await resolvedSoon(Promise.all([first, second]));
  await resolvedSoon(mock.close());
  expect(vi.getTimerCount()).toBe(0);
});

test("close() of a mock no client of this process holds a connection to resolves without a timer", async () => {
  const mock = await startMockServer({ secretKey: KEY });
  fakeBoundClock();
  await resolvedSoon(mock.close());
  expect(vi.getTimerCount()).toBe(0);
});

// Without a copy, and with a copy of the listening socket that a child holds as close() runs, as a process forked by
// another thread does (the vitest worker next to this one starting a child).
for (const copy of ["none", "held by a child"] as const)
  test(`a client socket that reads the close but never closes its side holds close() a second, not a moment less or more (port's copy: ${copy})`, async () => {
    const { mock, fd } = await mockWithListeningFd(KEY);
    // A raw socket, no fetch (whose own timers would be faked too): one request answered, so the mock's side is there.
    const socket = connect({ host: "127.0.0.1", port: Number(new URL(mock.url).port), allowHalfOpen: true });
    socket.on("data", () => undefined);
    await once(socket, "connect");
    socket.write("GET / HTTP/1.1\r\nHost: mock\r\n\r\n");
    await once(socket, "data");
    const held = copy === "none" ? undefined : holdCopy(fd);
    try {
      fakeBoundClock();
      let resolved = false;
      const closing = mock.close().then(() => {
        resolved = true;
      });
      // The bound is set once the server has closed: turns of the loop, no time.
      for (let turn = 0; turn < 1000 && vi.getTimerCount() === 0; turn++) await new Promise(setImmediate);
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(999);
      await new Promise(setImmediate);
      expect(resolved).toBe(false);
      vi.advanceTimersByTime(1);
      // Then the port is tried, on the platform's clock, again and again while the child holds it.
      if (held) {
        await new Promise((resolve) => realSetTimeout(resolve, 100));
        expect(resolved).toBe(false);
        await held.letGo();
      }
      await resolvedSoon(closing);
      expect(socket.closed).toBe(false);
    } finally {
      socket.destroy();
      await held?.letGo();
    }
  });

test("a server that takes the port as close() runs holds close() its second, each try leaving it unwritten to", async () => {
  const mock = await startMockServer({ secretKey: KEY });
  const port = Number(new URL(mock.url).port);
  // Listening as soon as the mock's socket is gone, as another process's listen(0) may be handed the port (a
  // server of this process here: to the mock's tries, one port's listener is another's).
  const tries: number[] = [];
  const other = createServer((socket) => {
    const at = tries.push(0) - 1;
    socket.on("data", (bytes) => (tries[at] = (tries[at] ?? 0) + bytes.length));
  });
  const closing = mock.close();
  other.listen(port, "127.0.0.1");
  try {
    await once(other, "listening");
    await resolvedSoon(closing);
    expect({ tried: tries.length > 1, written: tries.filter((bytes) => bytes > 0) }).toEqual({
      tried: true,
      written: [],
    });
  } finally {
    other.close();
  }
});
