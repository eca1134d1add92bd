// Generated from spec/sips.yaml by `npm run generate`. Do not edit.

// The Sips seal rule, shared by every generated seal helper: the generic
// sealing string (used whenever a message holds fields the spec does not know),
// the seal algorithms, and the constant-time comparison.

import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Seal algorithms this package computes. */
export const SEAL_ALGORITHMS = ["HMAC-SHA-256", "HMAC-SHA-512", "SHA-256"] as const;

export type SealAlgorithmName = (typeof SEAL_ALGORITHMS)[number];

/** Used when neither the caller nor the message names an algorithm. */
export const DEFAULT_SEAL_ALGORITHM: SealAlgorithmName = "HMAC-SHA-256";

export function isSealAlgorithmName(value: unknown): value is SealAlgorithmName {
  return value === "HMAC-SHA-256" || value === "HMAC-SHA-512" || value === "SHA-256";
}

/**
 * The seal of a sealing string: lower-case hexadecimal. The string and the key
 * are both encoded as UTF-8; the key is used as given.
 *
 * - `HMAC-SHA-256`: HMAC-SHA256 of the sealing string, keyed with the secret key (64 hex characters).
 * - `HMAC-SHA-512`: HMAC-SHA512 of the sealing string, keyed with the secret key (128 hex characters).
 * - `SHA-256`: SHA256 of the sealing string followed by the secret key (64 hex characters).
 *
 * @throws TypeError when the key is not a non-empty string or the algorithm is unknown (the key is never shown).
 */
export function computeSeal(
  sealingString: string,
  secretKey: string,
  algorithm: SealAlgorithmName = DEFAULT_SEAL_ALGORITHM,
): string {
  if (typeof sealingString !== "string") throw new TypeError("sealingString must be a string");
  if (typeof secretKey !== "string" || secretKey.length === 0)
    throw new TypeError("secretKey must be a non-empty string");
  switch (algorithm) {
    case "HMAC-SHA-256":
      return createHmac("sha256", secretKey).update(sealingString, "utf8").digest("hex");
    case "HMAC-SHA-512":
      return createHmac("sha512", secretKey).update(sealingString, "utf8").digest("hex");
    case "SHA-256":
      return createHash("sha256").update(sealingString, "utf8").update(secretKey, "utf8").digest("hex");
    default:
      throw new TypeError(`unknown seal algorithm: use one of ${SEAL_ALGORITHMS.join(", ")}`);
  }
}

/** The algorithm to use: the caller's, else the message's own algorithm field, else the default. */
export function sealAlgorithmOf(message: object, algorithm: SealAlgorithmName | undefined): SealAlgorithmName {
  if (algorithm !== undefined) return algorithm;
  const named = (message as Record<string, unknown>)["sealAlgorithm"];
  return isSealAlgorithmName(named) ? named : DEFAULT_SEAL_ALGORITHM;
}

const HEX_SEAL = /^[0-9a-fA-F]+$/;

/**
 * Whether a seal a message carries equals the expected one, compared in
 * constant time. Anything that is not a hexadecimal string of the right
 * length is simply not equal.
 */
export function sealsMatch(given: unknown, expected: string): boolean {
  if (typeof given !== "string" || given.length !== expected.length || !HEX_SEAL.test(given)) return false;
  return timingSafeEqual(Buffer.from(given.toLowerCase(), "latin1"), Buffer.from(expected, "latin1"));
}

/**
 * One value's contribution to a sealing string: text as is, numbers and
 * booleans as JSON writes them, a list as its items in order, a container as
 * its fields sorted by name. Absent and null values contribute nothing.
 */
export function sealText(value: unknown, ancestors: object[] = []): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value !== "object") return "";
  if (ancestors.includes(value)) throw new TypeError("cannot seal a message that contains a cycle");
  ancestors.push(value);
  let text = "";
  if (Array.isArray(value)) {
    for (const item of value) text += sealText(item, ancestors);
  } else {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record).sort()) text += sealText(record[key], ancestors);
  }
  ancestors.pop();
  return text;
}

/**
 * The sealing string of any message by the generic rule: its present fields
 * except `exclude`, by name in code-point order (names are ASCII, so UTF-16
 * order is code-point order), each flattened by {@link sealText}.
 */
export function genericSealingString(message: object, exclude: ReadonlySet<string>): string {
  const record = message as Record<string, unknown>;
  let text = "";
  for (const key of Object.keys(record).sort()) {
    if (!exclude.has(key)) text += sealText(record[key], [message]);
  }
  return text;
}

/** The part of a sealing string a list contributes: its items in order, each sealed by `item`. */
export function sealList(value: unknown, item: (value: unknown) => string): string {
  if (!Array.isArray(value)) return sealText(value);
  let text = "";
  for (const entry of value) text += item(entry);
  return text;
}

/** A message as it is sealed: everything but its seal, which may be absent. */
export type Unsealed<T> = Omit<T, "seal"> & { seal?: string };
