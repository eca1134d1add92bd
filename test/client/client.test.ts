// The generated client against the real mock server on loopback, and against
// injected fetches for what a healthy server never does. Every error kind, the
// filled-in fields, and the secret key kept out of every result.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  callPaymentTokenInitialize,
  createClient,
  operations,
  SIPS_ENVIRONMENTS,
  type ClientConfig,
  type FetchLike,
  type SipsEnvironment,
} from "../../generated/index.js";
import { MOCK_OPERATIONS, startMockServer, type MockServer } from "../../generated/mock.js";
import { callOperation } from "../../generated/runtime/client.js";

const secretKey = "client-test-secret-key";
const op = operations.paymentTokenInitialize;
const { status } = op;
if (!status) throw new Error("the seed operation has no status block");
const fields = { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" } as const;
let server: MockServer;
let stopped: MockServer;

/** A code of the status field's list other than the accepted one. */
const otherCode = op.response.fields
  .find((f) => f.name === status.field)
  ?.valueList?.values.find((v) => v.value !== status.accepted)?.value;

beforeAll(async () => {
  server = await startMockServer({ secretKey });
  stopped = await startMockServer({ secretKey });
  await stopped.close();
});
afterAll(() => server.close());

/** The response the mock answers by default: the spec's example, which holds every required field. */
const example = MOCK_OPERATIONS.find((m) => m.operation.name === op.name)?.example ?? {};

/**
 * The client's call against a mock whose handler answers the operation: the handler's fields over the example
 * response, so that a page release that makes another response field required keeps the reply complete.
 */
async function callWith(handler: () => Record<string, unknown>) {
  const mock = await startMockServer({
    secretKey,
    handlers: { paymentTokenInitialize: () => ({ ...example, ...handler() }) },
  });
  try {
    return await createClient(config({ environment: mock.url })).paymentTokenInitialize(fields);
  } finally {
    await mock.close();
  }
}

const config = (over: Partial<ClientConfig> = {}): ClientConfig => ({
  environment: server.url,
  merchantId: "002001000000001",
  keyVersion: 1,
  secretKey,
  ...over,
});

/** A fetch that records what is sent and passes it to the global fetch, optionally rewriting the reply. */
function spy(rewrite: (body: string) => string = (b) => b) {
  const sent: Record<string, unknown>[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    sent.push(JSON.parse(init.body) as Record<string, unknown>);
    const reply = await fetch(url, init);
    const text = rewrite(await reply.text());
    return { status: reply.status, text: async () => text };
  };
  return { sent, fetch: fetchImpl };
}

// The global fetch is a FetchLike: the configuration takes it as it is.
const globalFetch: FetchLike = fetch;

const fixed =
  (status: number, body: string): FetchLike =>
  async () => ({ status, text: async () => body });

describe("a call that succeeds", () => {
  test("fills in merchantId, keyVersion, the recommended interfaceVersion and the seal; resolves to the verified response", async () => {
    const { sent, fetch } = spy();
    const result = await createClient(config({ fetch })).paymentTokenInitialize(fields);
    expect(result.ok && result.response[status.field as "redirectionStatusCode"]).toBe(status.accepted);
    expect(sent[0]).toMatchObject({
      ...fields,
      merchantId: "002001000000001",
      keyVersion: 1,
      interfaceVersion: op.interfaceVersion.recommended,
    });
    expect(op.request.verify(sent[0] as never, secretKey)).toBe(true);
  });

  test("by name, each environment of the operation: its JSON address there", async () => {
    for (const [environment, url] of Object.entries(op.endpoints)) {
      const urls: string[] = [];
      const record: FetchLike = async (to) => {
        urls.push(to);
        return { status: 500, text: async () => "" };
      };
      await createClient(config({ environment: environment as SipsEnvironment, fetch: record })).paymentTokenInitialize(
        fields,
      );
      expect(urls).toEqual([url]);
    }
  });

  test("the per-operation function takes the same configuration, without the registry", async () => {
    const result = await callPaymentTokenInitialize(config({ fetch: globalFetch }), fields);
    expect(result.ok).toBe(true);
  });

  test("interfaceVersions and sealAlgorithm from the configuration are sent, and the reply verified with that algorithm", async () => {
    const { sent, fetch } = spy();
    const client = createClient(
      config({ fetch, sealAlgorithm: "HMAC-SHA-512", interfaceVersions: { paymentTokenInitialize: "IR_MB_2.54" } }),
    );
    const result = await client.paymentTokenInitialize(fields);
    expect(result.ok).toBe(true);
    expect(sent[0]).toMatchObject({ interfaceVersion: "IR_MB_2.54", sealAlgorithm: "HMAC-SHA-512" });
    // The request's own algorithm wins over the configured one, and the reply is verified with it.
    const own = await client.paymentTokenInitialize({ ...fields, sealAlgorithm: "SHA-256" });
    expect(own.ok).toBe(true);
    expect(sent[1]).toMatchObject({ sealAlgorithm: "SHA-256" });
    expect(op.request.verify(sent[1] as never, secretKey, "SHA-256")).toBe(true);
  });

  test("a sealAlgorithm inherited from a polluted Object.prototype is not the request's: the configured one is sent and sealed with", async () => {
    const { sent, fetch } = spy();
    Object.defineProperty(Object.prototype, "sealAlgorithm", {
      value: "SHA-256",
      enumerable: true,
      configurable: true,
      writable: true,
    });
    let result: Awaited<ReturnType<typeof callPaymentTokenInitialize>>;
    try {
      result = await callPaymentTokenInitialize(config({ fetch, sealAlgorithm: "HMAC-SHA-512" }), fields);
    } finally {
      delete (Object.prototype as Record<string, unknown>)["sealAlgorithm"];
    }
    expect(result.ok).toBe(true);
    expect(sent[0]).toMatchObject({ sealAlgorithm: "HMAC-SHA-512" });
    expect(op.request.verify(sent[0] as never, secretKey, "HMAC-SHA-512")).toBe(true);
  });

  test("a field holding a lone surrogate, which has no UTF-8 form to seal, is said as such and nothing is sent", async () => {
    const { sent, fetch } = spy();
    const result = await callPaymentTokenInitialize(config({ fetch }), { ...fields, sdkVersion: "2.0.4\uD800" });
    expect(sent).toEqual([]);
    expect(!result.ok && result.error.kind).toBe("invalid-request");
    const issues = result.ok ? [] : result.error.kind === "invalid-request" ? result.error.issues : [];
    expect(issues.map((e) => [e.path, e.code])).toEqual([["", "unreadable"]]);
    expect(issues[0]?.message).toMatch(/lone surrogate/);
  });

  test("a verified reply with a code other than accepted is a result like any other: the caller reads the code", async () => {
    const result = await callWith(() => ({ [status.field]: otherCode }));
    expect(result.ok && result.response[status.field as "redirectionStatusCode"]).toBe(otherCode);
  });
});

describe("each error kind", () => {
  test("invalid-request: refused before anything is sent", async () => {
    const { sent, fetch } = spy();
    // @ts-expect-error merchantId comes from the configuration
    const result = await createClient(config({ fetch })).paymentTokenInitialize({ ...fields, merchantId: "1" });
    expect(result.ok ? null : result.error).toMatchObject({
      kind: "invalid-request",
      sent: "no",
      issues: [{ path: "/merchantId" }],
    });
    const missing = await createClient(config({ fetch })).paymentTokenInitialize({ sdkVersion: "2.0.4" } as never);
    expect(missing.ok ? null : missing.error).toMatchObject({
      kind: "invalid-request",
      sent: "no",
      issues: [{ path: "/sdkOperationName", code: "required" }],
    });
    expect(sent).toEqual([]);
  });

  test("createClient refuses an interfaceVersions key naming no operation, which a loose type or JavaScript lets through", () => {
    const misspelt = { paymentTokenInitialise: "IR_MB_2.54" } as never;
    // The closest name suggested, not every operation listed.
    expect(() => createClient(config({ interfaceVersions: misspelt }))).toThrow(
      new TypeError(
        "interfaceVersions.paymentTokenInitialise: the client has no such operation (did you mean paymentTokenInitialize?)",
      ),
    );
    // A name close to none: every operation listed.
    expect(() => createClient(config({ interfaceVersions: { shop: "IR_MB_2.54" } as never }))).toThrow(
      /^interfaceVersions\.shop: the client has no such operation \(it has .*paymentTokenInitialize/,
    );
    expect(() => createClient(config({ interfaceVersions: { paymentTokenInitialize: "IR_MB_2.54" } }))).not.toThrow();
  });

  test("invalid-request: an environment the operation has no address in, nothing sent", async () => {
    const { sent, fetch } = spy();
    // A name no operation has: createClient refuses it; the operation's own function, which knows only its own, sends nothing.
    const nowhere = "nowhere";
    expect(SIPS_ENVIRONMENTS).not.toContain(nowhere);
    // @ts-expect-error a name no operation has does not compile either; from JavaScript, it throws
    expect(() => createClient(config({ environment: nowhere }))).toThrow(
      `environment must be one of ${SIPS_ENVIRONMENTS.join(", ")} or an http(s) base URL`,
    );
    // @ts-expect-error as above
    const result = await callPaymentTokenInitialize(config({ environment: nowhere, fetch }), fields);
    expect(result.ok ? null : result.error).toEqual({
      kind: "invalid-request",
      sent: "no",
      message: `paymentTokenInitialize has no nowhere endpoint (it has ${Object.keys(op.endpoints).join(", ")}); it was not sent`,
      // The reason as an issue too, as paypagePostForm gives it, for code that reports an invalid request's issues.
      issues: [
        {
          path: "",
          code: "required",
          message: `paymentTokenInitialize has no nowhere endpoint (it has ${Object.keys(op.endpoints).join(", ")})`,
        },
      ],
      warnings: [],
    });
    expect(sent).toEqual([]);
  });

  test("http: the status and a capped excerpt of the body", async () => {
    const result = await createClient(config({ fetch: fixed(502, "x".repeat(5000)) })).paymentTokenInitialize(fields);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "http", status: 502 });
    if (!result.ok && result.error.kind === "http") expect(result.error.body.length).toBeLessThanOrEqual(1000);
    const notFound = await createClient(config({ environment: `${server.url}/elsewhere` })).paymentTokenInitialize(
      fields,
    );
    expect(notFound.ok ? null : notFound.error).toMatchObject({ kind: "http", status: 404 });
  });

  test("http: a redirect is the error it is, not followed, and the sealed request goes nowhere else", async () => {
    const hits: string[] = [];
    let answer = 307;
    const redirecting = createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      req.resume();
      if (req.url === "/moved") return void res.end("{}");
      res.writeHead(answer, { location: "/moved" }).end("moved");
    });
    await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = redirecting.address() as AddressInfo;
      const client = createClient(config({ environment: `http://127.0.0.1:${port}` }));
      for (const code of [301, 302, 303, 307, 308]) {
        answer = code;
        const result = await client.paymentTokenInitialize(fields);
        expect(result.ok ? null : result.error).toEqual({
          kind: "http",
          sent: "yes",
          message: `the server answered HTTP ${code} (a redirect to /moved, which the client does not follow)`,
          status: code,
          body: "moved",
        });
      }
      // Statuses of 3xx that fetch never follows are not called redirects: each is told by what it is.
      for (const [code, note] of [
        [300, " (multiple choices, the server's preferred one at /moved)"],
        [304, " (not modified)"],
        [305, " (its Location is /moved)"],
      ] as const) {
        answer = code;
        const result = await client.paymentTokenInitialize(fields);
        expect(result.ok ? null : result.error.message).toBe(`the server answered HTTP ${code}${note}`);
      }
      expect(hits.filter((hit) => hit.endsWith("/moved"))).toEqual([]);
      // A Location as long as a header may be is capped as the body is.
      const far = `/${"x".repeat(16_000)}`;
      const long: FetchLike = async () => ({
        status: 302,
        text: async () => "",
        headers: new Headers({ location: far }),
      });
      const capped = await createClient(config({ fetch: long })).paymentTokenInitialize(fields);
      expect(capped.ok ? null : capped.error.message).toBe(
        `the server answered HTTP 302 (a redirect to ${far.slice(0, 999)}…, which the client does not follow)`,
      );
      // A fetch of one's own whose headers are not a Headers (or throw) gives a redirect without its Location.
      for (const headers of [
        { location: "/moved" },
        {
          get: () => {
            throw new Error("no");
          },
        },
        null,
      ]) {
        const own: FetchLike = async () => ({ status: 302, text: async () => "", headers });
        const result = await createClient(config({ fetch: own })).paymentTokenInitialize(fields);
        expect(result.ok ? null : result.error.message).toBe(
          "the server answered HTTP 302 (a redirect, which the client does not follow)",
        );
      }
      // A browser's fetch hides a redirect it does not follow: status 0, no headers, "opaqueredirect" its type.
      const opaque: FetchLike = async () => ({ status: 0, type: "opaqueredirect", text: async () => "" });
      const hidden = await createClient(config({ fetch: opaque })).paymentTokenInitialize(fields);
      expect(hidden.ok ? null : hidden.error).toEqual({
        kind: "http",
        sent: "yes",
        message:
          "the server answered with a redirect, which the client does not follow (an opaque redirect: the fetch hides its status and Location)",
        status: 0,
        body: "",
      });
    } finally {
      redirecting.close();
    }
  });

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

  test("invalid-response: a body that is not JSON, or a sealed reply that is not a valid message", async () => {
    // What came instead is in the issue, capped as an HTTP error's body is: it is what tells why.
    const notJson = await createClient(config({ fetch: fixed(200, "<html>") })).paymentTokenInitialize(fields);
    expect(notJson.ok ? null : notJson.error).toMatchObject({
      kind: "invalid-response",
      sent: "yes",
      issues: [{ path: "", code: "not-an-object", received: "<html>" }],
      sealVerified: false,
    });
    const longPage = await createClient(config({ fetch: fixed(200, "y".repeat(5000)) })).paymentTokenInitialize(fields);
    const received =
      longPage.ok || longPage.error.kind !== "invalid-response" ? null : longPage.error.issues[0]?.received;
    expect(received).toBe(`${"y".repeat(999)}…`);
    // Valid JSON, sealed, but not a valid message: a code of the wrong type.
    const wrongType = await callWith(() => ({ [status.field]: 0 }));
    expect(wrongType.ok ? null : wrongType.error).toMatchObject({
      kind: "invalid-response",
      sent: "yes",
      issues: [{ path: `/${status.field}`, code: "type" }],
    });
  });

  test("invalid-request: fields that cannot be read, refused as the validators refuse them, nothing sent", async () => {
    const { sent, fetch } = spy();
    const client = createClient(config({ fetch }));
    const throwing = {
      ...fields,
      get sdkVersion(): string {
        throw new Error("boom");
      },
    };
    const keysThrow = new Proxy(
      { ...fields },
      {
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    const prototypeThrows = new Proxy(
      { ...fields },
      {
        getPrototypeOf() {
          throw new Error("boom");
        },
      },
    );
    const refused = op.request.validate(throwing);
    expect(refused).toMatchObject({ ok: false, errors: [{ path: "", code: "unreadable" }] });
    for (const unreadable of [throwing, keysThrow, prototypeThrows]) {
      const result = await client.paymentTokenInitialize(unreadable as never);
      expect(result.ok ? null : result.error).toEqual({
        kind: "invalid-request",
        sent: "no",
        message:
          "the request is invalid (1 problem); it was not sent: could not be read (a property getter or proxy threw)",
        issues: refused.ok ? [] : refused.errors,
        warnings: [],
      });
    }
    expect(sent).toEqual([]);
  });

  test("invalid-request: an own __proto__ among the fields is a field like any other, copied as one and refused as unknown", async () => {
    const { sent, fetch } = spy();
    // JSON.parse makes "__proto__" an own property, as a caller's decoded input would have it.
    const withProto = JSON.parse(
      '{"sdkOperationName":"CARDORDER","sdkVersion":"2.0.4","__proto__":{"customerIpAddress":"192.0.2.10"}}',
    );
    const result = await createClient(config({ fetch })).paymentTokenInitialize(withProto);
    expect(result.ok ? null : result.error).toMatchObject({
      kind: "invalid-request",
      sent: "no",
      issues: [{ path: "/__proto__", code: "unknown-field" }],
    });
    expect(sent).toEqual([]);
  });

  test("invalid-request: no version given, configured or recommended says where one can be given", async () => {
    const { sent, fetch } = spy();
    const versionField = op.request.fields.find((f) => f.type === "interfaceVersion")?.name;
    if (versionField === undefined) throw new Error("the seed operation's request has no interface version field");
    // The same operation as if its page recommended no version: the mechanism, whatever the spec recommends today.
    const unrecommended = { ...op, interfaceVersion: { ...op.interfaceVersion, recommended: null } };
    const result = await callOperation(unrecommended, config({ fetch }), fields);
    expect(result.ok ? null : result.error).toMatchObject({
      kind: "invalid-request",
      sent: "no",
      issues: [
        {
          path: `/${versionField}`,
          code: "required",
          message: expect.stringContaining(
            `recommends no version of ${op.name}; give it in the fields or in the configuration's interfaceVersions`,
          ),
        },
      ],
    });
    // Configured, it is sent.
    const configured = await callOperation(
      unrecommended,
      config({ fetch, interfaceVersions: { [op.name]: "IR_MB_2.54" } }),
      fields,
    );
    expect(configured.ok).toBe(true);
    expect(sent).toHaveLength(1);
  });

  test("invalid-request: no version given, configured or recommended, where the field is optional, is refused as well", async () => {
    const { sent, fetch } = spy();
    const versionField = op.request.fields.find((f) => f.type === "interfaceVersion")?.name;
    if (versionField === undefined) throw new Error("the seed operation's request has no interface version field");
    // As if the page gave the field no presence: its validation lets its absence through, and the call would go
    // out with no version at all.
    const optional = (message: unknown) => {
      const checked = op.request.validate(message);
      if (checked.ok) return checked;
      const errors = checked.errors.filter((e) => e.path !== `/${versionField}` || e.code !== "required");
      return errors.length > 0
        ? { ...checked, errors }
        : { ok: true as const, value: message, warnings: checked.warnings };
    };
    const unrecommended = {
      ...op,
      interfaceVersion: { ...op.interfaceVersion, recommended: null },
      request: { ...op.request, validate: optional },
    };
    const result = await callOperation(unrecommended as never, config({ fetch }), fields);
    expect(result.ok ? null : result.error).toMatchObject({
      kind: "invalid-request",
      sent: "no",
      issues: [
        {
          path: `/${versionField}`,
          code: "required",
          message: expect.stringContaining(`recommends no version of ${op.name}`),
        },
      ],
    });
    expect(sent).toEqual([]);
    const given = await callOperation(unrecommended as never, config({ fetch }), {
      ...fields,
      [versionField]: "IR_MB_2.54",
    });
    expect(given.ok).toBe(true);
    expect(sent).toHaveLength(1);
  });

  test("seal-mismatch: a reply that names another algorithm and is sealed with it, to a client that pins none", async () => {
    const other = "SHA-256";
    const reply = { ...example, [status.field]: status.accepted, sealAlgorithm: other };
    const sealedOther = { ...reply, seal: op.response.seal(reply as never, secretKey, other) };
    // Genuine under the algorithm it names, but the request was sealed with the default one: not trusted.
    expect(op.response.verify(sealedOther as never, secretKey)).toBe(true);
    const result = await callWith(() => sealedOther);
    expect(result.ok ? null : result.error).toMatchObject({ kind: "seal-mismatch", statusCode: status.accepted });
  });

  test("seal-mismatch: a forged seal, or a reply sealed with another key, with the status it claims", async () => {
    const forged = await callWith(() => ({ [status.field]: status.accepted, seal: "0".repeat(64) }));
    expect(forged.ok ? null : forged.error).toMatchObject({ kind: "seal-mismatch", statusCode: status.accepted });
    const otherKey = await createClient(config({ secretKey: "not-the-server-key" })).paymentTokenInitialize(fields);
    expect(otherKey.ok ? null : otherKey.error).toMatchObject({
      kind: "seal-mismatch",
      sent: "yes",
      statusCode: status.signatureError,
    });
  });

  test("unsealed-response: the status code and message it claims, never verified", async () => {
    const strip = (body: string) => JSON.stringify({ ...(JSON.parse(body) as object), seal: undefined });
    const { fetch: stripped } = spy(strip);
    const unsealed = await createClient(config({ fetch: stripped, secretKey: "another" })).paymentTokenInitialize(
      fields,
    );
    expect(unsealed.ok ? null : unsealed.error).toMatchObject({
      kind: "unsealed-response",
      sent: "yes",
      statusCode: status.signatureError,
    });
  });

  test("unsealed-response: a code it claims outside its list is said by its length, its message capped as a body is, both cut as an excerpt in the error", async () => {
    const [code, text] = ["9".repeat(5000), "x".repeat(20_000)];
    if (status.messageField === null) throw new Error("the seed operation's status block has no message field");
    const reply = JSON.stringify({ [status.field]: code, [status.messageField]: text });
    const result = await createClient(config({ fetch: fixed(200, reply) })).paymentTokenInitialize(fields);
    expect(result.ok ? null : result.error).toEqual({
      kind: "unsealed-response",
      sent: "yes",
      message: `the reply has no seal (it claims a status its field does not list, a string of 5000 characters: "${text.slice(0, 999)}…")`,
      // Cut where they are longer than an excerpt: masking a text costs its length times the request's secrets'.
      statusCode: `${code.slice(0, 999)}…`,
      statusMessage: `${text.slice(0, 999)}…`,
    });
  });
});

