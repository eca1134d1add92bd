// The generated client against the real mock server on loopback (test/support/client-mock.ts), and against injected
// fetches for what a healthy server never does: invalid-request, a call refused before anything is sent (fields,
// versions, environments, the configuration's keys).
import { describe, expect, test } from "vitest";
import { callPaymentTokenInitialize, createClient, SIPS_ENVIRONMENTS } from "../../generated/index.js";
import { callOperation } from "../../generated/runtime/client.js";
import { config, fields, op, spy, useClientMock } from "../support/client-mock.js";

useClientMock();

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
});
