// The Paypage response: the form Sips posts to normalReturnUrl (through the
// buyer's browser) and to automaticResponseUrl (server to server). Its seal is
// verified first, in constant time, over `Data` exactly as posted; only then
// is `Data` decoded, split into fields, typed and validated. Nothing here
// throws for a post, whatever it is, and no result or message holds the key.

import type { MessageDescriptor } from "./descriptor.js";
import { decodePaypageData, paypageEncodingOf } from "./paypage-encode.js";
import { readPaypageData } from "./paypage-data.js";
import type { PaypageIssue } from "./paypage-issue.js";
import { PAYPAGE_FORM_FIELDS, readPaypageForm, type PaypageFormValues } from "./paypage-form.js";
import { isSealAlgorithmName, SEAL_ALGORITHM_NAMES, type SealAlgorithmName, sealKeyIndex } from "./seal.js";
import { problems } from "./issues.js";
import type { ValidateOptions } from "./validation.js";
import { assertSecretKey, secretKeyList, type SecretKeys } from "./secret-key.js";

/** What the POST interface seals with when the form names no `SealAlgorithm`: SHA-256 of `Data` followed by the key. */
export const PAYPAGE_DEFAULT_SEAL_ALGORITHM: SealAlgorithmName = "SHA-256";

/** What reading a Paypage response needs of its message descriptor. */
export type PaypageMessage<T> = Pick<MessageDescriptor<T>, "fields" | "validate">;

export interface PaypageVerifyOptions {
  /**
   * The algorithm your payment requests were sealed with, which Sips seals its
   * response with: the response is then verified with it alone. A form whose
   * `SealAlgorithm` names another one is refused (`seal-mismatch`), never
   * verified with what it names, so nobody can choose a weaker algorithm for
   * you. Without it, the form's `SealAlgorithm` is used, and SHA-256 when the
   * form names none.
   */
  readonly sealAlgorithm?: SealAlgorithmName;
}

/**
 * `strict` and `interfaceVersion` go to the message's validation (lenient by
 * default, as for every response). The version is the POST interface's, as
 * the form's `InterfaceVersion` gives it (HP_2.0, or just 2.0).
 */
export interface PaypageDecodeOptions extends PaypageVerifyOptions, ValidateOptions {}

/** Why a post was not accepted; `kind` says what happened, `message` says it for people. */
export type PaypageResponseError =
  /** Not a Paypage response that can be read: too large, unreadable, no `Data`, fields given twice, an unknown `Encode` or `SealAlgorithm`, or (after its seal verified) a `Data` that is not key=value pairs. */
  | { readonly kind: "malformed"; readonly message: string; readonly issues: readonly PaypageIssue[] }
  /** No `Seal`: nothing in the post can be trusted. */
  | { readonly kind: "unsealed"; readonly message: string }
  /** A seal that is not right for `Data` and the key (or a `SealAlgorithm` other than the one pinned): nothing in the post can be trusted. */
  | { readonly kind: "seal-mismatch"; readonly message: string }
  /**
   * Genuine, but its fields are not a valid message: `issues` are the errors of validation, `warnings` the rest.
   * The seal verified, so it says, as an accepted response does, with which algorithm and key (a shop replacing
   * its key logs which key these come back with too) and the form's `InterfaceVersion`.
   */
  | ({
      readonly kind: "invalid-response";
      readonly message: string;
      readonly issues: readonly PaypageIssue[];
      readonly warnings: readonly PaypageIssue[];
    } & PaypageSealFacts);

/** What a post whose seal verified says of it beyond its fields, accepted or not. */
export interface PaypageSealFacts {
  /** The algorithm the seal verified with. */
  readonly sealAlgorithm: SealAlgorithmName;
  /** Which of the keys given verified the seal: 0 for one key, or the first in the list that did (newest first, so more than 0 is an older key). */
  readonly keyIndex: number;
  /** The form's `InterfaceVersion` as posted: outside `Data`, so not covered by the seal. */
  readonly interfaceVersion: string | null;
}

export type PaypageResponseResult<T> =
  | ({
      readonly ok: true;
      /** The fields of `Data`, typed and validated. */
      readonly response: T;
      /** What was taken leniently: empty values, unknown fields or codes, format deviations. */
      readonly warnings: readonly PaypageIssue[];
    } & PaypageSealFacts)
  | { readonly ok: false; readonly error: PaypageResponseError };

const NO_ISSUES: readonly PaypageIssue[] = Object.freeze([]);

type Verified =
  | {
      readonly ok: true;
      readonly values: PaypageFormValues;
      readonly data: string;
      readonly algorithm: SealAlgorithmName;
      readonly keyIndex: number;
    }
  | { readonly ok: false; readonly error: PaypageResponseError };

/**
 * Verifies and decodes a Paypage response (the generated
 * `decodePaypageResponse` binds its message descriptor). In this order: the
 * form is read (at most `PAYPAGE_POST_MAX_LENGTH` characters), its seal is
 * verified over `Data` as posted, `Data` is decoded (`Encode`: base64,
 * base64url), split into its fields, each typed after its descriptor, and the
 * message validated. Synchronous: everything it needs is in memory, so it fits
 * any request handler without `await`.
 *
 * `secretKey` is one key, or while a new key replaces an old one, the keys the
 * shop holds, newest first: every one is tried against the seal, in constant
 * time whichever verifies, and `keyIndex` says which did (`keyVersion` in
 * `Data` cannot say it: nothing of `Data` is read before the seal verifies).
 *
 * @throws TypeError when a key is not a non-empty string, the list of keys is empty or
 * `options.sealAlgorithm` is not a known algorithm (programmer errors; no key is shown).
 * Any post, hostile or broken, gives a result instead.
 */