test("a fetch given that is not a function is named as such, not taken for a runtime without fetch", async () => {
  for (const [fetch, got] of [
    [5, "number"],
    [null, "null"],
    [{}, "object"],
  ] as const) {
    const bad = config({ fetch: fetch as never });
    expect(() => createClient(bad)).toThrow(new TypeError(`fetch must be a function, got ${got}`));
    await expect(callPaymentTokenInitialize(bad, fields)).rejects.toThrow(`fetch must be a function, got ${got}`);
  }
});

test("the secret key appears in no result, error or configuration error", async () => {
  const results = [
    await createClient(config()).paymentTokenInitialize(fields),
    await createClient(config({ fetch: fixed(500, "oops") })).paymentTokenInitialize(fields),
    await createClient(config({ environment: stopped.url })).paymentTokenInitialize(fields),
    await createClient(config({ secretKey: "not-the-server-key" })).paymentTokenInitialize(fields),
  ];
  for (const result of results) expect(JSON.stringify(result)).not.toContain(secretKey);
  for (const bad of [
    { environment: "ftp://x" as never },
    { keyVersion: -1 },
    { merchantId: "" },
    // Hashed as U+FFFD, a lone surrogate would make two keys seal alike.
    { secretKey: `${secretKey}\uD800` },
    { timeoutMs: 0 },
    { timeoutMs: 2 ** 31 },
    { timeoutMs: Number.POSITIVE_INFINITY },
    { sealAlgorithm: "MD5" as never },
  ]) {
    expect(() => createClient(config(bad))).toThrow(TypeError);
    // An operation's own function checks the configuration when called: its promise rejects, as the README says.
    await expect(callPaymentTokenInitialize(config(bad), fields)).rejects.toThrow(TypeError);
    try {
      createClient(config(bad));
    } catch (error) {
      expect(String(error)).not.toContain(secretKey);
    }
  }
});
