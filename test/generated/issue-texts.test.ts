// The runtime helpers of the validators held to what they replaced, on random
// text: the character-class loops to the formats' regular expressions, and the
// issues built from the generator's constant texts (issues.ts, formats.ts),
// rendered by formatIssue, to the messages the runtime wrote before, in full,
// at run time (written out below as they were), each issue holding the value
// itself as `received`.
import fc from "fast-check";
import { describe as group, expect, test } from "vitest";
import {
  FORMAT_PATTERNS,
  FORMAT_WORDS,
  type FormatClass,
  conformsA,
  conformsAN,
  conformsANS,
  conformsANSU,
  conformsANU,
  conformsN,
  formatCharsIssue,
  formatCharsText,
  formatLengthIssue,
  formatLengthText,
  integerFormatIssue,
  integerFormatTexts,
} from "../../generated/runtime/formats.js";
import {
  badPinnedVersion,
  describe,
  expectedObject,
  formatIssue,
  interfaceVersionText,
  notAnObject,
  sinceIssue,
  unknownValueText,
  unreadable,
} from "../../generated/runtime/issues.js";
import { badInterfaceVersion, expectedInteger, expectedList, expectedString, missingField, tooManyItems, unknownField, unknownValue } from "../support/issue-helpers.js";
import { pointer, topPointer } from "../../generated/runtime/json-pointer.js";
import { runs } from "../support/property-runs.js";
import { expectEqual, expectSame } from "../support/quick-expect.js";

/** The same count by default and with SIPS_DEEP=1: its cases are cheap (test/support/property-runs.ts). */
const RUNS = runs(3000, 3000);
const CONFORMS: Record<FormatClass, (text: string) => boolean> = {
  N: conformsN,
  A: conformsA,
  AN: conformsAN,
  ANS: conformsANS,
  ANU: conformsANU,
  ANSU: conformsANSU,
};
/** Any UTF-16 text, lone surrogates and control characters included, and text near each class. */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...'09azAZ@[`{ ~\u007f\u00e9\u0000\u001f/"\\'), maxLength: 30 }),
);
const anyValue = fc.oneof(text, fc.string({ unit: "binary", maxLength: 80 }), fc.anything());

// What the runtime wrote before.
const MAX_SHOWN = 40;
function formerDescribe(value: unknown): string {
  try {
    if (value === null) return "null";
    if (Array.isArray(value)) return "an array";
    switch (typeof value) {
      case "string":
        return value.length > MAX_SHOWN
          ? `${JSON.stringify(value.slice(0, MAX_SHOWN))}… (${value.length} characters)`
          : JSON.stringify(value);
      case "number":
      case "boolean":
      case "bigint":
        return `${typeof value} ${String(value)}`;
      case "object":
        return "an object";
      default:
        return typeof value;
    }
  } catch {
    return "an unreadable value";
  }
}
function formerPointer(parent: string, key: string | number): string {
  let t = String(key);
  if (t.length > 100) t = `${t.slice(0, 100)}…`;
  return `${parent}/${t.includes("~") || t.includes("/") ? t.replaceAll("~", "~0").replaceAll("/", "~1") : t}`;
}
/** The former textFormatIssue: null when the text conforms. */
function formerFormatIssue(value: string, charClass: FormatClass, max: number): { code: string; message: string } | null {
  const format = `${charClass}${max}`;
  if (!FORMAT_PATTERNS[charClass].test(value))
    return { code: "format", message: `must hold only ${FORMAT_WORDS[charClass]} (${format}), got ${formerDescribe(value)}` };
  const length = [...value].length;
  if (length > max) return { code: "max-length", message: `must be at most ${max} characters (${format}), got ${length}` };
  return null;
}

group.each(Object.keys(CONFORMS) as FormatClass[])("class %s", (charClass) => {
  test("conforms exactly when the format's regular expression matches", () => {
    fc.assert(
      fc.property(text, (value) => CONFORMS[charClass](value) === FORMAT_PATTERNS[charClass].test(value)),
      { numRuns: RUNS },
    );
  });

  test("the characters, then the length, as the former issue said", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 20 }), (value, max) => {
        const issue = !CONFORMS[charClass](value)
          ? formatCharsIssue("/f", value, formatCharsText(charClass, max))
          : value.length > max
            ? formatLengthIssue("/f", value, max, formatLengthText(charClass, max))
            : null;
        const former = formerFormatIssue(value, charClass, max);
        expectEqual(
          issue && { path: issue.path, code: issue.code, message: formatIssue(issue) },
          former && { path: "/f", code: former.code, message: `/f ${former.message}` },
        );
        if (issue) expectSame(issue.received, value);
      }),
      { numRuns: RUNS },
    );
  });
});

test("describe gives what it gave, for any value", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const fn = Proxy.revocable(() => 0, {});
  fn.revoke();
  const odd = [proxy, fn.proxy, () => 0, Symbol("s"), 10n, -0, Number.NaN, undefined, null, [], {}, Object.create(null)];
  for (const value of odd) expect(describe(value)).toBe(formerDescribe(value));
  fc.assert(
    fc.property(anyValue, (value) => describe(value) === formerDescribe(value)),
    { numRuns: RUNS },
  );
});

