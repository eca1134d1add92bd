// The generated client against the real mock server on loopback (test/support/client-mock.ts), and against injected
// fetches for what a healthy server never does: a call that succeeds, its fields filled in, sent where its
// environment says, and its reply verified.
import { describe, expect, test } from "vitest";
import {
  callPaymentTokenInitialize,
  createClient,
  type FetchLike,
  type SipsEnvironment,
} from "../../generated/index.js";
import {
  callWith,
  config,
  fields,
  globalFetch,
  op,
  otherCode,
  secretKey,
  spy,
  status,
  useClientMock,
} from "../support/client-mock.js";

useClientMock();

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
