// A Paypage post's seal, verified before anything of `Data` is read: the form
// read, the algorithm chosen (the one pinned, else the form's, else the POST
// interface's default), and every key given tried against the seal in
// constant time. Nothing here throws for a post, and no message holds a key.

import { paypageEncodingOf } from "./paypage-encode.js";
import { type PaypagePostArgument, readPaypageForm } from "./paypage-form.js";
import { PAYPAGE_FORM_FIELDS, type PaypageFormValues } from "./paypage-form-fields.js";
import { malformed, type PaypageResponseError, untrusted } from "./paypage-response-result.js";
import { isSealAlgorithmName, SEAL_ALGORITHM_NAMES, type SealAlgorithmName, sealKeyIndex } from "./seal.js";
import { assertSecretKey, secretKeyList, type SecretKeys } from "./secret-key.js";
import { KEY_VERSION_FIELD } from "./platform.js";
import { describe } from "./issue-format.js";

/** What the POST interface seals with when the form names no `SealAlgorithm`: SHA-256 of `Data` followed by the key. */
export const PAYPAGE_DEFAULT_SEAL_ALGORITHM: SealAlgorithmName = "SHA-256";

/** How a post's seal is verified (`isPaypageResponseGenuine`, and the decoders' options): the algorithm it must have. */
export interface PaypageVerifyOptions {
  /**
   * The algorithm your payment requests were sealed with, which Sips seals its
   * response with: the response is then verified with it alone. A form whose
   * `SealAlgorithm` names another one is refused (`seal-mismatch`), never
   * verified with what it names, so nobody can choose a weaker algorithm for
   * you. Without it, the form's `SealAlgorithm` is used, and SHA-256 when the
   * form names none.
   */
  readonly sealAlgorithm?: SealAlgorithmName | undefined;
}

/** A post whose seal verified, with what decoding its `Data` needs; or why it is not trusted. */
export type VerifiedPost =
  | {
      readonly ok: true;
      readonly values: PaypageFormValues;
      readonly data: string;
      readonly algorithm: SealAlgorithmName;
      readonly keyIndex: number;
    }
  | { readonly ok: false; readonly error: PaypageResponseError };

/**
 * Whether a post is a Paypage response sealed with `secretKey` (one key, or
 * any of a list, each tried in constant time as `decodePaypagePost` tries
 * them): its form reads, it has a `Seal`, and the seal verifies over `Data`
 * (with the rules of `decodePaypagePost`; `Data` itself is not read). Never
 * throws for a post; a body not read yet (a promise, a Request, a stream) does not compile ({@link PaypagePostArgument}).
 *
 * The low-level check: it takes any key, the public test key (`PUBLIC_TEST_SECRET_KEY`) too, with which anyone
 * can seal a post, so `true` with that key proves nothing. It knows no operation, so it cannot hold the key to an
 * environment the operation has, as the generated decoders do (`decodePaypageResponse`, `decodeWalletpageResponse`):
 * decode a post with those, which also refuse that key in production.
 *
 * @throws TypeError when a key is not a non-empty string with no lone surrogate, the list of keys is empty or
 * `options.sealAlgorithm` is unknown.
 */
export function isPaypageResponseGenuine<Post>(
  post: PaypagePostArgument<Post>,
  secretKey: SecretKeys,
  options: PaypageVerifyOptions = {},
): boolean {
  let pinned: SealAlgorithmName | undefined;
  try {
    pinned = options?.sealAlgorithm;
  } catch {
    // Options whose getter or proxy throws verify nothing, as a post that cannot be read.
    return false;
  }
  return verifyPaypagePost(post, secretKey, pinned).ok;
}

/**
 * Why a form has no `Data`. With none of a post's fields at all, it is more likely no form than a bad one: a body
 * already read by a parser before the handler (left empty), a JSON parser's `{}`, or a body of another type;
 * said so, with what to pass instead.
 */
function noData(values: PaypageFormValues): string {
  const none = Object.values(values).every((value) => value === undefined);
  return none
    ? `the form has none of the fields Sips posts (${Object.values(PAYPAGE_FORM_FIELDS).join(", ")}): pass the request's body as it came, text or bytes of application/x-www-form-urlencoded, or the fields a parser of that type read from it`
    : `the form has no ${PAYPAGE_FORM_FIELDS.data}`;
}

/**
 * The post's form read and its seal verified over `Data` as posted, with
 * `pinned` alone when given. `held`, when given, is shown the keys as read
 * (once) and may refuse them, before the post is read.
 *
 * @throws TypeError for a bad key, list of keys or pinned algorithm, or one `held` refuses, whatever the post.
 */
export function verifyPaypagePost(
  post: unknown,
  secretKey: SecretKeys,
  pinned: SealAlgorithmName | undefined,
  held?: (keys: string | readonly string[]) => void,
): VerifiedPost {
  // Checked before the post is read: a bad key is a programmer error whatever the post. One key stays as it is.
  if (typeof secretKey === "string") assertSecretKey(secretKey);
  const keys = typeof secretKey === "string" ? secretKey : secretKeyList(secretKey);
  if (pinned !== undefined && !isSealAlgorithmName(pinned))
    throw new TypeError(
      `options.sealAlgorithm must be one of ${SEAL_ALGORITHM_NAMES.join(", ")}, got ${describe(pinned)}`,
    );
  held?.(keys);
  const form = readPaypageForm(post);
  if (!form.ok) return malformed(form.message);
  const { values } = form;
  if (values.data === undefined) return malformed(noData(values));
  if (values.seal === undefined || values.seal === "")
    return untrusted("unsealed", `the form has no ${PAYPAGE_FORM_FIELDS.seal}: nothing in it can be trusted`);
  if (paypageEncodingOf(values.encode) === null)
    return malformed(`the form's ${PAYPAGE_FORM_FIELDS.encode} is not base64 or base64url`);
  const named = values.sealAlgorithm === "" ? undefined : values.sealAlgorithm;
  let algorithm: SealAlgorithmName;
  if (pinned !== undefined) {
    if (named !== undefined && named !== pinned)
      return untrusted(
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
    // A genuine response sealed with the HMAC a shop's requests use fails so where nothing pins it: say what to do.
    const unpinned =
      pinned === undefined && named === undefined
        ? `; the form names no ${PAYPAGE_FORM_FIELDS.sealAlgorithm} and options.sealAlgorithm pins none, so ${algorithm} was used: pin the algorithm your requests are sealed with`
        : "";
    return untrusted("seal-mismatch", paypageSealMismatch(`${algorithm}${tried}`, `${unpinned}${RESPONSE_KEY_ADVICE}`));
  }
  return { ok: true, values, data: values.data, algorithm, keyIndex };
}

/**
 * A seal that does not match `Data`, as the decoder and the mock (reading a request's form) say it: `how` it was
 * verified (the algorithm), then `advice`, what to check. One text, so that the two say it alike.
 */
export const paypageSealMismatch = (how: string, advice: string): string =>
  `the seal does not match ${PAYPAGE_FORM_FIELDS.data} (${how}): nothing in it can be trusted${advice}`;

/**
 * What a response whose seal does not match says to check, as a client's seal-mismatch does: Sips seals it with
 * the shop's key of the keyVersion the payment request named, so a key that is not that one fails every response
 * (a forged one too, which no key fixes).
 */
const RESPONSE_KEY_ADVICE = `; if every response fails so, check secretKey against the ${KEY_VERSION_FIELD} your payment requests name: Sips seals its response with the shop's key of that ${KEY_VERSION_FIELD}`;
