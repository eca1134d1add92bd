// The shape of a response validator with a list of containers, written out by
// hand for getWalletData (see README.md), and of the container check it calls
// (generated/containers/validators.ts): the container check takes the
// problems found so far and returns them, undefined while there are none.

import { FORMAT_ANS, FORMAT_N, textFormatIssue } from "../../generated/runtime/formats.js";
import {
  INHERITED,
  addError,
  addLenient,
  at,
  failure,
  type Found,
  hasOwn,
  isPlainObject,
  listLength,
  missingField,
  notAnObject,
  own,
  pinnedVersion,
  pinnedVersionError,
  pointer,
  resultOf,
  tooManyItems,
  unknownField,
  unknownValue,
  unreadable,
  wrongType,
} from "../../generated/runtime/validation.js";
import type { ValidateOptions, ValidationResult } from "../../generated/runtime/validation.js";
import { isWalletResponseCode } from "../../generated/value-lists.js";
import type { GetWalletDataResponse } from "../../generated/operations/getWalletData/types.js";

export function validateGetWalletDataResponse(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<GetWalletDataResponse> {
  try {
    if (!isPlainObject(input)) return failure(notAnObject("", input));
    const $seal = own(input.seal, INHERITED.seal);
    const $walletResponseCode = own(input.walletResponseCode, INHERITED.walletResponseCode);
    const $errorFieldName = own(input.errorFieldName, INHERITED.errorFieldName);
    const $walletCreationDateTime = own(input.walletCreationDateTime, INHERITED.walletCreationDateTime);
    const $walletLastActionDateTime = own(input.walletLastActionDateTime, INHERITED.walletLastActionDateTime);
    const $walletPaymentMeanDataList = own(input.walletPaymentMeanDataList, INHERITED.walletPaymentMeanDataList);
    const strict = options?.strict === true;
    const pinned = options?.interfaceVersion;
    const version = pinned === undefined ? -1 : pinnedVersion(pinned, "WR_WS_");
    let found = pinnedVersionError("WR_WS_", pinned, version);
    if ($seal === undefined) {
      found = addError(found, missingField("/seal"));
    } else if (typeof $seal !== "string") {
      found = addError(found, wrongType("/seal", "a string", $seal));
    }

    if ($walletResponseCode !== undefined) {
      if (typeof $walletResponseCode !== "string") {
        found = addError(found, wrongType("/walletResponseCode", "a string", $walletResponseCode));
      } else if (!isWalletResponseCode($walletResponseCode)) {
        found = addLenient(found, strict, unknownValue("/walletResponseCode", $walletResponseCode, "WalletResponseCode"));
      }
    }

    if ($errorFieldName !== undefined && typeof $errorFieldName !== "string") {
      found = addError(found, wrongType("/errorFieldName", "a string", $errorFieldName));
    }

    if ($walletCreationDateTime !== undefined && typeof $walletCreationDateTime !== "string") {
      found = addError(found, wrongType("/walletCreationDateTime", "a string", $walletCreationDateTime));
    }

    if ($walletLastActionDateTime !== undefined && typeof $walletLastActionDateTime !== "string") {
      found = addError(found, wrongType("/walletLastActionDateTime", "a string", $walletLastActionDateTime));
    }

    if ($walletPaymentMeanDataList !== undefined) {
      if (!Array.isArray($walletPaymentMeanDataList)) {
        found = addError(found, wrongType("/walletPaymentMeanDataList", "a list", $walletPaymentMeanDataList));
      } else {
        // The length is read once and bounded: a proxy may claim billions of items.
        const length = listLength($walletPaymentMeanDataList);
        if (length < 0) found = addError(found, tooManyItems("/walletPaymentMeanDataList"));
        for (let i = 0; i < length; i++) {
          const item: unknown = $walletPaymentMeanDataList[i];
          if (!isPlainObject(item)) {
            found = addError(found, wrongType(`/walletPaymentMeanDataList/${i}`, "an object", item));
          } else {
            found = checkWalletPaymentMeanData(item, "/walletPaymentMeanDataList", i, strict, found);
          }
        }
      }
    }

    for (const key in input) {
      switch (key) {
        case "seal":
        case "walletResponseCode":
        case "errorFieldName":
        case "walletCreationDateTime":
        case "walletLastActionDateTime":
        case "walletPaymentMeanDataList":
          break;
        default:
          if (hasOwn(input, key)) found = addLenient(found, strict, unknownField(pointer("", key)));
      }
    }
    return resultOf(input, found);
  } catch {
    return failure(unreadable());
  }
}

/** Checks the fields of a WalletPaymentMeanData (a plain object already) at `path`, item `index` of a list or -1: `found` with its problems. */
export function checkWalletPaymentMeanData(
  value: Record<string, unknown>,
  path: string,
  index: number,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  const $paymentMeanId = own(value.paymentMeanId, INHERITED.paymentMeanId);
  const $maskedPan = own(value.maskedPan, INHERITED.maskedPan);
  const $panExpiryDate = own(value.panExpiryDate, INHERITED.panExpiryDate);
  const $paymentMeanAlias = own(value.paymentMeanAlias, INHERITED.paymentMeanAlias);
  const $paymentMeanBrand = own(value.paymentMeanBrand, INHERITED.paymentMeanBrand);
  const $paymentMeanBrandCobadgedList = own(value.paymentMeanBrandCobadgedList, INHERITED.paymentMeanBrandCobadgedList);
  const $paymentMeanData = own(value.paymentMeanData, INHERITED.paymentMeanData);
  const $transactionActors = own(value.transactionActors, INHERITED.transactionActors);

  if ($paymentMeanId !== undefined && typeof $paymentMeanId !== "string") {
    found = addError(found, wrongType(`${at(path, index)}/paymentMeanId`, "a string", $paymentMeanId));
  }

  if ($maskedPan !== undefined && typeof $maskedPan !== "string") {
    found = addError(found, wrongType(`${at(path, index)}/maskedPan`, "a string", $maskedPan));
  }

  if ($panExpiryDate !== undefined) {
    if (typeof $panExpiryDate !== "string") {
      found = addError(found, wrongType(`${at(path, index)}/panExpiryDate`, "a string", $panExpiryDate));
    } else if ($panExpiryDate.length > 6 || !FORMAT_N.test($panExpiryDate)) {
      found = addLenient(found, strict, textFormatIssue(`${at(path, index)}/panExpiryDate`, $panExpiryDate, "N", 6));
    }
  }

  if ($paymentMeanAlias !== undefined && typeof $paymentMeanAlias !== "string") {
    found = addError(found, wrongType(`${at(path, index)}/paymentMeanAlias`, "a string", $paymentMeanAlias));
  }

  if ($paymentMeanBrand !== undefined) {
    if (typeof $paymentMeanBrand !== "string") {
      found = addError(found, wrongType(`${at(path, index)}/paymentMeanBrand`, "a string", $paymentMeanBrand));
    } else if ($paymentMeanBrand.length > 20 || !FORMAT_ANS.test($paymentMeanBrand)) {
      found = addLenient(
        found,
        strict,
        textFormatIssue(`${at(path, index)}/paymentMeanBrand`, $paymentMeanBrand, "ANS", 20),
      );
    }
  }

  if ($paymentMeanBrandCobadgedList !== undefined && typeof $paymentMeanBrandCobadgedList !== "string") {
    found = addError(
      found,
      wrongType(`${at(path, index)}/paymentMeanBrandCobadgedList`, "a string", $paymentMeanBrandCobadgedList),
    );
  }

  if ($paymentMeanData !== undefined && typeof $paymentMeanData !== "string") {
    found = addError(found, wrongType(`${at(path, index)}/paymentMeanData`, "a string", $paymentMeanData));
  }

  if ($transactionActors !== undefined && typeof $transactionActors !== "string") {
    found = addError(found, wrongType(`${at(path, index)}/transactionActors`, "a string", $transactionActors));
  }

  for (const key in value) {
    switch (key) {
      case "paymentMeanId":
      case "maskedPan":
      case "panExpiryDate":
      case "paymentMeanAlias":
      case "paymentMeanBrand":
      case "paymentMeanBrandCobadgedList":
      case "paymentMeanData":
      case "transactionActors":
        break;
      default:
        if (hasOwn(value, key)) found = addLenient(found, strict, unknownField(pointer(at(path, index), key)));
    }
  }
  return found;
}
