// The seal algorithms: their names, and which one a message is sealed with.

import { DEFAULT_SEAL_ALGORITHM, SEAL_ALGORITHM_FIELD, SEAL_ALGORITHMS } from "./platform.js";

/** A seal algorithm the package computes, by the name a message's `sealAlgorithm` gives it. */
export type SealAlgorithmName = keyof typeof SEAL_ALGORITHMS;

/** The names of the seal algorithms this package computes. */
export const SEAL_ALGORITHM_NAMES = Object.freeze(Object.keys(SEAL_ALGORITHMS)) as readonly SealAlgorithmName[];

/** Whether `value` names a seal algorithm this package computes. */
export function isSealAlgorithmName(value: unknown): value is SealAlgorithmName {
  return typeof value === "string" && Object.hasOwn(SEAL_ALGORITHMS, value);
}

/**
 * The algorithm to use: the caller's, else the one the message names, else the
 * default. Null when the message names an algorithm this package does not know:
 * such a message is neither sealed nor verified with another one. Only the
 * message's own field names one, as only its own fields are sealed and sent: one
 * inherited from a polluted Object.prototype would seal with another algorithm
 * than the message says.
 */
export function sealAlgorithmOf(message: object, algorithm: SealAlgorithmName | undefined): SealAlgorithmName | null {
  if (algorithm !== undefined) return algorithm;
  const named = Object.hasOwn(message, SEAL_ALGORITHM_FIELD)
    ? (message as Record<string, unknown>)[SEAL_ALGORITHM_FIELD]
    : undefined;
  if (named === undefined) return DEFAULT_SEAL_ALGORITHM;
  return isSealAlgorithmName(named) ? named : null;
}
