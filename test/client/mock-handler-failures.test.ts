// The mock Sips server's handlers that fail: one that throws (whatever it
// throws, of whatever realm) gets HTTP 500 naming the handler and what it
// threw, and the server goes on; one that throws or returns a MockHttpError
// gets its status and body; one that returns no object gets HTTP 500 saying
// what it returned.
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { createClient } from "../../generated/index.js";
import { MockHttpError, startMockServer } from "../../generated/mock.js";
import { path, secretKey, sealedRequest, threw, valid } from "../support/mock-seed-operation.js";

test("a handler that throws gets HTTP 500, and the server goes on", async () => {
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: () => {
        throw new Error("handler bug");
      },
    },
  });
  try {
    const to = () =>
      fetch(`${mock.url}${path}`, { method: "POST", body: sealedRequest("paymentTokenInitialize", valid) });
    expect((await to()).status).toBe(500);
    const again = await to();
    expect(again.status).toBe(500);
    // The body says where it failed and the error's name; its message goes to onError alone (below).
    expect(await again.json()).toEqual({ error: threw("paymentTokenInitialize", "an Error") });
  } finally {
    await mock.close();
  }
});

test("a handler that throws a MockHttpError gets its status and body, thrown or rejected, and the client an http error", async () => {
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: async (request) => {
        if (request.sdkVersion === "5.0.3") throw new MockHttpError(503, "<h1>maintenance</h1>");
        await Promise.resolve();
        throw new MockHttpError(502);
      },
    },
  });
  try {
    const to = (sdkVersion: string) =>
      fetch(`${mock.url}${path}`, {
        method: "POST",
        body: sealedRequest("paymentTokenInitialize", { ...valid, sdkVersion }),
      });
    const unavailable = await to("5.0.3");
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await unavailable.text()).toBe("<h1>maintenance</h1>");
    const gateway = await to("5.0.2");
    expect(gateway.status).toBe(502);
    expect(await gateway.text()).toBe("");
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    const result = await sips.paymentTokenInitialize({ ...valid, sdkVersion: "5.0.3" } as never);
    expect(result).toMatchObject({ ok: false, error: { kind: "http", status: 503, body: "<h1>maintenance</h1>" } });
  } finally {
    await mock.close();
  }
});

test("a MockHttpError's status is an integer from 200 to 599, and one that carries no body is given none", () => {
  for (const status of [199, 600, 503.5, Number.NaN]) expect(() => new MockHttpError(status)).toThrow(RangeError);
  expect(new MockHttpError(200, "not JSON")).toMatchObject({ status: 200, body: "not JSON", name: "MockHttpError" });
  // HTTP drops the body of these unsent: a body given would be a test's silent mistake.
  for (const status of [204, 205, 304]) {
    expect(() => new MockHttpError(status, "gone")).toThrow(RangeError);
    expect(new MockHttpError(status)).toMatchObject({ status, body: "" });
  }
});

test("a handler that returns a MockHttpError, rather than throwing it, gets its status and body too", async () => {
  const mock = await startMockServer({
    secretKey,
    // From JavaScript, or a handler typed loosely: its fields are no reply to seal.
    handlers: { paymentTokenInitialize: (() => new MockHttpError(503, "maintenance")) as never },
  });
  try {
    const answer = await fetch(`${mock.url}${path}`, {
      method: "POST",
      body: sealedRequest("paymentTokenInitialize", valid),
    });
    expect(answer.status).toBe(503);
    expect(await answer.text()).toBe("maintenance");
  } finally {
    await mock.close();
  }
});

/** The body of the mock's answer to a valid request whose handler throws `thrown`. */
async function answerWhenHandlerThrows(thrown: unknown): Promise<unknown> {
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: () => {
        throw thrown;
      },
    },
  });
  try {
    const reply = await fetch(`${mock.url}${path}`, {
      method: "POST",
      body: sealedRequest("paymentTokenInitialize", valid),
    });
    return await reply.json();
  } finally {
    await mock.close();
  }
}

test("a handler that throws an Error of another realm (a vm context, a test runner's sandbox) is named as an Error", async () => {
  const foreign = runInNewContext('new TypeError("handler bug")') as Error;
  expect(foreign instanceof Error).toBe(false);
  expect(await answerWhenHandlerThrows(foreign)).toEqual({ error: threw("paymentTokenInitialize", "a TypeError") });
});

test("a handler that throws an object only tagged as an Error is named as an object, not as a message it lacks", async () => {
  const tagged = { [Symbol.toStringTag]: "Error" };
  expect(await answerWhenHandlerThrows(tagged)).toEqual({ error: threw("paymentTokenInitialize", "an object") });
});

test("a handler that throws what cannot be shown as text gets HTTP 500 all the same", async () => {
  const unprintable = [
    Object.create(null),
    {
      toString: () => {
        throw new Error("no text");
      },
    },
  ];
  for (const thrown of unprintable) {
    const mock = await startMockServer({
      secretKey,
      handlers: {
        paymentTokenInitialize: () => {
          throw thrown;
        },
      },
    });
    // Describing it failed, an unhandled rejection, and the request was never answered: the wait ends there.
    const unanswered = new AbortController();
    const unhandled = (reason: unknown) => unanswered.abort(reason);
    process.on("unhandledRejection", unhandled);
    try {
      const reply = await fetch(`${mock.url}${path}`, {
        method: "POST",
        body: sealedRequest("paymentTokenInitialize", valid),
        signal: unanswered.signal,
      });
      expect(reply.status).toBe(500);
      expect(await reply.json()).toEqual({ error: threw("paymentTokenInitialize", "an object") });
    } finally {
      process.off("unhandledRejection", unhandled);
      await mock.close();
    }
  }
});

test("a handler that returns no object gets HTTP 500 saying what it returned", async () => {
  for (const [returned, what] of [
    [null, "null"],
    [[], "an array"],
    ["00", "string"],
    [undefined, "undefined"],
  ] as const) {
    const mock = await startMockServer({
      secretKey,
      handlers: { paymentTokenInitialize: async () => returned as never },
    });
    try {
      const reply = await fetch(`${mock.url}${path}`, {
        method: "POST",
        body: sealedRequest("paymentTokenInitialize", valid),
      });
      expect(reply.status).toBe(500);
      expect(await reply.json()).toEqual({
        error: `the mock failed to answer: the handler of paymentTokenInitialize returned ${what}, not an object`,
      });
    } finally {
      await mock.close();
    }
  }
});
