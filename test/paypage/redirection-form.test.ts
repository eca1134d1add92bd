// paypageRedirectionForm: a JSON initialization reply as the form the browser
// posts to Paypage (redirectionUrl as action, redirectionVersion and
// redirectionData posted, as Worldline's wl-sips/sips-paypage-json-php sample
// posts them), or the problems of a reply that cannot be posted.
import { expect, test } from "vitest";
import { renderPaypageAutoPost } from "../../generated/runtime/paypage-html.js";
import { PAYPAGE_REDIRECTION_FIELDS, paypageRedirectionForm } from "../../generated/runtime/paypage-redirection.js";

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
  expect(PAYPAGE_REDIRECTION_FIELDS).toEqual({
    url: "redirectionUrl",
    posted: ["redirectionVersion", "redirectionData"],
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

test("the form renders as a page that posts it", () => {
  const result = paypageRedirectionForm(reply);
  const html = result.ok ? renderPaypageAutoPost(result.form) : "";
  expect(html).toContain(`action="${reply.redirectionUrl}"`);
  expect(html).toContain('<input type="hidden" name="redirectionData" value="a/b+c==">');
});
