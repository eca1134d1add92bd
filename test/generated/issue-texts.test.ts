// The runtime helpers of the validators held to what they replaced, on random
// text: the character-class loops to the formats' regular expressions, and the
// issues built from the generator's constant texts (issues.ts, formats.ts) to
// the messages the runtime wrote before, in full, at run time (written out
// below as they were).
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
} from "../../generated/runtime/formats.js";
import {
  badInterfaceVersion,
  badPinnedVersion,
  describe,
  expectedInteger,
  expectedList,
  expectedObject,
  expectedString,
  interfaceVersionText,
  sinceIssue,
  unknownValue,
  unknownValueText,
} from "../../generated/runtime/issues.js";
import { pointer } from "../../generated/runtime/validation.js";
import { runs } from "../support/property-runs.js";

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
        expect(issue).toEqual(former && { path: "/f", ...former });
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

test("the messages that describe a value read as they did", () => {
  fc.assert(
    fc.property(anyValue, (value) => {
      const described = formerDescribe(value);
      expect(expectedString("/p", value).message).toBe(`must be a string, got ${described}`);
      expect(expectedInteger("/p", value).message).toBe(`must be an integer, got ${described}`);
      expect(expectedList("/p", value).message).toBe(`must be a list, got ${described}`);
      expect(expectedObject("/p", value).message).toBe(`must be an object, got ${described}`);
      expect(badInterfaceVersion("/p", value, interfaceVersionText("IR_MB_")).message).toBe(
        `must be IR_MB_ followed by a version number, got ${described}`,
      );
      expect(badPinnedVersion("IR_MB_", value).message).toBe(
        `options.interfaceVersion must be IR_MB_ followed by a version number, got ${described}`,
      );
    }),
    { numRuns: RUNS },
  );
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 80 })), (value) => {
      expect(unknownValue("/p", value, unknownValueText("List")).message).toBe(
        `${formerDescribe(value)} is not a value of List`,
      );
    }),
    { numRuns: RUNS },
  );
  expect(sinceIssue("/p", 2, 37, undefined, "IR_MB_2.30").message).toBe(
    "appeared in interface version 2.37, but the request declares IR_MB_2.30",
  );
  expect(sinceIssue("/p", 2, 37, "2.30", "IR_MB_2.55").message).toBe(
    "appeared in interface version 2.37, but validation is pinned to 2.30",
  );
});
