// A recommended version of the major a held prefix move would open
// (CD_EF_3.1 where the list's value stays CD_EF_2.) waits with the move. The
// client declares the recommended version in every request that gives none,
// and Sips answers such a request as that major does, while the spec, held,
// still describes the old major's requests: writing it alone would have every
// sender declare a major whose messages the package does not describe. Held,
// the page's recommended version stays a difference left to the maintainer,
// beside the page-prefix-held that names the edits; it is written when the
// move is, or kept by a deviation with the old value (kept-move-recommended.ts
// for a move a deviation of the field's values keeps out).

import type { PageDifference } from "./page-difference.js";
import type { PrefixHeld } from "./prefix-moves.js";
import { holdTogether, unwrittenTogether } from "./recommended-versions.js";

/** The operation's differences, a recommended version of a held move's new text left unwritten. */
export function holdRecommended(
  differences: readonly PageDifference[],
  operation: string,
  held: readonly PrefixHeld[],
  kept: ReadonlySet<string>,
): PageDifference[] {
  const opens = opensHeld(operation, held);
  // The held line says why the new major's own version waits; another interface's says it waits with that one.
  return opens === null ? [...differences] : holdTogether(differences, kept, opens, (d) => d.page);
}

/** The versions holdRecommended leaves unwritten for the operation, the held major's own among them, as page-prefix-held names them. */
export function unwrittenRecommended(
  differences: readonly PageDifference[],
  operation: string,
  held: readonly PrefixHeld[],
  kept: ReadonlySet<string>,
): UnwrittenRecommended | null {
  const opens = opensHeld(operation, held);
  return opens === null ? null : unwrittenTogether(differences, kept, opens);
}

/** Whether a version is of a major the operation's held moves would open; null where none of them moves it. */
function opensHeld(operation: string, held: readonly PrefixHeld[]): ((version: string) => boolean) | null {
  const moving = held.filter((h) => h.operations.includes(operation));
  return moving.length === 0 ? null : (version) => moving.some((h) => version.startsWith(h.to));
}

/** The versions a held move keeps unwritten for one operation: those of the held major, and every one its edit waits with. */
export type UnwrittenRecommended = NonNullable<ReturnType<typeof unwrittenTogether>>;
