// What a call makes of failures a healthy loopback never shows (test/support/own-fetch.ts), each a result, never a
// rejection, with a message that says why: fields or options that throw when read or written as JSON, or that JSON
// would not send, are refused as invalid-request with nothing sent.
import { expect, test } from "vitest";
import { createClient, type FetchLike } from "../../generated/index.js";
import { config, refusedEverywhere } from "../support/own-fetch.js";

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
