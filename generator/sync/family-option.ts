// The family `--family` gives the operations sync makes. A family the spec
// does not have yet is written as given (the first operation of a new one),
// but one a slip away from a family it has ("office", "Offfice" for Office)
// would give the operation a family of its own in the registry, the
// reference index and openapi.json's tags, and nothing after sync would say so: it is refused, naming the
// family meant. A slip by rules/family-slip.ts: `Wallet` beside Walletpage is
// a new family, taken.

import type { SpecModel } from "../model/ir.js";
import { compareText } from "../rules/code-point-order.js";
import { familySlipOf } from "../rules/family-slip.js";

/** Why `--family` is refused, or null: a family of the spec, or a new one that is no slip of any of them. */
export function familyOptionProblem(family: string, model: SpecModel): string | null {
  const families = [...new Set(model.operations.flatMap((op) => (op.family === null ? [] : [op.family])))].sort(
    compareText,
  );
  if (families.includes(family)) return null;
  const meant = familySlipOf(family, families);
  if (meant === undefined) return null;
  return `--family ${JSON.stringify(family)} is no family of the spec; did you mean ${meant}? (the spec's families: ${families.join(", ")}; a new family is taken as given where it is no slip of one of them). Nothing was written.`;
}
