// The package's entries export what users need, not the runtime's own helpers: the functions that pick an
// operation's address (for the client, the mock and the POST form) are read from their module, so that one added
// there is held out of the entries too, and the type a base URL is written with stays public; the Paypage entry
// renders the issues its own results carry.
import { expect, expectTypeOf, test } from "vitest";
import * as root from "../../generated/index.js";
import type { BaseUrl } from "../../generated/index.js";
import * as mock from "../../generated/mock.js";
import * as paypage from "../../generated/paypage.js";
import * as addresses from "../../generated/runtime/operation-addresses.js";

const helpers = Object.keys(addresses);

test("the address helpers are read from their module: there are some to hold out", () => {
  expect(helpers.length).toBeGreaterThan(0);
});

test.each([
  ["sips-json", root],
  ["sips-json/mock", mock],
  ["sips-json/paypage", paypage],
] as const)("%s exports none of the runtime's address helpers", (_entry, entry) => {
  expect(helpers.filter((name) => Object.hasOwn(entry, name))).toEqual([]);
});

test("the type of a base URL stays public", () => {
  expectTypeOf<"http://127.0.0.1:8080">().toExtend<BaseUrl>();
  expectTypeOf<"prod">().not.toExtend<BaseUrl>();
});

test("sips-json/paypage renders the issues its results carry with formatIssue, the root's, without the root", () => {
  const refused = paypage.paypageRedirectionForm({});
  expect(refused.ok).toBe(false);
  const issues = refused.ok ? [] : refused.error.issues;
  expect(issues.length).toBeGreaterThan(0);
  expect(paypage.formatIssue).toBe(root.formatIssue);
  for (const issue of issues) expect(paypage.formatIssue(issue)).toBe(`${issue.path} ${issue.message}`);
});
