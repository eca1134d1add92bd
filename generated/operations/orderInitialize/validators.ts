// Generated from spec/operations/in-app/orderInitialize.yaml by `npm run generate`. Do not edit.

import { checkS10TransactionReference } from "../../containers/validators.js";
import { FORMAT_ANS, FORMAT_N, integerFormatIssue, textFormatIssue } from "../../runtime/formats.js";
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
import { isRedirectionStatusCode, isSdkOperationName, isSealAlgorithm } from "../../value-lists.js";
import type { OrderInitializeRequest, OrderInitializeResponse } from "./types.js";

/**
 * Checks that `input` is a valid {@link OrderInitializeRequest}, collecting every problem.
 * Never throws, whatever `input` is; the value is returned as is, not copied.
 *
 * Unknown fields are errors, and so is a field that appeared after the
 * interface version the request declares (or `options.interfaceVersion`).
 */
export function validateOrderInitializeRequest(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<OrderInitializeRequest> {
  try {
    if (!isPlainObject(input)) return failure(notAnObject("", input));
    // Collected lazily: a valid message allocates nothing but its result.
    let errors: ValidationIssue[] | undefined;
    let warnings: ValidationIssue[] | undefined;
    const pinned = options?.interfaceVersion;
    if (pinned !== undefined && pinnedVersion(pinned, "IR_MB_") < 0)
      (errors ??= []).push(badPinnedVersion("IR_MB_", pinned));
    const ctx: CheckContext = { lenientIsError: true, version: -1, pinned: undefined, declared: undefined };

    const $amount = input.amount;
    if ($amount === undefined) {
      (errors ??= []).push(missingField("/amount"));
    } else {
      if (typeof $amount !== "number" || !Number.isInteger($amount)) {
        (errors ??= []).push(wrongType("/amount", "an integer", $amount));
      } else if ($amount < 0 || $amount >= 1000000000000) {
        const problem = integerFormatIssue("/amount", $amount, 12);
        if (problem) (errors ??= []).push(problem);
      }
    }

    const $currencyCode = input.currencyCode;
    if ($currencyCode === undefined) {
      (errors ??= []).push(missingField("/currencyCode"));
    } else {
      if (typeof $currencyCode !== "string") {
        (errors ??= []).push(wrongType("/currencyCode", "a string", $currencyCode));
      } else if (!FORMAT_N.test($currencyCode) || $currencyCode.length > 3) {
        const problem = textFormatIssue("/currencyCode", $currencyCode, "N", 3);
        if (problem) (errors ??= []).push(problem);
      }
    }

    const $interfaceVersion = input.interfaceVersion;
    if ($interfaceVersion === undefined) {
      (errors ??= []).push(missingField("/interfaceVersion"));
    } else {
      if (typeof $interfaceVersion !== "string") {
        (errors ??= []).push(wrongType("/interfaceVersion", "a string", $interfaceVersion));
      } else if (declaredVersion($interfaceVersion, "IR_MB_") < 0) {
        (errors ??= []).push(badInterfaceVersion("/interfaceVersion", "IR_MB_", $interfaceVersion));
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

    const $captureMode = input.captureMode;
    if ($captureMode !== undefined) {
      if (typeof $captureMode !== "string") {
        (errors ??= []).push(wrongType("/captureMode", "a string", $captureMode));
      }
    }

    const $merchantWalletId = input.merchantWalletId;
    if ($merchantWalletId !== undefined) {
      if (typeof $merchantWalletId !== "string") {
        (errors ??= []).push(wrongType("/merchantWalletId", "a string", $merchantWalletId));
      }
    }

    const $paymentMeanBrand = input.paymentMeanBrand;
    if ($paymentMeanBrand !== undefined) {
      if (typeof $paymentMeanBrand !== "string") {
        (errors ??= []).push(wrongType("/paymentMeanBrand", "a string", $paymentMeanBrand));
      } else if (!FORMAT_ANS.test($paymentMeanBrand) || $paymentMeanBrand.length > 20) {
        const problem = textFormatIssue("/paymentMeanBrand", $paymentMeanBrand, "ANS", 20);
        if (problem) (errors ??= []).push(problem);
      }
    }

    const $s10TransactionReference = input.s10TransactionReference;
    if ($s10TransactionReference !== undefined) {
      if (!isPlainObject($s10TransactionReference)) {
        (errors ??= []).push(wrongType("/s10TransactionReference", "an object", $s10TransactionReference));
      } else {
        const found = checkS10TransactionReference($s10TransactionReference, "/s10TransactionReference", -1, ctx);
        if (found) {
          errors = merge(errors, found.errors);
          warnings = merge(warnings, found.warnings);
        }
      }
    }

    const $sdkOperationName = input.sdkOperationName;
    if ($sdkOperationName !== undefined) {
      if (typeof $sdkOperationName !== "string") {
        (errors ??= []).push(wrongType("/sdkOperationName", "a string", $sdkOperationName));
      } else if (!isSdkOperationName($sdkOperationName)) {
        (errors ??= []).push(unknownValue("/sdkOperationName", $sdkOperationName, "SdkOperationName"));
      }
    }

    const $sdkVersion = input.sdkVersion;
    if ($sdkVersion !== undefined) {
      if (typeof $sdkVersion !== "string") {
        (errors ??= []).push(wrongType("/sdkVersion", "a string", $sdkVersion));
      }
    }

    for (const key in input) {
      switch (key) {
        case "amount":
        case "currencyCode":
        case "interfaceVersion":
        case "keyVersion":
        case "merchantId":
        case "seal":
        case "sealAlgorithm":
        case "captureMode":
        case "merchantWalletId":
        case "paymentMeanBrand":
        case "s10TransactionReference":
        case "sdkOperationName":
        case "sdkVersion":
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

/** Whether `input` is a valid {@link OrderInitializeRequest} (see {@link validateOrderInitializeRequest}). */
export function isOrderInitializeRequest(input: unknown, options?: ValidateOptions): input is OrderInitializeRequest {
  return validateOrderInitializeRequest(input, options).ok;
}

/**
 * Checks that `input` is a valid {@link OrderInitializeResponse}, collecting every problem.
 * Never throws, whatever `input` is; the value is returned as is, not copied.
 *
 * Forward compatible: unknown fields, unknown values of a value list, format
 * deviations and fields newer than `options.interfaceVersion` are warnings,
 * unless `options.strict` is set.
 */
export function validateOrderInitializeResponse(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<OrderInitializeResponse> {
  try {
    if (!isPlainObject(input)) return failure(notAnObject("", input));
    // Collected lazily: a valid message allocates nothing but its result.
    let errors: ValidationIssue[] | undefined;
    let warnings: ValidationIssue[] | undefined;
    const lenientIsError = options?.strict === true;
    const pinned = options?.interfaceVersion;
    if (pinned !== undefined && pinnedVersion(pinned, "IR_MB_") < 0)
      (errors ??= []).push(badPinnedVersion("IR_MB_", pinned));

    const $seal = input.seal;
    if ($seal === undefined) {
      (errors ??= []).push(missingField("/seal"));
    } else {
      if (typeof $seal !== "string") {
        (errors ??= []).push(wrongType("/seal", "a string", $seal));
      }
    }

    const $publicKeyValue = input.publicKeyValue;
    if ($publicKeyValue !== undefined) {
      if (typeof $publicKeyValue !== "string") {
        (errors ??= []).push(wrongType("/publicKeyValue", "a string", $publicKeyValue));
      }
    }

    const $redirectionData = input.redirectionData;
    if ($redirectionData !== undefined) {
      if (typeof $redirectionData !== "string") {
        (errors ??= []).push(wrongType("/redirectionData", "a string", $redirectionData));
      }
    }

    const $redirectionStatusCode = input.redirectionStatusCode;
    if ($redirectionStatusCode !== undefined) {
      if (typeof $redirectionStatusCode !== "string") {
        (errors ??= []).push(wrongType("/redirectionStatusCode", "a string", $redirectionStatusCode));
      } else if (!isRedirectionStatusCode($redirectionStatusCode)) {
        (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(
          unknownValue("/redirectionStatusCode", $redirectionStatusCode, "RedirectionStatusCode"),
        );
      }
    }

    const $redirectionStatusMessage = input.redirectionStatusMessage;
    if ($redirectionStatusMessage !== undefined) {
      if (typeof $redirectionStatusMessage !== "string") {
        (errors ??= []).push(wrongType("/redirectionStatusMessage", "a string", $redirectionStatusMessage));
      }
    }

    const $redirectionUrl = input.redirectionUrl;
    if ($redirectionUrl !== undefined) {
      if (typeof $redirectionUrl !== "string") {
        (errors ??= []).push(wrongType("/redirectionUrl", "a string", $redirectionUrl));
      }
    }

    const $redirectionVersion = input.redirectionVersion;
    if ($redirectionVersion !== undefined) {
      if (typeof $redirectionVersion !== "string") {
        (errors ??= []).push(wrongType("/redirectionVersion", "a string", $redirectionVersion));
      }
    }

    for (const key in input) {
      switch (key) {
        case "seal":
        case "publicKeyValue":
        case "redirectionData":
        case "redirectionStatusCode":
        case "redirectionStatusMessage":
        case "redirectionUrl":
        case "redirectionVersion":
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

/** Whether `input` is a valid {@link OrderInitializeResponse} (see {@link validateOrderInitializeResponse}). */
export function isOrderInitializeResponse(input: unknown, options?: ValidateOptions): input is OrderInitializeResponse {
  return validateOrderInitializeResponse(input, options).ok;
}
