// paypageRedirectionForm: a JSON initialization reply as the form the browser
// posts to Paypage (redirectionUrl as action, redirectionVersion and
// redirectionData posted, as Worldline's wl-sips/sips-paypage-json-php sample
// posts them), or the problems of a reply that cannot be posted.
import { expect, test } from "vitest";
import { renderPaypageAutoPost } from "../../generated/runtime/paypage-html.js";
import { PAYPAGE_REDIRECTION_FIELDS, paypageRedirectionForm } from "../../generated/paypage.js";
import { REDIRECTION_FIELDS, redirectionFieldsOf } from "../../generated/runtime/paypage-redirection.js";
import { paymentWebInit } from "../../generated/operations/paymentWebInit/descriptor.js";
import { operations } from "../../generated/index.js";
import { claimedText } from "../../generated/runtime/client-claimed-status.js";

const reply = {
  redirectionStatusCode: "00",
  redirectionUrl: "https://payment-webinit.simu.sogenactif.com/paymentProvider/init",
  redirectionVersion: "IR_WS_2.0",
  redirectionData: "a/b+c==",
  seal: "0".repeat(64),
};

test("the reply's URL is the action; its version and data are posted, in that order", () => {
  expect(paypageRedirectionForm(reply)).toEqual({
    ok: true,
    form: {
      action: reply.redirectionUrl,
      method: "POST",
      fields: [
        { name: "redirectionVersion", value: "IR_WS_2.0" },
        { name: "redirectionData", value: "a/b+c==" },
      ],
    },
  });
  expect(PAYPAGE_REDIRECTION_FIELDS).toMatchObject({
    url: "redirectionUrl",
    posted: ["redirectionVersion", "redirectionData"],
  });
});

// The status the form requires is the one the spec gives paymentWebInit's reply
// (spec/operations/paypage/paymentWebInit.yaml, through its descriptor).
const specStatus = paymentWebInit.status;
const statusValues = paymentWebInit.response.fields.find((f) => f.name === specStatus?.field)?.valueList?.values ?? [];

test("the status it requires is the spec's accepted code of paymentWebInit, with the registry's values", () => {
  expect(statusValues.length).toBeGreaterThan(0);
  expect(PAYPAGE_REDIRECTION_FIELDS.status).toEqual({
    field: specStatus?.field,
    accepted: specStatus?.accepted,
    messageField: specStatus?.messageField,
    values: statusValues,
    // Named first among the values, as the registry's status and the validator name them.
    example: specStatus?.example,
  });
});

test("by default, a refused code of the status's list is quoted with its meaning", () => {
  // The seal error code the spec names for paymentWebInit: a listed code other than the accepted one.
  const code = specStatus?.signatureError ?? "";
  const meanings = statusValues.find((v) => v.value === code)?.meanings ?? [];
  expect(meanings.length).toBeGreaterThan(0);
  const result = paypageRedirectionForm({ ...reply, redirectionStatusCode: code });
  const message = result.ok ? "" : (result.error.issues[0]?.message ?? "");
  expect(message).toContain(`got ${JSON.stringify(code)}: ${meanings.join("; ")}`);
  expect(message).not.toContain("a string of");
});

test("by default, a code outside the status's list is told after the codes the field takes, as the client tells one", () => {
  // A card number's length: such a code is never quoted, only the spec's codes are named.
  const code = "4970100000000003";
  const field = specStatus?.field ?? "";
  const checked = paymentWebInit.response.validate({ [field]: code }, { strict: true });
  const named = /\((.+)\)$/.exec(
    checked.ok ? "" : (checked.errors.find((e) => e.path === `/${field}`)?.message ?? ""),
  )?.[1];
  expect(named).toBeTruthy();
  const told = `a status its field does not list (${named}), a string of 16 characters`;
  const result = paypageRedirectionForm({ ...reply, [field]: code });
  expect(result.ok ? [] : result.error.issues.map((i) => i.message)).toEqual([
    `must be ${JSON.stringify(specStatus?.accepted)} (the initialization accepted), got ${told}`,
  ]);
  const claimed = claimedText(
    { statusCode: code, statusMessage: null },
    specStatus ?? null,
    paymentWebInit.response.fields,
    {
      [field]: code,
    },
  );
  expect(claimed).toBe(` (it claims ${told})`);
});

