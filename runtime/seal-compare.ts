// A seal a message carries compared with the expected one in constant time:
// the time a comparison takes says nothing of how much of a forged seal is
// right, nor, over a list of keys, of which key sealed it.

/**
 * Whether a seal a message carries equals the expected one, compared in
 * constant time. Anything that is not a hexadecimal string of the right
 * length is simply not equal.
 */
export function sealsMatch(given: unknown, expected: string): boolean {
  return HEX.test(expected) && hexMatches(given, expected.toLowerCase());
}

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

/**
 * Whether a seal a message carries is `expected` (lower-case hexadecimal) in
 * either case, compared in constant time (see {@link hexDifference}).
 */
export function hexMatches(given: unknown, expected: string): boolean {
  return hexDifference(given, expected) === 0;
}

/**
 * 0 when a seal a message carries is `expected` (lower-case hexadecimal) in
 * either case, else a number from 1 to 0xFFFF: every character is compared,
 * with no exit or branch that depends on `expected`, so the time says nothing
 * of how much of a forged seal is right. A character that is not a hex digit
 * equals none of `expected`'s; a seal that is not a string of the expected
 * length differs at once (its length is not a secret). (Hex text compared here
 * is cheaper than bytes: a digest as a Buffer and a hex decode cost more than
 * the whole comparison.)
 */
export function hexDifference(given: unknown, expected: string): number {
  if (typeof given !== "string" || given.length !== expected.length) return 1;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) {
    const c = given.charCodeAt(i);
    // "A"-"F" read as "a"-"f", as hex decoding reads them (a branch on the given seal only).
    difference |= (c >= 65 && c <= 70 ? c + 32 : c) ^ expected.charCodeAt(i);
  }
  return difference;
}
