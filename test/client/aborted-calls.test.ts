// What a call makes of failures a healthy loopback never shows (test/support/own-fetch.ts), each a result, never a
// rejection, with a message that says why: calls aborted by a shared signal, a timeout or the caller while a fetch of
// their own ignores the signal or rejects late: each ends, and nothing is left behind.
import { getEventListeners } from "node:events";
import { expect, test, vi } from "vitest";
import { createClient, type FetchLike } from "../../generated/index.js";
import { config } from "../support/own-fetch.js";

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
