// What the seal's functions refuse of what they are given, each a TypeError
// (a programmer's error): an algorithm that is not known, given or named by a
// message, a message or a sealing string that is none, a sealing string with no UTF-8 form. None shows a key.

import { SEAL_ALGORITHM_FIELD } from "./platform.js";
import { isSealAlgorithmName, SEAL_ALGORITHM_NAMES, type SealAlgorithmName } from "./seal-algorithms.js";
import { isWellFormed } from "./text-prefix.js";
import { configKind, describe, describeKind } from "./issue-format.js";

/**
 * An algorithm given must be known: passing another is a programmer error. It is quoted, a typo's help. Every caller
 * checks the key first (assertSecretKey), which refuses an algorithm's name given as the key: the key and the
 * algorithm swapped, what stands here is the key, and it is refused before it could be quoted.
 */
export function assertKnown(algorithm: unknown): asserts algorithm is SealAlgorithmName {
  if (!isSealAlgorithmName(algorithm))
    throw new TypeError(`unknown seal algorithm ${describe(algorithm)}: use one of ${SEAL_ALGORITHM_NAMES.join(", ")}`);
}

/** A caller's algorithm, when it gives one. */
export function assertAlgorithm(algorithm: unknown): void {
  if (algorithm !== undefined) assertKnown(algorithm);
}

/** The refusal of a message whose own sealAlgorithm is not known: the value quoted as an option's is (escaped, cut). */
export const unknownInMessage = (named: unknown): TypeError =>
  new TypeError(
    `the message's ${SEAL_ALGORITHM_FIELD} is not a known seal algorithm: use one of ${SEAL_ALGORITHM_NAMES.join(", ")} (got ${describe(named)})`,
  );

/**
 * What a sealing string that is none says: its kind alone (it may be a message, whose fields are not for a log),
 * and where a sealing string comes from.
 */
export const notASealingString = (given: unknown): TypeError =>
  new TypeError(
    `sealingString must be a string, got ${describeKind(given)}: a message's sealing string (an operation's …RequestSealingString or …ResponseSealingString function builds one), or a Paypage post's Data as posted`,
  );

/**
 * A message must be an object: a string, a number or null has no fields to seal. Refused before any read, as its
 * seal refuses it: a string walked as a record of its characters took seconds for a few megabytes, the sort of a
 * key per character, to give a sealing string of no message. A string is named by its kind alone: the key passed in
 * the message's place (the arguments swapped) shows not even its length, and a huge one is not counted through.
 */
export function assertMessage(message: unknown): asserts message is object {
  if (typeof message !== "object" || message === null)
    throw new TypeError(`message must be an object, got ${configKind(message)}`);
}

/**
 * A message whose sealing string has no UTF-8 form (a lone surrogate) cannot be sealed. Node's encoder writes
 * U+FFFD in a lone surrogate's place, so that a message holding one and the same message holding U+FFFD there
 * would share a seal: a JSON message changed so after sealing (a "\ud800" escape) would verify. A string sealed
 * as posted (a form's Data) is not held to it: a browser posts U+FFFD in its place.
 */
export function assertWellFormed(sealingString: string): void {
  if (!isWellFormed(sealingString))
    throw new TypeError("cannot seal a message whose sealing string holds a lone surrogate: it has no UTF-8 form");
}
