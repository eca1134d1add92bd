// Whether one family name is a slip of another: the same letters in another
// case, or, case aside, one character left out or added (`Ofice`, `Offfice`,
// `InApp` for In-App) or two neighbours swapped. The generator's did-you-mean
// goes further (a third of a name's edits, an abbreviation), right for a name
// that must be one of a list, but a family may be new: `Wallet` beside
// Walletpage, `Offline` beside Office are names of their own, not slips.

import { compareText } from "./code-point-order.js";

/** The first of `families` in code-point order that `family` is a slip of; undefined for none. */
export function familySlipOf(family: string, families: Iterable<string>): string | undefined {
  let meant: string | undefined;
  for (const known of families)
    if (isFamilySlip(family, known) && (meant === undefined || compareText(known, meant) < 0)) meant = known;
  return meant;
}

/** Whether `name` is `known` in another case, or, case aside, with one character left out, added, or swapped with the next. */
export function isFamilySlip(name: string, known: string): boolean {
  if (name === known) return false;
  const a = name.toLowerCase();
  const b = known.toLowerCase();
  if (a === b) return true;
  if (a.length === b.length + 1) return leavesOut(a, b);
  if (b.length === a.length + 1) return leavesOut(b, a);
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Whether `shorter` is `longer` with one character left out. */
function leavesOut(longer: string, shorter: string): boolean {
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}
