// The mock Sips server over real loopback HTTP: routing, refusals with the
// operation's documented codes, sealed replies, handlers. Facts come from the
// registry (status codes, endpoints), not from a copy in the test.
import { connect } from "node:net";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClient, operations } from "../../generated/index.js";
import {
  MockHttpError,
  startMockServer,
  type MockHandler,
  type MockServer,
  type MockServerOptions,
} from "../../generated/mock.js";
import { mockOperation, serveOperations } from "../../generated/runtime/mock-server.js";

const secretKey = "mock-test-key";
const op = operations.paymentTokenInitialize;
const { status } = op;
if (!status) throw new Error("the seed operation has no status block");
const path = new URL(op.endpoints.test).pathname;
/** A code of the status field's list other than the accepted one. */
const otherCode = op.response.fields
  .find((f) => f.name === status.field)
  ?.valueList?.values.find((v) => v.value !== status.accepted)?.value;
if (otherCode === undefined) throw new Error("the status field's list holds no code but the accepted one");
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ secretKey });
});
afterAll(() => server.close());

const post = (to: string, body: string, method = "POST") =>
  fetch(`${server.url}${to}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(method === "POST" ? { body } : {}),
  });

/** The version a request declares: the recommended one, or one of the prefix where an operation recommends none. */
const versionOf = (iv: { readonly recommended: string | null; readonly prefix: string }): string =>
  iv.recommended ?? `${iv.prefix}2.0`;

function sealedRequest(name: keyof typeof operations, fields: Record<string, unknown>, key = secretKey) {
  const descriptor = operations[name];
  const message = {
    interfaceVersion: versionOf(descriptor.interfaceVersion),
    keyVersion: 1,
    merchantId: "002001000000001",
    ...fields,
  };
  return JSON.stringify({ ...message, seal: descriptor.request.seal(message as never, key) });
}

const valid = { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" };
/** The 500's text for what a handler threw, of a mock given no onError: where, and the error's class or kind alone. */
const threw = (operation: string, kind: string): string =>
  `the mock failed to answer: the handler of ${operation} threw ${kind} (its message is not sent; give the mock an onError option to receive it)`;

test("listens on 127.0.0.1 at the URL it returns", () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test("a valid, sealed request gets the example response with the accepted code, sealed with the key", async () => {
  const reply = await post(path, sealedRequest("paymentTokenInitialize", valid));
  expect(reply.status).toBe(200);
  const body = (await reply.json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.accepted);
  expect(op.response.validate(body, { strict: true }).ok).toBe(true);
  expect(op.response.verify(body as never, secretKey)).toBe(true);
});

test("an invalid request gets the documented format-error code with its meaning, sealed", async () => {
  const reply = await post(path, sealedRequest("paymentTokenInitialize", { sdkVersion: "2.0.4" }));
  const body = (await reply.json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.formatError);
  const meaning = op.response.fields
    .find((f) => f.name === status.field)
    ?.valueList?.values.find((v) => v.value === status.formatError)?.meanings[0];
  expect(body[status.messageField ?? ""]).toBe(meaning);
  expect(op.response.verify(body as never, secretKey)).toBe(true);
});

test("a request sealed with another key gets the documented signature-error code", async () => {
  const reply = await post(path, sealedRequest("paymentTokenInitialize", valid, "another-key"));
  const body = (await reply.json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.signatureError);
  expect(op.response.verify(body as never, secretKey)).toBe(true);
});

// Nothing of a sealed message is trusted before its seal verifies, its format included: the format was checked first,
// so that an invalid request with a wrong seal (or none) got the format error, its issues read from it.
test("an invalid request whose seal does not verify, or that has none, gets the signature-error code", async () => {
  const invalid = { sdkVersion: 2, unknownField: "x" };
  const wrongSeal = await post(path, sealedRequest("paymentTokenInitialize", invalid, "another-key"));
  const noSeal = { ...(JSON.parse(sealedRequest("paymentTokenInitialize", invalid)) as object), seal: undefined };
  const unsealed = await post(path, JSON.stringify(noSeal));
  for (const reply of [wrongSeal, unsealed]) {
    const body = (await reply.json()) as Record<string, unknown>;
    expect(body[status.field]).toBe(status.signatureError);
    expect(op.response.verify(body as never, secretKey)).toBe(true);
  }
  // The same request correctly sealed: its format is refused.
  const sealed = (await (await post(path, sealedRequest("paymentTokenInitialize", invalid))).json()) as object;
  expect(sealed).toMatchObject({ [status.field]: status.formatError });
});

// A request whose seal does not verify is trusted in nothing, the sealAlgorithm it names included: its refusal was
// sealed with that algorithm, read from the unverified message.
test("the signature error is sealed with the default algorithm, not with the sealAlgorithm an unverified request names", async () => {
  const request = sealedRequest("paymentTokenInitialize", { ...valid, sealAlgorithm: "HMAC-SHA-512" }, "another-key");
  const body = (await (await post(path, request)).json()) as Record<string, unknown>;
  expect(body[status.field]).toBe(status.signatureError);
  expect(op.response.verify(body as never, secretKey, "HMAC-SHA-256")).toBe(true);
  expect(op.response.verify(body as never, secretKey, "HMAC-SHA-512")).toBe(false);
  // Correctly sealed with it, an invalid request's format error is sealed with the algorithm it names.
  const invalid = sealedRequest("paymentTokenInitialize", { sdkVersion: "2.0.4", sealAlgorithm: "HMAC-SHA-512" });
  const refused = (await (await post(path, invalid)).json()) as Record<string, unknown>;
  expect(refused[status.field]).toBe(status.formatError);
  expect(op.response.verify(refused as never, secretKey, "HMAC-SHA-512")).toBe(true);
});

// A JSON body that is no object carries no seal: it got the format error.
test("a JSON body that is no object (an array, null, a string, a number) has no seal: it gets the signature error", async () => {
  for (const text of ["[]", "null", '"x"', "1"]) {
    const body = (await (await post(path, text)).json()) as Record<string, unknown>;
    expect(body[status.field]).toBe(status.signatureError);
    expect(op.response.verify(body as never, secretKey)).toBe(true);
  }
});

test("where no source documents the codes, an invalid request and a wrong seal get HTTP 400", async () => {
  const undocumented = { ...op, status: { ...status, formatError: null, signatureError: null } };
  const mock = await serveOperations([mockOperation({ operation: undocumented, example: {} })], { secretKey });
  try {
    const to = (body: string) => fetch(`${mock.url}${path}`, { method: "POST", body });
    const invalid = await to(sealedRequest("paymentTokenInitialize", { ...valid, keyVersion: "1" }));
    expect(invalid.status).toBe(400);
    // Each problem for people, its value described (formatIssue), the value itself not echoed.
    expect(await invalid.json()).toEqual({
      error: "the request is invalid",
      issues: [{ path: "/keyVersion", code: "type", message: '/keyVersion must be an integer, got "1"' }],
    });
    expect((await to(sealedRequest("paymentTokenInitialize", valid, "another-key"))).status).toBe(400);
    // An invalid request with a wrong seal: the seal's refusal, which names no issue of its format.
    const both = await to(sealedRequest("paymentTokenInitialize", { ...valid, keyVersion: "1" }, "another-key"));
    expect(await both.json()).toEqual({ error: "the request's seal does not verify" });
  } finally {
    await mock.close();
  }
});

test("a handler's reply is sealed; one with its own seal is sent unchanged", async () => {
  const answer = async (handler: () => Record<string, unknown>) => {
    const mock = await startMockServer({ secretKey, handlers: { paymentTokenInitialize: handler } });
    try {
      const reply = await fetch(`${mock.url}${path}`, {
        method: "POST",
        body: sealedRequest("paymentTokenInitialize", valid),
      });
      return (await reply.json()) as Record<string, unknown>;
    } finally {
      await mock.close();
    }
  };
  const handled = await answer(() => ({ [status.field]: otherCode, extra: "kept" }));
  expect(handled).toMatchObject({ [status.field]: otherCode, extra: "kept" });
  expect(op.response.verify(handled as never, secretKey)).toBe(true);
  expect((await answer(() => ({ [status.field]: status.accepted, seal: "forged" })))["seal"]).toBe("forged");
});

test("a handler's reply with a seal of null is sent with no seal, which the client takes as unsealed", async () => {
  const mock = await startMockServer({
    secretKey,
    handlers: { paymentTokenInitialize: () => ({ [status.field]: otherCode, seal: null }) },
  });
  try {
    const reply = await fetch(`${mock.url}${path}`, {
      method: "POST",
      body: sealedRequest("paymentTokenInitialize", valid),
    });
    expect(await reply.json()).toEqual({ [status.field]: otherCode });
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    const result = await sips.paymentTokenInitialize(valid as never);
    expect(result).toMatchObject({ ok: false, error: { kind: "unsealed-response", statusCode: otherCode } });
  } finally {
    await mock.close();
  }
});

test("a handler's reply with an own __proto__ key: sent and sealed as a field like any other", async () => {
  // JSON.parse makes "__proto__" an own property, as a handler's decoded reply would have it.
  const handler = () => JSON.parse(`{"${status.field}":"${status.accepted}","__proto__":{"extra":"kept"}}`) as never;
  const mock = await startMockServer({ secretKey, handlers: { paymentTokenInitialize: handler } });
  try {
    const reply = await fetch(`${mock.url}${path}`, {
      method: "POST",
      body: sealedRequest("paymentTokenInitialize", valid),
    });
    const text = await reply.text();
    expect(text).toContain('"__proto__":{"extra":"kept"}');
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([status.field, "__proto__", "seal"]);
    expect(op.response.verify(body as never, secretKey)).toBe(true);
  } finally {
    await mock.close();
  }
});

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

test("a handler may answer later, with a promise: its reply is sealed once it resolves, and one that rejects gets HTTP 500", async () => {
  const mock = await startMockServer({
    secretKey,
    handlers: {
      paymentTokenInitialize: async (request) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (request.sdkVersion === "9.9.9") throw new Error("later bug");
        return { [status.field]: otherCode };
      },
    },
  });
  try {
    const to = (fields: Record<string, unknown>) =>
      fetch(`${mock.url}${path}`, { method: "POST", body: sealedRequest("paymentTokenInitialize", fields) });
    const reply = (await (await to(valid)).json()) as Record<string, unknown>;
    expect(reply[status.field]).toBe(otherCode);
    expect(op.response.verify(reply as never, secretKey)).toBe(true);
    const rejected = await to({ ...valid, sdkVersion: "9.9.9" });
    expect(rejected.status).toBe(500);
    expect(await rejected.json()).toEqual({ error: threw("paymentTokenInitialize", "an Error") });
  } finally {
    await mock.close();
  }
});

test("a handler of the played operation answers in the local Paypage's place: its reply alone, with no redirection to play", async () => {
  const played = operations.paymentWebInit;
  const playedStatus = played.status;
  if (!playedStatus) throw new Error("paymentWebInit has no status block");
  const message = { amount: 1250, currencyCode: "978" };
  const start = async (options: MockServerOptions) => {
    const mock = await startMockServer(options);
    try {
      const to = new URL(played.endpoints.prod).pathname;
      const reply = await fetch(`${mock.url}${to}`, { method: "POST", body: sealedRequest("paymentWebInit", message) });
      return (await reply.json()) as Record<string, unknown>;
    } finally {
      await mock.close();
    }
  };
  // Without a handler, the reply points at the mock's Paypage; with one, only what the handler gives is sent.
  expect(await start({ secretKey })).toHaveProperty("redirectionData");
  const handled = await start({
    secretKey,
    handlers: { paymentWebInit: () => ({ [playedStatus.field]: playedStatus.accepted }) },
  });
  expect(Object.keys(handled).sort()).toEqual([playedStatus.field, "seal"].sort());
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

test("404 for an unknown path, 405 for another method, 400 for a body that is not JSON", async () => {
  expect((await post("/rs-services/v2/nowhere", "{}")).status).toBe(404);
  expect((await post(path, "", "GET")).status).toBe(405);
  expect((await post(path, "{not json")).status).toBe(400);
});

test("a request target that is no path of its own gets a 404, never the mock's 500: //, //x/<path>, *, a bad URL", async () => {
  const { port } = new URL(server.url);
  // Raw requests: fetch and node:http write no such target.
  const statusOf = (target: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1");
      let text = "";
      socket.setEncoding("latin1");
      socket.on("data", (chunk: string) => (text += chunk));
      socket.on("error", reject);
      socket.on("end", () => resolve(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? text));
      socket.end(`POST ${target} HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`);
    });
  for (const target of ["//", "///", "//[", "//a:b@", "/\\\\", `//127.0.0.1${path}`, "*"])
    expect([target, await statusOf(target)]).toEqual([target, "404"]);
  // The path of an absolute-form target, as a proxy sends it, is still served.
  expect(await statusOf(`http://127.0.0.1${path}`)).toBe("200");
});