test("without a status, the runtime's fields, which name no values", () => {
  expect(redirectionFieldsOf(null)).toBe(REDIRECTION_FIELDS);
  expect(REDIRECTION_FIELDS.status?.values).toBeUndefined();
  expect(PAYPAGE_REDIRECTION_FIELDS).toMatchObject({ url: REDIRECTION_FIELDS.url, posted: REDIRECTION_FIELDS.posted });
});

test("a reply whose status is not the accepted one is refused, naming its code and meaning", () => {
  const failed = { ...reply, redirectionStatusCode: "94", redirectionStatusMessage: "duplicated" };
  const names = {
    ...PAYPAGE_REDIRECTION_FIELDS,
    status: {
      field: "redirectionStatusCode",
      accepted: "00",
      messageField: "redirectionStatusMessage",
      values: statusValues,
    },
  };
  const meaning = statusValues?.find((v) => v.value === "94")?.meanings[0] ?? "";
  expect(meaning).not.toBe("");
  const result = paypageRedirectionForm(failed, names);
  expect(result).toMatchObject({
    ok: false,
    error: { kind: "invalid-reply", issues: [{ path: "/redirectionStatusCode", code: "not-accepted" }] },
  });
  const message = result.ok ? "" : (result.error.issues[0]?.message ?? "");
  expect(message).toContain('"94"');
  expect(message).toContain(meaning);
  expect(message).toContain('"duplicated"');
  // Without the list, the code by its kind and the reply's message are still named.
  const bare = paypageRedirectionForm(failed, REDIRECTION_FIELDS);
  expect(bare).toMatchObject({
    ok: false,
    error: { issues: [{ path: "/redirectionStatusCode", code: "not-accepted" }] },
  });
  const bareMessage = bare.ok ? "" : (bare.error.issues[0]?.message ?? "");
  // Its list unknown, a code is told by its kind, as the client tells one its field lists none for.
  expect(bareMessage).toContain("got a status its field does not list, a string of 2 characters");
  expect(bareMessage).toContain('"duplicated"');
});

test("a reply without a status is refused: nothing says it succeeded", () => {
  expect(paypageRedirectionForm({ ...reply, redirectionStatusCode: undefined })).toMatchObject({
    ok: false,
    error: { issues: [{ path: "/redirectionStatusCode", code: "required" }] },
  });
});

test("other field names, as a binding may pass them", () => {
  const result = paypageRedirectionForm({ url: "https://x.test/go", token: "t" }, { url: "url", posted: ["token"] });
  expect(result).toEqual({
    ok: true,
    form: { action: "https://x.test/go", method: "POST", fields: [{ name: "token", value: "t" }] },
  });
});

test.each([
  {
    given: "no URL",
    reply: { ...reply, redirectionUrl: undefined },
    issues: [{ path: "/redirectionUrl", code: "required" }],
  },
  {
    given: "a javascript: URL",
    reply: { ...reply, redirectionUrl: "javascript:alert(1)" },
    issues: [{ path: "/redirectionUrl", code: "format" }],
  },
  {
    given: "a relative URL",
    reply: { ...reply, redirectionUrl: "/init" },
    issues: [{ path: "/redirectionUrl", code: "format" }],
  },
  {
    given: "no data",
    reply: { ...reply, redirectionData: undefined },
    issues: [{ path: "/redirectionData", code: "required" }],
  },
  {
    given: "empty data",
    reply: { ...reply, redirectionData: "" },
    issues: [{ path: "/redirectionData", code: "type" }],
  },
  {
    given: "a version that is not text, and no data",
    reply: { ...reply, redirectionVersion: 2, redirectionData: undefined },
    issues: [
      { path: "/redirectionVersion", code: "type" },
      { path: "/redirectionData", code: "required" },
    ],
  },
  {
    given: "an inherited URL",
    reply: Object.assign(Object.create({ redirectionUrl: reply.redirectionUrl }), {
      redirectionVersion: "v",
      redirectionData: "d",
    }),
    issues: [{ code: "not-an-object" }],
  },
  { given: "a text", reply: "https://x.test", issues: [{ path: "", code: "not-an-object" }] },
  {
    given: "a proxy that throws",
    reply: new Proxy(
      {},
      {
        getPrototypeOf: () => Object.prototype,
        getOwnPropertyDescriptor: () => {
          throw new Error("x");
        },
      },
    ),
    issues: [{ code: "unreadable" }],
  },
])("refused: $given", ({ reply, issues }) => {
  expect(paypageRedirectionForm(reply)).toMatchObject({ ok: false, error: { kind: "invalid-reply", issues } });
});

