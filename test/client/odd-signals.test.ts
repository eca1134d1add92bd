// What a call makes of a caller's signal that a healthy caller never gives (test/support/own-fetch.ts): one whose
// members cannot be read, whose listener methods throw, or that is no AbortSignal. Read once a call; refused as
// invalid-request, or rejected as a configuration that cannot work; no timer or listener left behind.
import { getEventListeners } from "node:events";
import { expect, test, vi } from "vitest";
import { createClient, type FetchLike } from "../../generated/index.js";
import { config, refusedEverywhere } from "../support/own-fetch.js";

test("a signal whose members cannot be read (a throwing getter, a proxy whose traps throw) resolves to invalid-request naming the options, with nothing sent", async () => {
  const sent: unknown[] = [];
  const client = createClient(
    config(async (url) => {
      sent.push(url);
      throw new Error("not to be called");
    }),
  );
  const fail = (): never => {
    throw new Error("signal read");
  };
  const { signal } = new AbortController();
  const { proxy, revoke } = Proxy.revocable(signal, {});
  revoke();
  const getterThrows = (member: string) =>
    Object.create(signal, {
      [member]: {
        get: fail,
      },
    });
  for (const given of [
    getterThrows("addEventListener"),
    getterThrows("removeEventListener"),
    getterThrows("aborted"),
    new Proxy(signal, { get: fail, has: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail }),
    proxy,
  ]) {
    const result = await client.paymentWebInit({ amount: 1250, currencyCode: "978" }, { signal: given });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "invalid-request",
        sent: "no",
        message: "options could not be read (a property getter or proxy threw)",
        issues: [],
        warnings: [],
      },
    });
  }
  expect(sent).toEqual([]);
});

test("a signal's members are read once a call, and its methods called on the signal", async () => {
  const reads: string[] = [];
  const { signal } = new AbortController();
  // Each member the client reads gives a working value on its first read only (what the platform reads aside).
  const once = new Proxy(signal, {
    get(target, key) {
      if (key === "aborted" || key === "addEventListener" || key === "removeEventListener") {
        if (reads.includes(key)) throw new Error(`${key} read again`);
        reads.push(key);
      }
      return Reflect.get(target, key, target);
    },
  });
  const answering: FetchLike = async () => ({ status: 500, text: async () => "" });
  const result = await createClient(config(answering)).paymentWebInit(
    { amount: 1250, currencyCode: "978" },
    { signal: once },
  );
  expect(result.ok ? null : result.error.kind).toBe("http");
  expect(reads.sort()).toEqual(["aborted", "addEventListener", "removeEventListener"]);
  expect(getEventListeners(signal, "abort")).toHaveLength(0);
});

test("a signal that is not an AbortSignal rejects the call with a TypeError, as a configuration that cannot work does, and leaves no timer behind", async () => {
  vi.useFakeTimers();
  try {
    const client = createClient(config(refusedEverywhere));
    const notASignal = {
      name: "TypeError",
      message: "options.signal must be an AbortSignal (an AbortController's signal)",
    };
    for (const signal of [new AbortController(), "abort"]) {
      await expect(
        client.paymentWebInit({ amount: 1250, currencyCode: "978" }, { signal: signal as never }),
      ).rejects.toMatchObject(notASignal);
      expect(vi.getTimerCount()).toBe(0);
    }
  } finally {
    vi.useRealTimers();
  }
});

test("a signal whose addEventListener throws when called: invalid-request, nothing sent, no timer left behind", async () => {
  vi.useFakeTimers();
  try {
    const sent: string[] = [];
    const client = createClient(
      config(async (url) => {
        sent.push(url);
        throw new Error("not to be called");
      }),
    );
    const listensAndThrows = {
      aborted: false,
      addEventListener() {
        throw new Error("cannot listen");
      },
      removeEventListener() {},
    };
    const result = await client.paymentWebInit(
      { amount: 1250, currencyCode: "978" },
      { signal: listensAndThrows as never },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "invalid-request",
        sent: "no",
        message: "options could not be used (the signal's addEventListener threw); the request was not sent",
        issues: [],
        warnings: [],
      },
    });
    expect(sent).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});

test("a signal whose removeEventListener throws when called: each call's result stands, and the next listens anew", async () => {
  const listeners: unknown[] = [];
  const keepsListening = {
    aborted: false,
    addEventListener(_type: string, listener: unknown) {
      listeners.push(listener);
    },
    removeEventListener() {
      throw new Error("cannot stop listening");
    },
  };
  const answering: FetchLike = async () => ({ status: 500, text: async () => "" });
  const client = createClient(config(answering));
  for (let call = 0; call < 2; call++) {
    const result = await client.paymentWebInit(
      { amount: 1250, currencyCode: "978" },
      { signal: keepsListening as never },
    );
    expect(result.ok ? null : result.error.kind).toBe("http");
  }
  expect(listeners).toHaveLength(2);
});

test("a signal that is not an AbortSignal rejects the call whatever its fields, as a configuration that cannot work does", async () => {
  const sent: string[] = [];
  const recording: FetchLike = async (url) => {
    sent.push(url);
    throw new Error("not sent");
  };
  const client = createClient(config(recording));
  // Invalid fields, which resolve to invalid-request with a signal that works.
  await expect(
    client.paymentWebInit({ amount: "1250" } as never, { signal: new AbortController() as never }),
  ).rejects.toMatchObject({
    name: "TypeError",
    message: "options.signal must be an AbortSignal (an AbortController's signal)",
  });
  expect(sent).toEqual([]);
});
