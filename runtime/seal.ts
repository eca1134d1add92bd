// The Sips seal rule, shared by every generated seal helper: sealing a message
// or a string, and the check of a seal. The module the package exports the
// seal from: with the algorithms (seal-algorithms.ts), the sealing string
// (sealing-string.ts), the HMAC (seal-hmac.ts) and the constant-time
// comparison (seal-compare.ts).

import { hash as digestOf } from "node:crypto";
import { DEFAULT_SEAL_ALGORITHM, SEAL_ALGORITHM_FIELD, SEAL_ALGORITHMS, SEAL_FIELD } from "./platform.js";
import { isSealAlgorithmName, sealAlgorithmOf, type SealAlgorithmName } from "./seal-algorithms.js";
import { hexDifference, hexMatches } from "./seal-compare.js";
import { hmacHex } from "./seal-hmac.js";
import {
  assertAlgorithm,
  assertKnown,
  assertMessage,
  assertWellFormed,
  notASealingString,
  unknownInMessage,
} from "./seal-arguments.js";
import { unsealable } from "./seal-refusal.js";
// Named by a doc comment's {@link} below: the re-export of its module puts no name in this module's scope.
import type { sealText } from "./sealing-string.js";
import { assertSecretKey, secretKeyList, type SecretKeys } from "./secret-key.js";
import { isWellFormed } from "./text-prefix.js";

export * from "./seal-algorithms.js";
export * from "./sealing-string.js";
export { sealsMatch } from "./seal-compare.js";

/**
 * The seal of a sealing string: lower-case hexadecimal. The string and the key
 * are both encoded as UTF-8; the key is used as given. `SEAL_ALGORITHMS` says
 * what each algorithm computes.
 *
 * @throws TypeError when the key is not a non-empty string with no lone surrogate or the algorithm is not one of
 * `SEAL_ALGORITHM_NAMES` (programmer errors; the key is never shown).
 */
export function computeSeal(
  sealingString: string,
  secretKey: string,
  algorithm: SealAlgorithmName = DEFAULT_SEAL_ALGORITHM,
): string {
  if (typeof sealingString !== "string") throw notASealingString(sealingString);
  assertSecretKey(secretKey);
  assertKnown(algorithm);
  return sealHex(sealingString, secretKey, algorithm);
}

/**
 * The seal of a sealing string as lower-case hex, for a known algorithm and a
 * checked key. A digest is hashed in one call (crypto.hash, Node 20.12+), half
 * the time of a Hash object for a message's few hundred characters; an HMAC from
 * two such calls (seal-hmac.ts).
 */
function sealHex(sealingString: string, secretKey: string, algorithm: SealAlgorithmName): string {
  const { kind, hash } = SEAL_ALGORITHMS[algorithm];
  return kind === "hmac" ? hmacHex(hash, secretKey, sealingString) : digestOf(hash, sealingString + secretKey, "hex");
}

/**
 * Seals a message with its operation's sealing string.
 *
 * @throws TypeError when the message is not an object, names a seal algorithm outside
 * `SEAL_ALGORITHM_NAMES`, or is not what a JSON text could carry (a cycle, a list
 * claiming more items than JSON could hold, nesting deeper than `MAX_SEAL_DEPTH`, a
 * sealing string longer than a string can hold: see {@link sealText}), cannot be read
 * (a getter, a Proxy trap or a toJSON that throws: the error thrown is the TypeError's
 * `cause`), holds a lone surrogate in its sealing string (no UTF-8 form), or the key or
 * algorithm is invalid (the key is never shown).
 */
export function sealMessage<T extends object>(
  message: T,
  secretKey: string,
  algorithm: SealAlgorithmName | undefined,
  sealingString: (message: T) => string,
): string {
  assertMessage(message);
  // The key before the algorithm, as verify checks them: the key given in the algorithm's place with none in its
  // own (an unset variable, the two swapped) was quoted as an unknown algorithm.
  assertSecretKey(secretKey);
  assertAlgorithm(algorithm);
  let named: unknown;
  try {
    // Read once, its own field as sealAlgorithmOf reads it: a getter or a Proxy trap may throw, which makes the
    // message unsealable, as its sealing string's reads; or answer otherwise a second time, where the refusal
    // quotes the value refused (it quoted a known algorithm as unknown).
    if (algorithm === undefined && Object.hasOwn(message, SEAL_ALGORITHM_FIELD))
      named = (message as Record<string, unknown>)[SEAL_ALGORITHM_FIELD];
  } catch (error) {
    throw unsealable(error);
  }
  // sealAlgorithmOf's choice, made on the value read above: no object made to hold it for that function.
  const chosen =
    algorithm ?? (named === undefined ? DEFAULT_SEAL_ALGORITHM : isSealAlgorithmName(named) ? named : null);
  if (chosen === null) throw unknownInMessage(named);
  let text: string;
  try {
    text = sealingString(message);
  } catch (error) {
    // A sealing string's own refusals pass as they are; a reader's error, or the engine's for a string too long
    // (the generated sum of a message's fields joins them outside any walk), becomes the documented TypeError.
    throw unsealable(error);
  }
  assertWellFormed(text);
  return sealHex(text, secretKey, chosen);
}

