// describe, which shows a value in an issue's message, held to what the runtime
// wrote before (test/support/former-issue-texts.ts) for any value, a long
// text's length in characters; and formatIssue, which never throws and shows no
// more of a value than describe.
import fc from "fast-check";
import { expect, test } from "vitest";
import { describe, formatIssue } from "../../generated/runtime/issue-format.js";
import { anyValue, DRAWN_KINDS, formerDescribe, kindOf, RUNS } from "../support/former-issue-texts.js";
import { drawOf } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

/** formatIssue's draw shares its values with the odd ones: twice the 400 at which its counters hold. */
const FORMAT_ISSUE_RUNS = [800, 3000] as const;

test("describe gives what it gave, for any value", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const fn = Proxy.revocable(() => 0, {});
  fn.revoke();
  const odd = [proxy, fn.proxy, () => 0, Symbol("s"), 10n, -0, Number.NaN, undefined, null, [], {}, Object.create(null)];
  for (const value of odd) expect(describe(value)).toBe(formerDescribe(value));
  const met = new Set<string>();
  fc.assert(
    fc.property(anyValue, (value) => {
      met.add(kindOf(value));
      return describe(value) === formerDescribe(value);
    }),
    drawOf(...RUNS),
  );
  expect([...met].sort()).toEqual(DRAWN_KINDS);
});

test("a long text's length reads in characters (code points), the count max-length gives", () => {
  const emoji = "\u{1F600}".repeat(41);
  expect(describe(emoji)).toBe(`"${"\u{1F600}".repeat(20)}"… (41 characters)`);
  expect(formatIssue({ path: "/p", code: "max-length", message: "must be at most 40 characters", received: emoji })).toBe(
    "/p must be at most 40 characters, got 41 characters",
  );
  // A lone surrogate is a code point of its own, as the rule counts it.
  expect(describe(`${"a".repeat(40)}\uD800`)).toBe(`"${"a".repeat(40)}"… (41 characters)`);
});

test("a value too long is counted in its limit's unit: characters, digits (sign left out), a number shown, a list not", () => {
  const at = (message: string, received: unknown) => formatIssue({ path: "/p", code: "max-length", message, received });
  expect(at("must be at most 3 characters (AN3)", "abcd")).toBe("/p must be at most 3 characters (AN3), got 4 characters");
  expect(at("must be at most 0 characters", "a")).toBe("/p must be at most 0 characters, got 1 character");
  expect(at("must have at most 2 digits (N2)", "123")).toBe("/p must have at most 2 digits (N2), got 3 digits");
  expect(at("must have at most 15 digits, as a number holds exactly", `-${"9".repeat(16)}`)).toBe(
    "/p must have at most 15 digits, as a number holds exactly, got 16 digits",
  );
  expect(at("must have at most 2 digits (N2)", 123)).toBe("/p must have at most 2 digits (N2), got number 123");
  expect(at("must have at most 268435443 items", [1])).toBe("/p must have at most 268435443 items");
});

test("formatIssue never throws, and shows no more of a value than describe", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const odd = [proxy, () => 0, Symbol("s"), 10n, undefined, null, [], Object.create(null), "x".repeat(1000)];
  const codes = ["type", "max-length", "unknown-value", "format", "not-an-object", "interface-version", "unknown-field"];
  const met = new Set<string>();
  fc.assert(
    // Drawn as a function that gives the value: fast-check cannot inspect a revoked proxy.
    fc.property(
      fc.oneof(
        anyValue.map((value) => ({ value: () => value, kind: kindOf(value) })),
        fc.nat(odd.length - 1).map((i) => ({ value: () => odd[i], kind: `odd ${i}` })),
      ),
      fc.constantFrom(...codes),
      ({ value, kind }, code) => {
        const received = value();
        met.add(code).add(kind);
        const shown = formatIssue({ path: "/p", code, message: "m", received });
        if (shown.length >= 120) expect(shown.length).toBeLessThan(120);
        expectSame(shown.startsWith("/p m"), true);
      },
    ),
    drawOf(...FORMAT_ISSUE_RUNS),
  );
  // Every code, each kind of value and each odd one, strings shown whole and cut.
  expect([...met].sort()).toEqual([...codes, ...DRAWN_KINDS, ...odd.map((_, i) => `odd ${i}`)].sort());
});
