// What a call makes of failures a healthy loopback never shows: a connection
// refused at every address of a host, and fields that throw only when they are
// written as JSON. Each is a result, never a rejection, with a message that says why.
import { getEventListeners } from "node:events";
import { runInNewContext } from "node:vm";
import { expect, test, vi } from "vitest";
import { createClient, type ClientConfig, type FetchLike } from "../../generated/index.js";

const config = (fetch: FetchLike): ClientConfig => ({
  environment: "simu",
  merchantId: "002001000000001",
  keyVersion: 1,
  secretKey: "call-failures-key",
  fetch,
});

/** How fetch fails when every address of a host refuses: its reasons in an AggregateError with no message of its own. */
const refusedEverywhere: FetchLike = async () => {
  const refusals = [new Error("connect ECONNREFUSED ::1:443"), new Error("connect ECONNREFUSED 127.0.0.1:443")];
  throw new TypeError("fetch failed", {
    cause: Object.assign(new AggregateError(refusals, ""), { code: "ECONNREFUSED" }),
  });
};

test("network: a host refused at every address names each refusal, not an empty reason", async () => {
  const result = await createClient(config(refusedEverywhere)).paymentWebInit({ amount: 1250, currencyCode: "978" });
  expect(result.ok ? null : result.error).toEqual({
    kind: "network",
    sent: "maybe",
    message:
      "the request could not be sent or its reply read: fetch failed: connect ECONNREFUSED ::1:443; connect ECONNREFUSED 127.0.0.1:443",
  });
});

test("network: an aggregate without messages is named by its code", async () => {
  const silent: FetchLike = async () => {
    throw new TypeError("fetch failed", { cause: Object.assign(new AggregateError([], ""), { code: "ETIMEDOUT" }) });
  };
  const result = await createClient(config(silent)).paymentWebInit({ amount: 1250, currencyCode: "978" });
  expect(result.ok ? null : result.error.message).toBe(
    "the request could not be sent or its reply read: fetch failed: ETIMEDOUT",
  );
});

test("network: an aggregate with neither messages nor code is named by its class, in words", async () => {
  const silent: FetchLike = async () => {
    throw new TypeError("fetch failed", { cause: new AggregateError([], "") });
  };
  const result = await createClient(config(silent)).paymentWebInit({ amount: 1250, currencyCode: "978" });
  expect(result.ok ? null : result.error.message).toBe(
    "the request could not be sent or its reply read: fetch failed: an AggregateError with no message",
  );
});

test("network: an error of another realm (a vm context, a test runner's sandbox) keeps its cause and its gathered reasons", async () => {
  // Jest runs each file in a context of its own, whose Error is not the one Node's fetch rejects with.
  const foreign = runInNewContext(`new TypeError("fetch failed", {
    cause: Object.assign(new AggregateError([new Error("connect ECONNREFUSED ::1:443"), new Error("connect ECONNREFUSED 127.0.0.1:443")], ""), { code: "ECONNREFUSED" }),
  })`) as Error;
  expect(foreign instanceof Error).toBe(false);
  const rejecting: FetchLike = () => Promise.reject(foreign);
  const result = await createClient(config(rejecting)).paymentWebInit({ amount: 1250, currencyCode: "978" });
  expect(result.ok ? null : result.error).toEqual({
    kind: "network",
    sent: "maybe",
    message:
      "the request could not be sent or its reply read: fetch failed: connect ECONNREFUSED ::1:443; connect ECONNREFUSED 127.0.0.1:443",
  });
});

