// The POST form's InterfaceVersion is a version of the POST interface: Paypage refuses a form that names
// the JSON interface's (IR_WS_3.4), so a configuration giving one cannot work and is refused at once,
// as the other configurations that cannot work are, where the form was built and sealed with it.
import { expect, test } from "vitest";
import { paypagePostForm } from "../../generated/paypage.js";
import { paymentWebInit } from "../../generated/operations/paymentWebInit/index.js";
import { operationPostForm } from "../../generated/runtime/paypage-post-form.js";

const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: "version-key" } as const;
const fields = { amount: 1250, currencyCode: "978", normalReturnUrl: "https://shop.example/paypage/return" } as const;
const formVersion = (interfaceVersion?: string) => {
  const built = paypagePostForm(fields, interfaceVersion === undefined ? config : { ...config, interfaceVersion });
  if (!built.ok) throw new Error(built.error.message);
  return built.form.fields.find((f) => f.name === "InterfaceVersion")?.value;
};

// The recommended versions by prefix, as the spec gives them: the JSON one and the POST form's.
const recommended = paymentWebInit.interfaceVersion.recommendedByPrefix as Record<string, string>;
const jsonPrefix = paymentWebInit.request.interfacePrefix;
const postPrefix = Object.keys(recommended).find((prefix) => prefix !== jsonPrefix) ?? "";

test("the form names the POST interface's recommended version, or the version of it the configuration gives", () => {
  expect(formVersion()).toBe(recommended[postPrefix]);
  expect(formVersion(`${postPrefix}2.40`)).toBe(`${postPrefix}2.40`);
});

test("a version of another interface, or no version, is a configuration that cannot work", () => {
  for (const version of [
    recommended[jsonPrefix] ?? "",
    `${postPrefix}3`,
    `${postPrefix}3.4x`,
    "3.4",
    `${postPrefix}03.4`,
  ]) {
    expect(() => formVersion(version), version).toThrow(TypeError);
    expect(() => formVersion(version), version).toThrow(/POST interface takes a version of/);
  }
});

test("the POST interface's prefix is the one the spec gives, not read back from its version's text", () => {
  // A prefix ending in a digit: "HP23.4" alone could be HP_ 23.4 or HP2 3.4; the spec says HP2.
  const post = { prefix: "HP2", version: "HP23.4" };
  const build = (interfaceVersion: string) =>
    operationPostForm(paymentWebInit, post, fields, { ...config, interfaceVersion });
  expect(build("HP24.0")).toMatchObject({ ok: true });
  expect(() => build("HP30.1")).toThrow(/POST interface takes a version of HP2 \(such as HP23\.4\)/);
});
