// What a Paypage issue holds beside its path, code and message: the value of a
// validation issue (`received`) and the field an unknown one is meant for
// (`meant`), as its type says. The field names come from the registry; reading
// `meant` and `received` without a cast is the type's half of the test (the
// type-check fails where the type lacks them).
import { expect, expectTypeOf, test } from "vitest";
import { decodePaypageResponse, operations, paypagePostForm, type PaypageIssue } from "../../generated/index.js";
import { sealedForm, TEST_KEY } from "../support/paypage-forms.js";

const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: TEST_KEY } as const;
const { request, callback } = operations.paymentWebInit;
/** A field of the form's request that the caller gives, of the type asked. */
const fieldOf = (type: string) => {
  const field = request.fields.find((f) => f.type === type && f.name !== "keyVersion");
  if (!field) throw new Error(`paymentWebInit's request has no ${type} field a caller gives`);
  return field.name;
};

test("the type says what an issue may hold: received and meant, as a validation issue's", () => {
  expectTypeOf<PaypageIssue["meant"]>().toEqualTypeOf<string | undefined>();
  expectTypeOf<PaypageIssue["received"]>().toEqualTypeOf<unknown>();
});

test("a form's issue of a slip names the field meant; one of a wrong value holds the value", () => {
  const integer = fieldOf("integer");
  const slipped = paypagePostForm(
    { amount: 1, currencyCode: "978", [`${integer}${integer.slice(-1)}`]: 1 } as never,
    config,
  );
  const issues: readonly PaypageIssue[] = slipped.ok ? [] : slipped.error.issues;
  const meant: string | undefined = issues[0]?.meant;
  expect(meant).toBe(integer);
  const wrong = paypagePostForm({ amount: 1, currencyCode: "978", [integer]: "12" } as never, config);
  const received: unknown = wrong.ok ? undefined : wrong.error.issues.find((i) => i.path === `/${integer}`)?.received;
  expect(received).toBe("12");
});

test("a decoded response's warning of a slip names the field meant", () => {
  const known = callback?.fields.find((f) => f.name === "transactionReference")?.name;
  if (known === undefined) throw new Error("paymentWebInit's callback has no transactionReference");
  const data = `currencyCode=978|merchantId=002001000000001|responseCode=00|${known}=ref1|keyVersion=1|amount=1000|${known}${known.slice(-1)}=x`;
  const result = decodePaypageResponse(sealedForm(data), TEST_KEY);
  const warnings: readonly PaypageIssue[] = result.ok ? result.warnings : [];
  expect(warnings.map((w) => ({ path: w.path, meant: w.meant }))).toContainEqual({
    path: `/${known}${known.slice(-1)}`,
    meant: known,
  });
});
