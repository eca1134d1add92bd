// The POST interface's form as the mock's Paypage reads it, playing Sips: the
// form read, its InterfaceVersion held to the POST interface's, the key of the
// keyVersion its Data names found (Sips must read that before the seal
// verifies, to know which key to verify with), then the seal verified and
// Data decoded and validated as the operation's request.

import type { OperationDescriptor } from "./descriptor.js";
import { declaredVersion } from "./interface-version.js";
import { describe, formatIssue } from "./issue-format.js";
import { pinnedAs, problems } from "./issues.js";
import { type MockKeys, noKeyMessage } from "./mock-keys.js";
import { readPaypageData } from "./paypage-data.js";
import { decodePaypageData, isPaypageEncoding, paypageEncodingOf, type PaypageEncoding } from "./paypage-encode.js";
import { readPaypageForm } from "./paypage-form.js";
import { PAYPAGE_FORM_FIELDS, type PaypageFormValues } from "./paypage-form-fields.js";
import { dataMessage } from "./paypage-data-message.js";
import { decodePaypagePost } from "./paypage-response.js";
import { PAYPAGE_DEFAULT_SEAL_ALGORITHM, paypageSealMismatch } from "./paypage-verify.js";
import { KEY_VERSION_FIELD } from "./platform.js";
import type { SealAlgorithmName } from "./seal.js";

/**
 * Where the mock's payments run, to the key's check: never production, so the public test key verifies the forms
 * posted to it, as it does those the simulation shop posts to Sips' simulation platform.
 */
const MOCK_ENVIRONMENT = "simu";

/** A form that starts a payment, read; or why it does not. */
export type PostedForm =
  | {
      readonly ok: true;
      readonly request: Record<string, unknown>;
      /** The key it verified with, which the payment's response is sealed with. */
      readonly secretKey: string;
      readonly algorithm: SealAlgorithmName;
      /** The form's `Encode`, named in any case as the decoder reads it: the response is encoded the same way. */
      readonly encode: PaypageEncoding | undefined;
      readonly interfaceVersion: string;
    }
  | { readonly ok: false; readonly message: string };

/** Reads a POST interface's form (the raw body) posted to start a payment of `operation`. */
export function readPostedForm(
  operation: OperationDescriptor<unknown, unknown, string, unknown>,
  body: string,
  keys: MockKeys,
): PostedForm {
  const read = readPaypageForm(body);
  if (!read.ok) return { ok: false, message: read.message };
  const { values } = read;
  // Required of the POST interface: Paypage cannot tell which interface a form speaks without it.
  if (!values.interfaceVersion)
    return { ok: false, message: `the form has no ${PAYPAGE_FORM_FIELDS.interfaceVersion}` };
  const refused = otherInterface(operation.interfaceVersion, values.interfaceVersion);
  if (refused !== null) return { ok: false, message: refused };
  // A secret beyond the request's saved facts keeps the text of Data out of the page, as a sensitive field does.
  const secretBeyondFacts = operation.request.factsStop?.sensitive !== undefined;
  const message = { ...dataMessage(operation.request), secretBeyondFacts };
  const keyVersion = keys.one === null ? namedKeyVersion(message.fields, values) : undefined;
  const secretKey = keys.one ?? keys.keyOf(keyVersion);
  // As a seal that does not verify: no source says what Paypage answers for a keyVersion it holds no key of.
  if (secretKey === null) return { ok: false, message: noKeyMessage(keys, keyVersion, "Data's") };
  // The mock is a simulation whatever environments the operation has: it decodes as one named MOCK_ENVIRONMENT.
  const environments = [MOCK_ENVIRONMENT];
  const decoded = decodePaypagePost({ ...message, environments, addresses: operation.addresses }, body, secretKey, {
    ...declaredPin(operation, values.interfaceVersion),
    environment: MOCK_ENVIRONMENT,
  });
  if (!decoded.ok) {
    const { error } = decoded;
    const issues =
      "issues" in error ? pinnedAs(error.issues, PAYPAGE_FORM_FIELDS.interfaceVersion).map(formatIssue) : [];
    // The decoder reads responses: its words for a sealed message that does not validate speak of one.
    const said =
      error.kind === "invalid-response"
        ? `Data is not a valid request (${problems(issues.length)})`
        : error.kind === "seal-mismatch"
          ? sealMismatch(values.sealAlgorithm)
          : error.message;
    return { ok: false, message: [said, ...issues].join("\n") };
  }
  const encode = paypageEncodingOf(values.encode);
  return {
    ok: true,
    request: decoded.response as Record<string, unknown>,
    secretKey,
    algorithm: decoded.sealAlgorithm,
    encode: isPaypageEncoding(encode) ? encode : undefined,
    interfaceVersion: values.interfaceVersion,
  };
}

