// The names every operation declares and keeps (OperationFacts.declared and
// .internal, by hash), counted across the spec, and kept from one run to the
// next: the checks across files ask whether any two clash, and a save in
// --watch changes one operation among a thousand. Counting every operation's
// names again was some 12 ms of each save; the counts of the run before are
// brought up to date with the operations that came and went instead. An
// unchanged file's facts are the very object of the run before (memo.ts,
// parsedOnce), so an operation is told by identity; one made anew counts as
// one gone and one come, which costs its names only.

import type { OperationFacts } from "./spec-facts.js";

export interface DeclaredHashes {
  /** Whether some name is declared twice (by two operations, or in two roles of one) or declared and kept. */
  readonly clash: boolean;
  /** Whether an operation declares or keeps a name of this hash. */
  readonly has: (hash: string) => boolean;
  /** Whether an operation declares a name of this hash. */
  readonly declares: (hash: string) => boolean;
}

const declared = new Map<string, number>();
const kept = new Map<string, number>();
/** How many hashes clash: declared more than once, or declared and kept. */
let clashes = 0;
/** The operations counted, each with how many times it is. */
let counted = new Map<OperationFacts, number>();

const clashing = (hash: string): boolean => {
  const d = declared.get(hash) ?? 0;
  return d > 1 || (d > 0 && kept.has(hash));
};

function add(counts: Map<string, number>, hash: string, by: number): void {
  const was = clashing(hash);
  const now = (counts.get(hash) ?? 0) + by;
  if (now === 0) counts.delete(hash);
  else counts.set(hash, now);
  clashes += Number(clashing(hash)) - Number(was);
}

function count(op: OperationFacts, by: number): void {
  for (const hash of op.declared) add(declared, hash, by);
  for (const hash of op.internal) add(kept, hash, by);
}

/** The names of `operations`, counted: those of the operations of the last call, brought up to date. */
export function declaredHashes(operations: readonly OperationFacts[]): DeclaredHashes {
  const now = new Map<OperationFacts, number>();
  for (const op of operations) now.set(op, (now.get(op) ?? 0) + 1);
  for (const [op, times] of counted) if (!now.has(op)) count(op, -times);
  for (const [op, times] of now) {
    const before = counted.get(op) ?? 0;
    if (times !== before) count(op, times - before);
  }
  counted = now;
  return {
    clash: clashes > 0,
    has: (hash) => declared.has(hash) || kept.has(hash),
    declares: (hash) => declared.has(hash),
  };
}