/**
 * Whether a message's seal is right for its content and `secretKey`, compared in
 * constant time. False, never an exception, for a message that is not an object,
 * cannot be read, has a missing or malformed seal, names an unknown algorithm, or
 * holds a lone surrogate in its sealing string (no UTF-8 form, so no seal).
 *
 * @throws TypeError when the key is not a non-empty string with no lone surrogate or `algorithm` is not one of
 * `SEAL_ALGORITHM_NAMES` (programmer errors; the key is never shown).
 */
export function verifyMessage<T extends object>(
  message: T,
  secretKey: string,
  algorithm: SealAlgorithmName | undefined,
  sealingString: (message: T) => string,
): boolean {
  assertSecretKey(secretKey);
  assertAlgorithm(algorithm);
  if (typeof message !== "object" || message === null) return false;
  let given: unknown;
  let text: string;
  let chosen: SealAlgorithmName | null;
  try {
    // Everything read from the message: its getters and proxies may throw. Its own seal only, as the validators read it.
    given = Object.hasOwn(message, SEAL_FIELD) ? (message as Record<string, unknown>)[SEAL_FIELD] : undefined;
    chosen = sealAlgorithmOf(message, algorithm);
    text = sealingString(message);
  } catch {
    return false;
  }
  return chosen !== null && isWellFormed(text) && hexMatches(given, sealHex(text, secretKey, chosen));
}

/**
 * Whether `seal` is the seal of `sealingString` with `secretKey` and
 * `algorithm`, compared in constant time: false for anything that is not a
 * hexadecimal string of the right length. For seals over a string sent as it
 * is (the Paypage POST interface's `Data`).
 *
 * @throws TypeError when the key is not a non-empty string with no lone surrogate or the algorithm is not one of
 * `SEAL_ALGORITHM_NAMES` (programmer errors; the key is never shown).
 */
export function verifySeal(
  sealingString: string,
  seal: unknown,
  secretKey: string,
  algorithm: SealAlgorithmName,
): boolean {
  if (typeof sealingString !== "string") throw notASealingString(sealingString);
  assertSecretKey(secretKey);
  assertKnown(algorithm);
  return hexMatches(seal, sealHex(sealingString, secretKey, algorithm));
}

/**
 * Which of `secretKeys` (one key, or a list of them, newest first) sealed
 * `sealingString` as `seal`: the index of the first whose seal it is, -1 when
 * none is. Every key is tried and every seal compared in constant time,
 * whichever matches, with no exit or branch that depends on a match: the time
 * taken says nothing of which key verified, nor whether one did.
 *
 * @throws TypeError when a key is not a non-empty string with no lone surrogate, the list is empty or the algorithm
 * is not one of `SEAL_ALGORITHM_NAMES` (programmer errors; no key is shown).
 */
export function sealKeyIndex(
  sealingString: string,
  seal: unknown,
  secretKeys: SecretKeys,
  algorithm: SealAlgorithmName,
): number {
  if (typeof sealingString !== "string") throw notASealingString(sealingString);
  // One key, the common case, without a list made for it.
  if (typeof secretKeys === "string") return verifySeal(sealingString, seal, secretKeys, algorithm) ? 0 : -1;
  const keys = secretKeyList(secretKeys);
  assertKnown(algorithm);
  let found = -1;
  // From the last key to the first, so that the first that matches is the one kept, with no "found yet" test.
  for (let i = keys.length - 1; i >= 0; i--) {
    const difference = hexDifference(seal, sealHex(sealingString, keys[i] as string, algorithm));
    // -1 (every bit set) when this key's seal is the one given, else 0 (a difference is 1 to 0xFFFF): a mask, no branch.
    const hit = (difference - 1) >> 31;
    found = (i & hit) | (found & ~hit);
  }
  return found;
}

/**
 * A message as it is sealed: everything but its seal, which may be absent. Not `Omit`, which keeps only the index
 * signature of a message open beyond its facts; this keeps its known fields too, with their modifiers.
 */
export type Unsealed<T> = { [K in keyof T as K extends typeof SEAL_FIELD ? never : K]: T[K] } & {
  readonly [K in typeof SEAL_FIELD]?: string;
};
