// Generated from spec/operations/in-app/orderInitialize.yaml by `npm run generate`. Do not edit.

import { checkS10TransactionReference } from "../../containers/validators.js";
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
import { isRedirectionStatusCode, isSdkOperationName, isSealAlgorithm } from "../../value-lists.js";
import type { OrderInitializeRequest, OrderInitializeResponse } from "./types.js";

const INTERFACE_VERSION = /^IR_MB_(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;

/**
 * Checks that `input` is a valid {@link OrderInitializeRequest}, collecting every problem.
 * Never throws, whatever `input` is; the value is returned as is, not copied.
 *
 * Unknown fields are errors, and so is a field that appeared after the
 * interface version the request declares (or `options.interfaceVersion`).
 */
export function validateOrderInitializeRequest(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<OrderInitializeRequest> {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  try {
    if (!isPlainObject(input)) return result(input, [notAnObject("", input)], warnings);
    const lenient = errors;
    const ctx = checkContext(errors, lenient, input.interfaceVersion, options, "IR_MB_", "request");

    const $amount = input.amount;
    if ($amount === undefined) {
      ctx.errors.push(missingField("/amount"));
    } else {
      if (typeof $amount !== "number" || !Number.isInteger($amount)) {
        ctx.errors.push(wrongType("/amount", "an integer", $amount));
      } else {
        const problem = integerFormatIssue("/amount", $amount, 12);
        if (problem) ctx.lenient.push(problem);
      }
    }

    const $currencyCode = input.currencyCode;
    if ($currencyCode === undefined) {
      ctx.errors.push(missingField("/currencyCode"));
    } else {
      if (typeof $currencyCode !== "string") {
        ctx.errors.push(wrongType("/currencyCode", "a string", $currencyCode));
      } else {
        const problem = textFormatIssue("/currencyCode", $currencyCode, "N", 3);
        if (problem) ctx.lenient.push(problem);
      }
    }

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
            `must be IR_MB_ followed by a version number (e.g. IR_MB_3.0), got ${describe($interfaceVersion)}`,
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

    const $captureMode = input.captureMode;
    if ($captureMode !== undefined) {
      if (typeof $captureMode !== "string") {
        ctx.errors.push(wrongType("/captureMode", "a string", $captureMode));
      }
    }

    const $merchantWalletId = input.merchantWalletId;
    if ($merchantWalletId !== undefined) {
      if (typeof $merchantWalletId !== "string") {
        ctx.errors.push(wrongType("/merchantWalletId", "a string", $merchantWalletId));
      }
    }

    const $paymentMeanBrand = input.paymentMeanBrand;
    if ($paymentMeanBrand !== undefined) {
      if (typeof $paymentMeanBrand !== "string") {
        ctx.errors.push(wrongType("/paymentMeanBrand", "a string", $paymentMeanBrand));
      } else {
        const problem = textFormatIssue("/paymentMeanBrand", $paymentMeanBrand, "ANS", 20);
        if (problem) ctx.lenient.push(problem);
      }
    }

    const $s10TransactionReference = input.s10TransactionReference;
    if ($s10TransactionReference !== undefined) {
      if (!isPlainObject($s10TransactionReference)) {
        ctx.errors.push(wrongType("/s10TransactionReference", "an object", $s10TransactionReference));
      } else {
        checkS10TransactionReference($s10TransactionReference, "/s10TransactionReference", ctx);
      }
    }

    const $sdkOperationName = input.sdkOperationName;
    if ($sdkOperationName !== undefined) {
      if (typeof $sdkOperationName !== "string") {
        ctx.errors.push(wrongType("/sdkOperationName", "a string", $sdkOperationName));
      } else if (!isSdkOperationName($sdkOperationName)) {
        ctx.lenient.push(unknownValue("/sdkOperationName", $sdkOperationName, "SdkOperationName"));
      }
    }

    const $sdkVersion = input.sdkVersion;
    if ($sdkVersion !== undefined) {
      if (typeof $sdkVersion !== "string") {
        ctx.errors.push(wrongType("/sdkVersion", "a string", $sdkVersion));
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
          ctx.lenient.push(unknownField(pointer("", key)));
      }
    }
    return result(input, errors, warnings);
  } catch {
    return result(input, [unreadable()], warnings);
  }
}

/** Whether `input` is a valid {@link OrderInitializeRequest} (see {@link validateOrderInitializeRequest}). */
export function isOrderInitializeRequest(
  input: unknown,
  options: ValidateOptions = {},
): input is OrderInitializeRequest {
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
  options: ValidateOptions = {},
): ValidationResult<OrderInitializeResponse> {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  try {
    if (!isPlainObject(input)) return result(input, [notAnObject("", input)], warnings);
    const lenient = options.strict === true ? errors : warnings;
    const ctx = checkContext(errors, lenient, undefined, options, "IR_MB_", "response");

    const $seal = input.seal;
    if ($seal === undefined) {
      ctx.errors.push(missingField("/seal"));
    } else {
      if (typeof $seal !== "string") {
        ctx.errors.push(wrongType("/seal", "a string", $seal));
      }
    }

    const $publicKeyValue = input.publicKeyValue;
    if ($publicKeyValue !== undefined) {
      if (typeof $publicKeyValue !== "string") {
        ctx.errors.push(wrongType("/publicKeyValue", "a string", $publicKeyValue));
      }
    }

    const $redirectionData = input.redirectionData;
    if ($redirectionData !== undefined) {
      if (typeof $redirectionData !== "string") {
        ctx.errors.push(wrongType("/redirectionData", "a string", $redirectionData));
      }
    }

    const $redirectionStatusCode = input.redirectionStatusCode;
    if ($redirectionStatusCode !== undefined) {
      if (typeof $redirectionStatusCode !== "string") {
        ctx.errors.push(wrongType("/redirectionStatusCode", "a string", $redirectionStatusCode));
      } else if (!isRedirectionStatusCode($redirectionStatusCode)) {
        ctx.lenient.push(unknownValue("/redirectionStatusCode", $redirectionStatusCode, "RedirectionStatusCode"));
      }
    }

    const $redirectionStatusMessage = input.redirectionStatusMessage;
    if ($redirectionStatusMessage !== undefined) {
      if (typeof $redirectionStatusMessage !== "string") {
        ctx.errors.push(wrongType("/redirectionStatusMessage", "a string", $redirectionStatusMessage));
      }
    }

    const $redirectionUrl = input.redirectionUrl;
    if ($redirectionUrl !== undefined) {
      if (typeof $redirectionUrl !== "string") {
        ctx.errors.push(wrongType("/redirectionUrl", "a string", $redirectionUrl));
      }
    }

    const $redirectionVersion = input.redirectionVersion;
    if ($redirectionVersion !== undefined) {
      if (typeof $redirectionVersion !== "string") {
        ctx.errors.push(wrongType("/redirectionVersion", "a string", $redirectionVersion));
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
          ctx.lenient.push(unknownField(pointer("", key)));
      }
    }
    return result(input, errors, warnings);
  } catch {
    return result(input, [unreadable()], warnings);
  }
}

/** Whether `input` is a valid {@link OrderInitializeResponse} (see {@link validateOrderInitializeResponse}). */
export function isOrderInitializeResponse(
  input: unknown,
  options: ValidateOptions = {},
): input is OrderInitializeResponse {
  return validateOrderInitializeResponse(input, options).ok;
}
