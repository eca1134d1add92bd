// Generated from spec/operations/office/getWalletData.yaml by `npm run generate`. Do not edit.

import { sealWalletPaymentMeanData } from "../../containers/seal.js";
import {
  computeSeal,
  genericSealingString,
  sealAlgorithmOf,
  sealList,
  sealText,
  sealsMatch,
} from "../../runtime/seal.js";
import type { SealAlgorithmName, Unsealed } from "../../runtime/seal.js";
import type { GetWalletDataRequest, GetWalletDataResponse } from "./types.js";

/**
 * Fields of a {@link GetWalletDataRequest} that enter its sealing string, in sealing
 * order: by name, in code-point order. Left out: `keyVersion`, `seal`, `sealAlgorithm`.
 */
export const GET_WALLET_DATA_REQUEST_SEAL_FIELDS = [
  "interfaceVersion",
  "intermediateServiceProviderId",
  "merchantId",
  "merchantWalletId",
] as const;

const REQUEST_SEAL_EXCLUDE: ReadonlySet<string> = new Set(["keyVersion", "seal", "sealAlgorithm"]);

/**
 * The string the seal of a {@link GetWalletDataRequest} is computed over: the values of
 * its present fields, in {@link GET_WALLET_DATA_REQUEST_SEAL_FIELDS} order. A message that holds
 * fields this package does not know (a newer Sips version) is sealed by the
 * generic rule over all of its fields, as Sips does.
 */
export function getWalletDataRequestSealingString(message: Unsealed<GetWalletDataRequest>): string {
  const fields = message as unknown as Record<string, unknown>;
  for (const key in fields) {
    switch (key) {
      case "interfaceVersion":
      case "intermediateServiceProviderId":
      case "keyVersion":
      case "merchantId":
      case "merchantWalletId":
      case "seal":
      case "sealAlgorithm":
        break;
      default:
        return genericSealingString(fields, REQUEST_SEAL_EXCLUDE);
    }
  }
  return (
    sealText(fields.interfaceVersion) +
    sealText(fields.intermediateServiceProviderId) +
    sealText(fields.merchantId) +
    sealText(fields.merchantWalletId)
  );
}

/**
 * The seal of a {@link GetWalletDataRequest}, with `algorithm`, else the message's
 * `sealAlgorithm`, else HMAC-SHA-256.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function sealGetWalletDataRequest(
  message: Unsealed<GetWalletDataRequest>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): string {
  return computeSeal(getWalletDataRequestSealingString(message), secretKey, sealAlgorithmOf(message, algorithm));
}

/**
 * Whether the `seal` of a {@link GetWalletDataRequest} is right for its content and
 * `secretKey`, compared in constant time. False, never an exception, for a
 * missing or malformed seal or a message that is not an object or cannot be read.
 * Without `algorithm`, the algorithm the message names (its `sealAlgorithm`) is
 * accepted: pass the one you use to refuse any other.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function verifyGetWalletDataRequest(
  message: Unsealed<GetWalletDataRequest>,
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
    text = getWalletDataRequestSealingString(message);
  } catch {
    return false;
  }
  return sealsMatch(given, computeSeal(text, secretKey, chosen));
}

/**
 * Fields of a {@link GetWalletDataResponse} that enter its sealing string, in sealing
 * order: by name, in code-point order. Left out: `seal`.
 */
export const GET_WALLET_DATA_RESPONSE_SEAL_FIELDS = [
  "errorFieldName",
  "walletCreationDateTime",
  "walletLastActionDateTime",
  "walletPaymentMeanDataList",
  "walletResponseCode",
] as const;

const RESPONSE_SEAL_EXCLUDE: ReadonlySet<string> = new Set(["seal"]);

/**
 * The string the seal of a {@link GetWalletDataResponse} is computed over: the values of
 * its present fields, in {@link GET_WALLET_DATA_RESPONSE_SEAL_FIELDS} order. A message that holds
 * fields this package does not know (a newer Sips version) is sealed by the
 * generic rule over all of its fields, as Sips does.
 */
export function getWalletDataResponseSealingString(message: Unsealed<GetWalletDataResponse>): string {
  const fields = message as unknown as Record<string, unknown>;
  for (const key in fields) {
    switch (key) {
      case "errorFieldName":
      case "seal":
      case "walletCreationDateTime":
      case "walletLastActionDateTime":
      case "walletPaymentMeanDataList":
      case "walletResponseCode":
        break;
      default:
        return genericSealingString(fields, RESPONSE_SEAL_EXCLUDE);
    }
  }
  return (
    sealText(fields.errorFieldName) +
    sealText(fields.walletCreationDateTime) +
    sealText(fields.walletLastActionDateTime) +
    sealList(fields.walletPaymentMeanDataList, sealWalletPaymentMeanData) +
    sealText(fields.walletResponseCode)
  );
}

/**
 * The seal of a {@link GetWalletDataResponse}, with `algorithm`, else the message's
 * `sealAlgorithm`, else HMAC-SHA-256.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function sealGetWalletDataResponse(
  message: Unsealed<GetWalletDataResponse>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): string {
  return computeSeal(getWalletDataResponseSealingString(message), secretKey, sealAlgorithmOf(message, algorithm));
}

/**
 * Whether the `seal` of a {@link GetWalletDataResponse} is right for its content and
 * `secretKey`, compared in constant time. False, never an exception, for a
 * missing or malformed seal or a message that is not an object or cannot be read.
 * Without `algorithm`, the algorithm the message names (its `sealAlgorithm`) is
 * accepted: pass the one you use to refuse any other.
 *
 * @throws TypeError when the key is not a non-empty string (the key is never shown).
 */
export function verifyGetWalletDataResponse(
  message: Unsealed<GetWalletDataResponse>,
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
    text = getWalletDataResponseSealingString(message);
  } catch {
    return false;
  }
  return sealsMatch(given, computeSeal(text, secretKey, chosen));
}