export function decodePaypagePost<T>(
  message: PaypageMessage<T>,
  post: unknown,
  secretKey: SecretKeys,
  options: PaypageDecodeOptions = {},
): PaypageResponseResult<T> {
  // A null in place of the options is taken as none, like an absent one.
  const chosen = options ?? {};
  const verified = verifyPost(post, secretKey, chosen.sealAlgorithm);
  if (!verified.ok) return verified;
  try {
    const { values, data, algorithm, keyIndex } = verified;
    const text = decodePaypageData(data, paypageEncodingOf(values.encode) ?? "none");
    if (text === null) return malformed(`${PAYPAGE_FORM_FIELDS.data} is not ${values.encode} of UTF-8 text`);
    const read = readPaypageData(message.fields, text);
    if (read.errors) return malformed(`${PAYPAGE_FORM_FIELDS.data} is not a list of key=value pairs`, read.errors);
    const checked = message.validate(read.message, validateOptions(chosen));
    const warnings = read.warnings ? [...read.warnings, ...checked.warnings] : checked.warnings;
    const sealAlgorithm = algorithm;
    const interfaceVersion = values.interfaceVersion ?? null;
    if (!checked.ok) {
      return {
        ok: false,
        error: {
          kind: "invalid-response",
          message: `the response is genuine but not a valid message (${problems(checked.errors.length)})`,
          issues: checked.errors,
          warnings,
          sealAlgorithm,
          keyIndex,
          interfaceVersion,
        },
      };
    }
    return { ok: true, response: checked.value, warnings, sealAlgorithm, keyIndex, interfaceVersion };
  } catch {
    // Validation never throws; this is only a last guard, so that a result is always returned.
    return malformed("the response could not be decoded");
  }
}

/**
 * Whether a post is a Paypage response sealed with `secretKey` (one key, or
 * any of a list, each tried in constant time as `decodePaypagePost` tries
 * them): its form reads, it has a `Seal`, and the seal verifies over `Data`
 * (with the rules of `decodePaypagePost`; `Data` itself is not read). Never
 * throws for a post.
 *
 * @throws TypeError when a key is not a non-empty string, the list of keys is empty or
 * `options.sealAlgorithm` is unknown.
 */
export function isPaypageResponseGenuine(
  post: unknown,
  secretKey: SecretKeys,
  options: PaypageVerifyOptions = {},
): boolean {
  return verifyPost(post, secretKey, options?.sealAlgorithm).ok;
}

function verifyPost(post: unknown, secretKey: SecretKeys, pinned: SealAlgorithmName | undefined): Verified {
  // Checked before the post is read: a bad key is a programmer error whatever the post. One key stays as it is.
  if (typeof secretKey === "string") assertSecretKey(secretKey);
  const keys = typeof secretKey === "string" ? secretKey : secretKeyList(secretKey);
  if (pinned !== undefined && !isSealAlgorithmName(pinned))
    throw new TypeError(`options.sealAlgorithm must be one of ${SEAL_ALGORITHM_NAMES.join(", ")}`);
  const form = readPaypageForm(post);
  if (!form.ok) return malformed(form.message);
  const { values } = form;
  if (values.data === undefined) return malformed(`the form has no ${PAYPAGE_FORM_FIELDS.data}`);
  if (values.seal === undefined || values.seal === "")
    return failure("unsealed", `the form has no ${PAYPAGE_FORM_FIELDS.seal}: nothing in it can be trusted`);
  if (paypageEncodingOf(values.encode) === null)
    return malformed(`the form's ${PAYPAGE_FORM_FIELDS.encode} is not base64 or base64url`);
  const named = values.sealAlgorithm === "" ? undefined : values.sealAlgorithm;
  let algorithm: SealAlgorithmName;
  if (pinned !== undefined) {
    if (named !== undefined && named !== pinned)
      return failure(
        "seal-mismatch",
        `the form's ${PAYPAGE_FORM_FIELDS.sealAlgorithm} is not ${pinned}, the algorithm responses must be sealed with: not verified`,
      );
    algorithm = pinned;
  } else if (named === undefined) {
    algorithm = PAYPAGE_DEFAULT_SEAL_ALGORITHM;
  } else if (isSealAlgorithmName(named)) {
    algorithm = named;
  } else {
    return malformed(
      `the form's ${PAYPAGE_FORM_FIELDS.sealAlgorithm} is not one of ${SEAL_ALGORITHM_NAMES.join(", ")}`,
    );
  }
  const keyIndex = sealKeyIndex(values.data, values.seal, keys, algorithm);
  if (keyIndex < 0) {
    const tried = typeof keys === "string" || keys.length === 1 ? "" : `, ${keys.length} keys`;
    return failure(
      "seal-mismatch",
      `the seal does not match ${PAYPAGE_FORM_FIELDS.data} (${algorithm}${tried}): nothing in it can be trusted`,
    );
  }
  return { ok: true, values, data: values.data, algorithm, keyIndex };
}

const LENIENT: ValidateOptions = Object.freeze({ strict: false });
const STRICT: ValidateOptions = Object.freeze({ strict: true });

/** The validation options of the caller's, without an undefined version (exactOptionalPropertyTypes). */
function validateOptions(options: ValidateOptions): ValidateOptions {
  const strict = options.strict === true;
  if (options.interfaceVersion === undefined) return strict ? STRICT : LENIENT;
  return { strict, interfaceVersion: options.interfaceVersion };
}

const malformed = (
  message: string,
  issues: readonly PaypageIssue[] = NO_ISSUES,
): { ok: false; error: PaypageResponseError } => ({
  ok: false,
  error: { kind: "malformed", message, issues },
});

const failure = (kind: "unsealed" | "seal-mismatch", message: string): { ok: false; error: PaypageResponseError } => ({
  ok: false,
  error: { kind, message },
});
