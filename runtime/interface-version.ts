// Interface versions ("<prefix><major>.<minor>") read as numbers that
// compare in order, and the version a message is checked against: the one the
// caller pins, else the one a request declares.

/**
 * The version in "<prefix><major>.<minor>" (no leading zeros, at most four
 * digits each) as major * 10000 + minor; -1 when `value` is not one. Read digit
 * by digit: it runs on every validation.
 */
export function declaredVersion(value: unknown, prefix: string): number {
  if (typeof value !== "string" || !value.startsWith(prefix)) return -1;
  let i = prefix.length;
  const major = readNumber(value, i);
  if (major < 0) return -1;
  i += digitCount(major);
  if (value.charCodeAt(i) !== 46 /* . */) return -1;
  const minor = readNumber(value, i + 1);
  return minor >= 0 && i + 1 + digitCount(minor) === value.length ? major * 10000 + minor : -1;
}

/** A number of 1 to 4 digits without leading zero at `start`, followed by something else than a digit; -1 otherwise. */
function readNumber(text: string, start: number): number {
  let value = 0;
  let i = start;
  for (; i < text.length && i - start < 5; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
  }
  const digits = i - start;
  if (digits === 0 || digits > 4 || (digits > 1 && text.charCodeAt(start) === 48)) return -1;
  return value;
}

const digitCount = (n: number): number => (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : 4);

/** A version given with or without the prefix ("PREFIX_2.30" or "2.30"): major * 10000 + minor; -1 when malformed. */
export function pinnedVersion(value: unknown, prefix: string): number {
  return typeof value === "string"
    ? declaredVersion(value.startsWith(prefix) ? value : `${prefix}${value}`, prefix)
    : -1;
}

/**
 * The version a message is checked against: the one pinned (with or without
 * the prefix), else the one a request declares (`undefined` for a response);
 * -1 when there is none or it is malformed.
 */
export const checkedVersion = (declared: unknown, pinned: unknown, prefix: string): number =>
  pinned === undefined ? declaredVersion(declared, prefix) : pinnedVersion(pinned, prefix);

type NonZeroDigit = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";

/**
 * A version number as `declaredVersion` reads it: digits without a leading
 * zero (their count, at most four, is left to the validators). TypeScript 5.0
 * reads only its first digit; TypeScript 7 the whole, as `bigint` digits.
 */
export type VersionNumber = "0" | (`${NonZeroDigit}${string}` & `${bigint}`);

/**
 * An interfaceVersion of `Prefix`: "<prefix><major>.<minor>", as the
 * validators take it. The `${number}` form beside it keeps the type at least
 * as strict as it was where TypeScript cannot read `VersionNumber` whole.
 */
export type InterfaceVersionOf<Prefix extends string> = `${Prefix}${VersionNumber}.${VersionNumber}` &
  `${Prefix}${number}.${number}`;
