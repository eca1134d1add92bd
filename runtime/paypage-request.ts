// Starting a Paypage payment from the browser: the form of the POST interface
// (`Data`, `InterfaceVersion`, `Seal`, `SealAlgorithm`, `Encode`), built from a
// request's fields. The form that carries a JSON initialization reply to
// Paypage is paypage-redirection.ts's. Either is what `renderPaypageAutoPost`
// turns into a page.

import type { MessageDescriptor } from "./descriptor.js";
import { encodePaypageData, isPaypageEncoding, PAYPAGE_ENCODINGS, type PaypageEncoding } from "./paypage-encode.js";
import type { PaypageIssue } from "./paypage-issue.js";
import { writePaypageData } from "./paypage-data-write.js";
import { PAYPAGE_FORM_FIELDS } from "./paypage-form-fields.js";
import { computeSeal, isSealAlgorithmName, SEAL_ALGORITHM_NAMES, type SealAlgorithmName } from "./seal.js";
import { configKind, describe, namedIssues } from "./issue-format.js";
import { pinnedAs, problems, unreadable } from "./issues.js";
import { assertSecretKey } from "./secret-key.js";
import { NO_ISSUES } from "./validation.js";

/** One field of a form, in the order it is posted. */
export interface PaypageFormField {
  /** The field's name as posted ("Data", "Seal", "redirectionData"...). */
  readonly name: string;
  /** Its value as posted, not escaped: `renderPaypageAutoPost` escapes it for HTML. */
  readonly value: string;
}

/** A form for the buyer's browser to post: where, and which fields. */
export interface PaypageForm {
  /** An http(s) URL. */
  readonly action: string;
  /** Always POST. */
  readonly method: "POST";
  /** The fields to post, in order. */
  readonly fields: readonly PaypageFormField[];
}

/** What a request message must provide: its fields, its validation and its interface prefix. */
export type PaypageRequestMessage<T> = Pick<MessageDescriptor<T>, "fields" | "validate" | "interfacePrefix">;

export interface PaypageRequestConfig {
  /** Where the form is posted: the POST interface's endpoint (paymentInit) of the platform. */
  readonly action: string;
  /** Seals `Data`; never put in the form, a result or a message. */
  readonly secretKey: string;
  /** The form's `InterfaceVersion`, e.g. HP_2.x or HP_3.x. Fields newer than it are refused when it has the message's prefix. */
  readonly interfaceVersion: string;
  /** HMAC-SHA-256 unless said otherwise; sent as `SealAlgorithm`, and Sips seals its response with it. */
  readonly sealAlgorithm?: SealAlgorithmName;
  /** `Data` sent as base64 or base64url of its text (the seal covers the encoded text); as text by default. */
  readonly encode?: PaypageEncoding;
}

export const PAYPAGE_REQUEST_SEAL_ALGORITHM: SealAlgorithmName = "HMAC-SHA-256";

/** Why no form was built: the fields are not a valid request, or cannot be carried by the POST interface. */
export interface PaypageRequestError {
  /** The fields are not a valid request, or the POST interface cannot carry them: no form was built. */
  readonly kind: "invalid-request";
  /** What failed, for people; never the key. */
  readonly message: string;
  /** What refuses the request. */
  readonly issues: readonly PaypageIssue[];
  /** What validation let through, as a built form reports it: refused, the request still says what else to mend. */
  readonly warnings: readonly PaypageIssue[];
}

/** What a POST form builder gives (`paypagePostForm`, `walletpagePostForm`): the sealed form, or why none was built. */
export type PaypageFormResult =
  | {
      readonly ok: true;
      /** The form for the buyer's browser to post: `renderPaypageAutoPost` writes a page that posts it. */
      readonly form: PaypageForm;
      /** `Data` before encoding, as sealed when there is no `Encode`: for logs and tests. */
      readonly dataText: string;
      /** What validation let through: a field beyond the spec's facts (written in `Data` all the same). */
      readonly warnings: readonly PaypageIssue[];
    }
  | {
      readonly ok: false;
      /** Why no form was built. */
      readonly error: PaypageRequestError;
    };

