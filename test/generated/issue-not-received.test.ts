// A value that can hold properties is never an issue's received value, a function as much as an object or a list:
// what it holds may be under names the spec does not know, and an issue ends up in logs whole.
import { expect, test } from "vitest";
import { validateCancelRequest } from "../../generated/index.js";

test.each([
  ["a function", () => "978"],
  ["an object", { code: "978" }],
  ["a list", ["978"]],
])("%s where a text belongs is named by the issue, not received", (_, value) => {
  const result = validateCancelRequest({ currencyCode: value });
  const issue = result.ok ? undefined : result.errors.find((i) => i.path === "/currencyCode");
  expect(issue?.code).toBe("type");
  expect(issue !== undefined && "received" in issue).toBe(false);
});

test("a text where a number belongs is received as it is", () => {
  const result = validateCancelRequest({ currencyCode: "978", operationAmount: "12" });
  const issue = result.ok ? undefined : result.errors.find((i) => i.path === "/operationAmount");
  expect(issue !== undefined && "received" in issue ? issue.received : null).toBe("12");
});
