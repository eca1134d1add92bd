// The one rule by which the package suggests a name for a misspelt one
// (nearNames): a configuration's error, a mock's handler, a field a strict
// call refuses, a validator's unknown key (issues.ts).
// Generated code depends on no package, so the edit distance is computed here
// (edit-distance.ts).

import { apartAtLeast, characterBits, comparable, editsWithin } from "./edit-distance.js";

/** At most this many edits, and at most a third of the name's length (at least 1): a likely typo, not another name. */
const MAX_EDITS = 3;

/** The edits a name of `length` may be from a name it is meant for: a third of its length, at least 1, at most 3. */
const editsAllowed = (length: number): number => Math.min(MAX_EDITS, Math.max(1, Math.floor(length / 3)));

const NONE: readonly string[] = Object.freeze([]);

/**
 * The names `name` is plausibly meant for, as every suggestion of the package names them: of `names`, the
 * closest within a few edits (case aside, so one in another case is the closest of all; two adjacent letters
 * swapped count as one edit, as a typist makes them; at most a third of the name's length, at least 1, at most
 * 3), every one as close where several are, in the order given; where none is, the names held `elsewhere`
 * (a field of a container, "cardData.cardNumber", given at the top) whose last segment `name` is, case aside;
 * none when nothing is close. A suggestion is always one of the names given. A validator's `meant` is this rule
 * without `elsewhere` ({@link nearNamesAmong}).
 */
export function nearNames(name: string, names: readonly string[], elsewhere: readonly string[] = NONE): string[] {
  const compared = names.map(comparable);
  const near = nearest(name, names, compared, compared.map(characterBits));
  if (near !== undefined) return near;
  const lower = name.toLowerCase();
  return elsewhere.filter((known) => known.slice(known.lastIndexOf(".") + 1).toLowerCase() === lower);
}

/** How a suggestion is said: "did you mean test?", "did you mean A or B?" for names {@link nearNames} gave. */
export const youMean = (near: readonly string[]): string => `did you mean ${near.join(" or ")}?`;

/**
 * {@link nearNames} without `elsewhere`, over `names` given once (a validator's fields, at its module's load),
 * each made comparable, and its character bits worked out, then (at the first name asked) listed under each
 * length of a name it may be near: a name asked of them allocates nothing more than the list returned, visits
 * only the names of a length near its own, and leaves one of characters too far from its own after a test or two.
 */
export function nearNamesAmong(names: readonly string[]): (name: string) => readonly string[] {
  const compared = names.map(comparable);
  const bits = compared.map(characterBits);
  const every: Near = { names, compared, bits, union: unionOf(bits) };
  // Made at the first name asked: most validators never meet an unknown key, and their module's load pays none.
  let byLength: readonly Near[] | undefined;
  return (name) => {
    const word = comparable(name);
    // Lower case may change a name's length (not an ASCII one's): such a name visits every name.
    const near = word.length === name.length ? (byLength ??= nearByLength(every))[name.length] : every;
    if (near === undefined || near.names.length === 0) return NONE;
    // One test for the whole list: the name holds more kinds of character than the edits allowed that none of
    // them holds (its bits against the ones it shares with them), so each of them is too far on its own.
    const mine = characterBits(word);
    if (apartAtLeast(mine, mine & near.union, editsAllowed(name.length))) return NONE;
    return nearest(name, near.names, near.compared, near.bits, word) ?? NONE;
  };
}

/** Names, as {@link nearest} reads them: themselves, made comparable, and their character bits. */
interface Near {
  readonly names: readonly string[];
  readonly compared: readonly string[];
  readonly bits: readonly number[];
  /** Every character bit of theirs: a name holding too many outside it is near none of them. */
  readonly union: number;
}

const unionOf = (bits: readonly number[]): number => bits.reduce((all, one) => all | one, 0);

/** A list of {@link Near} as it is filled. */
interface Filling {
  names: string[];
  compared: string[];
  bits: number[];
  union: number;
}

const EMPTY: Near = Object.freeze({ names: NONE, compared: NONE, bits: Object.freeze([]), union: 0 });

/**
 * Of `every`, by the length of a name compared with them, the ones of a length within the edits that name
 * allows, in the order given (equally close names are found in that order): a name longer than the last length
 * listed is near none. One pass over the names, each put in the few lists of the lengths near its own: the
 * first key asked pays for the names, not for the names times their lengths.
 */
function nearByLength(every: Near): readonly Near[] {
  const byLength: (Filling | undefined)[] = [];
  every.compared.forEach((name, i) => {
    for (let length = Math.max(0, name.length - MAX_EDITS); length <= name.length + MAX_EDITS; length++) {
      if (Math.abs(name.length - length) > editsAllowed(length)) continue;
      while (byLength.length <= length) byLength.push(undefined);
      const near = (byLength[length] ??= { names: [], compared: [], bits: [], union: 0 });
      near.names.push(every.names[i] as string);
      near.compared.push(name);
      near.bits.push(every.bits[i] as number);
      near.union |= every.bits[i] as number;
    }
  });
  return byLength.map((near) => near ?? EMPTY);
}

/**
 * The closest of `names` (`compared`, as comparable gives them, of the character bits `bits`) within the edits
 * `name` (`word`, made comparable) allows; undefined for none. A name of a length, or of characters, too far from
 * `name` is left without its table: most are.
 */
function nearest(
  name: string,
  names: readonly string[],
  compared: readonly string[],
  bits: readonly number[],
  word: string = comparable(name),
): string[] | undefined {
  // Worked out at the first name of a length near enough: a name of no such length reads no character of its own.
  let mine: number | undefined;
  // Each name found closer than the ones before lowers the limit: farther ones are left sooner.
  let limit = editsAllowed(name.length);
  let near: string[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const other = compared[i] as string;
    if (Math.abs(other.length - word.length) > limit) continue;
    mine ??= characterBits(word);
    if (apartAtLeast(mine, bits[i] as number, limit)) continue;
    const edits = editsWithin(word, other, limit);
    if (edits > limit) continue;
    if (near === undefined || edits < limit) near = [names[i] as string];
    else near.push(names[i] as string);
    limit = edits;
  }
  return near;
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
