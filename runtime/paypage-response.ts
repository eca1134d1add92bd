// The Paypage response: the form Sips posts to normalReturnUrl (through the
// buyer's browser) and to automaticResponseUrl (server to server). Its seal is
// verified first (paypage-verify.ts), over `Data` exactly as posted; only then
// is `Data` decoded, split into fields, typed and validated. Nothing here
// throws for a post, whatever it is, and no result or message holds the key.

import type { MessageDescriptor } from "./descriptor.js";
import { decodePaypageData, paypageEncodingOf } from "./paypage-encode.js";
import { readPaypageData } from "./paypage-data.js";
import { PAYPAGE_FORM_FIELDS } from "./paypage-form-fields.js";
import { integerTextIssue } from "./paypage-integer-text.js";
import { notAResponse } from "./paypage-not-a-response.js";
import { malformed, type PaypageResponseResult, type PaypageSealFacts } from "./paypage-response-result.js";
import { markVerified, type Verified } from "./verified.js";
import { type PaypageVerifyOptions, type VerifiedPost, verifyPaypagePost } from "./paypage-verify.js";
import { problems, UNREADABLE_OPTIONS_TEXT } from "./issues.js";
import { namedIssues } from "./issue-format.js";
import type { ValidateOptions } from "./validation-types.js";
import { assertKeysForPost, type SecretKeys } from "./secret-key.js";
import { environmentText, type BaseUrl, type UrlObject } from "./operation-addresses.js";

/**
 * What reading a Paypage response needs of its message descriptor; `secretBeyondFacts` where its saved facts
 * stop with a secret beyond them (`factsStop.sensitive`): its validation then withholds every value, and so
 * does the reading of its `Data`, as for a field marked sensitive. `environments` are the names of its operation's
 * environments with a POST form address, and `addresses` those addresses (production's at least): the public test
 * key is taken for one of those names other than production's, or a base URL at no production host (PRODUCTION_HOSTS).
 */
export type PaypageMessage<T> = Pick<MessageDescriptor<T>, "fields" | "validate"> & {
  readonly secretBeyondFacts?: boolean;
  readonly environments: readonly string[];
  readonly addresses: { readonly [environment: string]: { readonly post?: string } };
};

/**
 * `strict` and `interfaceVersion` go to the message's validation (lenient by
 * default, as for every response). The version is the POST interface's, as
 * the form's `InterfaceVersion` gives it (HP_2.0, or just 2.0). `E` names the
 * environments of the operation.
 */
export interface PaypageDecodeOptions<E extends string = string> extends PaypageVerifyOptions, ValidateOptions {
  /**
   * Where the payment was started, as the form's `environment` names it ("prod", "simu") or a base URL (a mock
   * server), as text or as a URL object (its `href`). The public test key (`PUBLIC_TEST_SECRET_KEY`) verifies nothing without it, nor in production, nor
   * with a name the operation does not have.
   */
  readonly environment?: E | BaseUrl | UrlObject | undefined;
}

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
 * The public test key, which anyone can seal with, is taken only with an `options.environment` that is one of the
 * operation's environments other than production ("simu"), or a base URL at no production host (a mock): with
 * none, "prod", a name the operation does not have ("production") or the host of any operation's production address
 * (PRODUCTION_HOSTS, any scheme or port), it is refused.
 *
 * @throws TypeError when a key is not a non-empty string with no lone surrogate, the list of keys is empty,
 * `options.sealAlgorithm` is not a known algorithm, `options.environment` is neither a name nor an http(s) URL,
 * or a key is the public test key without an environment, for production or for a name the operation does not have
 * (programmer errors; no key is shown).
 * Any post, hostile or broken, gives a result instead.
 */
