// The field meant is worked out only once a key is unknown: a message whose
// keys are all its fields never asks the slip rule, on the valid path of a
// small response, in the collecting checks, in a request's strict checks;
// one unknown key asks it once. The rule's module is wrapped to count.
import { expect, test, vi } from "vitest";

vi.mock("../../generated/runtime/field-slips.js", async (original) => {
  const rule = await original<typeof import("../../generated/runtime/field-slips.js")>();
  return { ...rule, onlySlipOf: vi.fn(rule.onlySlipOf) };
});

const { onlySlipOf } = await import("../../generated/runtime/field-slips.js");
const { operations } = await import("../../generated/index.js");

const asked = vi.mocked(onlySlipOf);

const cases = [
  // A valid path: seal alone passes its checks.
  { message: operations.acceptChallenge.response, value: { seal: "x", acquirerResponseCode: "00" } },
  // The collecting checks: a value that fails leaves the valid path.
  { message: operations.acceptChallenge.response, value: { seal: 1, acquirerResponseCode: "00" } },
  // A request, strict, with no valid path.
  { message: operations.refund.request, value: { currencyCode: "978", transactionReference: "x" } },
];

test("no key unknown: the slip rule is not asked, however often validated", () => {
  for (const { message, value } of cases)
    for (const strict of [false, true]) for (let i = 0; i < 50; i++) message.validate(value, { strict });
  expect(asked).not.toHaveBeenCalled();
});

test("one key unknown: the slip rule is asked once, for that key", () => {
  for (const { message, value } of cases) {
    asked.mockClear();
    const result = message.validate({ ...value, sael: "x" }, { strict: true });
    expect(asked).toHaveBeenCalledTimes(1);
    expect(asked.mock.calls[0]?.[0]).toBe("sael");
    expect(result.ok ? result.warnings : result.errors).toContainEqual(expect.objectContaining({ meant: "seal" }));
  }
});
