// The names closest to a misspelt one, and the one rule by which the package
// suggests a name (nearNames): a configuration's error, a mock's handler, a
// field a strict call refuses, a validator's unknown key (issues.ts).
// Generated code depends on no package, so the edit distance is computed here
// (edit-distance.ts).

import { comparable, editsWithin } from "./edit-distance.js";

/** At most this many edits, and at most a third of the name's length (at least 1): a likely typo, not another name. */
const MAX_EDITS = 3;

/** The edits a name of `length` may be from a name it is meant for: a third of its length, at least 1, at most 3. */
const editsAllowed = (length: number): number => Math.min(MAX_EDITS, Math.max(1, Math.floor(length / 3)));

/**
 * The names of `names` within a few edits of `name` (case aside; two adjacent letters swapped count as one edit,
 * as a typist makes them), the closest first and, among equally close, in the order given; empty when none is close.
 */
export function closestNames(name: string, names: readonly string[]): string[] {
  const word = comparable(name);
  const limit = editsAllowed(name.length);
  const near: { readonly name: string; readonly edits: number }[] = [];
  for (const candidate of names) {
    const edits = editsWithin(word, comparable(candidate), limit);
    if (edits <= limit) near.push({ name: candidate, edits });
  }
  // A stable sort: equally close names keep the order given.
  return near.sort((a, b) => a.edits - b.edits).map((n) => n.name);
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The names `name` is plausibly meant for, as every suggestion of the package names them: of `names`, the
 * closest within a few edits (closestNames: case aside, so one in another case is the closest of all; at most a
 * third of the name's length), every one as close where several are; where none is, the names held `elsewhere`
 * (a field of a container, "cardData.cardNumber", given at the top) whose last segment `name` is, case aside;
 * none when nothing is close. A suggestion is always one of the names given. A validator's `meant` is this rule
 * without `elsewhere`, worked out once a key is unknown (issues.ts, unknownFieldOf): a name close to none
 * allocates nothing but the empty list returned.
 */
export function nearNames(name: string, names: readonly string[], elsewhere: readonly string[] = NONE): string[] {
  const word = comparable(name);
  // Each name found closer than the ones before lowers the limit: farther ones are left sooner.
  let limit = editsAllowed(name.length);
  let near: string[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const candidate = names[i] as string;
    const edits = editsWithin(word, comparable(candidate), limit);
    if (edits > limit) continue;
    if (near === undefined || edits < limit) near = [candidate];
    else near.push(candidate);
    limit = edits;
  }
  if (near !== undefined) return near;
  if (elsewhere.length === 0) return [];
  const lower = name.toLowerCase();
  return elsewhere.filter((known) => known.slice(known.lastIndexOf(".") + 1).toLowerCase() === lower);
}

/**
 * The lengths a name near one of `names` (nearNames) may have, as the bits of a number, for a validator to work out
 * once at its module's load: bit i (0 to 30) where a name's length is within the edits a name of length i is
 * allowed, bit 31 where a name is long enough to be near one longer than 30. A key whose bit is clear is near no
 * name, and no name is asked ({@link mayBeNear}).
 */
export function nearLengths(names: readonly string[]): number {
  let bits = 0;
  for (const name of names) {
    for (let i = 0; i <= 30; i++) if (Math.abs(name.length - i) <= editsAllowed(i)) bits |= 1 << i;
    if (name.length >= 31 - MAX_EDITS) bits |= 1 << 31;
  }
  return bits;
}

/** Whether a key of `length` may be near a name, by the bits {@link nearLengths} gave: one test, not one per name. */
export const mayBeNear = (length: number, lengths: number): boolean =>
  ((lengths >>> (length > 30 ? 31 : length)) & 1) === 1;
