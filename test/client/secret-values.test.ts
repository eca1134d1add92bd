// Which issues of a reply lose their value because it holds a secret of the
// request (withoutSecretValues), on fixture descriptors: a text or a number
// that holds one; a text too long to be checked, wherever the request holds a
// secret; every other value kept, the longest checked one among them.
import { expect, test } from "vitest";
import type { FieldDescriptor } from "../../generated/runtime/field-descriptor.js";
import { LONGEST_CHECKED_VALUE, secretMasker, withoutSecretValues } from "../../generated/runtime/client-secrets.js";
import { issueWith } from "../../generated/runtime/validation.js";
import { textField } from "../support/field-descriptor.js";

const field = (name: string, sensitive?: string): FieldDescriptor =>
  textField(name, sensitive === undefined ? {} : { sensitive });

const CARD = "4970100000000003";
const withCard = secretMasker(
  { fields: [field("pan", "a card"), field("orderId")], factsStop: null },
  JSON.stringify({ pan: CARD, orderId: "o-1" }),
);
const withoutSecret = secretMasker({ fields: [field("orderId")], factsStop: null }, JSON.stringify({ orderId: "o-1" }));

/** Which of the issues of `values` (one a value, at /0, /1, ...) keep their value. */
const kept = (values: unknown[], mask: typeof withCard): boolean[] =>
  withoutSecretValues(
    values.map((v, i) => issueWith(`/${i}`, "format", "a message", v)),
    mask,
  ).map((issue) => "received" in issue);

test("a number that is the card, as a reply may send it where a text is due, loses its value; another keeps it", () => {
  expect(kept([Number(CARD), 1250, `card ${CARD}`, "o-1"], withCard)).toEqual([false, true, false, true]);
});

test("a text longer than the longest checked is not shown where the request holds a secret; the longest checked is read", () => {
  const longest = "x".repeat(LONGEST_CHECKED_VALUE);
  const longer = `${"x".repeat(LONGEST_CHECKED_VALUE - CARD.length + 1)}${CARD}`;
  expect(longer.length).toBe(LONGEST_CHECKED_VALUE + 1);
  expect(kept([longest, longer, `${longest}x`], withCard)).toEqual([true, false, false]);
  expect(kept([longest, longer, `${longest}x`], withoutSecret)).toEqual([true, true, true]);
});
