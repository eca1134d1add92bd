// The runtime helpers of the validators held to what they replaced, on random
// text: the character-class loops to the formats' regular expressions, and the
// issues built from the generator's constant texts (issues.ts, formats.ts),
// rendered by formatIssue, to the messages the runtime wrote before, in full,
// at run time (written out below as they were), each issue holding the value
// itself as `received` (but an unknown field's, or one that holds properties). Each property draws on the fixed seed
// (test/support/property-runs.ts) and counts what its draw reached: each
// verdict of each class, each issue, every kind of value described, keys that
// are escaped and cut; SIPS_DEEP=1 draws as many as before, on a fresh seed.
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
  expectedObject,
  interfaceVersionText,
  notAnObject,
  sinceIssue,
  unknownValueText,
  unreadable,
} from "../../generated/runtime/issues.js";
import { describe, describeKind, formatIssue } from "../../generated/runtime/issue-format.js";
import { badInterfaceVersion, expectedInteger, expectedList, expectedString, missingField, tooManyItems, unknownField, unknownValue } from "../support/issue-helpers.js";
import { pointer, topPointer } from "../../generated/runtime/json-pointer.js";
import { drawOf } from "../support/property-runs.js";
import { expectEqual, expectSame } from "../support/quick-expect.js";

/**
 * Per property: on the fixed seed by default, twice the draws at which its counters hold (100; 400 for formatIssue,
 * whose draw shares its values with the odd ones; 1 for topPointer, whose draw is 70 to 140 keys), and with
 * SIPS_DEEP=1 as many as before (test/support/property-runs.ts).
 */
const RUNS = [200, 3000] as const;
const FORMAT_ISSUE_RUNS = [800, 3000] as const;
const TOP_RUNS = [2, 30] as const;
/** The kinds of value anyValue draws. */
const DRAWN_KINDS = ["array", "boolean", "long string", "null", "number", "object", "string", "undefined"];
const CONFORMS: Record<FormatClass, (text: string) => boolean> = {
  N: conformsN,
  A: conformsA,
  AN: conformsAN,
  ANS: conformsANS,
  ANU: conformsANU,
  ANSU: conformsANSU,
};
/** Any UTF-16 text, lone surrogates and control characters included, text near each class, digits alone and letters alone. */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...'09azAZ@[`{ ~\u007f\u00e9\u0000\u001f/"\\'), maxLength: 30 }),
  fc.string({ unit: fc.constantFrom("0", "9"), maxLength: 30 }),
  fc.string({ unit: fc.constantFrom("a", "Z"), maxLength: 30 }),
);
/** Longer text than fast-check's default size draws: longer than describe shows. */
const longText = fc.string({ unit: "binary", maxLength: 80, size: "max" });
const anyValue = fc.oneof(text, longText, fc.anything());
/** Keys made of what pointers escape, some longer than a pointer keeps. */
const escapedKey = fc.string({ unit: fc.constantFrom("a", "~", "/", "0", "1"), maxLength: 120, size: "max" });

// What the runtime wrote before.
const MAX_SHOWN = 40;
/** What the counters tell apart: the kinds describe names, and a string cut from one shown whole. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string" && value.length > MAX_SHOWN) return "long string";
  return typeof value;
}
/** Keys that pointers escape or cut, and the rest. */
function keyKind(key: string | number): string {
  if (typeof key === "number") return "number";
  if (key.length > 100) return "long";
  return key.includes("~") || key.includes("/") ? "escaped" : "plain";
}
/** The first `n` units of a text, less a first half of a surrogate pair left last: a cut never splits a character. */
const cutWhole = (text: string, n: number): string =>
  /[\uD800-\uDBFF]$/.test(text.slice(0, n)) ? text.slice(0, n - 1) : text.slice(0, n);
function formerDescribe(value: unknown): string {
  try {
    if (value === null) return "null";
    if (Array.isArray(value)) return "an array";
    switch (typeof value) {
      case "string":
        return value.length > MAX_SHOWN
          ? `${JSON.stringify(cutWhole(value, MAX_SHOWN))}… (${[...value].length} characters)`
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
  if (t.length > 100) t = `${cutWhole(t, 100)}…`;
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
    const met = new Set<string>();
    fc.assert(
      fc.property(text, (value) => {
        const conforms = CONFORMS[charClass](value);
        met.add(value === "" ? "empty" : conforms ? "conforms" : "refused");
        return conforms === FORMAT_PATTERNS[charClass].test(value);
      }),
      drawOf(...RUNS),
    );
    // Text of the class and text out of it, not only the empty text.
    expect([...met].sort()).toEqual(["conforms", "empty", "refused"]);
  });

  test("the characters, then the length, as the former issue said", () => {
    const met = new Set<string>();
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 20 }), (value, max) => {
        const issue = !CONFORMS[charClass](value)
          ? formatCharsIssue("/f", value, formatCharsText(charClass, max))
          : value.length > max
            ? formatLengthIssue("/f", value, max, formatLengthText(charClass, max))
            : null;
        const former = formerFormatIssue(value, charClass, max);
        met.add(issue?.code ?? "none");
        expectEqual(
          issue && { path: issue.path, code: issue.code, message: formatIssue(issue) },
          former && { path: "/f", code: former.code, message: `/f ${former.message}` },
        );
        if (issue) expectSame(issue.received, value);
      }),
      drawOf(...RUNS),
    );
    // Wrong characters, too long, and neither.
    expect([...met].sort()).toEqual(["format", "max-length", "none"]);
  });
});

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
    "/p must be at most 40 characters, got 41",
  );
  // A lone surrogate is a code point of its own, as the rule counts it.
  expect(describe(`${"a".repeat(40)}\uD800`)).toBe(`"${"a".repeat(40)}"… (41 characters)`);
});

test("pointer gives what it gave, for any key", () => {
  const met = new Set<string>();
  fc.assert(
    fc.property(
      fc.oneof(text, escapedKey, fc.integer()),
      (key) => {
        met.add(keyKind(key));
        return pointer("/p", key) === formerPointer("/p", key);
      },
    ),
    drawOf(...RUNS),
  );
  expect([...met].sort()).toEqual(["escaped", "long", "number", "plain"]);
  for (const length of [99, 100, 101])
    expect(pointer("", "k".repeat(length))).toBe(formerPointer("", "k".repeat(length)));
});

test("topPointer, which keeps the pointers of the keys it met, gives what pointer gave at the top", () => {
  const keys = fc.oneof(text, escapedKey);
  // Each key twice in a row (made, then the last one), then the key before it,
  // and all again later (kept), among more keys than are kept at once.
  const met = new Set<string>();
  fc.assert(
    fc.property(fc.array(keys, { minLength: 70, maxLength: 140 }), (drawn) => {
      const order = [...drawn, ...drawn];
      order.forEach((key, i) => {
        met.add(keyKind(key));
        for (const looked of [key, key, order[i - 1] ?? key]) expectSame(topPointer(looked), formerPointer("", looked));
      });
    }),
    drawOf(...TOP_RUNS),
  );
  expect([...met].sort()).toEqual(["escaped", "long", "plain"]);
});

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
