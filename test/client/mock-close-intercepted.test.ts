// close() tries the mock's port until a connection is refused (runtime/mock-port-refused.ts). A test suite that
// intercepts HTTP must not see those tries: under nock, an HTTP request as the try was held for good and close()
// never resolved; a patched `http.request` saw a call of its own per close(). These tests hold that close()
// resolves under nock and makes no call through patched `http.request`, `http.get` or `fetch`, and that a call
// after it is still refused unsent.
//
// A patch of node:http reaches a module's `import { request } from "node:http"` only when made before Node first
// gave node:http to an ES module, or when the patcher calls syncBuiltinESMExports() (a bundle or a CommonJS
// build reads `http.request` at each call): each patch here is synced both ways, as loaded first.
import http from "node:http";
import { Socket } from "node:net";
import { syncBuiltinESMExports } from "node:module";
import type nockModule from "nock";
import { expect, test, vi } from "vitest";
import { createClient } from "../../generated/index.js";
import { type MockServer, startMockServer } from "../../generated/mock.js";
import { boundClock, platformClock } from "../../generated/runtime/mock-clock.js";

const KEY = "mock-close-intercepted-key";

/** The platform's fetch, kept before any patch: a fetch that replaced it makes every failure `sent: "maybe"`. */
const platformFetch = globalThis.fetch;

const clientOf = (mock: MockServer, fetch?: typeof platformFetch) =>
  createClient({
    environment: mock.url,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey: KEY,
    ...(fetch ? { fetch } : {}),
  });

/** The platform's timers, kept before any is faked. */
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = globalThis;

/** "closed" once `closing` resolves, or "still open" after two seconds: twice close()'s own bound. */
async function closedOrOpen(closing: Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => (timer = realSetTimeout(() => resolve("still open"), 2000)));
  try {
    return await Promise.race([closing.then(() => "closed"), late]);
  } finally {
    realClearTimeout(timer);
  }
}

/**
 * A call to a mock through the global fetch (the interceptor's, if any), then close() as `closing` runs it, then a
 * call with the platform's fetch: what close() gave and how that call failed.
 */
async function closeBetweenCalls(closing = (mock: MockServer) => closedOrOpen(mock.close())): Promise<string[]> {
  const mock = await startMockServer({ secretKey: KEY });
  expect((await clientOf(mock).cancel({ currencyCode: "978" })).ok).toBe(true);
  const closed = await closing(mock);
  const after = await clientOf(mock, platformFetch).cancel({ currencyCode: "978" });
  return [
    closed,
    after.ok ? "ok" : `${after.error.kind} ${after.error.sent} ${/ECONNREFUSED/.test(after.error.message)}`,
  ];
}

test("under nock, close() resolves and a call after it is refused unsent", async () => {
  // Loaded here: nock intercepts from its loading on, for every later file of this worker until it is restored.
  const nock: typeof nockModule = (await import("nock")).default;
  if (!nock.isActive()) nock.activate();
  syncBuiltinESMExports();
  try {
    // A suite's own scope for some other host: the mock's calls are not matched and go through.
    nock("http://sips.invalid").post("/rs-services/v2/checkout/cancel").reply(500);
    for (let round = 0; round < 3; round++) {
      expect(await closeBetweenCalls()).toEqual(["closed", "network no true"]);
    }
  } finally {
    nock.cleanAll();
    nock.restore();
    syncBuiltinESMExports();
  }
});

test("close() makes no call through a patched http.request, http.get or fetch", async () => {
  const seen: string[] = [];
  const { request, get } = http;
  // As an interceptor patches them: each call seen, then let through (a request nock or msw does not match).
  http.request = ((...args: Parameters<typeof request>) => {
    seen.push("http.request");
    return request(...args);
  }) as typeof request;
  http.get = ((...args: Parameters<typeof get>) => {
    seen.push("http.get");
    return get(...args);
  }) as typeof get;
  globalThis.fetch = (...args) => {
    seen.push("fetch");
    return platformFetch(...args);
  };
  syncBuiltinESMExports();
  try {
    const outcomes = await closeBetweenCalls((mock) => {
      seen.splice(0);
      return closedOrOpen(mock.close());
    });
    expect({ outcomes, seen }).toEqual({ outcomes: ["closed", "network no true"], seen: [] });
  } finally {
    Object.assign(http, { request, get });
    globalThis.fetch = platformFetch;
    syncBuiltinESMExports();
  }
});

test("close() is not told its port connected by a socket-level interceptor that says so before the socket is", async () => {
  const { connect } = Socket.prototype;
  let faking = false;
  let faked = 0;
  // As @mswjs/interceptors from 0.44 (under nock 15) does, on Node 22 and later: a socket that waits for `connect`
  // before it writes is told it connected, at once, whatever the port does (its own mock of a connection).
  Socket.prototype.connect = function (this: Socket, ...args: Parameters<typeof connect>) {
    const socket = connect.apply(this, args);
    process.nextTick(() => {
      if (!faking || !this.connecting || this.listenerCount("connect") === 0) return;
      faked += 1;
      for (const listener of this.rawListeners("connect")) listener.call(this);
    });
    return socket;
  } as typeof connect;
  try {
    const outcomes = await closeBetweenCalls(async (mock) => {
      faking = true;
      try {
        return await closedOrOpen(mock.close());
      } finally {
        faking = false;
      }
    });
    expect({ outcomes, faked }).toEqual({ outcomes: ["closed", "network no true"], faked: 0 });
  } finally {
    Socket.prototype.connect = connect;
  }
});

test("a try of the port that an interceptor holds for good holds close() a second, not a moment less or more", async () => {
  const mock = await startMockServer({ secretKey: KEY });
  const { connect } = Socket.prototype;
  // An interceptor that takes the connection and never answers: the socket neither connects, fails nor closes.
  Socket.prototype.connect = function (this: Socket) {
    return this;
  } as typeof connect;
  try {
    // No call was made: close() sets no timer but its try's bound, on the clock of its bounds, faked here (a suite's
    // fake timers never reach it otherwise: runtime/mock-clock.ts).
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    boundClock.current = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
    let resolved = false;
    const closing = mock.close().then(() => {
      resolved = true;
    });
    for (let turn = 0; turn < 1000 && vi.getTimerCount() === 0; turn++) await new Promise(setImmediate);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(999);
    await new Promise(setImmediate);
    expect(resolved).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await closedOrOpen(closing)).toBe("closed");
    expect(vi.getTimerCount()).toBe(0);
  } finally {
    boundClock.current = platformClock;
    vi.useRealTimers();
    Socket.prototype.connect = connect;
  }
});
