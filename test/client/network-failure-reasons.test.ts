// What a call makes of failures a healthy loopback never shows (test/support/own-fetch.ts), each a result, never a
// rejection, with a message that says why: a fetch that rejects (a host refused at every address, an error of another
// realm, reasons of any kind and length) is a network error naming its reasons.
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { createClient, type FetchLike } from "../../generated/index.js";
import { config, refusedEverywhere } from "../support/own-fetch.js";

test("network: a host refused at every address names each refusal, not an empty reason", async () => {
  const result = await createClient(config(refusedEverywhere)).paymentWebInit({ amount: 1250, currencyCode: "978" });
  expect(result.ok ? null : result.error).toEqual({
    kind: "network",
    sent: "maybe",
    message:
      "the request may have been sent, and no reply came: fetch failed: connect ECONNREFUSED ::1:443; connect ECONNREFUSED 127.0.0.1:443",
  });
});

test("network: an aggregate without messages is named by its code", async () => {
  const silent: FetchLike = async () => {
    throw new TypeError("fetch failed", { cause: Object.assign(new AggregateError([], ""), { code: "ETIMEDOUT" }) });
  };
  const result = await createClient(config(silent)).paymentWebInit({ amount: 1250, currencyCode: "978" });
  expect(result.ok ? null : result.error.message).toBe(
    "the request may have been sent, and no reply came: fetch failed: ETIMEDOUT",
  );
});

test("network: an aggregate with neither messages nor code is named by its class, in words", async () => {
  const silent: FetchLike = async () => {
    throw new TypeError("fetch failed", { cause: new AggregateError([], "") });
  };
  const result = await createClient(config(silent)).paymentWebInit({ amount: 1250, currencyCode: "978" });
  expect(result.ok ? null : result.error.message).toBe(
    "the request may have been sent, and no reply came: fetch failed: an AggregateError with no message",
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
      "the request may have been sent, and no reply came: fetch failed: connect ECONNREFUSED ::1:443; connect ECONNREFUSED 127.0.0.1:443",
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
    message: `the request may have been sent, and no reply came: ${said}`,
  });
});
