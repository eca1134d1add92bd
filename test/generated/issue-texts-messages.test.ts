// The issues built from the generator's constant texts (issues.ts, formats.ts),
// rendered by formatIssue, held to the messages the runtime wrote before
// (test/support/former-issue-texts.ts) for any value, each issue holding the
// value itself as `received` (but an unknown field's, or one that holds
// properties): every kind of value described, strings shown whole and cut.
import fc from "fast-check";
import { expect, test } from "vitest";
import { integerFormatIssue, integerFormatTexts } from "../../generated/runtime/formats.js";
import {
  badPinnedVersion,
  expectedObject,
  interfaceVersionText,
  notAnObject,
  sinceIssue,
  unreadable,
} from "../../generated/runtime/issues.js";
import { unknownValueText } from "../../generated/runtime/value-list-text.js";
import { describeKind, formatIssue } from "../../generated/runtime/issue-format.js";
import { badInterfaceVersion, expectedInteger, expectedList, expectedString, missingField, tooManyItems, unknownField, unknownValue } from "../support/issue-helpers.js";
import { anyValue, DRAWN_KINDS, formerDescribe, kindOf, longText, RUNS, text } from "../support/former-issue-texts.js";
import { drawOf } from "../support/property-runs.js";
import { expectEqual, expectSame } from "../support/quick-expect.js";

/** What formatIssue renders of an issue at "/p": the path, then the former message. */
const at = (message: string) => `/p ${message}`;

test("the messages that describe a value read as they did, rendered by formatIssue, the value itself received", () => {
  const met = new Set<string>();
  fc.assert(
    fc.property(anyValue, (value) => {
      met.add(kindOf(value));
      const described = formerDescribe(value);
      // A value that holds properties (an object, a list) may hold fields the spec does not know: neither
      // received nor described, where the former message said "got an object".
      const holds = typeof value === "object" && value !== null;
      const got = (expected: string, shown: string) => (holds ? expected : `${expected}, got ${shown}`);
      const issues = [
        [expectedString("/p", value), got("must be a string", described)],
        [expectedInteger("/p", value), got("must be an integer", described)],
        [expectedList("/p", value), got("must be a list", described)],
        [expectedObject("/p", value), got("must be an object", described)],
        // A message that is not an object may be anything: said by its kind and length, no longer quoted.
        [notAnObject("/p", value), got("must be a plain JSON object", describeKind(value))],
        [badInterfaceVersion("/p", value, interfaceVersionText("IR_MB_")), got("must be IR_MB_ followed by a version number", described)],
      ] as const;
      for (const [issue, former] of issues) {
        expectSame(formatIssue(issue), at(former));
        expectEqual(["received" in issue, issue.received], [!holds, holds ? undefined : value]);
      }
      // The value of an unknown field is neither received nor shown: its key is in the path.
      const unknown = unknownField("/p");
      expectEqual([formatIssue(unknown), "received" in unknown], [at("is not a field of this message"), false]);
      // options.interfaceVersion is not in the message: described in the message, never received.
      const pinned = badPinnedVersion("IR_MB_", value);
      expectSame(formatIssue(pinned), `options.interfaceVersion must be IR_MB_ followed by a version number, got ${described}`);
      expectSame("received" in pinned, false);
    }),
    drawOf(...RUNS),
  );
  expect([...met].sort()).toEqual(DRAWN_KINDS);
  const strings = new Set<string>();
  fc.assert(
    fc.property(fc.oneof(text, longText), (value) => {
      strings.add(kindOf(value));
      // Reworded: the former `${described} is not a value of List` says what was expected first, and a value
      // outside the list, which may be anything, by its kind and length: it is no longer quoted.
      const issue = unknownValue("/p", value, unknownValueText("List"));
      expectSame(formatIssue(issue), at(`must be one of the List values, got ${describeKind(value)}`));
      expectSame(issue.received, value);
    }),
    drawOf(...RUNS),
  );
  // A value shown whole and one cut.
  expect([...strings].sort()).toEqual(["long string", "string"]);
  const numbers = new Set<string>();
  fc.assert(
    fc.property(fc.oneof(fc.integer(), fc.double()), fc.integer({ min: 1, max: 19 }), (value, max) => {
      const { negative, digits } = integerFormatTexts(max);
      const issue = integerFormatIssue("/p", value, negative, digits);
      numbers.add(`${value < 0 ? "negative" : "too long"} ${Number.isInteger(value) ? "integer" : "not integer"}`);
      const former =
        value < 0
          ? { code: "format", message: `must not be negative (N${max}), got ${formerDescribe(value)}` }
          : { code: "max-length", message: `must have at most ${max} digits (N${max}), got ${formerDescribe(value)}` };
      expectEqual(
        { code: issue.code, message: formatIssue(issue), received: issue.received },
        { code: former.code, message: at(former.message), received: value },
      );
    }),
    drawOf(...RUNS),
  );
  expect([...numbers].sort()).toEqual(["negative integer", "negative not integer", "too long integer", "too long not integer"]);
  const since = sinceIssue("/p", 2, 37, undefined, "IR_MB_2.30", "x");
  expect([formatIssue(since), since.received]).toEqual([
    at("appeared in interface version 2.37, but the request declares IR_MB_2.30"),
    "x",
  ]);
  expect(formatIssue(sinceIssue("/p", 2, 37, "2.30", "IR_MB_2.55", 1))).toBe(
    at("appeared in interface version 2.37, but validation is pinned to 2.30"),
  );
  // Nothing received where there is no value: a missing field, a message that could not be read.
  for (const [issue, former] of [
    [missingField("/p"), at("is required")],
    [unreadable(), "could not be read (a property getter or proxy threw)"],
  ] as const) {
    expect(formatIssue(issue)).toBe(former);
    expect("received" in issue).toBe(false);
  }
  // A list too long: not received (it may hold anything), its length in the message, not read again.
  const list = new Proxy([], {
    get() {
      throw new Error("read");
    },
  });
  const tooMany = tooManyItems("/p", list);
  expect([formatIssue(tooMany), "received" in tooMany]).toEqual([at("must have at most 268435443 items"), false]);
});