test.each<[string, () => unknown, string]>([
  ["an object with a message", () => ({ message: "socket hang up" }), "socket hang up"],
  // Capped as a reply's body is: a wrapper's fetch may put the whole reply it refused in its message.
  ["an object with a message of any length", () => ({ message: "x".repeat(50_000) }), `${"x".repeat(999)}…`],
  ["an error with a message of any length", () => new Error("y".repeat(50_000)), `${"y".repeat(999)}…`],
  // Cut before an emoji whose second UTF-16 unit is past the 999th, the last before the "…": never half of one.
  ["an error whose message's cut falls inside an emoji", () => new Error("😀".repeat(600)), `${"😀".repeat(499)}…`],
  ["an object that cannot be text", () => Object.create(null), "a failure that cannot be described"],
  [
    "an error whose cause throws when read",
    () =>
      Object.defineProperty(new Error("fetch failed"), "cause", {
        get() {
          throw new Error("cause");
        },
      }),
    "a failure that cannot be described",
  ],
])("network: a fetch of your own that rejects with %s is a result, no rejection", async (_, reason, said) => {
  const rejecting: FetchLike = () => Promise.reject(reason());
  const result = await createClient(config(rejecting)).paymentWebInit({ amount: 1250, currencyCode: "978" });
  expect(result.ok ? null : result.error).toEqual({
    kind: "network",
    sent: "maybe",
    message: `the request could not be sent or its reply read: ${said}`,
  });
});

test("invalid-request: a nested value that throws when written as JSON is refused, nothing sent, no rejection", async () => {
  const sent: string[] = [];
  const recording: FetchLike = async (_url, init) => {
    sent.push(init.body);
    return { status: 500, text: async () => "" };
  };
  const client = createClient(config(recording));
  // Validated and sealed as a list of brands; only JSON.stringify calls its toJSON.
  const throwsAsJson = Object.assign(["VISA"], {
    toJSON() {
      throw new Error("boom");
    },
  });
  let reads = 0;
  // A list whose items read well twice (validation, seal), then throw.
  const throwsOnThirdRead = new Proxy(["VISA"], {
    get(target, key, receiver) {
      if (key === "0" && ++reads > 2) throw new Error("boom");
      return Reflect.get(target, key, receiver);
    },
  });
  for (const paymentMeanBrandList of [throwsAsJson, throwsOnThirdRead]) {
    const result = await client.paymentWebInit({ amount: 1250, currencyCode: "978", paymentMeanBrandList });
    expect(result.ok ? null : result.error).toEqual({
      kind: "invalid-request",
      sent: "no",
      message:
        "the request is invalid (1 problem); it was not sent: could not be written as JSON (a toJSON, getter or proxy threw)",
      issues: [
        { path: "", code: "unreadable", message: "could not be written as JSON (a toJSON, getter or proxy threw)" },
      ],
      warnings: [],
    });
  }
  expect(sent).toEqual([]);
});

test("a null in place of the call's options or of its signal is taken as none: a result, no rejection", async () => {
  const client = createClient(config(refusedEverywhere));
  for (const options of [null, { signal: null }]) {
    const result = await client.paymentWebInit({ amount: 1250, currencyCode: "978" }, options as never);
    expect(result.ok ? null : result.error.kind).toBe("network");
  }
});

