// The shape of a sealing string with a list of containers, written out by
// hand for the getWalletData response (generated/operations/<op>/seal.ts) and
// its container (generated/containers/seal.ts); see README.md. Byte-identical
// to the generic rule (genericSealingString): each object's keys are taken
// from one for-in pass, which yields exactly Object.keys's keys when
// keysAreOwn says so, and each value is read once, where for-in meets its key.

import {
  genericSealingString,
  keysAreOwn,
  sealField,
  sealList,
  sealMessage,
  sealText,
  verifyMessage,
} from "../../generated/runtime/seal.js";
import type { SealAlgorithmName, Unsealed } from "../../generated/runtime/seal.js";
import type { GetWalletDataResponse } from "../../generated/operations/getWalletData/types.js";

const RESPONSE_SEAL_EXCLUDE: ReadonlySet<string> = new Set(["seal"]);

export function getWalletDataResponseSealingString(message: Unsealed<GetWalletDataResponse>): string {
  const fields = message as unknown as Record<string, unknown>;
  if (!keysAreOwn(fields)) return genericSealingString(fields, RESPONSE_SEAL_EXCLUDE);
  let errorFieldName: unknown;
  let walletCreationDateTime: unknown;
  let walletLastActionDateTime: unknown;
  let walletPaymentMeanDataList: unknown;
  let walletResponseCode: unknown;
  for (const key in fields) {
    switch (key) {
      case "errorFieldName":
        errorFieldName = fields[key];
        break;
      case "walletCreationDateTime":
        walletCreationDateTime = fields[key];
        break;
      case "walletLastActionDateTime":
        walletLastActionDateTime = fields[key];
        break;
      case "walletPaymentMeanDataList":
        walletPaymentMeanDataList = fields[key];
        break;
      case "walletResponseCode":
        walletResponseCode = fields[key];
        break;
      case "seal":
        break;
      default:
        // A field this package does not know (a newer Sips version): the generic rule over all of them.
        return genericSealingString(fields, RESPONSE_SEAL_EXCLUDE);
    }
  }
  return (
    sealField(errorFieldName) +
    sealField(walletCreationDateTime) +
    sealField(walletLastActionDateTime) +
    sealList(walletPaymentMeanDataList, sealWalletPaymentMeanData) +
    sealField(walletResponseCode)
  );
}

export function sealGetWalletDataResponse(
  message: Unsealed<GetWalletDataResponse>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): string {
  return sealMessage(message, secretKey, algorithm, getWalletDataResponseSealingString);
}

export function verifyGetWalletDataResponse(
  message: Unsealed<GetWalletDataResponse>,
  secretKey: string,
  algorithm?: SealAlgorithmName,
): boolean {
  return verifyMessage(message, secretKey, algorithm, getWalletDataResponseSealingString);
}

/** The part of a sealing string a WalletPaymentMeanData contributes (generated/containers/seal.ts). */
export function sealWalletPaymentMeanData(value: unknown): string {
  if (typeof value !== "object" || value === null || !keysAreOwn(value)) return sealText(value);
  const fields = value as Record<string, unknown>;
  let maskedPan: unknown;
  let panExpiryDate: unknown;
  let paymentMeanAlias: unknown;
  let paymentMeanBrand: unknown;
  let paymentMeanBrandCobadgedList: unknown;
  let paymentMeanData: unknown;
  let paymentMeanId: unknown;
  let transactionActors: unknown;
  for (const key in fields) {
    switch (key) {
      case "maskedPan":
        maskedPan = fields[key];
        break;
      case "panExpiryDate":
        panExpiryDate = fields[key];
        break;
      case "paymentMeanAlias":
        paymentMeanAlias = fields[key];
        break;
      case "paymentMeanBrand":
        paymentMeanBrand = fields[key];
        break;
      case "paymentMeanBrandCobadgedList":
        paymentMeanBrandCobadgedList = fields[key];
        break;
      case "paymentMeanData":
        paymentMeanData = fields[key];
        break;
      case "paymentMeanId":
        paymentMeanId = fields[key];
        break;
      case "transactionActors":
        transactionActors = fields[key];
        break;
      default:
        return sealText(value);
    }
  }
  return (
    sealField(maskedPan) +
    sealField(panExpiryDate) +
    sealField(paymentMeanAlias) +
    sealField(paymentMeanBrand) +
    sealField(paymentMeanBrandCobadgedList) +
    sealField(paymentMeanData) +
    sealField(paymentMeanId) +
    sealField(transactionActors)
  );
}
