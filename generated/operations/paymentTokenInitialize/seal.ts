// Generated from spec/operations/in-app/paymentTokenInitialize.yaml by `npm run generate`. Do not edit.

import { computeSeal, genericSealingString, sealAlgorithmOf, sealText, sealsMatch } from "../../runtime/seal.js";
import type { SealAlgorithmName, Unsealed } from "../../runtime/seal.js";
import type { PaymentTokenInitializeRequest, PaymentTokenInitializeResponse } from "./types.js";

/**
 * Fields of a {@link PaymentTokenInitializeRequest} that enter its sealing string, in sealing
 * order: by name, in code-point order. Left out: `keyVersion`, `seal`, `sealAlgorithm`.
 */
export const PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS = [
  "customerIpAddress",
  "interfaceVersion",
  "intermediateServiceProviderId",
  "merchantId",
  "sdkOperationName",
  "sdkVersion",
] as const;

const REQUEST_SEAL_EXCLUDE: ReadonlySet<string> = new Set(["keyVersion", "seal", "sealAlgorithm"]);

/**
 * The string the seal of a {@link PaymentTokenInitializeRequest} is computed over: the values of
 * its present fields, in {@link PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS} order. A message that holds
 * fields this package does not know (a newer Sips version) is sealed by the
 * generic rule over all of its fields, as Sips does.
 */
export function paymentTokenInitializeRequestSealingString(message: Unsealed<PaymentTokenInitializeRequest>): string {
  const fields = message as unknown as Record<string, unknown>;
  for (const key in fields) {
    switch (key) {
      case "customerIpAddress":
      case "interfaceVersion":
      case "intermediateServiceProviderId":
      case "keyVersion":
      case "merchantId":
      case "sdkOperationName":
      case "sdkVersion":
      case "seal":
      case "sealAlgorithm":
        break;
      default:
        return genericSealingString(fields, REQUEST_SEAL_EXCLUDE);
    }
  }
  return (
    sealText(fields.customerIpAddress) +
    sealText(fields.interfaceVersion) +
    sealText(fields.intermediateServiceProviderId) +
    sealText(fields.merchantId) +
    sealText(fields.sdkOperationName) +
    sealText(fields.sdkVersion)
  );
}

/**
 * The seal of a {@link PaymentTokenInitializeRequest}, with `algorithm`, else the message's
 * `sealAlgorithm`, else HMAC-SHA-256.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function sealPaymentTokenInitializeRequest(
  message: Unsealed<PaymentTokenInitializeRequest>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): string {
  return computeSeal(
    paymentTokenInitializeRequestSealingString(message),
    secretKey,
    sealAlgorithmOf(message, algorithm),
  );
}

/**
 * Whether the `seal` of a {@link PaymentTokenInitializeRequest} is right for its content and
 * `secretKey`, compared in constant time. False, never an exception, for a
 * missing or malformed seal or a message that is not an object or cannot be read.
 * Without `algorithm`, the algorithm the message names (its `sealAlgorithm`) is
 * accepted: pass the one you use to refuse any other.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function verifyPaymentTokenInitializeRequest(
  message: Unsealed<PaymentTokenInitializeRequest>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): boolean {
  if (typeof message !== "object" || message === null) return false;
  let given: unknown;
  let text: string;
  let chosen: SealAlgorithmName;
  try {
    // Everything read from the message: its getters and proxies may throw.
    given = message.seal;
    chosen = sealAlgorithmOf(message, algorithm);
    text = paymentTokenInitializeRequestSealingString(message);
  } catch {
    return false;
  }
  return sealsMatch(given, computeSeal(text, secretKey, chosen));
}

/**
 * Fields of a {@link PaymentTokenInitializeResponse} that enter its sealing string, in sealing
 * order: by name, in code-point order. Left out: `seal`.
 */
export const PAYMENT_TOKEN_INITIALIZE_RESPONSE_SEAL_FIELDS = [
  "publicKeyValue",
  "redirectionStatusCode",
  "redirectionStatusMessage",
  "redirectionUrl",
  "redirectionVersion",
] as const;

const RESPONSE_SEAL_EXCLUDE: ReadonlySet<string> = new Set(["seal"]);

/**
 * The string the seal of a {@link PaymentTokenInitializeResponse} is computed over: the values of
 * its present fields, in {@link PAYMENT_TOKEN_INITIALIZE_RESPONSE_SEAL_FIELDS} order. A message that holds
 * fields this package does not know (a newer Sips version) is sealed by the
 * generic rule over all of its fields, as Sips does.
 */
export function paymentTokenInitializeResponseSealingString(message: Unsealed<PaymentTokenInitializeResponse>): string {
  const fields = message as unknown as Record<string, unknown>;
  for (const key in fields) {
    switch (key) {
      case "publicKeyValue":
      case "redirectionStatusCode":
      case "redirectionStatusMessage":
      case "redirectionUrl":
      case "redirectionVersion":
      case "seal":
        break;
      default:
        return genericSealingString(fields, RESPONSE_SEAL_EXCLUDE);
    }
  }
  return (
    sealText(fields.publicKeyValue) +
    sealText(fields.redirectionStatusCode) +
    sealText(fields.redirectionStatusMessage) +
    sealText(fields.redirectionUrl) +
    sealText(fields.redirectionVersion)
  );
}

/**
 * The seal of a {@link PaymentTokenInitializeResponse}, with `algorithm`, else the message's
 * `sealAlgorithm`, else HMAC-SHA-256.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function sealPaymentTokenInitializeResponse(
  message: Unsealed<PaymentTokenInitializeResponse>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): string {
  return computeSeal(
    paymentTokenInitializeResponseSealingString(message),
    secretKey,
    sealAlgorithmOf(message, algorithm),
  );
}

/**
 * Whether the `seal` of a {@link PaymentTokenInitializeResponse} is right for its content and
 * `secretKey`, compared in constant time. False, never an exception, for a
 * missing or malformed seal or a message that is not an object or cannot be read.
 * Without `algorithm`, the algorithm the message names (its `sealAlgorithm`) is
 * accepted: pass the one you use to refuse any other.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function verifyPaymentTokenInitializeResponse(
  message: Unsealed<PaymentTokenInitializeResponse>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): boolean {
  if (typeof message !== "object" || message === null) return false;
  let given: unknown;
  let text: string;
  let chosen: SealAlgorithmName;
  try {
    // Everything read from the message: its getters and proxies may throw.
    given = message.seal;
    chosen = sealAlgorithmOf(message, algorithm);
    text = paymentTokenInitializeResponseSealingString(message);
  } catch {
    return false;
  }
  return sealsMatch(given, computeSeal(text, secretKey, chosen));
}