test("pointer gives what it gave, for any key", () => {
  fc.assert(
    fc.property(
      fc.oneof(text, fc.string({ unit: fc.constantFrom("a", "~", "/", "0", "1"), maxLength: 120 }), fc.integer()),
      (key) => pointer("/p", key) === formerPointer("/p", key),
    ),
    { numRuns: RUNS },
  );
  for (const length of [99, 100, 101])
    expect(pointer("", "k".repeat(length))).toBe(formerPointer("", "k".repeat(length)));
});

test("topPointer, which keeps the pointers of the keys it met, gives what pointer gave at the top", () => {
  const keys = fc.oneof(text, fc.string({ unit: fc.constantFrom("a", "~", "/", "0", "1"), maxLength: 120 }));
  // Each key twice in a row (made, then the last one), then the key before it,
  // and all again later (kept), among more keys than are kept at once.
  fc.assert(
    fc.property(fc.array(keys, { minLength: 70, maxLength: 140 }), (drawn) => {
      const order = [...drawn, ...drawn];
      order.forEach((key, i) => {
        for (const looked of [key, key, order[i - 1] ?? key]) expectSame(topPointer(looked), formerPointer("", looked));
      });
    }),
    { numRuns: Math.ceil(RUNS / 100) },
  );
});

/** What formatIssue renders of an issue at "/p": the path, then the former message. */
const at = (message: string) => `/p ${message}`;

test("the messages that describe a value read as they did, rendered by formatIssue, the value itself received", () => {
  fc.assert(
    fc.property(anyValue, (value) => {
      const described = formerDescribe(value);
      const issues = [
        [expectedString("/p", value), `must be a string, got ${described}`],
        [expectedInteger("/p", value), `must be an integer, got ${described}`],
        [expectedList("/p", value), `must be a list, got ${described}`],
        [expectedObject("/p", value), `must be an object, got ${described}`],
        [notAnObject("/p", value), `must be a plain JSON object, got ${described}`],
        [badInterfaceVersion("/p", value, interfaceVersionText("IR_MB_")), `must be IR_MB_ followed by a version number, got ${described}`],
      ] as const;
      for (const [issue, former] of issues) {
        expectSame(formatIssue(issue), at(former));
        expectSame(issue.received, value);
      }
      // The value of an unknown field is received, not shown: its key is in the path.
      const unknown = unknownField("/p", value);
      expectEqual([formatIssue(unknown), unknown.received], [at("is not a field of this message"), value]);
      // options.interfaceVersion is not in the message: described in the message, never received.
      const pinned = badPinnedVersion("IR_MB_", value);
      expectSame(formatIssue(pinned), `options.interfaceVersion must be IR_MB_ followed by a version number, got ${described}`);
      expectSame("received" in pinned, false);
    }),
    { numRuns: RUNS },
  );
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 80 })), (value) => {
      // Reworded: the former `${described} is not a value of List` says what was expected first.
      const issue = unknownValue("/p", value, unknownValueText("List"));
      expectSame(formatIssue(issue), at(`must be one of the List values, got ${formerDescribe(value)}`));
      expectSame(issue.received, value);
    }),
    { numRuns: RUNS },
  );
  fc.assert(
    fc.property(fc.oneof(fc.integer(), fc.double()), fc.integer({ min: 1, max: 19 }), (value, max) => {
      const { negative, digits } = integerFormatTexts(max);
      const issue = integerFormatIssue("/p", value, negative, digits);
      const former =
        value < 0
          ? { code: "format", message: `must not be negative (N${max}), got ${formerDescribe(value)}` }
          : { code: "max-length", message: `must have at most ${max} digits (N${max}), got ${formerDescribe(value)}` };
      expectEqual(
        { code: issue.code, message: formatIssue(issue), received: issue.received },
        { code: former.code, message: at(former.message), received: value },
      );
    }),
    { numRuns: RUNS },
  );
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
  // A list too long: received, its length in the message, not read again.
  const list = new Proxy([], {
    get() {
      throw new Error("read");
    },
  });
  const tooMany = tooManyItems("/p", list);
  expect([formatIssue(tooMany), tooMany.received]).toEqual([at("must have at most 268435443 items"), list]);
});

test("formatIssue never throws, and shows no more of a value than describe", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const odd = [proxy, () => 0, Symbol("s"), 10n, undefined, null, [], Object.create(null), "x".repeat(1000)];
  const codes = ["type", "max-length", "unknown-value", "format", "not-an-object", "interface-version", "unknown-field"];
  fc.assert(
    // Drawn as a function that gives the value: fast-check cannot inspect a revoked proxy.
    fc.property(
      fc.oneof(
        anyValue.map((value) => () => value),
        fc.nat(odd.length - 1).map((i) => () => odd[i]),
      ),
      fc.constantFrom(...codes),
      (value, code) => {
        const shown = formatIssue({ path: "/p", code, message: "m", received: value() });
        if (shown.length >= 120) expect(shown.length).toBeLessThan(120);
        expectSame(shown.startsWith("/p m"), true);
      },
    ),
    { numRuns: RUNS },
  );
});
