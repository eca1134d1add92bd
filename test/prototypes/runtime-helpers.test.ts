// The runtime helpers the new validator shape uses, held to what they replace:
// the character-class loops to the formats' regular expressions, the split
// format issues to textFormatIssue, and the faster describe and pointer to
// their former JSON.stringify and replaceAll forms, on random text.
import fc from "fast-check";
import { describe as group, expect, test } from "vitest";
import {
  FORMAT_PATTERNS,
  type FormatClass,
  conformsA,
  conformsAN,
  conformsANS,
  conformsANSU,
  conformsANU,
  conformsN,
  formatCharsIssue,
  formatLengthIssue,
  textFormatIssue,
} from "../../generated/runtime/formats.js";
import {
  describe,
  describeAfter,
  expectedInteger,
  expectedList,
  expectedObject,
  expectedString,
  pointer,
  unknownValue,
  wrongType,
} from "../../generated/runtime/validation.js";

const RUNS = Number(process.env["PROPERTY_RUNS"] ?? 3000);
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

group.each(Object.keys(CONFORMS) as FormatClass[])("class %s", (charClass) => {
  test("conforms exactly when the format's regular expression matches", () => {
    fc.assert(
      fc.property(text, (value) => CONFORMS[charClass](value) === FORMAT_PATTERNS[charClass].test(value)),
      { numRuns: RUNS },
    );
  });

  test("the split issues are textFormatIssue's", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 20 }), (value, max) => {
        const split = !CONFORMS[charClass](value)
          ? formatCharsIssue("/f", value, charClass, max)
          : value.length > max
            ? formatLengthIssue("/f", value, charClass, max)
            : null;
        expect(split).toEqual(textFormatIssue("/f", value, charClass, max));
      }),
      { numRuns: RUNS },
    );
  });
});

/** describe and pointer as they were written before. */
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

test("describe gives what it gave, for any value", () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const fn = Proxy.revocable(() => 0, {});
  fn.revoke();
  const odd = [
    proxy,
    fn.proxy,
    () => 0,
    Symbol("s"),
    10n,
    -0,
    Number.NaN,
    undefined,
    null,
    [],
    {},
    Object.create(null),
  ];
  for (const value of odd) expect(describe(value)).toBe(formerDescribe(value));
  fc.assert(
    fc.property(
      fc.oneof(text, fc.string({ unit: "binary", maxLength: 80 }), fc.anything()),
      (value) => describe(value) === formerDescribe(value),
    ),
    {
      numRuns: RUNS,
    },
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
});

test("the messages built from describe read as they did", () => {
  const values = fc.oneof(text, fc.string({ unit: "binary", maxLength: 80 }), fc.anything());
  fc.assert(
    fc.property(values, (value) => {
      expect(describeAfter("got ", value)).toBe(`got ${formerDescribe(value)}`);
      expect(wrongType("/p", "a string", value).message).toBe(`must be a string, got ${formerDescribe(value)}`);
      expect(expectedString("/p", value)).toEqual(wrongType("/p", "a string", value));
      expect(expectedInteger("/p", value)).toEqual(wrongType("/p", "an integer", value));
      expect(expectedList("/p", value)).toEqual(wrongType("/p", "a list", value));
      expect(expectedObject("/p", value)).toEqual(wrongType("/p", "an object", value));
    }),
    { numRuns: RUNS },
  );
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 80 })), (value) => {
      expect(unknownValue("/p", value, "List").message).toBe(`${formerDescribe(value)} is not a value of List`);
    }),
    { numRuns: RUNS },
  );
});
