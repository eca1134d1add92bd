// Generated from spec/operations/office/getWalletData.yaml by `npm run generate`. Do not edit.

import { checkWalletPaymentMeanData } from "../../containers/validators.js";
import { FORMAT_N, integerFormatIssue, textFormatIssue } from "../../runtime/formats.js";
import {
  badInterfaceVersion,
  badPinnedVersion,
  declaredVersion,
  failure,
  isPlainObject,
  merge,
  missingField,
  notAnObject,
  pinnedVersion,
  pointer,
  result,
  unknownField,
  unknownValue,
  unreadable,
  wrongType,
} from "../../runtime/validation.js";
import type { CheckContext, ValidateOptions, ValidationIssue, ValidationResult } from "../../runtime/validation.js";
import { isSealAlgorithm, isWalletResponseCode } from "../../value-lists.js";
import type { GetWalletDataRequest, GetWalletDataResponse } from "./types.js";

/**
 * Checks that `input` is a valid {@link GetWalletDataRequest}, collecting every problem.
 * Never throws, whatever `input` is; the value is returned as is, not copied.
 *
 * Unknown fields are errors, and so is a field that appeared after the
 * interface version the request declares (or `options.interfaceVersion`).
 */
export function validateGetWalletDataRequest(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<GetWalletDataRequest> {
  try {
    if (!isPlainObject(input)) return failure(notAnObject("", input));
    // Collected lazily: a valid message allocates nothing but its result.
    let errors: ValidationIssue[] | undefined;
    let warnings: ValidationIssue[] | undefined;
    const pinned = options?.interfaceVersion;
    if (pinned !== undefined && pinnedVersion(pinned, "WR_WS_") < 0)
      (errors ??= []).push(badPinnedVersion("WR_WS_", pinned));

    const $interfaceVersion = input.interfaceVersion;
    if ($interfaceVersion === undefined) {
      (errors ??= []).push(missingField("/interfaceVersion"));
    } else {
      if (typeof $interfaceVersion !== "string") {
        (errors ??= []).push(wrongType("/interfaceVersion", "a string", $interfaceVersion));
      } else if (declaredVersion($interfaceVersion, "WR_WS_") < 0) {
        (errors ??= []).push(badInterfaceVersion("/interfaceVersion", "WR_WS_", $interfaceVersion));
      }
    }

    const $keyVersion = input.keyVersion;
    if ($keyVersion === undefined) {
      (errors ??= []).push(missingField("/keyVersion"));
    } else {
      if (typeof $keyVersion !== "number" || !Number.isInteger($keyVersion)) {
        (errors ??= []).push(wrongType("/keyVersion", "an integer", $keyVersion));
      } else if ($keyVersion < 0 || $keyVersion >= 10000000000) {
        const problem = integerFormatIssue("/keyVersion", $keyVersion, 10);
        if (problem) (errors ??= []).push(problem);
      }
    }

    const $merchantId = input.merchantId;
    if ($merchantId === undefined) {
      (errors ??= []).push(missingField("/merchantId"));
    } else {
      if (typeof $merchantId !== "string") {
        (errors ??= []).push(wrongType("/merchantId", "a string", $merchantId));
      } else if (!FORMAT_N.test($merchantId) || $merchantId.length > 15) {
        const problem = textFormatIssue("/merchantId", $merchantId, "N", 15);
        if (problem) (errors ??= []).push(problem);
      }
    }

    const $seal = input.seal;
    if ($seal === undefined) {
      (errors ??= []).push(missingField("/seal"));
    } else {
      if (typeof $seal !== "string") {
        (errors ??= []).push(wrongType("/seal", "a string", $seal));
      }
    }

    const $sealAlgorithm = input.sealAlgorithm;
    if ($sealAlgorithm !== undefined) {
      if (typeof $sealAlgorithm !== "string") {
        (errors ??= []).push(wrongType("/sealAlgorithm", "a string", $sealAlgorithm));
      } else if (!isSealAlgorithm($sealAlgorithm)) {
        (errors ??= []).push(unknownValue("/sealAlgorithm", $sealAlgorithm, "SealAlgorithm"));
      }
    }

    const $intermediateServiceProviderId = input.intermediateServiceProviderId;
    if ($intermediateServiceProviderId !== undefined) {
      if (typeof $intermediateServiceProviderId !== "string") {
        (errors ??= []).push(wrongType("/intermediateServiceProviderId", "a string", $intermediateServiceProviderId));
      }
    }

    const $merchantWalletId = input.merchantWalletId;
    if ($merchantWalletId !== undefined) {
      if (typeof $merchantWalletId !== "string") {
        (errors ??= []).push(wrongType("/merchantWalletId", "a string", $merchantWalletId));
      }
    }

    for (const key in input) {
      switch (key) {
        case "interfaceVersion":
        case "keyVersion":
        case "merchantId":
        case "seal":
        case "sealAlgorithm":
        case "intermediateServiceProviderId":
        case "merchantWalletId":
          break;
        default:
          (errors ??= []).push(unknownField(pointer("", key)));
      }
    }
    return result(input, errors, warnings);
  } catch {
    return failure(unreadable());
  }
}

/** Whether `input` is a valid {@link GetWalletDataRequest} (see {@link validateGetWalletDataRequest}). */
export function isGetWalletDataRequest(input: unknown, options?: ValidateOptions): input is GetWalletDataRequest {
  return validateGetWalletDataRequest(input, options).ok;
}

/**
 * Checks that `input` is a valid {@link GetWalletDataResponse}, collecting every problem.
 * Never throws, whatever `input` is; the value is returned as is, not copied.
 *
 * Forward compatible: unknown fields, unknown values of a value list, format
 * deviations and fields newer than `options.interfaceVersion` are warnings,
 * unless `options.strict` is set.
 */
export function validateGetWalletDataResponse(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<GetWalletDataResponse> {
  try {
    if (!isPlainObject(input)) return failure(notAnObject("", input));
    // Collected lazily: a valid message allocates nothing but its result.
    let errors: ValidationIssue[] | undefined;
    let warnings: ValidationIssue[] | undefined;
    const lenientIsError = options?.strict === true;
    const pinned = options?.interfaceVersion;
    if (pinned !== undefined && pinnedVersion(pinned, "WR_WS_") < 0)
      (errors ??= []).push(badPinnedVersion("WR_WS_", pinned));
    const ctx: CheckContext = { lenientIsError, version: -1, pinned: undefined, declared: undefined };

    const $seal = input.seal;
    if ($seal === undefined) {
      (errors ??= []).push(missingField("/seal"));
    } else {
      if (typeof $seal !== "string") {
        (errors ??= []).push(wrongType("/seal", "a string", $seal));
      }
    }

    const $errorFieldName = input.errorFieldName;
    if ($errorFieldName !== undefined) {
      if (typeof $errorFieldName !== "string") {
        (errors ??= []).push(wrongType("/errorFieldName", "a string", $errorFieldName));
      }
    }

    const $walletCreationDateTime = input.walletCreationDateTime;
    if ($walletCreationDateTime !== undefined) {
      if (typeof $walletCreationDateTime !== "string") {
        (errors ??= []).push(wrongType("/walletCreationDateTime", "a string", $walletCreationDateTime));
      }
    }

    const $walletLastActionDateTime = input.walletLastActionDateTime;
    if ($walletLastActionDateTime !== undefined) {
      if (typeof $walletLastActionDateTime !== "string") {
        (errors ??= []).push(wrongType("/walletLastActionDateTime", "a string", $walletLastActionDateTime));
      }
    }

    const $walletPaymentMeanDataList = input.walletPaymentMeanDataList;
    if ($walletPaymentMeanDataList !== undefined) {
      if (!Array.isArray($walletPaymentMeanDataList)) {
        (errors ??= []).push(wrongType("/walletPaymentMeanDataList", "a list", $walletPaymentMeanDataList));
      } else {
        for (let i = 0; i < $walletPaymentMeanDataList.length; i++) {
          const $walletPaymentMeanDataListItem: unknown = $walletPaymentMeanDataList[i];
          if (!isPlainObject($walletPaymentMeanDataListItem)) {
            (errors ??= []).push(
              wrongType(`/walletPaymentMeanDataList/${i}`, "an object", $walletPaymentMeanDataListItem),
            );
          } else {
            const found = checkWalletPaymentMeanData(
              $walletPaymentMeanDataListItem,
              "/walletPaymentMeanDataList",
              i,
              ctx,
            );
            if (found) {
              errors = merge(errors, found.errors);
              warnings = merge(warnings, found.warnings);
            }
          }
        }
      }
    }

    const $walletResponseCode = input.walletResponseCode;
    if ($walletResponseCode !== undefined) {
      if (typeof $walletResponseCode !== "string") {
        (errors ??= []).push(wrongType("/walletResponseCode", "a string", $walletResponseCode));
      } else if (!isWalletResponseCode($walletResponseCode)) {
        (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(
          unknownValue("/walletResponseCode", $walletResponseCode, "WalletResponseCode"),
        );
      }
    }

    for (const key in input) {
      switch (key) {
        case "seal":
        case "errorFieldName":
        case "walletCreationDateTime":
        case "walletLastActionDateTime":
        case "walletPaymentMeanDataList":
        case "walletResponseCode":
          break;
        default:
          (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(unknownField(pointer("", key)));
      }
    }
    return result(input, errors, warnings);
  } catch {
    return failure(unreadable());
  }
}

/** Whether `input` is a valid {@link GetWalletDataResponse} (see {@link validateGetWalletDataResponse}). */
export function isGetWalletDataResponse(input: unknown, options?: ValidateOptions): input is GetWalletDataResponse {
  return validateGetWalletDataResponse(input, options).ok;
}
