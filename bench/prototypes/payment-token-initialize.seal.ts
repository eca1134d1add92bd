// The shape of the sealing strings of a message of scalar fields, written out
// by hand for the paymentTokenInitialize request and response
// (generated/operations/<op>/seal.ts); see README.md and get-wallet-data.seal.ts.

import {
  genericSealingString,
  keysAreOwn,
  sealField,
  sealMessage,
  verifyMessage,
} from "../../generated/runtime/seal.js";
import type { SealAlgorithmName, Unsealed } from "../../generated/runtime/seal.js";
import type {
  PaymentTokenInitializeRequest,
  PaymentTokenInitializeResponse,
} from "../../generated/operations/paymentTokenInitialize/types.js";

const REQUEST_SEAL_EXCLUDE: ReadonlySet<string> = new Set(["keyVersion", "seal", "sealAlgorithm"]);

export function paymentTokenInitializeRequestSealingString(message: Unsealed<PaymentTokenInitializeRequest>): string {
  const fields = message as unknown as Record<string, unknown>;
  if (!keysAreOwn(fields)) return genericSealingString(fields, REQUEST_SEAL_EXCLUDE);
  let customerIpAddress: unknown;
  let interfaceVersion: unknown;
  let intermediateServiceProviderId: unknown;
  let merchantId: unknown;
  let sdkOperationName: unknown;
  let sdkVersion: unknown;
  for (const key in fields) {
    switch (key) {
      case "customerIpAddress":
        customerIpAddress = fields[key];
        break;
      case "interfaceVersion":
        interfaceVersion = fields[key];
        break;
      case "intermediateServiceProviderId":
        intermediateServiceProviderId = fields[key];
        break;
      case "merchantId":
        merchantId = fields[key];
        break;
      case "sdkOperationName":
        sdkOperationName = fields[key];
        break;
      case "sdkVersion":
        sdkVersion = fields[key];
        break;
      case "keyVersion":
      case "seal":
      case "sealAlgorithm":
        break;
      default:
        return genericSealingString(fields, REQUEST_SEAL_EXCLUDE);
    }
  }
  return (
    sealField(customerIpAddress) +
    sealField(interfaceVersion) +
    sealField(intermediateServiceProviderId) +
    sealField(merchantId) +
    sealField(sdkOperationName) +
    sealField(sdkVersion)
  );
}

export function sealPaymentTokenInitializeRequest(
  message: Unsealed<PaymentTokenInitializeRequest>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): string {
  return sealMessage(message, secretKey, algorithm, paymentTokenInitializeRequestSealingString);
}

export function verifyPaymentTokenInitializeRequest(
  message: Unsealed<PaymentTokenInitializeRequest>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): boolean {
  return verifyMessage(message, secretKey, algorithm, paymentTokenInitializeRequestSealingString);
}

const RESPONSE_SEAL_EXCLUDE: ReadonlySet<string> = new Set(["seal"]);

export function paymentTokenInitializeResponseSealingString(message: Unsealed<PaymentTokenInitializeResponse>): string {
  const fields = message as unknown as Record<string, unknown>;
  if (!keysAreOwn(fields)) return genericSealingString(fields, RESPONSE_SEAL_EXCLUDE);
  let publicKeyValue: unknown;
  let redirectionStatusCode: unknown;
  let redirectionStatusMessage: unknown;
  let redirectionUrl: unknown;
  let redirectionVersion: unknown;
  for (const key in fields) {
    switch (key) {
      case "publicKeyValue":
        publicKeyValue = fields[key];
        break;
      case "redirectionStatusCode":
        redirectionStatusCode = fields[key];
        break;
      case "redirectionStatusMessage":
        redirectionStatusMessage = fields[key];
        break;
      case "redirectionUrl":
        redirectionUrl = fields[key];
        break;
      case "redirectionVersion":
        redirectionVersion = fields[key];
        break;
      case "seal":
        break;
      default:
        return genericSealingString(fields, RESPONSE_SEAL_EXCLUDE);
    }
  }
  return (
    sealField(publicKeyValue) +
    sealField(redirectionStatusCode) +
    sealField(redirectionStatusMessage) +
    sealField(redirectionUrl) +
    sealField(redirectionVersion)
  );
}

export function sealPaymentTokenInitializeResponse(
  message: Unsealed<PaymentTokenInitializeResponse>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): string {
  return sealMessage(message, secretKey, algorithm, paymentTokenInitializeResponseSealingString);
}

export function verifyPaymentTokenInitializeResponse(
  message: Unsealed<PaymentTokenInitializeResponse>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): boolean {
  return verifyMessage(message, secretKey, algorithm, paymentTokenInitializeResponseSealingString);
}
