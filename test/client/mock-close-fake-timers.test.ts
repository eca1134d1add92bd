// close() under a suite's fake clock (vitest's fake timers, every timer they fake by default, never advanced), as a
// downstream suite's afterEach calls it: it resolves. Its tries of the port go on while a process forked meanwhile
// holds the listening socket (here a child holding a copy of it until the test lets it go), and its wait for a
// client socket that never closes its side ends after its second: each wait runs on the platform's clock
// (runtime/mock-clock.ts), whatever the suite fakes; the tries, not the bound, end the wait for the port.
import { once } from "node:events";
import { connect } from "node:net";
import { afterEach, expect, test, vi } from "vitest";
import { startMockServer } from "../../generated/mock.js";
import { boundClock, platformClock } from "../../generated/runtime/mock-clock.js";
import { holdCopy, mockWithListeningFd } from "../support/listening-socket-copy.js";

const KEY = "mock-close-fake-timers-key";

/** The platform's setTimeout and clock, kept before any is faked. */
const realSetTimeout = globalThis.setTimeout;
const realNow = performance.now.bind(performance);

afterEach(() => {
  boundClock.current = platformClock;
  vi.useRealTimers();
});

/** `closing`, or a rejection after 5 s of the platform's clock: a close() that waits on a faked timer fails so. */
const resolvedSoon = (closing: Promise<unknown>): Promise<unknown> =>
  Promise.race([
    closing,
    new Promise((_, reject) =>
      realSetTimeout(() => reject(new Error("close() did not resolve within 5 s under fake timers")), 5000),
    ),
  ]);

/** Resolves after `ms` of the platform's clock. */
const realDelay = (ms: number): Promise<void> => new Promise((resolve) => realSetTimeout(resolve, ms));

test("close() under fake timers resolves once a child holding a copy of its listening socket lets it go, before its bound", async () => {
  const { mock, fd } = await mockWithListeningFd(KEY);
  const copy = holdCopy(fd);
  // The bounds on the platform's clock still, each counted as it ends a wait: the tries are what must end this one.
  let boundsEnded = 0;
  boundClock.current = {
    setTimeout: (callback, ms) =>
      platformClock.setTimeout(() => {
        boundsEnded++;
        callback();
      }, ms),
    clearTimeout: platformClock.clearTimeout,
  };
  vi.useFakeTimers();
  let resolved = false;
  const closing = mock.close().then(() => {
    resolved = true;
  });
  // The port answers while the copy is held: close() tries it again meanwhile, and resolves only after.
  await realDelay(100);
  const heldMeanwhile = !resolved;
  await copy.letGo();
  await resolvedSoon(closing);
  expect({ heldMeanwhile, boundsEnded }).toEqual({ heldMeanwhile: true, boundsEnded: 0 });
});

test("close() under fake timers resolves, a second on, while a client socket reads its close but keeps its side open", async () => {
  const mock = await startMockServer({ secretKey: KEY });
  const socket = connect({ host: "127.0.0.1", port: Number(new URL(mock.url).port), allowHalfOpen: true });
  socket.on("data", () => undefined);
  await once(socket, "connect");
  socket.write("GET / HTTP/1.1\r\nHost: mock\r\n\r\n");
  await once(socket, "data");
  try {
    vi.useFakeTimers();
    const started = realNow();
    await resolvedSoon(mock.close());
    // Its bound, on the platform's clock: not before a second (a timer's own rounding aside).
    expect({ waitedItsSecond: realNow() - started >= 999, open: !socket.closed }).toEqual({
      waitedItsSecond: true,
      open: true,
    });
  } finally {
    socket.destroy();
  }
});