/**
 * The POST interface's form for a request (the generated `paypagePostForm`
 * binds its message descriptor and action). The fields are validated as a
 * request; `Data` holds them in the descriptor's order, then those it does not
 * know in the request's (Sips reads the pairs whatever their order; the seal
 * covers `Data` as sent), `keyVersion` and the other credentials among them, as
 * every public integration sends them.
 *
 * @throws TypeError for a configuration that cannot work: not an object, an action that is not
 * an http(s) URL, an empty key or interface version, an unknown algorithm or encoding (the key is never shown).
 */
export function buildPaypagePostForm<T>(
  message: PaypageRequestMessage<T>,
  fields: unknown,
  config: PaypageRequestConfig,
): PaypageFormResult {
  if (typeof config !== "object" || config === null)
    throw new TypeError(`the configuration must be an object, got ${configKind(config)}`);
  const { action, secretKey, interfaceVersion } = config;
  const algorithm = config.sealAlgorithm ?? PAYPAGE_REQUEST_SEAL_ALGORITHM;
  const encode = config.encode;
  assertAction(action);
  assertSecretKey(secretKey);
  if (typeof interfaceVersion !== "string" || interfaceVersion === "")
    throw new TypeError(`interfaceVersion must be a non-empty string, got ${describe(interfaceVersion)}`);
  if (!isSealAlgorithmName(algorithm))
    throw new TypeError(`sealAlgorithm must be one of ${SEAL_ALGORITHM_NAMES.join(", ")}, got ${describe(algorithm)}`);
  if (encode !== undefined && !isPaypageEncoding(encode))
    throw new TypeError(`encode must be one of ${PAYPAGE_ENCODINGS.join(", ")}, got ${describe(encode)}`);

  const pin = interfaceVersion.startsWith(message.interfacePrefix) ? { interfaceVersion } : {};
  const checked = message.validate(fields, pin);
  if (!checked.ok) return invalidRequest(pinnedAs(checked.errors, "config.interfaceVersion"), checked.warnings);
  const { warnings } = checked;
  let written: ReturnType<typeof writePaypageData>;
  try {
    // The text null is refused: Sips would read the field as absent.
    written = writePaypageData(message.fields, checked.value as Record<string, unknown>, true);
  } catch {
    // Validation read the fields already; this guards against getters that answer differently twice.
    return invalidRequest([unreadable()], warnings);
  }
  if (written.issues) return invalidRequest(written.issues, warnings);
  if (encode === undefined && /[\r\n]/.test(written.text))
    return invalidRequest(
      [
        {
          path: "",
          code: "not-representable",
          message:
            "a value holds a line break, which a browser's form changes on the way: send Data encoded (encode: base64)",
        },
      ],
      warnings,
    );
  const data = encodePaypageData(written.text, encode ?? "none");
  const form: PaypageFormField[] = [
    { name: PAYPAGE_FORM_FIELDS.data, value: data },
    { name: PAYPAGE_FORM_FIELDS.interfaceVersion, value: interfaceVersion },
    { name: PAYPAGE_FORM_FIELDS.seal, value: computeSeal(data, secretKey, algorithm) },
    { name: PAYPAGE_FORM_FIELDS.sealAlgorithm, value: algorithm },
  ];
  if (encode !== undefined) form.push({ name: PAYPAGE_FORM_FIELDS.encode, value: encode });
  return {
    ok: true,
    form: { action, method: "POST", fields: form },
    dataText: written.text,
    warnings,
  };
}

/** The result of a request that gives no form: every problem found, never an exception. */
export function invalidRequest(
  issues: readonly PaypageIssue[],
  warnings: readonly PaypageIssue[] = NO_ISSUES,
): { ok: false; error: PaypageRequestError } {
  return {
    ok: false,
    error: {
      kind: "invalid-request",
      message: `the request is invalid (${problems(issues.length)}); no form was built${namedIssues(issues)}`,
      issues,
      warnings,
    },
  };
}

/** Where a form may be posted: an http(s) URL, never a javascript: or data: one. */
export function isPaypageFormAction(value: unknown): value is string {
  if (typeof value !== "string" || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "https:" || protocol === "http:";
}

function assertAction(action: unknown): void {
  if (!isPaypageFormAction(action)) throw new TypeError(`action must be an http(s) URL, got ${describe(action)}`);
}
