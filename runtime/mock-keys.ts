// The keys the mock server verifies requests and seals its answers with: one
// key whatever keyVersion a request names, or a key per keyVersion, as Sips
// holds the versions of a shop's key while it replaces one.

import { assertSecretKey, refusedKey } from "./secret-key.js";
import { isPlainObject } from "./message-reads.js";
import { describe } from "./issue-format.js";
import { KEY_VERSION_FIELD } from "./platform.js";

/**
 * One key for every keyVersion, or a key per keyVersion (`{ 1: oldKey, 2:
 * newKey }`): a request is then checked, and answered, with the key of the
 * keyVersion it names.
 */
export type MockSecretKeys = string | { readonly [keyVersion: number]: string };

/** The mock's keys, checked. */
export interface MockKeys {
  /** The one key, when a single key was given: nothing of a request needs to be read to find it. */
  readonly one: string | null;
  /** The key of a keyVersion; null when the mock holds none for it. */
  keyOf(keyVersion: unknown): string | null;
  /** The keyVersions it holds a key of, in order; none when one key serves every keyVersion. */
  readonly versions: readonly number[];
}

/**
 * Why the mock has no key for `keyVersion`, which `where` names ("the request's", "Data's"): the keyVersion
 * asked and those it holds, so that whoever reads the refusal sees which side to change (keyVersions are not secret).
 */
export function noKeyMessage(keys: MockKeys, keyVersion: unknown, where: string): string {
  const asked =
    keyVersion === undefined
      ? "it names none"
      : typeof keyVersion === "number"
        ? `${keyVersion}`
        : `got ${describe(keyVersion)}`;
  return `the mock holds no key of ${where} ${KEY_VERSION_FIELD} (${asked}); it holds keys of ${KEY_VERSION_FIELD} ${keys.versions.join(", ")}`;
}

/**
 * Why a request's seal is refused, with what its sender can check: the key the mock verified it with, by where it
 * comes from (a client configured with another secretKey is the usual cause; the key itself is never shown).
 */
export function badSealMessage(keys: MockKeys, keyVersion: unknown): string {
  const key =
    keys.one === null
      ? `the key the mock holds for its ${KEY_VERSION_FIELD} (${String(keyVersion)})`
      : "the mock's secretKey, the one key it holds";
  return `the request's seal does not verify: check that it is sealed with ${key}`;
}

/** A keyVersion as the spec writes it (N10): an integer of at most 10 digits, no leading zero. */
const KEY_VERSION = /^(?:0|[1-9][0-9]{0,9})$/;

/**
 * The keys of a mock's configuration.
 *
 * @throws TypeError for keys that cannot work: an empty key, one with a lone surrogate, no key, a keyVersion that is not an integer
 * of at most 10 digits (the key is never shown).
 */
export function mockKeysOf(secretKey: unknown): MockKeys {
  if (typeof secretKey === "string") {
    assertSecretKey(secretKey);
    return { one: secretKey, keyOf: () => secretKey, versions: [] };
  }
  if (!isPlainObject(secretKey))
    throw new TypeError(
      `secretKey must be a non-empty string, or an object of them by keyVersion, got ${refusedKey(secretKey)}`,
    );
  const byVersion = new Map<number, string>();
  for (const [version, key] of Object.entries(secretKey)) {
    if (!KEY_VERSION.test(version))
      throw new TypeError(
        `secretKey: ${JSON.stringify(version)} is not a keyVersion (an integer of at most 10 digits)`,
      );
    assertSecretKey(key, `secretKey[${version}]`);
    byVersion.set(Number(version), key);
  }
  if (byVersion.size === 0) throw new TypeError("secretKey: no key is given for any keyVersion");
  return {
    one: null,
    keyOf: (keyVersion) => (typeof keyVersion === "number" ? (byVersion.get(keyVersion) ?? null) : null),
    versions: [...byVersion.keys()].sort((a, b) => a - b),
  };
}
