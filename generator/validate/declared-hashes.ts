// The names every operation declares and keeps (OperationFacts.declared and
// .internal, by hash), counted across the spec, and kept from one run to the
// next: the checks across files ask whether any two clash, and a save in
// --watch changes one operation among a thousand. Counting every operation's
// names again was some 12 ms of each save; the counts of the run before are
// brought up to date with the operations that came and went instead. An
// unchanged file's facts are the very object of the run before (memo.ts,
// parsedOnce), so an operation is told by identity; one made anew counts as
// one gone and one come, which costs its names only. A process's first call
// has nothing to bring up to date: it checks the names with two Sets, built
// by the engine from every operation's list at once, where counting some
// 40,000 names one by one in code not yet optimized cost 15-50 ms of a run;
// the counts are made from those Sets only if a later call (--watch) asks.

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
/** The operations of a first call, checked at once and not counted yet (checkedAtOnce), with what it found. */
let pending: {
  readonly operations: readonly OperationFacts[];
  readonly declared: ReadonlySet<string>;
  readonly clash: boolean;
} | null = null;

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
  if (counted.size === 0 && pending === null) return checkedAtOnce(operations);
  if (pending !== null) countPending(pending);
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

/** The names of `operations` checked with a Set of the declared and one of the kept; counted later (countPending). */
function checkedAtOnce(operations: readonly OperationFacts[]): DeclaredHashes {
  // List by list: flatMap costs half again as much before it is optimized, and all lists spread at once would be one call's arguments.
  const names: string[] = [];
  const keptNames: string[] = [];
  for (const op of operations) {
    names.push(...op.declared);
    keptNames.push(...op.internal);
  }
  const declaredNow = new Set(names);
  const keptNow = new Set(keptNames);
  // A name declared twice (by two operations, in two roles of one, or by one file listed twice) is in the list twice.
  let clash = declaredNow.size !== names.length;
  for (const hash of keptNow) clash ||= declaredNow.has(hash);
  // A copy: the counts made later are of the list as it is now.
  pending = { operations: [...operations], declared: declaredNow, clash };
  return {
    clash,
    has: (hash) => declaredNow.has(hash) || keptNow.has(hash),
    declares: (hash) => declaredNow.has(hash),
  };
}

/** The counts of a first call's operations, made for the call after it. */
function countPending(first: NonNullable<typeof pending>): void {
  pending = null;
  const now = new Map<OperationFacts, number>();
  for (const op of first.operations) now.set(op, (now.get(op) ?? 0) + 1);
  if (first.clash) for (const [op, times] of now) count(op, times);
  else {
    // No name declared twice: each counts once, and none is kept (its operations' lists are not read again).
    for (const hash of first.declared) declared.set(hash, 1);
    for (const op of first.operations) for (const hash of op.internal) kept.set(hash, (kept.get(hash) ?? 0) + 1);
  }
  counted = now;
}