// A reply that is not an object may hold anything (a proxy's page, a token): its issue names its kind and length only.
test.each([
  ["a text", "secret-token-of-the-reply", "a string of 25 characters"],
  ["a list", ["secret-token-of-the-reply", 1], "an array of 2 items"],
  ["a one-character text", "s", "a string of 1 character"],
  ["a number", 42, "a number"],
  ["null", null, "null"],
])("a reply that is %s is named by its kind, not quoted", (_, reply, kind) => {
  const result = paypageRedirectionForm(reply);
  expect(result).toMatchObject({
    ok: false,
    error: { issues: [{ path: "", code: "not-an-object", message: `must be a plain JSON object, got ${kind}` }] },
  });
  expect(JSON.stringify(result)).not.toContain("secret-token");
  expect(JSON.stringify(result)).not.toContain("42");
});

test("the form renders as a page that posts it", () => {
  const result = paypageRedirectionForm(reply);
  const html = result.ok ? renderPaypageAutoPost(result.form) : "";
  expect(html).toContain(`action="${reply.redirectionUrl}"`);
  expect(html).toContain('<input type="hidden" name="redirectionData" value="a/b+c==">');
});

test("a refused code of a Paypage initialization is said with the meanings that hold for it, naming no other operation", () => {
  const names = Object.keys(operations);
  // The JSON initializations whose reply sends the buyer to a page that posts back (a callback): the form's.
  const initializations = Object.values(operations).filter(
    (op) =>
      op.callback !== null &&
      op.status !== null &&
      op.response.fields.some((f) => f.name === op.status?.field && f.valueList !== null),
  );
  const met = new Set<string>();
  for (const op of initializations) {
    const status = op.status;
    const values = op.response.fields.find((f) => f.name === status?.field)?.valueList?.values ?? [];
    if (status === null || status.accepted === null) continue;
    const fields = {
      ...PAYPAGE_REDIRECTION_FIELDS,
      status: { field: status.field, accepted: status.accepted, values },
    };
    for (const { value } of values.filter((v) => v.value !== status.accepted)) {
      const result = paypageRedirectionForm({ ...reply, [status.field]: value }, fields);
      const message = result.ok ? "" : (result.error.issues[0]?.message ?? "");
      expect(message).toContain(JSON.stringify(value));
      const others = names.filter((name) => name !== op.name && new RegExp(`\\b${name}\\b`).test(message));
      expect([op.name, value, others]).toEqual([op.name, value, []]);
      met.add(op.name);
    }
  }
  // The default's operation is among those checked, and its default values are the ones checked.
  expect(met.size).toBeGreaterThan(0);
  const byDefault = initializations.find((op) =>
    op.response.fields.some((f) => f.valueList?.values === PAYPAGE_REDIRECTION_FIELDS.status?.values),
  );
  expect(byDefault && met.has(byDefault.name)).toBe(true);
});

test("an unlisted code names the status's codes with its example first, as the client's claimed status does", () => {
  const values = [
    { value: "00", meanings: ["Accepted"] },
    { value: "12", meanings: ["Invalid"] },
    { value: "94", meanings: ["Duplicated"] },
  ];
  const names = {
    ...PAYPAGE_REDIRECTION_FIELDS,
    status: { field: "redirectionStatusCode", accepted: "00", values, example: "94" },
  };
  const result = paypageRedirectionForm({ redirectionStatusCode: "4970100000000003" }, names);
  const message = result.ok ? "" : (result.error.issues[0]?.message ?? "");
  expect(message).toContain("a status its field does not list (94, 00, 12), a string of 16 characters");
  const status = {
    field: "code",
    messageField: null,
    errorField: null,
    accepted: "00",
    formatError: null,
    signatureError: null,
    example: "94",
  };
  const fields = [
    {
      name: "code",
      presence: "optional",
      condition: null,
      since: null,
      type: "string",
      format: null,
      description: "code",
      valueList: { name: "Codes", match: "exact", values, vocabulary: values },
      fields: null,
      items: null,
    },
  ] as const;
  expect(claimedText({ statusCode: "4970100000000003", statusMessage: null }, status, fields, {})).toContain(
    "(94, 00, 12)",
  );
});