test("refuses an empty key and a port out of range", async () => {
  await expect(startMockServer({ secretKey: "" })).rejects.toThrow(TypeError);
  await expect(startMockServer({ secretKey, port: 70000 })).rejects.toThrow(TypeError);
});

test("refuses a handler named after no operation it serves (a misspelt name a loose type lets through), or no function", async () => {
  const answer: MockHandler = () => ({});
  const misspelt: MockServerOptions<string> = { secretKey, handlers: { paymentTokenInitialise: answer } };
  await expect(startMockServer(misspelt)).rejects.toThrow(
    /^handlers\.paymentTokenInitialise: the mock serves no such operation \(it serves .*paymentTokenInitialize/,
  );
  const notAFunction = { secretKey, handlers: { paymentTokenInitialize: { redirectionStatusCode: "00" } } };
  await expect(startMockServer(notAFunction as never)).rejects.toThrow(
    "handlers.paymentTokenInitialize must be a function",
  );
  const fine = await startMockServer({
    secretKey,
    handlers: { paymentTokenInitialize: answer, orderInitialize: undefined },
  });
  await fine.close();
});

test("close can be called again, as a test's body and its afterAll both may: each resolves once it is closed", async () => {
  const other = await startMockServer({ secretKey });
  await Promise.all([other.close(), other.close()]);
  await other.close();
  await expect(fetch(`${other.url}${path}`, { method: "POST", body: "{}" })).rejects.toThrow();
});

test("refuses Paypage options that cannot work: a timeout a timer cannot keep, an outcome or listener that is no function", async () => {
  // Past 2^31 - 1 ms (or 0) the automatic response's signal fires at once, and a fraction or NaN throws
  // when the response is posted: every automatic response would be reported undelivered.
  for (const automaticResponseTimeoutMs of [0, -1, 1.5, Number.NaN, 2 ** 31, 3_000_000_000])
    await expect(startMockServer({ secretKey, paypage: { automaticResponseTimeoutMs } })).rejects.toThrow(
      /automaticResponseTimeoutMs/,
    );
  await expect(startMockServer({ secretKey, paypage: { outcome: "05" as never } })).rejects.toThrow(/outcome/);
  await expect(startMockServer({ secretKey, paypage: { onAutomaticResponse: {} as never } })).rejects.toThrow(
    /onAutomaticResponse/,
  );
  const fine = await startMockServer({ secretKey, paypage: { automaticResponseTimeoutMs: 2 ** 31 - 1 } });
  await fine.close();
});
