// The shape of a response validator with a list of containers, written out by
// hand for getWalletData (see README.md), and of the container check it calls
// (generated/containers/validators.ts): the container check takes the
// problems found so far and returns them, undefined while there are none.

import { conformsANS, conformsN, formatCharsIssue, formatLengthIssue } from "../../generated/runtime/formats.js";
import {
  INHERITED,
  addError,
  addLenient,
  at,
  failure,
  type Found,
  hasOwn,
  hasPlainPrototype,
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
  readFailure,
  expectedList,
  expectedObject,
  expectedString,
} from "../../generated/runtime/validation.js";
import type { ValidateOptions, ValidationResult } from "../../generated/runtime/validation.js";
import { isWalletResponseCode } from "../../generated/value-lists.js";
import type { GetWalletDataResponse } from "../../generated/operations/getWalletData/types.js";

export function validateGetWalletDataResponse(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<GetWalletDataResponse> {
  try {
    if (typeof input !== "object" || input === null) return failure(notAnObject("", input));
    const fields = input as Record<string, unknown>;
    const $seal = own(fields.seal, INHERITED.seal);
    const $walletResponseCode = own(fields.walletResponseCode, INHERITED.walletResponseCode);
    const $errorFieldName = own(fields.errorFieldName, INHERITED.errorFieldName);
    const $walletCreationDateTime = own(fields.walletCreationDateTime, INHERITED.walletCreationDateTime);
    const $walletLastActionDateTime = own(fields.walletLastActionDateTime, INHERITED.walletLastActionDateTime);
    const $walletPaymentMeanDataList = own(fields.walletPaymentMeanDataList, INHERITED.walletPaymentMeanDataList);
    if (!hasPlainPrototype(fields)) return failure(notAnObject("", input));
    const strict = options?.strict === true;
    const pinned = options?.interfaceVersion;
    const version = pinned === undefined ? -1 : pinnedVersion(pinned, "WR_WS_");
    let found = pinnedVersionError("WR_WS_", pinned, version);
    if ($seal === undefined) {
      found = addError(found, missingField("/seal"));
    } else if (typeof $seal !== "string") {
      found = addError(found, expectedString("/seal", $seal));
    }

    if ($walletResponseCode !== undefined) {
      if (typeof $walletResponseCode !== "string") {
        found = addError(found, expectedString("/walletResponseCode", $walletResponseCode));
      } else if (!isWalletResponseCode($walletResponseCode)) {
        found = addLenient(
          found,
          strict,
          unknownValue("/walletResponseCode", $walletResponseCode, "WalletResponseCode"),
        );
      }
    }

    if ($errorFieldName !== undefined && typeof $errorFieldName !== "string") {
      found = addError(found, expectedString("/errorFieldName", $errorFieldName));
    }

    if ($walletCreationDateTime !== undefined && typeof $walletCreationDateTime !== "string") {
      found = addError(found, expectedString("/walletCreationDateTime", $walletCreationDateTime));
    }

    if ($walletLastActionDateTime !== undefined && typeof $walletLastActionDateTime !== "string") {
      found = addError(found, expectedString("/walletLastActionDateTime", $walletLastActionDateTime));
    }

    if ($walletPaymentMeanDataList !== undefined) {
      if (!Array.isArray($walletPaymentMeanDataList)) {
        found = addError(found, expectedList("/walletPaymentMeanDataList", $walletPaymentMeanDataList));
      } else {
        // The length is read once and bounded: a proxy may claim billions of items.
        const length = listLength($walletPaymentMeanDataList);
        if (length < 0) found = addError(found, tooManyItems("/walletPaymentMeanDataList"));
        for (let i = 0; i < length; i++) {
          const item: unknown = $walletPaymentMeanDataList[i];
          if (typeof item !== "object" || item === null) {
            found = addError(found, expectedObject(`/walletPaymentMeanDataList/${i}`, item));
          } else {
            found = checkWalletPaymentMeanData(item, "/walletPaymentMeanDataList", i, strict, found);
          }
        }
      }
    }

    for (const key in fields) {
      switch (key) {
        case "seal":
        case "walletResponseCode":
        case "errorFieldName":
        case "walletCreationDateTime":
        case "walletLastActionDateTime":
        case "walletPaymentMeanDataList":
          break;
        default:
          if (hasOwn(fields, key)) found = addLenient(found, strict, unknownField(pointer("", key)));
      }
    }
    return resultOf(fields, found);
  } catch {
    return readFailure(input);
  }
}

/**
 * Checks a WalletPaymentMeanData (an object already) at `path`, item `index` of
 * a list or -1: `found` with its problems. Its fields are read first, then
 * whether it is a plain object; a read that throws makes it "an object"
 * problem when it is not a plain one (what checking first would have said).
 */
export function checkWalletPaymentMeanData(
  value: object,
  path: string,
  index: number,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  const fields = value as Record<string, unknown>;
  let $paymentMeanId: unknown;
  let $maskedPan: unknown;
  let $panExpiryDate: unknown;
  let $paymentMeanAlias: unknown;
  let $paymentMeanBrand: unknown;
  let $paymentMeanBrandCobadgedList: unknown;
  let $paymentMeanData: unknown;
  let $transactionActors: unknown;
  try {
    $paymentMeanId = own(fields.paymentMeanId, INHERITED.paymentMeanId);
    $maskedPan = own(fields.maskedPan, INHERITED.maskedPan);
    $panExpiryDate = own(fields.panExpiryDate, INHERITED.panExpiryDate);
    $paymentMeanAlias = own(fields.paymentMeanAlias, INHERITED.paymentMeanAlias);
    $paymentMeanBrand = own(fields.paymentMeanBrand, INHERITED.paymentMeanBrand);
    $paymentMeanBrandCobadgedList = own(fields.paymentMeanBrandCobadgedList, INHERITED.paymentMeanBrandCobadgedList);
    $paymentMeanData = own(fields.paymentMeanData, INHERITED.paymentMeanData);
    $transactionActors = own(fields.transactionActors, INHERITED.transactionActors);
  } catch (error) {
    if (isPlainObject(value)) throw error;
    return addError(found, expectedObject(at(path, index), value));
  }
  if (!hasPlainPrototype(value)) return addError(found, expectedObject(at(path, index), value));

  if ($paymentMeanId !== undefined && typeof $paymentMeanId !== "string") {
    found = addError(found, expectedString(`${at(path, index)}/paymentMeanId`, $paymentMeanId));
  }

  if ($maskedPan !== undefined && typeof $maskedPan !== "string") {
    found = addError(found, expectedString(`${at(path, index)}/maskedPan`, $maskedPan));
  }

  if ($panExpiryDate !== undefined) {
    if (typeof $panExpiryDate !== "string") {
      found = addError(found, expectedString(`${at(path, index)}/panExpiryDate`, $panExpiryDate));
    } else if (!conformsN($panExpiryDate)) {
      found = addLenient(found, strict, formatCharsIssue(`${at(path, index)}/panExpiryDate`, $panExpiryDate, "N", 6));
    } else if ($panExpiryDate.length > 6) {
      found = addLenient(found, strict, formatLengthIssue(`${at(path, index)}/panExpiryDate`, $panExpiryDate, "N", 6));
    }
  }

  if ($paymentMeanAlias !== undefined && typeof $paymentMeanAlias !== "string") {
    found = addError(found, expectedString(`${at(path, index)}/paymentMeanAlias`, $paymentMeanAlias));
  }

  if ($paymentMeanBrand !== undefined) {
    if (typeof $paymentMeanBrand !== "string") {
      found = addError(found, expectedString(`${at(path, index)}/paymentMeanBrand`, $paymentMeanBrand));
    } else if (!conformsANS($paymentMeanBrand)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(`${at(path, index)}/paymentMeanBrand`, $paymentMeanBrand, "ANS", 20),
      );
    } else if ($paymentMeanBrand.length > 20) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue(`${at(path, index)}/paymentMeanBrand`, $paymentMeanBrand, "ANS", 20),
      );
    }
  }

  if ($paymentMeanBrandCobadgedList !== undefined && typeof $paymentMeanBrandCobadgedList !== "string") {
    found = addError(
      found,
      expectedString(`${at(path, index)}/paymentMeanBrandCobadgedList`, $paymentMeanBrandCobadgedList),
    );
  }

  if ($paymentMeanData !== undefined && typeof $paymentMeanData !== "string") {
    found = addError(found, expectedString(`${at(path, index)}/paymentMeanData`, $paymentMeanData));
  }

  if ($transactionActors !== undefined && typeof $transactionActors !== "string") {
    found = addError(found, expectedString(`${at(path, index)}/transactionActors`, $transactionActors));
  }

  for (const key in fields) {
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
        if (hasOwn(fields, key)) found = addLenient(found, strict, unknownField(pointer(at(path, index), key)));
    }
  }
  return found;
}
