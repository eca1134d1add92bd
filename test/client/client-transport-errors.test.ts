// The generated client against the real mock server on loopback (test/support/client-mock.ts), and against injected
// fetches for what a healthy server never does: timeout, aborted and network, a call that gets no reply.
import { describe, expect, test } from "vitest";
import { createClient, type FetchLike } from "../../generated/index.js";
import { config, fields, stopped, useClientMock } from "../support/client-mock.js";

useClientMock();

describe("each error kind", () => {
  /**
   * A fetch that answers only by failing when its signal aborts, or after 5 s if it never does, and says whether
   * it was aborted: a client that does not abort fails the test in 5 s rather than at vitest's timeout.
   */
  const abortedOnly = () => {
    const seen = { aborted: false };
    const fetch: FetchLike = (_, init) =>
      new Promise((_, reject) => {
        const never = setTimeout(() => reject(new Error("never aborted")), 5_000);
        init.signal.addEventListener("abort", () => {
          seen.aborted = true;
          clearTimeout(never);
          reject(new Error("aborted"));
        });
      });
    return { fetch, seen };
  };

  test("timeout: the fetch is aborted when the time is up", async () => {
    const { fetch, seen } = abortedOnly();
    const result = await createClient(config({ fetch, timeoutMs: 1 })).paymentTokenInitialize(fields);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "timeout", timeoutMs: 1 });
    expect(seen.aborted).toBe(true);
  });

  test("aborted: the caller's signal, before or during the call", async () => {
    const before = await createClient(config()).paymentTokenInitialize(fields, { signal: AbortSignal.abort() });
    expect(before.ok ? null : before.error.kind).toBe("aborted");
    const controller = new AbortController();
    const { fetch, seen } = abortedOnly();
    const hanging: FetchLike = (url, init) => {
      queueMicrotask(() => controller.abort());
      return fetch(url, init);
    };
    const during = await createClient(config({ fetch: hanging })).paymentTokenInitialize(fields, {
      signal: controller.signal,
    });
    expect(during.ok ? null : during.error.kind).toBe("aborted");
    expect(seen.aborted).toBe(true);
  });

  test("network: nothing listens", async () => {
    const result = await createClient(config({ environment: stopped.url })).paymentTokenInitialize(fields);
    expect(result.ok ? null : result.error.kind).toBe("network");
  });

  test("network: a fetch of one's own whose status is no HTTP status, its reply sealed and valid, is not read as one", async () => {
    // The mock's sealed, valid reply, its status replaced, its body a stream given only when read: it is cancelled.
    const withStatus =
      (replaced: unknown, cancelled: unknown[]): FetchLike =>
      async (url, init) => {
        const bytes = new Uint8Array(await (await fetch(url, init)).arrayBuffer());
        const pull = (c: ReadableStreamDefaultController<Uint8Array>) => {
          c.enqueue(bytes);
          c.close();
        };
        const body = new ReadableStream({ pull, cancel: () => void cancelled.push(replaced) }, { highWaterMark: 0 });
        return { status: replaced as number, text: async () => new TextDecoder().decode(bytes), body };
      };
    const statuses = [Number.NaN, undefined, "200", 2.5, 250.5, 700, 99, 0, -200, 2 ** 32 + 200, Infinity, null, {}];
    const cancelled: unknown[] = [];
    const errors = [];
    for (const replaced of statuses) {
      const result = await createClient(config({ fetch: withStatus(replaced, cancelled) })).paymentTokenInitialize(
        fields,
      );
      errors.push(result.ok ? null : result.error);
    }
    const shown = [
      "NaN",
      "undefined",
      '"200"',
      "2.5",
      "250.5",
      "700",
      "99",
      "0",
      "-200",
      "4294967496",
      "Infinity",
      "object",
      "object",
    ];
    expect(errors).toEqual(
      shown.map((status) => ({
        kind: "network",
        sent: "maybe",
        message: `the reply cannot be read as HTTP: its status is ${status}, not an integer from 100 to 599`,
      })),
    );
    expect(cancelled).toEqual(statuses);
    // The same reply with its own status is a success: only the status refused it.
    const own = await createClient(config({ fetch: withStatus(200, cancelled) })).paymentTokenInitialize(fields);
    expect(own.ok).toBe(true);
  });
});