test("options that cannot be read (a throwing getter, a proxy whose traps throw) resolve to invalid-request naming them, with nothing sent", async () => {
  const sent: unknown[] = [];
  const client = createClient(
    config(async (url) => {
      sent.push(url);
      throw new Error("not to be called");
    }),
  );
  const fail = (): never => {
    throw new Error("options read");
  };
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  for (const options of [
    {
      get signal() {
        return fail();
      },
    },
    new Proxy({}, { get: fail, has: fail, getOwnPropertyDescriptor: fail }),
    proxy,
  ]) {
    const result = await client.paymentWebInit({ amount: 1250, currencyCode: "978" }, options as never);
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

test("a required field that is not enumerable, which JSON would not send, is refused as missing, with nothing sent", async () => {
  const sent: string[] = [];
  const client = createClient(
    config(async (_url, init) => {
      sent.push(init.body);
      throw new Error("not to be called");
    }),
  );
  const fields = Object.defineProperty({ currencyCode: "978" }, "amount", { value: 1250, enumerable: false });
  const result = await client.paymentWebInit(fields as never);
  expect(result.ok ? null : result.error.kind).toBe("invalid-request");
  const issues = result.ok || result.error.kind !== "invalid-request" ? [] : result.error.issues;
  expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual(["/amount required"]);
  expect(sent).toEqual([]);
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

test("aborted: a signal shared by a batch of calls holds one listener, aborts every call, and is left as it was", async () => {
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => void warnings.push(warning);
  process.on("warning", onWarning);
  try {
    let started = 0;
    // Every call's fetch started, awaited as it happens: each call seals and builds its request first.
    let allStarted = (): void => {};
    const twelve = new Promise<void>((resolve) => (allStarted = resolve));
    // A fetch that answers only by failing when the call's own signal aborts.
    const pending: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        if (++started === 12) allStarted();
        init.signal.addEventListener("abort", () => reject(new Error("aborted")), { once: true });
      });
    const client = createClient(config(pending));
    const batch = new AbortController();
    const calls = Array.from({ length: 12 }, () =>
      client.paymentWebInit({ amount: 1250, currencyCode: "978" }, { signal: batch.signal }),
    );
    await twelve;
    expect(started).toBe(12);
    expect(getEventListeners(batch.signal, "abort")).toHaveLength(1);
    batch.abort();
    const results = await Promise.all(calls);
    expect(results.map((r) => (r.ok ? "ok" : r.error.kind))).toEqual(Array(12).fill("aborted"));
    // Warnings are emitted on a later tick.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);

    // Calls that end without an abort take their listener away with the last of them.
    const answering: FetchLike = async () => ({ status: 500, text: async () => "" });
    const kept = new AbortController();
    await Promise.all(
      Array.from({ length: 12 }, () =>
        createClient(config(answering)).paymentWebInit({ amount: 1250, currencyCode: "978" }, { signal: kept.signal }),
      ),
    );
    expect(getEventListeners(kept.signal, "abort")).toHaveLength(0);
  } finally {
    process.off("warning", onWarning);
  }
});

/** The promise's value if it has settled by now, else "still pending" (a call that hangs fails the test, not its timeout). */
function settled<T>(promise: Promise<T>): Promise<T | "still pending"> {
  return Promise.race([promise, Promise.resolve("still pending" as const)]);
}

test("a fetch of the caller's own that ignores the signal still ends at the timeout or the caller's abort, and its late rejection goes nowhere", async () => {
  vi.useFakeTimers();
  try {
    const late: Array<(error: Error) => void> = [];
    const neverAnswers: FetchLike = () => new Promise((_, reject) => late.push(reject));
    const neverEnds: FetchLike = async () =>
      ({ status: 200, headers: new Headers(), text: () => new Promise<string>(() => {}) }) as never;
    for (const fetch of [neverAnswers, neverEnds]) {
      const client = createClient({ ...config(fetch), timeoutMs: 5000 });
      const timing = client.paymentWebInit({ amount: 1250, currencyCode: "978" });
      await vi.advanceTimersByTimeAsync(5000);
      expect(await settled(timing)).toMatchObject({ ok: false, error: { kind: "timeout", timeoutMs: 5000 } });
      const controller = new AbortController();
      const aborting = client.paymentWebInit({ amount: 1250, currencyCode: "978" }, { signal: controller.signal });
      await vi.advanceTimersByTimeAsync(10);
      controller.abort();
      await vi.advanceTimersByTimeAsync(0);
      expect(await settled(aborting)).toMatchObject({ ok: false, error: { kind: "aborted" } });
      expect(vi.getTimerCount()).toBe(0);
      expect(getEventListeners(controller.signal, "abort")).toEqual([]);
    }
    for (const reject of late) reject(new Error("far too late"));
    await vi.advanceTimersByTimeAsync(0);
  } finally {
    vi.useRealTimers();
  }
});

test("a fetch of the caller's own during which the caller aborts, and which rejects later, leaves no unhandled rejection", async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  try {
    const controller = new AbortController();
    let rejectLate: (error: Error) => void = () => {};
    // The abort comes while the fetch is being called (a wrapper that cancels its caller's batch, say).
    const abortsWhileCalled: FetchLike = () => {
      controller.abort();
      return new Promise((_, reject) => (rejectLate = reject));
    };
    const calling = createClient(config(abortsWhileCalled)).paymentWebInit(
      { amount: 1250, currencyCode: "978" },
      { signal: controller.signal },
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(await settled(calling)).toMatchObject({ ok: false, error: { kind: "aborted" } });
    rejectLate(new Error("far too late"));
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
});
