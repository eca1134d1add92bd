// The rules of a value-list message (runtime/value-list-text.ts) for any list:
// a short one named whole, values only; a longer one by its first three values
// and a count of the others, each with its one meaning where it has one, cut
// to a few words that never end inside a character, inside a parenthesis left
// open or on a word that leads on; a value with several meanings named alone.
// Drawn lists hold values with no meaning and with several, meanings with a
// context clause, a parenthesis, a colon, non-ASCII text and runs of spaces.
import fc from "fast-check";
import { expect, test } from "vitest";
import { isWellFormed } from "../../generated/runtime/text-prefix.js";
import { namedValue, unknownValueText, valuesText } from "../../generated/runtime/value-list-text.js";
import { drawOf } from "../support/property-runs.js";

/** Up to this many values a list is named whole; past it, SHOWN values and a count. */
const NAMED = 8;
const SHOWN = 3;
/** The most of a meaning a message keeps, in UTF-16 units, "…" apart. */
const MEANING_MAX = 32;
const BASE = "must be one of the L values";

const LINKING = ["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"];
const word = fc.oneof(
  fc.constantFrom(...LINKING, "Or", "THE"),
  fc.stringMatching(/^[A-Za-z]{1,12}$/),
  fc.constantFrom("(ex:", "PAN)", "(3-D", "Secure)", "déjà", "reçu", "\u{1F4B3}card", "x\u{1F4B3}", "e.g.", "a:b"),
  fc.stringMatching(/^[A-Za-z]{30,40}$/),
  // A first word longer than a cut, a pair of UTF-16 units (a card's emoji) across the cut's end.
  fc.integer({ min: 28, max: 34 }).map((n) => `${"w".repeat(n)}\u{1F4B3}\u{1F4B3}`),
);
const separator = fc.constantFrom(" ", " ", " ", ", ", ". ", ": ", "; ", "  \n ");
const sentence = fc
  .tuple(fc.array(fc.tuple(word, separator), { minLength: 0, maxLength: 14 }), word, fc.constantFrom("", ".", " "))
  .map(([pairs, last, end]) => pairs.map(([w, s]) => w + s).join("") + last + end);
const meaning = fc.oneof(
  sentence,
  sentence.map((s) => `In response to opA and opB: ${s}`),
  sentence.map((s) => `in response to opC:  ${s}`),
  fc.constant("In response to opA:"),
);
const code = fc.stringMatching(/^[A-Z0-9]{1,4}$/);
/** A list of values, each with its meanings (none, one, several), as the spec gives them. */
const list = fc
  .uniqueArray(code, { minLength: 0, maxLength: 300 })
  .chain((codes) =>
    fc.tuple(
      fc.constant(codes),
      fc.array(fc.array(meaning, { maxLength: 3 }), { minLength: codes.length, maxLength: codes.length }),
    ),
  )
  .map(([codes, meanings]) => codes.map((c, i) => [c, meanings[i] ?? []] as const));

/** A meaning as the message words it before any cut: one line, no last period, no leading context clause. */
function wording(text: string): string {
  const line = text.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  const context = /^in response to [^:]*:\s*/i.exec(line)?.[0].length ?? 0;
  if (context === 0 || context >= line.length) return line;
  return line.charAt(context).toUpperCase() + line.slice(context + 1);
}

/** A linking word at the end of a cut, after a space. */
const LINKING_END = new RegExp(`\\s(?:${LINKING.join("|")})$`, "i");

/** The part of `left` that names one value of a longer list, checked against its rules; what follows it. */
function consumeNamed(left: string, value: string, meanings: readonly string[]): string {
  expect(left.startsWith(value)).toBe(true);
  let rest = left.slice(value.length);
  const [, one] = namedValue(value, meanings);
  if (one === null || one === "") return rest;
  // A value of one meaning is named with it; one of several, or none, is not (checked by the caller's next part).
  expect(meanings).toHaveLength(1);
  expect(rest.startsWith(" for ")).toBe(true);
  rest = rest.slice(" for ".length);
  const whole = wording(one);
  if (whole.length <= MEANING_MAX) {
    expect(rest.startsWith(whole)).toBe(true);
    return rest.slice(whole.length);
  }
  const end = rest.indexOf("…");
  expect(end).toBeGreaterThan(0);
  const shown = rest.slice(0, end);
  expect(whole.startsWith(shown)).toBe(true);
  expect(shown.length).toBeLessThanOrEqual(MEANING_MAX);
  expect(isWellFormed(shown)).toBe(true);
  // Cut where a word ends (a long first word alone may be cut inside), never on one that leads on, never leaving a
  // parenthesis open after its first character, nor a separator at the end.
  const next = whole.charAt(shown.length);
  if (shown.includes(" ") || shown.length < MEANING_MAX - 1) expect(next).toMatch(/[\s.,;:(]/);
  expect(shown).not.toMatch(LINKING_END);
  expect(shown).not.toMatch(/[\s,;:]$/);
  const open = shown.lastIndexOf("(");
  expect(open <= 0 || shown.includes(")", open)).toBe(true);
  return rest.slice(end + 1);
}

test("a list is named whole up to eight values, else by its first three with their one meaning and a count", () => {
  const reached = { empty: 0, short: 0, long: 0, cut: 0, several: 0, context: 0 };
  fc.assert(
    fc.property(list, (values) => {
      const named = values.map(([value, meanings]) => namedValue(value, meanings));
      const text = unknownValueText("L", named);
      if (values.length === 0) {
        reached.empty++;
        expect(text).toBe(BASE);
        return;
      }
      expect(text).toBe(`${BASE} (${valuesText(named)})`);
      const inner = valuesText(named);
      if (values.length <= NAMED) {
        reached.short++;
        expect(inner).toBe(values.map(([value]) => value).join(", "));
        return;
      }
      reached.long++;
      let left = inner;
      values.slice(0, SHOWN).forEach(([value, meanings], i) => {
        if (i > 0) {
          expect(left.startsWith(", ")).toBe(true);
          left = left.slice(2);
        }
        if (meanings.length > 1) reached.several++;
        if (meanings.length === 1 && /^\s*in response to [^:]*:\s*\S/i.test(meanings[0] ?? "")) reached.context++;
        if (meanings.length === 1 && wording(meanings[0] ?? "").length > MEANING_MAX) reached.cut++;
        left = consumeNamed(left, value, meanings);
      });
      expect(left).toBe(` and ${values.length - SHOWN} others`);
    }),
    drawOf(600, 6000),
  );
  for (const [what, count] of Object.entries(reached)) expect(count, what).toBeGreaterThan(5);
});

test("a value is named with its meaning where it has exactly one", () => {
  expect(namedValue("00", [])).toEqual(["00", null]);
  expect(namedValue("00", ["Accepted"])).toEqual(["00", "Accepted"]);
  expect(namedValue("00", ["In response to a: Accepted", "In response to b: Refused"])).toEqual(["00", null]);
});

test("a first sentence ends as a cut at a word does, and an empty meaning is none", () => {
  const nine = Array.from({ length: 9 }, (_, i) => [`V${i}`, null] as const);
  const first = (meaning: string) => valuesText([["A", meaning], ...nine]).split(", V0")[0];
  // ". " after an abbreviation inside a parenthesis: the cut leaves no parenthesis open.
  expect(first("Invalid payment mean data (e.g. the PAN or its expiry date)")).toBe("A for Invalid payment mean data…");
  expect(first("")).toBe("A");
});
