// Generated from spec/operations/in-app/orderInitialize.yaml by `npm run generate`. Do not edit.

import { sealS10TransactionReference } from "../../containers/seal.js";
import { computeSeal, genericSealingString, sealAlgorithmOf, sealText, sealsMatch } from "../../runtime/seal.js";
import type { SealAlgorithmName, Unsealed } from "../../runtime/seal.js";
import type { OrderInitializeRequest, OrderInitializeResponse } from "./types.js";

/**
 * Fields of a {@link OrderInitializeRequest} that enter its sealing string, in sealing
 * order: by name, in code-point order. Left out: `keyVersion`, `seal`, `sealAlgorithm`.
 */
export const ORDER_INITIALIZE_REQUEST_SEAL_FIELDS = [
  "amount",
  "captureMode",
  "currencyCode",
  "interfaceVersion",
  "merchantId",
  "merchantWalletId",
  "paymentMeanBrand",
  "s10TransactionReference",
  "sdkOperationName",
  "sdkVersion",
] as const;

const REQUEST_SEAL_EXCLUDE: ReadonlySet<string> = new Set(["keyVersion", "seal", "sealAlgorithm"]);

/**
 * The string the seal of a {@link OrderInitializeRequest} is computed over: the values of
 * its present fields, in {@link ORDER_INITIALIZE_REQUEST_SEAL_FIELDS} order. A message that holds
 * fields this package does not know (a newer Sips version) is sealed by the
 * generic rule over all of its fields, as Sips does.
 */
export function orderInitializeRequestSealingString(message: Unsealed<OrderInitializeRequest>): string {
  const fields = message as unknown as Record<string, unknown>;
  for (const key in fields) {
    switch (key) {
      case "amount":
      case "captureMode":
      case "currencyCode":
      case "interfaceVersion":
      case "keyVersion":
      case "merchantId":
      case "merchantWalletId":
      case "paymentMeanBrand":
      case "s10TransactionReference":
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
    sealText(fields.amount) +
    sealText(fields.captureMode) +
    sealText(fields.currencyCode) +
    sealText(fields.interfaceVersion) +
    sealText(fields.merchantId) +
    sealText(fields.merchantWalletId) +
    sealText(fields.paymentMeanBrand) +
    sealS10TransactionReference(fields.s10TransactionReference) +
    sealText(fields.sdkOperationName) +
    sealText(fields.sdkVersion)
  );
}

/**
 * The seal of a {@link OrderInitializeRequest}, with `algorithm`, else the message's
 * `sealAlgorithm`, else HMAC-SHA-256.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function sealOrderInitializeRequest(
  message: Unsealed<OrderInitializeRequest>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): string {
  return computeSeal(orderInitializeRequestSealingString(message), secretKey, sealAlgorithmOf(message, algorithm));
}

/**
 * Whether the `seal` of a {@link OrderInitializeRequest} is right for its content and
 * `secretKey`, compared in constant time. False, never an exception, for a
 * missing or malformed seal or a message that is not an object or cannot be read.
 * Without `algorithm`, the algorithm the message names (its `sealAlgorithm`) is
 * accepted: pass the one you use to refuse any other.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function verifyOrderInitializeRequest(
  message: Unsealed<OrderInitializeRequest>,
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
    text = orderInitializeRequestSealingString(message);
  } catch {
    return false;
  }
  return sealsMatch(given, computeSeal(text, secretKey, chosen));
}

/**
 * Fields of a {@link OrderInitializeResponse} that enter its sealing string, in sealing
 * order: by name, in code-point order. Left out: `seal`.
 */
export const ORDER_INITIALIZE_RESPONSE_SEAL_FIELDS = [
  "publicKeyValue",
  "redirectionData",
  "redirectionStatusCode",
  "redirectionStatusMessage",
  "redirectionUrl",
  "redirectionVersion",
] as const;

const RESPONSE_SEAL_EXCLUDE: ReadonlySet<string> = new Set(["seal"]);

/**
 * The string the seal of a {@link OrderInitializeResponse} is computed over: the values of
 * its present fields, in {@link ORDER_INITIALIZE_RESPONSE_SEAL_FIELDS} order. A message that holds
 * fields this package does not know (a newer Sips version) is sealed by the
 * generic rule over all of its fields, as Sips does.
 */
export function orderInitializeResponseSealingString(message: Unsealed<OrderInitializeResponse>): string {
  const fields = message as unknown as Record<string, unknown>;
  for (const key in fields) {
    switch (key) {
      case "publicKeyValue":
      case "redirectionData":
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
    sealText(fields.redirectionData) +
    sealText(fields.redirectionStatusCode) +
    sealText(fields.redirectionStatusMessage) +
    sealText(fields.redirectionUrl) +
    sealText(fields.redirectionVersion)
  );
}

/**
 * The seal of a {@link OrderInitializeResponse}, with `algorithm`, else the message's
 * `sealAlgorithm`, else HMAC-SHA-256.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function sealOrderInitializeResponse(
  message: Unsealed<OrderInitializeResponse>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): string {
  return computeSeal(orderInitializeResponseSealingString(message), secretKey, sealAlgorithmOf(message, algorithm));
}

/**
 * Whether the `seal` of a {@link OrderInitializeResponse} is right for its content and
 * `secretKey`, compared in constant time. False, never an exception, for a
 * missing or malformed seal or a message that is not an object or cannot be read.
 * Without `algorithm`, the algorithm the message names (its `sealAlgorithm`) is
 * accepted: pass the one you use to refuse any other.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function verifyOrderInitializeResponse(
  message: Unsealed<OrderInitializeResponse>,
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
    text = orderInitializeResponseSealingString(message);
  } catch {
    return false;
  }
  return sealsMatch(given, computeSeal(text, secretKey, chosen));
}
