// A container's field given at the top of a call's or a form's fields, under
// `strict`: refused naming it in its container ("container.field"), no field
// of the message meant, as nearNames names it. The client's operations are the
// registry's whose request's facts stop and hold a container; the form's, a
// POST form's request with a container added (no POST request holds one).
import { describe, expect, test } from "vitest";
import { createClient, operations, type ClientResult } from "../../generated/index.js";
import { paymentWebInitPostRequest } from "../../generated/operations/paymentWebInit/post-request.js";
import { walletManagementInitPostRequest } from "../../generated/operations/walletManagementInit/post-request.js";
import { operationPostForm } from "../../generated/runtime/paypage-post-form.js";
import type { FieldDescriptor } from "../../generated/runtime/field-descriptor.js";
import { textField } from "../support/field-descriptor.js";
import { callFields } from "../support/openapi-examples.js";

type Descriptor = (typeof operations)[keyof typeof operations];

/** The first field of the request's first container, and the container's name. */
function containedOf(fields: readonly FieldDescriptor[]): { container: string; inner: string } | null {
  for (const field of fields) {
    const [inner] = field.fields ?? field.items?.fields ?? [];
    if (inner !== undefined) return { container: field.name, inner: inner.name };
  }
  return null;
}

const cases = Object.values(operations as Record<string, Descriptor>).flatMap((op) => {
  const contained = op.request.factsStop === null ? null : containedOf(op.request.fields);
  return contained === null ? [] : [{ name: op.name, op, ...contained }];
});

test("some operation's request stops its facts and holds a container", () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases)("$name", ({ name, op, container, inner }) => {
  test("strict: its container's field given at the top is refused, unsent, naming it in its container", async () => {
    let sent = 0;
    const client = createClient({
      environment: "http://127.0.0.1:9",
      merchantId: "002001000000001",
      keyVersion: 1,
      secretKey: "strict-container-field-key",
      strict: true,
      fetch: async () => {
        sent++;
        throw new Error("sent");
      },
    }) as unknown as Record<string, (fields: unknown) => Promise<ClientResult<unknown>>>;
    const result = await client[name]?.({ ...callFields(op.request.name), [inner]: "x" });
    expect(sent).toBe(0);
    const issues =
      result === undefined || result.ok || result.error.kind !== "invalid-request" ? [] : result.error.issues;
    expect(issues.map((i) => ({ path: i.path, code: i.code, meant: i.meant }))).toEqual([
      { path: `/${inner}`, code: "unknown-field", meant: undefined },
    ]);
    expect(issues[0]?.message).toContain(`; did you mean ${container}.${inner}?`);
  });
});

test("strict: a POST form's container field given at the top is refused naming it in its container", () => {
  type Operation = Parameters<typeof operationPostForm<unknown>>[0];
  const forms = [paymentWebInitPostRequest, walletManagementInitPostRequest] as unknown as readonly Operation[];
  const op = forms.find((o) => o.request.factsStop !== null);
  if (!op) throw new Error("no POST form whose request's facts stop");
  const holder = textField("holderData", { type: "container", fields: [textField("holderNickname")] });
  const withContainer = { ...op, request: { ...op.request, fields: [...op.request.fields, holder] } };
  const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: "k", strict: true };
  const built = operationPostForm(withContainer, { prefix: "HP_", version: "HP_3.4" }, { holderNickname: "x" }, config);
  const issues = built.ok ? [] : built.error.issues;
  expect(issues.map((i) => ({ path: i.path, code: i.code, meant: i.meant }))).toEqual([
    { path: "/holderNickname", code: "unknown-field", meant: undefined },
  ]);
  expect(issues[0]?.message).toContain("; did you mean holderData.holderNickname?");
});
