// The Sips seal rule, shared by every generated seal helper: the algorithms,
// the generic sealing string (used whenever a message holds fields the spec
// does not know), sealing and the constant-time check of a seal.

import { createHmac, hash as digestOf } from "node:crypto";
import { DEFAULT_SEAL_ALGORITHM, SEAL_ALGORITHM_FIELD, SEAL_ALGORITHMS, SEAL_FIELD } from "./platform.js";
import { listLength, MAX_LIST_ITEMS } from "./validation.js";

export type SealAlgorithmName = keyof typeof SEAL_ALGORITHMS;

/** The names of the seal algorithms this package computes. */
export const SEAL_ALGORITHM_NAMES = Object.freeze(Object.keys(SEAL_ALGORITHMS)) as readonly SealAlgorithmName[];

export function isSealAlgorithmName(value: unknown): value is SealAlgorithmName {
  return typeof value === "string" && Object.hasOwn(SEAL_ALGORITHMS, value);
}

/**
 * The seal of a sealing string: lower-case hexadecimal. The string and the key
 * are both encoded as UTF-8; the key is used as given. `SEAL_ALGORITHMS` says
 * what each algorithm computes.
 *
 * @throws TypeError when the key is not a non-empty string or the algorithm is not one of
 * `SEAL_ALGORITHM_NAMES` (programmer errors; the key is never shown).
 */
export function computeSeal(
  sealingString: string,
  secretKey: string,
  algorithm: SealAlgorithmName = DEFAULT_SEAL_ALGORITHM,
): string {
  if (typeof sealingString !== "string") throw new TypeError("sealingString must be a string");
  assertKey(secretKey);
  if (!isSealAlgorithmName(algorithm))
    throw new TypeError(`unknown seal algorithm: use one of ${SEAL_ALGORITHM_NAMES.join(", ")}`);
  return sealHex(sealingString, secretKey, algorithm);
}

/**
 * The seal of a sealing string as lower-case hex, for a known algorithm and a
 * checked key. A digest is hashed in one call (crypto.hash, Node 20.12+), half
 * the time of a Hash object for a message's few hundred characters.
 */
function sealHex(sealingString: string, secretKey: string, algorithm: SealAlgorithmName): string {
  const { kind, hash } = SEAL_ALGORITHMS[algorithm];
  return kind === "hmac"
    ? createHmac(hash, secretKey).update(sealingString, "utf8").digest("hex")
    : digestOf(hash, sealingString + secretKey, "hex");
}

function assertKey(secretKey: unknown): void {
  if (typeof secretKey !== "string" || secretKey.length === 0)
    throw new TypeError("secretKey must be a non-empty string");
}

/**
 * The algorithm to use: the caller's, else the one the message names, else the
 * default. Null when the message names an algorithm this package does not know:
 * such a message is neither sealed nor verified with another one.
 */
export function sealAlgorithmOf(message: object, algorithm: SealAlgorithmName | undefined): SealAlgorithmName | null {
  if (algorithm !== undefined) return algorithm;
  const named = (message as Record<string, unknown>)[SEAL_ALGORITHM_FIELD];
  if (named === undefined) return DEFAULT_SEAL_ALGORITHM;
  return isSealAlgorithmName(named) ? named : null;
}

/** A caller's algorithm must be known: passing another is a programmer error. */
function assertAlgorithm(algorithm: unknown): void {
  if (algorithm !== undefined && !isSealAlgorithmName(algorithm))
    throw new TypeError(`unknown seal algorithm: use one of ${SEAL_ALGORITHM_NAMES.join(", ")}`);
}

/**
 * Seals a message with its operation's sealing string.
 *
 * @throws TypeError when the message is not an object, names a seal algorithm outside
 * `SEAL_ALGORITHM_NAMES`, or is not what a JSON text could carry (a cycle, a list
 * claiming more items than JSON could hold, nesting deeper than `MAX_SEAL_DEPTH`, a
 * sealing string longer than a string can hold: see {@link sealText}), or the key or
 * algorithm is invalid (the key is never shown).
 */
