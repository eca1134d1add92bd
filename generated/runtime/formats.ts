// Generated from spec/sips.yaml by `npm run generate`. Do not edit.

// The Sips formats (character class and maximum length), as the generated
// validators check them: a regular expression and a length compare on the fast
// path, these helpers for the exact issue when a value does not conform.

import { describe, issue, type ValidationIssue } from "./validation.js";

/** N: digits. */
export const FORMAT_N = /^[0-9]*$/;
/** A: letters. */
export const FORMAT_A = /^[A-Za-z]*$/;
/** AN: letters and digits. */
export const FORMAT_AN = /^[A-Za-z0-9]*$/;
/** ANS: printable ASCII characters. */
export const FORMAT_ANS = /^[\x20-\x7E]*$/;
/** ANU: letters and digits, Unicode included. */
export const FORMAT_ANU = /^[\p{L}\p{N}]*$/u;
/** ANSU: any characters but control characters. */
export const FORMAT_ANSU = /^[^\p{Cc}]*$/u;

const WORDS = {
  N: "digits",
  A: "letters",
  AN: "letters and digits",
  ANS: "printable ASCII characters",
  ANU: "letters and digits, Unicode included",
  ANSU: "any characters but control characters",
} as const;

const PATTERNS = {
  N: FORMAT_N,
  A: FORMAT_A,
  AN: FORMAT_AN,
  ANS: FORMAT_ANS,
  ANU: FORMAT_ANU,
  ANSU: FORMAT_ANSU,
} as const;

export type FormatClass = keyof typeof PATTERNS;

/** Length in characters (code points), as Sips counts it. */
function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A text against a Sips format such as AN35: its characters, then its length. Null when it conforms. */
export function textFormatIssue(
  path: string,
  value: string,
  charClass: FormatClass,
  maxLength: number,
): ValidationIssue | null {
  const format = `${charClass}${maxLength}`;
  if (!PATTERNS[charClass].test(value))
    return issue(path, "format", `must hold only ${WORDS[charClass]} (${format}), got ${describe(value)}`);
  // UTF-16 length bounds the number of characters from above: count only when it is over.
  const length = value.length > maxLength ? characters(value) : value.length;
  if (length > maxLength)
    return issue(path, "max-length", `must be at most ${maxLength} characters (${format}), got ${length}`);
  return null;
}

/** An integer against a numeric format such as N12: not negative, at most that many digits (compared as numbers: String(1e21) is "1e+21"). */
export function integerFormatIssue(path: string, value: number, maxLength: number): ValidationIssue {
  if (value < 0) return issue(path, "format", `must not be negative (N${maxLength}), got ${describe(value)}`);
  return issue(path, "max-length", `must have at most ${maxLength} digits (N${maxLength}), got ${describe(value)}`);
}