export function decodePaypagePost<T>(
  message: PaypageMessage<T>,
  post: unknown,
  secretKey: SecretKeys,
  options: PaypageDecodeOptions = {},
): PaypageResponseResult<T> {
  // Read once, before the post: options whose getter or proxy throws give a result, as a hostile post does.
  const chosen = readDecodeOptions(options);
  if (chosen === null) return malformed(UNREADABLE_OPTIONS_TEXT);
  const verified = verifyPaypagePost(post, secretKey, chosen.sealAlgorithm, (keys) =>
    assertKeysForPost(keys, chosen.environment, message.environments, message.addresses),
  );
  if (!verified.ok) return verified;
  try {
    const { values, data } = verified;
    const text = decodePaypageData(data, paypageEncodingOf(values.encode) ?? "none");
    if (text === null)
      return malformed(`${PAYPAGE_FORM_FIELDS.data} is not ${values.encode} of UTF-8 text`, sealFacts(verified));
    const read = readPaypageData(message.fields, text, message.secretBeyondFacts === true);
    if (read.errors)
      return malformed(
        `${PAYPAGE_FORM_FIELDS.data} is not a list of key=value pairs (${problems(read.errors.length)})${namedIssues(read.errors)}`,
        sealFacts(verified),
        read.errors,
      );
    // Before validation: a request posted back is refused as what it is, whether or not it is a valid response.
    const request = notAResponse(message.fields, read.message);
    if (request !== null)
      return { ok: false, error: { kind: "not-a-response", message: request, ...sealFacts(verified) } };
    const checked = message.validate(read.message, chosen.validate);
    const warnings = read.warnings ? [...read.warnings, ...checked.warnings] : checked.warnings;
    if (!checked.ok) {
      // An integer too long to be typed is text to validation: its issue names its format's rule instead.
      const issues = checked.errors.map((issue) => integerTextIssue(message.fields, issue));
      return {
        ok: false,
        error: {
          kind: "invalid-response",
          message: `the response is genuine but not a valid message (${problems(issues.length)})${namedIssues(issues)}`,
          issues,
          warnings,
          ...sealFacts(verified),
        },
      };
    }
    const { algorithm: sealAlgorithm, keyIndex } = verified;
    const interfaceVersion = values.interfaceVersion ?? null;
    // The one place a response becomes Verified: its seal verified over the Data it was read from.
    const response: Verified<T> = markVerified(checked.value as T & object);
    return { ok: true, response, warnings, sealAlgorithm, keyIndex, interfaceVersion };
  } catch {
    // Validation never throws; this is only a last guard, so that a result is always returned.
    return malformed("the response could not be decoded", sealFacts(verified));
  }
}

/** What a post refused after its seal verified says of it, as an accepted one does: made for a refusal only, so that an accepted response costs no object more. */
const sealFacts = ({ algorithm, keyIndex, values }: VerifiedPost & { ok: true }): PaypageSealFacts => ({
  sealAlgorithm: algorithm,
  keyIndex,
  interfaceVersion: values.interfaceVersion ?? null,
});

const LENIENT: ValidateOptions = Object.freeze({ strict: false });
const STRICT: ValidateOptions = Object.freeze({ strict: true });

/**
 * The caller's options, each read once (a null is taken as none, like an absent one): the pinned algorithm, the
 * environment, and the validation options without an undefined version (exactOptionalPropertyTypes). Null when
 * reading throws.
 */
function readDecodeOptions(
  options: PaypageDecodeOptions | null,
): (Pick<PaypageDecodeOptions, "sealAlgorithm" | "environment"> & { validate: ValidateOptions }) | null {
  if (options === null || options === undefined)
    return { sealAlgorithm: undefined, environment: undefined, validate: LENIENT };
  try {
    const { sealAlgorithm, strict, interfaceVersion, environment } = options;
    const validate =
      interfaceVersion === undefined
        ? strict === true
          ? STRICT
          : LENIENT
        : { strict: strict === true, interfaceVersion };
    // A URL object (new URL(mock.url)) is taken as its href, as the form's environment is.
    return {
      sealAlgorithm,
      environment: environmentText(environment) as PaypageDecodeOptions["environment"],
      validate,
    };
  } catch {
    return null;
  }
}
