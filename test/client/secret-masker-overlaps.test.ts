// Every occurrence of every secret of a request is masked in a reply's text, those that overlap included (a
// security code whose last digits are the card number's first, a code within the number, a number twice with a
// shared part), wherever they are (the text's start and end): no digit of a secret is left shown, and nothing but
// a secret's characters is masked. A property on random texts with secrets put in, against a plain reading of
// where each secret is; then the cases that the leftmost match left shown.
import fc from "fast-check";
import { expect, test } from "vitest";
import type { FieldDescriptor } from "../../generated/runtime/field-descriptor.js";
import { SECRET_MASK, secretMasker } from "../../generated/runtime/client-secrets.js";
import { drawOf } from "../support/property-runs.js";
import { textField } from "../support/field-descriptor.js";

const secret = (name: string): FieldDescriptor => textField(name, { sensitive: "a secret" });
const maskerOf = (values: Record<string, string>) =>
  secretMasker({ fields: Object.keys(values).map(secret), factsStop: null }, JSON.stringify(values));
const M = SECRET_MASK;

/**
 * Where `secret` (digits) is in `text` at `at`, read plainly: its digits one by one, a space or a dash allowed
 * before each but the first (a number printed in groups); the end of the occurrence, or -1.
 */
function occurrenceEnd(text: string, at: number, secret: string): number {
  let i = at;
  for (const [n, digit] of Array.from(secret).entries()) {
    if (n > 0 && (text[i] === " " || text[i] === "-")) i++;
    if (text[i] !== digit) return -1;
    i++;
  }
  return i;
}

/** Which characters of `text` belong to some occurrence of some secret, and whether two occurrences overlap. */
function covered(text: string, secrets: readonly string[]): { readonly at: boolean[]; readonly overlaps: boolean } {
  const at = Array.from(text, () => false);
  const spans: [number, number][] = [];
  for (const s of secrets)
    for (let i = 0; i < text.length; i++) {
      const end = occurrenceEnd(text, i, s);
      if (end < 0) continue;
      spans.push([i, end]);
      at.fill(true, i, end);
    }
  const overlaps = spans.some(([a, b], i) => spans.some(([c, d], j) => i !== j && a < d && c < b));
  return { at, overlaps };
}

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });

/** A card number, a security code made to overlap it (its end is the card's start) or to lie within it, or apart. */
const secrets = fc
  .record({
    card: digits(13, 19),
    code: digits(1, 4),
    shared: fc.integer({ min: 0, max: 3 }),
    within: fc.boolean(),
  })
  .map(({ card, code, shared, within }) => ({
    card,
    code: within ? card.slice(5, 5 + Math.max(3, code.length)) : `${code}${card.slice(0, shared)}`.slice(-4),
  }));

/** A text made of filler (digits among others), the secrets, a secret's start and overlaps of the two. */
const texts = (s: { card: string; code: string }) => {
  const grouped = (value: string) => value.replace(/(\d{4})(?=\d)/g, "$1 ");
  const piece = fc.oneof(
    fc.string({ unit: fc.constantFrom(..."0123456789 -ab:"), maxLength: 6 }),
    fc.constantFrom(s.card, s.code, grouped(s.card), `${s.code}${s.card}`, `${s.card}${s.card.slice(-3)}`),
    // Sharing digits: the code's end as the card's start, whatever the code drawn.
    fc.integer({ min: 1, max: Math.min(3, s.code.length) }).map((n) => `${s.code}${s.card.slice(n)}`),
  );
  return fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(""));
};

test("every character of every occurrence of a secret is masked, overlapping ones included, and no other", () => {
  let overlapping = 0;
  let atStart = 0;
  let atEnd = 0;
  fc.assert(
    fc.property(
      secrets.chain((s) => fc.tuple(fc.constant(s), texts(s))),
      ([s, text]) => {
        const masked = maskerOf({ cardNumber: s.card, cscValue: s.code })(text);
        const { at, overlaps } = covered(text, [s.card, s.code]);
        if (overlaps) overlapping++;
        if (at[0]) atStart++;
        if (at.at(-1)) atEnd++;
        // The text less its secrets' characters is what the masks leave, in order.
        const kept = Array.from(text)
          .filter((_, i) => !at[i])
          .join("");
        expect(masked.split(M).join("")).toBe(kept);
        // No secret is left whole in what is shown between masks.
        for (const shown of masked.split(M)) expect(covered(shown, [s.card, s.code]).at).not.toContain(true);
        // Each run of masked characters is masked, none left as it was.
        if (at.includes(true)) expect(masked).toContain(M);
      },
    ),
    drawOf(400, 5000),
  );
  // The draw reached what the property is about.
  expect(overlapping).toBeGreaterThan(40);
  expect(atStart).toBeGreaterThan(20);
  expect(atEnd).toBeGreaterThan(20);
});

test("a security code directly followed by the card, sharing its first digit, leaves none of the card shown", () => {
  const mask = maskerOf({ cscValue: "034", pan: "4970100000000003" });
  expect(mask("034970100000000003")).toBe(M);
  expect(mask("code+card 034970 1000 0000 0003 end")).toBe(`code+card ${M} end`);
  // Apart, or only touching, each is masked by its own.
  expect(mask("0344970100000000003")).toBe(`${M}${M}`);
  expect(mask("034 and 4970100000000003")).toBe(`${M} and ${M}`);
});

test("a secret within another, or sharing digits with itself, is masked whole wherever it starts", () => {
  const mask = maskerOf({ pan: "4970100000000003", cscValue: "0030" });
  // The code within the card, and one that starts in its last digits and ends past it.
  expect(mask("49701000000000030 x")).toBe(`${M} x`);
  expect(mask("4970100000000030 x")).toBe(`497010000000${M} x`);
  expect(maskerOf({ cscValue: "1212" })("x 121212 y")).toBe(`x ${M} y`);
});

test("a cut text whose end starts a secret that overlaps another is masked from the first's start", () => {
  const mask = maskerOf({ cscValue: "034", pan: "4970100000000003" });
  expect(mask("reply 0349701", true)).toBe(`reply ${M}`);
  // Not cut: the card's start alone is no secret.
  expect(mask("reply 0349701")).toBe(`reply ${M}9701`);
});
