// A conflicting-container error says how the two definitions of one type
// differ: adding getPaymentMeanData, whose reply holds the WalletPaymentMeanData
// type that getWalletData's list holds, the error said "its description or its
// fields", and the maintainer had to find that one sentence of description
// differed.
import { expect, test } from "vitest";
import type { RawField } from "../../generator/rules/raw-spec.js";
import { containerDifference } from "../../generator/validate/shape-signature.js";

const field = (description: string): RawField => ({ presence: "optional", since: "2.0", description });
const container = (description: string | undefined, fields: Record<string, RawField>): RawField => ({
  type: "container",
  ...(description === undefined ? {} : { description }),
  fields,
});

test("the descriptions, quoted, here then there", () => {
  const fields = { paymentMeanId: field("Identifier.") };
  expect(containerDifference(container("The payment mean read.", fields), container("A payment mean.", fields))).toBe(
    'its description ("The payment mean read." here, "A payment mean." there)',
  );
  expect(containerDifference(container(undefined, fields), container("A payment mean.", fields))).toBe(
    'its description (none here, "A payment mean." there)',
  );
});

test("the fields only one holds, and those both hold written otherwise", () => {
  const here = container("A card.", { holder: field("Holder."), expiry: field("Expiry."), pan: field("Number.") });
  const there = container("A card.", {
    holder: field("Holder."),
    expiry: field("Expiry date."),
    brand: field("Brand."),
  });
  expect(containerDifference(here, there)).toBe(
    "fields only here (pan); fields only there (brand); fields written otherwise (expiry)",
  );
});

test("a field named as a property every object inherits is one only a side holds", () => {
  const here = container("A card.", {
    holder: field("Holder."),
    constructor: field("Maker."),
    toString: field("Text."),
  });
  const there = container("A card.", { holder: field("Holder.") });
  expect(containerDifference(here, there)).toBe("fields only here (constructor, toString)");
  expect(containerDifference(there, here)).toBe("fields only there (constructor, toString)");
});
