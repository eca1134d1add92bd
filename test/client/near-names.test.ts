// nearNames, the one rule by which the package suggests a name (a field a
// strict call refuses, a handler's or an interfaceVersions key's operation):
// the closest known names within a few edits, case aside; else a container's
// field given at the top; none when nothing is close. Drawn over the registry's
// field names: a suggestion is always a known name, and a validator's `meant`
// is the one it gives where it gives one alone among the fields.
import fc from "fast-check";
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { refusedAmongFields } from "../../generated/runtime/beyond-facts.js";
import { nearNames } from "../../generated/runtime/closest-names.js";
import { unknownFieldIssue } from "../../generated/runtime/issues.js";
import { textField } from "../support/field-descriptor.js";
import { SLIP_KINDS, slipped } from "../support/name-slips.js";

test("the closest alone, every one as close where several are, a name in another case first of all", () => {
  // cardChecks is two edits away where cardCheck is one: only the closer is meant.
  expect(nearNames("cardChecr", ["cardOrder", "cardChecks", "cardCheck"])).toEqual(["cardCheck"]);
  expect(nearNames("customerIx", ["customerId", "customerIp", "customer"])).toEqual(["customerId", "customerIp"]);
  expect(nearNames("ORDERID", ["orderIds", "orderId"])).toEqual(["orderId"]);
  // A letter put for another, which no slip rule takes, is one edit: the field meant.
  expect(nearNames("normalReturnUrx", ["normalReturnUrl", "automaticResponseUrl"])).toEqual(["normalReturnUrl"]);
});

const OPERATIONS = [
  "cardOrder",
  "cardCheck",
  "cancel",
  "paymentTokenInitialize",
  "paymentProviderInitialize",
  "refund",
];

test("a misspelt operation's name gets the one it is a few edits from, not every operation", () => {
  expect(nearNames("paymentTokenInitialise", OPERATIONS)).toEqual(["paymentTokenInitialize"]);
  // Two letters swapped are one edit, not two: the closer of two.
  expect(nearNames("oredr", ["orders", "order"])).toEqual(["order"]);
  expect(nearNames("REFUND", OPERATIONS)).toEqual(["refund"]);
  // Equally close, in the order given.
  expect(nearNames("cancelx", ["cancels", "cancel"])).toEqual(["cancels", "cancel"]);
  expect(nearNames("cancelx", ["cancel", "cancels"])).toEqual(["cancel", "cancels"]);
  // A third of the length: one edit for a name of up to 5 letters.
  expect(nearNames("rfnd", OPERATIONS)).toEqual([]);
  expect(nearNames("refnd", OPERATIONS)).toEqual(["refund"]);
  expect(nearNames("getTransactionData", OPERATIONS)).toEqual([]);
});

test("nothing close: a container's field of that name, case aside, else none", () => {
  const elsewhere = ["cardData.cardNumber", "cardData.panExpiryDate", "fraudData.list.cardnumber"];
  expect(nearNames("CardNumber", ["amount", "orderId"], elsewhere)).toEqual([
    "cardData.cardNumber",
    "fraudData.list.cardnumber",
  ]);
  // A field of the message close enough comes first: the container's is not looked at.
  expect(nearNames("amounts", ["amount"], ["cardData.amounts"])).toEqual(["amount"]);
  // Neither a field close to it nor one of a container: none.
  expect(nearNames("cardNumbers", ["amount"], elsewhere)).toEqual([]);
  expect(nearNames("getTransactionData", ["cardOrder", "refund"])).toEqual([]);
  expect(nearNames("x", [])).toEqual([]);
});

/** Every field name of every message of the registry, and of its containers as "container.field". */
const names = [...new Set(Object.values(operations).flatMap((op) => op.request.fields.map((f) => f.name)))];
const contained = Object.values(operations).flatMap((op) =>
  op.response.fields.flatMap((f) => (f.fields ?? f.items?.fields ?? []).map((inner) => `${f.name}.${inner.name}`)),
);

test("the registry gives names to draw from, and containers' fields", () => {
  expect(names.length).toBeGreaterThan(20);
  expect(contained.length).toBeGreaterThan(0);
});

/** A typo of a known name: a slip, a letter put for another, or a text of its own. */
const typo = fc.oneof(
  fc
    .tuple(fc.constantFrom(...names), fc.constantFrom(...SLIP_KINDS), fc.nat())
    .map(([name, kind, at]) => slipped(name, kind, at)),
  fc
    .tuple(fc.constantFrom(...names), fc.nat(), fc.constantFrom("x", "Q", "_", "0"))
    .map(([name, at, letter]) => name.slice(0, at % name.length) + letter + name.slice((at % name.length) + 1)),
  fc.string({ maxLength: 24 }),
  fc.constantFrom(...contained).map((name) => name.slice(name.lastIndexOf(".") + 1).toUpperCase()),
);

test("a suggestion is always a known name, and a validator's meant is the one it gives alone among the fields", () => {
  fc.assert(
    fc.property(fc.subarray(names, { minLength: 1 }), typo, (known, name) => {
      const near = nearNames(name, known, contained);
      const outside = near.filter((n) => !known.includes(n) && !contained.includes(n));
      const { meant } = unknownFieldIssue("/k", name, known);
      const among = nearNames(name, known);
      const missed = meant !== (among.length === 1 ? among[0] : undefined);
      if (outside.length > 0 || missed) expect({ name, near, meant }).toBe("a suggestion of a known name");
    }),
    { numRuns: 2000 },
  );
});

test("strict's refusal of a container's field given at the top names it in its container, as no field meant", () => {
  const card = textField("cardData", { type: "container", fields: [textField("cardNumber"), textField("cvv")] });
  const known = new Set(["amount", "cardData"]);
  const [issue, ...more] = refusedAmongFields({ amount: 1, cardnumber: "x" }, known, true, [textField("amount"), card]);
  expect(more).toEqual([]);
  expect(issue?.message).toContain("; did you mean cardData.cardNumber?");
  expect(issue?.meant).toBeUndefined();
  // A field of a container within a container, named by both.
  const deep = textField("holder", { type: "container", fields: [card] });
  const [inner] = refusedAmongFields({ CVV: "1" }, new Set(["holder"]), true, [deep]);
  expect(inner?.message).toContain("; did you mean holder.cardData.cvv?");
  // A name close to none is refused naming none.
  const [far] = refusedAmongFields({ somethingElse: 1 }, known, true, [card]);
  expect(far?.message).not.toContain("did you mean");
});

test("strict's refusal of a name as close to two fields names both, and neither as meant", () => {
  const known = new Set(["customerId", "customerIp"]);
  const [issue, ...more] = refusedAmongFields({ customerIx: "1" }, known, true, []);
  expect(more).toEqual([]);
  expect(issue?.message).toContain("; did you mean customerId or customerIp?");
  expect(issue?.meant).toBeUndefined();
  // The one closest is meant.
  expect(refusedAmongFields({ customerIdxy: "1" }, known, true, [])[0]?.meant).toBe("customerId");
});
