// A Paypage response whose spec marks a field `sensitive:` keeps that secret
// out of every problem its decoder reports, as its JSON validators do: a pair
// without "=" and a key that is not a field name are named by their place in
// `Data`, not quoted, and the message's validation issues carry no value. The
// fixture is the real spec with one field of the Paypage callback written out
// and marked; the real, unmarked callback says what it cannot read by its length.
import { beforeAll, expect, test } from "vitest";
import { decodePaypageResponse as plainDecode } from "../../generated/paypage.js";
import { MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";
import { markedCallbackGeneration } from "../support/sensitive-callback.js";

/** A card number as a garbled `Data` could carry it. */
const SECRET = "4111111111111111";

type Decode = (post: unknown, secretKey: string, options?: { strict?: boolean }) => unknown;
let decode: Decode;

beforeAll(async () => {
  const result = await markedCallbackGeneration();
  const paypage = await result.imported<{
    decodePaypageResponse: Decode;
  }>("paypage.js");
  decode = paypage.decodePaypageResponse;
});

/** The issues of a refused result, each as path and code, after checking that nothing of it shows the secret. */
function refusedWithout(result: unknown, secret: string): string[] {
  expect(result).toMatchObject({ ok: false });
  expect(JSON.stringify(result)).not.toContain(secret);
  const { issues } = (result as { error: { issues: Record<string, unknown>[] } }).error;
  for (const issue of issues) expect(issue).not.toHaveProperty("received");
  return issues.map((issue) => `${String(issue["path"])} ${String(issue["code"])}`);
}

test("a pair without '=' is named by its place, not quoted", () => {
  const result = decode(sealedForm(`${MINIMAL_RESPONSE}|holderPan${SECRET}`), TEST_KEY);
  expect(refusedWithout(result, SECRET)).toEqual([" missing-equals"]);
  expect(result).toMatchObject({ error: { issues: [{ message: 'pair 7 has no "="' }] } });
});

test("a key that is not a field name is named by its place, not quoted", () => {
  const result = decode(sealedForm(`${MINIMAL_RESPONSE}|4111 1111 1111 1111=x`), TEST_KEY);
  expect(refusedWithout(result, "4111 1111")).toEqual([" bad-key"]);
  expect(result).toMatchObject({ error: { issues: [{ message: "pair 7 has a key that is not a field name" }] } });
});

test("the message's validation issues carry no value: the field's own, or one under a misspelt name", () => {
  expect(
    refusedWithout(
      decode(sealedForm(`${MINIMAL_RESPONSE}|holderPan=4111-${SECRET}`), TEST_KEY, { strict: true }),
      SECRET,
    ),
  ).toEqual(["/holderPan format"]);
  expect(
    refusedWithout(decode(sealedForm(`${MINIMAL_RESPONSE}|holderPam=${SECRET}`), TEST_KEY, { strict: true }), SECRET),
  ).toEqual(["/holderPam unknown-field"]);
  const lenient = decode(sealedForm(`${MINIMAL_RESPONSE}|holderPam=${SECRET}`), TEST_KEY);
  expect(lenient).toMatchObject({ ok: true, warnings: [{ path: "/holderPam", code: "unknown-field" }] });
  expect(JSON.stringify((lenient as { warnings: unknown }).warnings)).not.toContain(SECRET);
});

test("a valid response with the field is read whole", () => {
  expect(decode(sealedForm(`${MINIMAL_RESPONSE}|holderPan=${SECRET}`), TEST_KEY)).toMatchObject({
    ok: true,
    response: { holderPan: SECRET },
    warnings: [],
  });
});

test("a response without a sensitive field says what it cannot read by its length, never quoting it", () => {
  expect(plainDecode(sealedForm(`${MINIMAL_RESPONSE}|orderId42`), TEST_KEY)).toMatchObject({
    ok: false,
    error: { issues: [{ code: "missing-equals", message: 'pair 7 has no "=": a string of 9 characters' }] },
  });
  expect(plainDecode(sealedForm(`${MINIMAL_RESPONSE}|order id=42`), TEST_KEY)).toMatchObject({
    ok: false,
    error: {
      issues: [{ code: "bad-key", message: "pair 7 has a key that is not a field name: a string of 8 characters" }],
    },
  });
});
