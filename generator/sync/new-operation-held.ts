// A page that makes a new operation of an interface whose prefix list it
// prints otherwise (CD_EF_3. where the list prints CD_EF_2.), while other
// operations of that interface take the list's text: the move is held
// (page-prefix-held, prefix-moves.ts), and the page's recommended version of
// the new major waits with it, as it does for a release (held-recommended.ts).
// Written with the operation, it would have the client declare CD_EF_3.1 in
// every request of it that gives none, which the spec describes as CD_EF_2.'s.
// The next pass leaves it as a difference beside the held move.

import type { SpecModel } from "../model/ir.js";
import type { SipsPage } from "../read/page/page-model.js";
import { compareText } from "../rules/code-point-order.js";
import { listPrefixOf } from "../rules/list-prefix.js";

export interface HeldOpening {
  /** The text the page prints for the interface (CD_EF_3.) and the list's (CD_EF_2.). */
  readonly to: string;
  readonly from: string;
  /** The operations of the interface that take the list's text. */
  readonly others: readonly string[];
}

/** The held move a new operation's recommended version would open, if any. */
export function heldOpening(page: SipsPage, prefix: string, model: SpecModel): HeldOpening | null {
  const others = model.operations
    .filter((op) => op.interfaceVersion.prefix === prefix)
    .map((op) => op.name)
    .sort(compareText);
  if (others.length === 0) return null;
  for (const list of model.valueLists) {
    if (list.match !== "prefix") continue;
    const from = list.values.find((v) => (v.prefix ?? listPrefixOf(v.value, undefined)) === prefix)?.value;
    if (from === undefined) continue;
    for (const field of page.request.fields) {
      if (field.container !== null) continue;
      const to = field.values.map((v) => v.value).find((t) => listPrefixOf(t, undefined) === prefix && t !== from);
      if (to !== undefined && !field.values.some((v) => v.value === from)) return { to, from, others };
    }
  }
  return null;
}