export function sealMessage<T extends object>(
  message: T,
  secretKey: string,
  algorithm: SealAlgorithmName | undefined,
  sealingString: (message: T) => string,
): string {
  if (typeof message !== "object" || message === null) throw new TypeError("message must be an object");
  assertAlgorithm(algorithm);
  const chosen = sealAlgorithmOf(message, algorithm);
  if (chosen === null)
    throw new TypeError(
      `the message's ${SEAL_ALGORITHM_FIELD} is not a known seal algorithm: use one of ${SEAL_ALGORITHM_NAMES.join(", ")}`,
    );
  assertKey(secretKey);
  return sealHex(sealingString(message), secretKey, chosen);
}

/**
 * Whether a message's seal is right for its content and `secretKey`, compared in
 * constant time. False, never an exception, for a message that is not an object,
 * cannot be read, has a missing or malformed seal, or names an unknown algorithm.
 *
 * @throws TypeError when the key is not a non-empty string or `algorithm` is not one of
 * `SEAL_ALGORITHM_NAMES` (programmer errors; the key is never shown).
 */
export function verifyMessage<T extends object>(
  message: T,
  secretKey: string,
  algorithm: SealAlgorithmName | undefined,
  sealingString: (message: T) => string,
): boolean {
  if (typeof secretKey !== "string" || secretKey.length === 0)
    throw new TypeError("secretKey must be a non-empty string");
  assertAlgorithm(algorithm);
  if (typeof message !== "object" || message === null) return false;
  let given: unknown;
  let text: string;
  let chosen: SealAlgorithmName | null;
  try {
    // Everything read from the message: its getters and proxies may throw.
    given = (message as Record<string, unknown>)[SEAL_FIELD];
    chosen = sealAlgorithmOf(message, algorithm);
    text = sealingString(message);
  } catch {
    return false;
  }
  return chosen !== null && hexMatches(given, sealHex(text, secretKey, chosen));
}

/**
 * Whether `seal` is the seal of `sealingString` with `secretKey` and
 * `algorithm`, compared in constant time: false for anything that is not a
 * hexadecimal string of the right length. For seals over a string sent as it
 * is (the Paypage POST interface's `Data`).
 *
 * @throws TypeError when the key is not a non-empty string or the algorithm is not one of
 * `SEAL_ALGORITHM_NAMES` (programmer errors; the key is never shown).
 */
export function verifySeal(
  sealingString: string,
  seal: unknown,
  secretKey: string,
  algorithm: SealAlgorithmName,
): boolean {
  if (typeof sealingString !== "string") throw new TypeError("sealingString must be a string");
  assertKey(secretKey);
  if (!isSealAlgorithmName(algorithm))
    throw new TypeError(`unknown seal algorithm: use one of ${SEAL_ALGORITHM_NAMES.join(", ")}`);
  return hexMatches(seal, sealHex(sealingString, secretKey, algorithm));
}

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
 * either case, compared in constant time: every character is compared, with
 * no exit or branch that depends on `expected`, so the time says nothing of how
 * much of a forged seal is right. A character that is not a hex digit equals
 * none of `expected`'s. (Hex text compared here is cheaper than bytes: a digest
 * as a Buffer and a hex decode cost more than the whole comparison.)
 */
function hexMatches(given: unknown, expected: string): boolean {
  if (typeof given !== "string" || given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) {
    const c = given.charCodeAt(i);
    // "A"-"F" read as "a"-"f", as hex decoding reads them (a branch on the given seal only).
    difference |= (c >= 65 && c <= 70 ? c + 32 : c) ^ expected.charCodeAt(i);
  }
  return difference === 0;
}