/**
 * A seal that does not match, as the decoder says it (paypageSealMismatch), with what the sender of a form can do:
 * the decoder's advice speaks to a shop reading a response. A form naming no algorithm is verified with the
 * default, as Sips does; whatever it names, the mock verifies with its key of the keyVersion in Data.
 */
function sealMismatch(named: string | undefined): string {
  const key = `check that it is sealed with the key the mock holds for the ${KEY_VERSION_FIELD} in ${PAYPAGE_FORM_FIELDS.data}`;
  if (named) return paypageSealMismatch(named, `; ${key}`);
  const how = `${PAYPAGE_DEFAULT_SEAL_ALGORITHM}, which a form naming no ${PAYPAGE_FORM_FIELDS.sealAlgorithm} is verified with`;
  return paypageSealMismatch(
    how,
    `; name the form's ${PAYPAGE_FORM_FIELDS.sealAlgorithm} if it is sealed with another, or ${key}`,
  );
}

/**
 * Why `declared` is no version of the operation's POST interface, as `paypagePostForm` refuses it; null when it is
 * one, or the operation has none. The pages give that interface versions of its own (paymentWebInit's recommended:
 * HP_3.4 for POST, IR_WS_3.4 for JSON/SOAP; the list of prefixes: HP_ for the Paypage POST interface) and do not say
 * what Sips answers a form of another (which page, which response code): the mock answers it as other invalid forms,
 * HTTP 400 and why, before the seal as a form without a version, since the version says which interface it speaks.
 */
function otherInterface(interfaceVersion: OperationDescriptor<unknown, unknown>["interfaceVersion"], declared: string) {
  const { postPrefix, recommendedByPrefix } = interfaceVersion;
  if (postPrefix === null || declaredVersion(declared, postPrefix) >= 0) return null;
  const example = recommendedByPrefix[postPrefix];
  const recommended = example === undefined ? "" : ` (${example} is recommended)`;
  return `${PAYPAGE_FORM_FIELDS.interfaceVersion} must be a version of the POST interface, ${postPrefix} followed by a version number${recommended}, got ${describe(declared)}`;
}

/**
 * `Data` validated as the request of the version the form declares, as `paypagePostForm` pins it: a version of the
 * request's own (JSON) interface, which only an operation without a POST interface takes, is held to the
 * operation's floor, and the fields newer than it refused. A version of the POST interface (HP_3.4) is not pinned:
 * the saved pages give the fields' versions without a prefix and say nothing of which fields an HP_ version admits,
 * so the mock does not guess.
 */
function declaredPin(operation: OperationDescriptor<unknown, unknown, string, unknown>, declared: string) {
  return declared.startsWith(operation.request.interfacePrefix) ? { interfaceVersion: declared } : {};
}

/** The keyVersion `Data` names, unverified; undefined when `Data` cannot be read. */
function namedKeyVersion(fields: ReturnType<typeof dataMessage>["fields"], values: PaypageFormValues): unknown {
  if (values.data === undefined) return undefined;
  const text = decodePaypageData(values.data, paypageEncodingOf(values.encode) ?? "none");
  return text === null ? undefined : readPaypageData(fields, text).message[KEY_VERSION_FIELD];
}
