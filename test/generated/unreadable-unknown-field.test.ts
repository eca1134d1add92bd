// An unknown field whose value cannot be read (its getter or a proxy's `get`
// throws): the validators report it as an unknown field with no `received`, as
// every unknown field, and go on with the rest of the message: its value is
// never read, where reading it made the whole message one "unreadable" and
// lost every other issue.
import { describe, expect, test } from "vitest";
import { operations, type ValidationIssue, type ValidationResult } from "../../generated/index.js";
import { unsealedRequest, validResponse } from "./samples.js";

const wallet = operations.getWalletData.response;
const { request, response } = operations.paymentTokenInitialize;

/** `fields` plus an own enumerable key `hostile` whose getter throws. */
function withThrowingKey(fields: Record<string, unknown>, prototype: object | null = Object.prototype): object {
  const out = Object.assign(Object.create(prototype) as object, fields);
  return Object.defineProperty(out, "hostile", {
    enumerable: true,
    get() {
      throw new Error("hostile getter");
    },
  });
}

/** A proxy of a plain object holding `hostile`, whose `get` of that key throws. */
const throwingProxy = (fields: Record<string, unknown>): object =>
  new Proxy(
    { ...fields, hostile: 1 },
    {
      get(target, key, receiver) {
        if (key === "hostile") throw new Error("hostile proxy");
        return Reflect.get(target, key, receiver);
      },
    },
  );

/** Every issue as its path and code, and whether it holds a `received`. */
const shown = (result: ValidationResult<unknown>) =>
  [...(result.ok ? [] : result.errors), ...result.warnings].map(
    (issue: ValidationIssue) => `${issue.path} ${issue.code}${"received" in issue ? "" : " (none received)"}`,
  );

describe("a list item with an unknown key that cannot be read", () => {
  const items: [string, (fields: Record<string, unknown>) => object][] = [
    ["a getter", (fields) => withThrowingKey(fields)],
    ["a getter, null prototype", (fields) => withThrowingKey(fields, null)],
    ["a proxy of a plain object", throwingProxy],
  ];
  test.each(items)("%s: that item's unknown field, and the other items' issues", (_, item) => {
    const message = {
      walletResponseCode: "00",
      seal: "0".repeat(64),
      walletPaymentMeanDataList: [{ paymentMeanId: 1 }, item({ paymentMeanId: 2 }), { paymentMeanId: 3 }],
    };
    const item0 = "/walletPaymentMeanDataList/0";
    const item1 = "/walletPaymentMeanDataList/1";
    const item2 = "/walletPaymentMeanDataList/2";
    for (const strict of [false, true]) {
      const result = wallet.validate(message, { strict });
      expect(result.ok).toBe(false);
      const unknown = `${item1}/hostile unknown-field (none received)`;
      const types = [`${item0}/paymentMeanId type`, `${item1}/paymentMeanId type`, `${item2}/paymentMeanId type`];
      expect(shown(result)).toEqual(strict ? [types[0], types[1], unknown, types[2]] : [...types, unknown]);
    }
  });
});

test("a message with an unknown key that cannot be read: its unknown field, and the other issues", () => {
  const requestResult = request.validate(withThrowingKey({ ...unsealedRequest(), keyVersion: "1" }));
  expect(shown(requestResult)).toEqual([
    "/keyVersion type",
    "/seal required (none received)",
    "/hostile unknown-field (none received)",
  ]);
  const lenient = response.validate(throwingProxy({ ...validResponse(), redirectionUrl: 1 }));
  expect(shown(lenient)).toEqual(["/redirectionUrl type", "/hostile unknown-field (none received)"]);
});

test("an unknown field that can be read is reported without its value, its getter never run", () => {
  let reads = 0;
  const message = Object.defineProperty({ ...validResponse() }, "echoed", {
    enumerable: true,
    get() {
      reads++;
      return "4111111111111111";
    },
  });
  const result = response.validate(message);
  expect(result.ok && result.warnings).toEqual([
    { path: "/echoed", code: "unknown-field", message: "is not a field of this message" },
  ]);
  expect(reads).toBe(0);
});
