// A handler's error whose message quotes the request (a test's handler that
// fails on a field it did not expect, with the field in its message): the
// mock's HTTP 500 names the handler and the error's name, never its message,
// so that neither the client's `http` error nor a test's log of it holds the
// request's fields; the error itself goes to `onError`, in the test's own
// process, with the operation whose handler threw.
import { expect, test } from "vitest";
import { createClient } from "../../generated/index.js";
import { MockHttpError, startMockServer } from "../../generated/mock.js";

const secretKey = "mock-test-key";
const config = { merchantId: "002001000000001", keyVersion: 1, secretKey } as const;
/** A value of the request the handler's message quotes. */
const QUOTED = "9.8.7-quoted";
const request = { sdkOperationName: "CARDORDER", sdkVersion: QUOTED } as never;

test("a handler's error that quotes the request: the 500 and the client's error hold none of it; onError gets the error", async () => {
  const told: [unknown, string | null][] = [];
  const thrown = new RangeError(`unexpected sdkVersion ${QUOTED}`);
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: (fields) => {
        if (fields.sdkVersion === QUOTED) throw thrown;
        throw new MockHttpError(503, "asked for");
      },
    },
    onError: (error, operation) => told.push([error, operation]),
  });
  try {
    const result = await createClient({ ...config, environment: mock.url }).paymentTokenInitialize(request);
    expect(result).toMatchObject({ ok: false, error: { kind: "http", status: 500 } });
    const text = JSON.stringify(result);
    expect(text).not.toContain(QUOTED);
    expect(text).toContain(
      "the handler of paymentTokenInitialize threw a RangeError (its message is not sent; onError receives it)",
    );
    expect(told).toEqual([[thrown, "paymentTokenInitialize"]]);
    expect(told[0]?.[0]).toBe(thrown);
    // A MockHttpError is the answer asked for, not a failure: onError is not told of it.
    const asked = await createClient({ ...config, environment: mock.url }).paymentTokenInitialize({
      sdkOperationName: "CARDORDER",
      sdkVersion: "2.0.4",
    } as never);
    expect(asked).toMatchObject({ ok: false, error: { kind: "http", status: 503, body: "asked for" } });
    expect(told).toHaveLength(1);
  } finally {
    await mock.close();
  }
});

test("an Error whose name is not a name is called an Error, and an onError that throws changes nothing", async () => {
  const odd = Object.assign(new Error("x"), { name: `card ${QUOTED}` });
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: () => {
        throw odd;
      },
    },
    onError: () => {
      throw new Error("listener bug");
    },
  });
  try {
    const result = await createClient({ ...config, environment: mock.url }).paymentTokenInitialize(request);
    expect(result).toMatchObject({ ok: false, error: { kind: "http", status: 500 } });
    expect(JSON.stringify(result)).not.toContain(QUOTED);
    expect(JSON.stringify(result)).toContain("the handler of paymentTokenInitialize threw an Error");
  } finally {
    await mock.close();
  }
});

test("a handler that returns no message: the 500 says so in the mock's words, and onError gets that error with the operation", async () => {
  const told: [unknown, string | null][] = [];
  const mock = await startMockServer({
    secretKey,
    handlers: { paymentTokenInitialize: () => null as never },
    onError: (error, operation) => told.push([error, operation]),
  });
  try {
    const result = await createClient({ ...config, environment: mock.url }).paymentTokenInitialize(request);
    expect(JSON.stringify(result)).toContain("the handler of paymentTokenInitialize returned null, not an object");
    expect(told).toHaveLength(1);
    expect(told[0]?.[1]).toBe("paymentTokenInitialize");
    expect(told[0]?.[0]).toBeInstanceOf(Error);
  } finally {
    await mock.close();
  }
});

// What was thrown is named as words read it, with its article; a mock given no onError does not say onError receives it.
test.each([
  ["a TypeError", () => new TypeError(`bad ${QUOTED}`)],
  ["an AggregateError", () => new AggregateError([], `bad ${QUOTED}`)],
  // decodeURIComponent's: the U of an initialism is read "you".
  ["a URIError", () => new URIError(`bad ${QUOTED}`)],
  ["an EvalError", () => new EvalError(`bad ${QUOTED}`)],
  ["an UnknownError", () => Object.assign(new Error(`bad ${QUOTED}`), { name: "UnknownError" })],
  ["an object", () => ({ reason: QUOTED })],
  ["a string", () => QUOTED],
  ["undefined", () => undefined],
  ["null", () => null],
  ["an array", () => [QUOTED]],
])("a handler that throws %s, with no onError: the 500 names it so and says how to receive it", async (kind, made) => {
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: () => {
        throw made();
      },
    },
  });
  try {
    const result = await createClient({ ...config, environment: mock.url }).paymentTokenInitialize(request);
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: "http",
        status: 500,
        body: JSON.stringify({
          error: `the mock failed to answer: the handler of paymentTokenInitialize threw ${kind} (its message is not sent; give the mock an onError option to receive it)`,
        }),
      },
    });
  } finally {
    await mock.close();
  }
});

test("onError must be a function", async () => {
  await expect(startMockServer({ secretKey, onError: "log" as never })).rejects.toThrow(
    new TypeError('onError must be a function, got "log"'),
  );
});
