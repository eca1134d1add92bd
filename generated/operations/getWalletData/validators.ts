// Generated from spec/operations/office/getWalletData.yaml by `npm run generate`. Do not edit.

import { checkWalletPaymentMeanData } from "../../containers/validators.js";
import {
  checkContext,
  describe,
  integerFormatIssue,
  isPlainObject,
  issue,
  missingField,
  notAnObject,
  pointer,
  result,
  textFormatIssue,
  unknownField,
  unknownValue,
  unreadable,
  wrongType,
} from "../../runtime/validation.js";
import type { ValidateOptions, ValidationIssue, ValidationResult } from "../../runtime/validation.js";
import { isSealAlgorithm, isWalletResponseCode } from "../../value-lists.js";
import type { GetWalletDataRequest, GetWalletDataResponse } from "./types.js";

const INTERFACE_VERSION = /^WR_WS_(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;

/**
 * Checks that `input` is a valid {@link GetWalletDataRequest}, collecting every problem.
 * Never throws, whatever `input` is; the value is returned as is, not copied.
 *
 * Unknown fields are errors, and so is a field that appeared after the
 * interface version the request declares (or `options.interfaceVersion`).
 */
export function validateGetWalletDataRequest(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<GetWalletDataRequest> {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  try {
    if (!isPlainObject(input)) return result(input, [notAnObject("", input)], warnings);
    const lenient = errors;
    const ctx = checkContext(errors, lenient, input.interfaceVersion, options, "WR_WS_", "request");

    const $interfaceVersion = input.interfaceVersion;
    if ($interfaceVersion === undefined) {
      ctx.errors.push(missingField("/interfaceVersion"));
    } else {
      if (typeof $interfaceVersion !== "string") {
        ctx.errors.push(wrongType("/interfaceVersion", "a string", $interfaceVersion));
      } else if (!INTERFACE_VERSION.test($interfaceVersion)) {
        ctx.errors.push(
          issue(
            "/interfaceVersion",
            "interface-version",
            `must be WR_WS_ followed by a version number, got ${describe($interfaceVersion)}`,
          ),
        );
      }
    }

    const $keyVersion = input.keyVersion;
    if ($keyVersion === undefined) {
      ctx.errors.push(missingField("/keyVersion"));
    } else {
      if (typeof $keyVersion !== "number" || !Number.isInteger($keyVersion)) {
        ctx.errors.push(wrongType("/keyVersion", "an integer", $keyVersion));
      } else {
        const problem = integerFormatIssue("/keyVersion", $keyVersion, 10);
        if (problem) ctx.lenient.push(problem);
      }
    }

    const $merchantId = input.merchantId;
    if ($merchantId === undefined) {
      ctx.errors.push(missingField("/merchantId"));
    } else {
      if (typeof $merchantId !== "string") {
        ctx.errors.push(wrongType("/merchantId", "a string", $merchantId));
      } else {
        const problem = textFormatIssue("/merchantId", $merchantId, "N", 15);
        if (problem) ctx.lenient.push(problem);
      }
    }

    const $seal = input.seal;
    if ($seal === undefined) {
      ctx.errors.push(missingField("/seal"));
    } else {
      if (typeof $seal !== "string") {
        ctx.errors.push(wrongType("/seal", "a string", $seal));
      }
    }

    const $sealAlgorithm = input.sealAlgorithm;
    if ($sealAlgorithm !== undefined) {
      if (typeof $sealAlgorithm !== "string") {
        ctx.errors.push(wrongType("/sealAlgorithm", "a string", $sealAlgorithm));
      } else if (!isSealAlgorithm($sealAlgorithm)) {
        ctx.lenient.push(unknownValue("/sealAlgorithm", $sealAlgorithm, "SealAlgorithm"));
      }
    }

    const $intermediateServiceProviderId = input.intermediateServiceProviderId;
    if ($intermediateServiceProviderId !== undefined) {
      if (typeof $intermediateServiceProviderId !== "string") {
        ctx.errors.push(wrongType("/intermediateServiceProviderId", "a string", $intermediateServiceProviderId));
      }
    }

    const $merchantWalletId = input.merchantWalletId;
    if ($merchantWalletId !== undefined) {
      if (typeof $merchantWalletId !== "string") {
        ctx.errors.push(wrongType("/merchantWalletId", "a string", $merchantWalletId));
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
          ctx.lenient.push(unknownField(pointer("", key)));
      }
    }
    return result(input, errors, warnings);
  } catch {
    return result(input, [unreadable()], warnings);
  }
}

/** Whether `input` is a valid {@link GetWalletDataRequest} (see {@link validateGetWalletDataRequest}). */
export function isGetWalletDataRequest(input: unknown, options: ValidateOptions = {}): input is GetWalletDataRequest {
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
  options: ValidateOptions = {},
): ValidationResult<GetWalletDataResponse> {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  try {
    if (!isPlainObject(input)) return result(input, [notAnObject("", input)], warnings);
    const lenient = options.strict === true ? errors : warnings;
    const ctx = checkContext(errors, lenient, undefined, options, "WR_WS_", "response");

    const $seal = input.seal;
    if ($seal === undefined) {
      ctx.errors.push(missingField("/seal"));
    } else {
      if (typeof $seal !== "string") {
        ctx.errors.push(wrongType("/seal", "a string", $seal));
      }
    }

    const $errorFieldName = input.errorFieldName;
    if ($errorFieldName !== undefined) {
      if (typeof $errorFieldName !== "string") {
        ctx.errors.push(wrongType("/errorFieldName", "a string", $errorFieldName));
      }
    }

    const $walletCreationDateTime = input.walletCreationDateTime;
    if ($walletCreationDateTime !== undefined) {
      if (typeof $walletCreationDateTime !== "string") {
        ctx.errors.push(wrongType("/walletCreationDateTime", "a string", $walletCreationDateTime));
      }
    }

    const $walletLastActionDateTime = input.walletLastActionDateTime;
    if ($walletLastActionDateTime !== undefined) {
      if (typeof $walletLastActionDateTime !== "string") {
        ctx.errors.push(wrongType("/walletLastActionDateTime", "a string", $walletLastActionDateTime));
      }
    }

    const $walletPaymentMeanDataList = input.walletPaymentMeanDataList;
    if ($walletPaymentMeanDataList !== undefined) {
      if (!Array.isArray($walletPaymentMeanDataList)) {
        ctx.errors.push(wrongType("/walletPaymentMeanDataList", "a list", $walletPaymentMeanDataList));
      } else {
        for (let i = 0; i < $walletPaymentMeanDataList.length; i++) {
          const $walletPaymentMeanDataListItem = $walletPaymentMeanDataList[i];
          if (!isPlainObject($walletPaymentMeanDataListItem)) {
            ctx.errors.push(wrongType(`/walletPaymentMeanDataList/${i}`, "an object", $walletPaymentMeanDataListItem));
          } else {
            checkWalletPaymentMeanData($walletPaymentMeanDataListItem, `/walletPaymentMeanDataList/${i}`, ctx);
          }
        }
      }
    }

    const $walletResponseCode = input.walletResponseCode;
    if ($walletResponseCode !== undefined) {
      if (typeof $walletResponseCode !== "string") {
        ctx.errors.push(wrongType("/walletResponseCode", "a string", $walletResponseCode));
      } else if (!isWalletResponseCode($walletResponseCode)) {
        ctx.lenient.push(unknownValue("/walletResponseCode", $walletResponseCode, "WalletResponseCode"));
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
          ctx.lenient.push(unknownField(pointer("", key)));
      }
    }
    return result(input, errors, warnings);
  } catch {
    return result(input, [unreadable()], warnings);
  }
}

/** Whether `input` is a valid {@link GetWalletDataResponse} (see {@link validateGetWalletDataResponse}). */
export function isGetWalletDataResponse(input: unknown, options: ValidateOptions = {}): input is GetWalletDataResponse {
  return validateGetWalletDataResponse(input, options).ok;
}