/**
 * One value's contribution to a sealing string: text as is, numbers and
 * booleans as JSON writes them, a list as its items in order, a container as
 * its fields sorted by name. Absent and null values contribute nothing.
 *
 * The work is linear in the message's distinct objects: an object met again
 * through a shared reference contributes the text it gave the first time, so
 * that a graph of a few hundred objects whose paths number 2^40 is not walked
 * path by path. Lists are read by index as JSON.stringify reads them.
 *
 * @throws TypeError for a cycle, a list claiming more than `MAX_LIST_ITEMS`
 * items, nesting deeper than {@link MAX_SEAL_DEPTH} or a sealing string longer than a
 * string can hold: such a message could not be sent as JSON.
 */
export function sealText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value !== "object") return "";
  return bounded(() => flatten(value, new Map(), 0));
}

/** Runs a walk, turning the engine's RangeError for a string longer than it can make into the documented TypeError. */
function bounded(walk: () => string): string {
  try {
    return walk();
  } catch (error) {
    if (error instanceof RangeError)
      throw new TypeError("cannot seal a message whose sealing string is longer than a string can hold");
    throw error;
  }
}

/** Nesting deeper than this is refused: a Sips message has a few levels, and recursion must end before the stack does. */
export const MAX_SEAL_DEPTH = 1000;

/** The text of each object flattened so far, or null while it is being flattened (meeting it then is a cycle). */
type Flattened = Map<object, string | null>;

function flatten(value: object, seen: Flattened, depth: number): string {
  const known = seen.get(value);
  if (known !== undefined) {
    if (known === null) throw new TypeError("cannot seal a message that contains a cycle");
    return known;
  }
  if (depth >= MAX_SEAL_DEPTH)
    throw new TypeError(`cannot seal a message nested more than ${MAX_SEAL_DEPTH} levels deep`);
  seen.set(value, null);
  let text = "";
  if (Array.isArray(value)) {
    const length = listLength(value);
    if (length < 0) throw new TypeError(`cannot seal a list of more than ${MAX_LIST_ITEMS} items`);
    for (let i = 0; i < length; i++) text += part(value[i], seen, depth);
  } else {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record).sort()) text += part(record[key], seen, depth);
  }
  seen.set(value, text);
  return text;
}

function part(value: unknown, seen: Flattened, depth: number): string {
  return typeof value === "object" && value !== null ? flatten(value, seen, depth + 1) : sealText(value);
}

/**
 * The sealing string of any message by the generic rule: its present fields
 * except `exclude`, by name in code-point order (names are ASCII, so UTF-16
 * order is code-point order), each flattened by {@link sealText}.
 */
export function genericSealingString(message: object, exclude: ReadonlySet<string>): string {
  const record = message as Record<string, unknown>;
  return bounded(() => {
    // One walk over the message: a reference shared between fields is flattened once, and the message met again is a cycle.
    const seen: Flattened = new Map([[message, null]]);
    let text = "";
    for (const key of Object.keys(record).sort()) if (!exclude.has(key)) text += part(record[key], seen, 0);
    return text;
  });
}

/** A known field's contribution: text as is, an absent field nothing, anything else by {@link sealText}. */
export const sealField = (value: unknown): string =>
  typeof value === "string" ? value : value === undefined ? "" : sealText(value);

/** The part of a sealing string a list contributes: its items in order, each sealed by `item`. */
export function sealList(value: unknown, item: (value: unknown) => string): string {
  if (!Array.isArray(value)) return sealText(value);
  const length = listLength(value);
  if (length < 0) throw new TypeError(`cannot seal a list of more than ${MAX_LIST_ITEMS} items`);
  let text = "";
  for (let i = 0; i < length; i++) text += item(value[i]);
  return text;
}

/** A message as it is sealed: everything but its seal, which may be absent. */
export type Unsealed<T> = Omit<T, typeof SEAL_FIELD> & { readonly [K in typeof SEAL_FIELD]?: string };
