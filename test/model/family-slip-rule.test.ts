// A family is a slip of another only where a typist's one slip makes it (another
// case, a character left out or added, two neighbours swapped): a new family
// near an old one, `Wallet` beside Walletpage, is a family of its own, which
// sync --family takes and generate says nothing of. The did-you-mean the rule
// replaced refused `--family Wallet` (an abbreviation of Walletpage) and
// `--family Offline` (two edits from Office), with no way to give either.
import fc from "fast-check";
import { expect, test } from "vitest";
import { familySlipOf, isFamilySlip } from "../../generator/rules/family-slip.js";
import { drawOf } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

const FAMILIES = ["In-App", "Office", "Paypage", "Walletpage"];

test("slips of the spec's families name the family meant; near names that are no slip name none", () => {
  const slips: Record<string, string> = {
    office: "Office",
    OFFICE: "Office",
    Ofice: "Office",
    Offfice: "Office",
    Offiec: "Office",
    Offcie: "Office",
    InApp: "In-App",
    "in-app": "In-App",
    Walletpages: "Walletpage",
    aPypage: "Paypage",
  };
  for (const [family, meant] of Object.entries(slips)) expect(familySlipOf(family, FAMILIES), family).toBe(meant);
  for (const family of ["Wallet", "Pay", "Off", "Offline", "PayPal", "Offers", "Tokens", "Offixe", ...FAMILIES])
    expect(familySlipOf(family, FAMILIES), family).toBeUndefined();
});

/** Every name one slip from `name` by the rule's own words, made by editing it. */
function slipsMade(name: string, alphabet: readonly string[]): Set<string> {
  const out = new Set<string>([name.toLowerCase(), name.toUpperCase()]);
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length) out.add(name.slice(0, i) + name.slice(i + 1));
    for (const c of alphabet) out.add(name.slice(0, i) + c + name.slice(i));
    if (i + 1 < name.length) out.add(name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2));
  }
  out.delete(name);
  return out;
}

test("the rule is what its edits make, case aside, either way round", () => {
  const unit = fc.constantFrom("a", "b", "A", "-");
  const reached = { slip: 0, none: 0 };
  fc.assert(
    fc.property(fc.string({ unit, minLength: 1, maxLength: 6 }), fc.string({ unit, maxLength: 7 }), (known, name) => {
      const made = [...slipsMade(known, ["a", "b", "A", "-"])].some(
        (slip) => slip.toLowerCase() === name.toLowerCase() && name !== known,
      );
      const lowerSame = name !== known && name.toLowerCase() === known.toLowerCase();
      // Compared first, expect called on a difference (quick-expect.ts): this runs for each draw.
      expectSame(isFamilySlip(name, known), made || lowerSame, `${name} ~ ${known}`);
      expectSame(isFamilySlip(known, name), isFamilySlip(name, known));
      reached[made || lowerSame ? "slip" : "none"]++;
    }),
    drawOf(3000, 30000),
  );
  expect(reached.slip).toBeGreaterThan(100);
  expect(reached.none).toBeGreaterThan(100);
});
