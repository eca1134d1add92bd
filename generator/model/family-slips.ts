// An operation whose family is a slip away from another family of the spec
// (`family: office` beside Office's operations, as a file written by hand
// may have it): the registry, the reference index and openapi.json (a tag of
// its own) would name it apart, and nothing else says so. A warning, as a new family close to an old one may
// be meant; the family of fewer operations is the one said (of two alike,
// the later in code-point order).

import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import { compareText } from "../rules/code-point-order.js";
import { familySlipOf } from "../rules/family-slip.js";
import type { SpecModel } from "./ir.js";

/** A warning at each operation whose family is a slip of a family of more operations; `placeOf` its `family:` value. */
export function familySlips(
  model: SpecModel,
  placeOf: (operation: string) => SourceLocation | undefined,
): Diagnostic[] {
  const members = new Map<string, string[]>();
  for (const op of model.operations) {
    if (op.family === null) continue;
    const names = members.get(op.family);
    if (names) names.push(op.name);
    else members.set(op.family, [op.name]);
  }
  const out: Diagnostic[] = [];
  for (const [family, names] of [...members].sort(([a], [b]) => compareText(a, b))) {
    const meant = familySlipOf(family, members.keys());
    const others = meant === undefined ? [] : (members.get(meant) ?? []);
    if (meant === undefined || others.length < names.length || (others.length === names.length && meant > family))
      continue;
    for (const name of names) {
      const at = placeOf(name);
      if (at) out.push(diagnostic("family-slip", at, { family, meant, operations: others.length }));
    }
  }
  return out;
}
