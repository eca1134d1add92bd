// Generated from spec/operations/in-app/paymentTokenInitialize.yaml by `npm run generate`. Do not edit.

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
  tooNew,
  unknownField,
  unknownValue,
  unreadable,
  wrongType,
} from "../../runtime/validation.js";
import type { ValidateOptions, ValidationIssue, ValidationResult } from "../../runtime/validation.js";
import { isRedirectionStatusCode, isSdkOperationName, isSealAlgorithm } from "../../value-lists.js";
import type { PaymentTokenInitializeRequest, PaymentTokenInitializeResponse } from "./types.js";

const INTERFACE_VERSION = /^IR_MB_(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;

/**
 * Checks that `input` is a valid {@link PaymentTokenInitializeRequest}, collecting every problem.
 * Never throws, whatever `input` is; the value is returned as is, not copied.
 *
 * Unknown fields are errors, and so is a field that appeared after the
 * interface version the request declares (or `options.interfaceVersion`).
 */
export function validatePaymentTokenInitializeRequest(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<PaymentTokenInitializeRequest> {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  try {
    if (!isPlainObject(input)) return result(input, [notAnObject("", input)], warnings);
    const lenient = errors;
    const ctx = checkContext(errors, lenient, input.interfaceVersion, options, "IR_MB_", "request");

    const $interfaceVersion = input.interfaceVersion;
    if ($interfaceVersion === undefined) {
      ctx.errors.push(missingField("/interfaceVersion"));
    } else {
      if (ctx.version >= 0 && ctx.version < 20037) ctx.lenient.push(tooNew("/interfaceVersion", "2.37", ctx));
      if (typeof $interfaceVersion !== "string") {
        ctx.errors.push(wrongType("/interfaceVersion", "a string", $interfaceVersion));
      } else if (!INTERFACE_VERSION.test($interfaceVersion)) {
        ctx.errors.push(
          issue(
            "/interfaceVersion",
            "interface-version",
            `must be IR_MB_ followed by a version number (e.g. IR_MB_2.55), got ${describe($interfaceVersion)}`,
          ),
        );
      }
    }

    const $keyVersion = input.keyVersion;
    if ($keyVersion === undefined) {
      ctx.errors.push(missingField("/keyVersion"));
    } else {
      if (ctx.version >= 0 && ctx.version < 20037) ctx.lenient.push(tooNew("/keyVersion", "2.37", ctx));
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
      if (ctx.version >= 0 && ctx.version < 20037) ctx.lenient.push(tooNew("/merchantId", "2.37", ctx));
      if (typeof $merchantId !== "string") {
        ctx.errors.push(wrongType("/merchantId", "a string", $merchantId));
      } else {
        const problem = textFormatIssue("/merchantId", $merchantId, "N", 15);
        if (problem) ctx.lenient.push(problem);
      }
    }

    const $sdkOperationName = input.sdkOperationName;
    if ($sdkOperationName === undefined) {
      ctx.errors.push(missingField("/sdkOperationName"));
    } else {
      if (ctx.version >= 0 && ctx.version < 20037) ctx.lenient.push(tooNew("/sdkOperationName", "2.37", ctx));
      if (typeof $sdkOperationName !== "string") {
        ctx.errors.push(wrongType("/sdkOperationName", "a string", $sdkOperationName));
      } else if (!isSdkOperationName($sdkOperationName)) {
        ctx.lenient.push(unknownValue("/sdkOperationName", $sdkOperationName, "SdkOperationName"));
      }
    }

    const $sdkVersion = input.sdkVersion;
    if ($sdkVersion === undefined) {
      ctx.errors.push(missingField("/sdkVersion"));
    } else {
      if (ctx.version >= 0 && ctx.version < 20037) ctx.lenient.push(tooNew("/sdkVersion", "2.37", ctx));
      if (typeof $sdkVersion !== "string") {
        ctx.errors.push(wrongType("/sdkVersion", "a string", $sdkVersion));
      }
    }

    const $seal = input.seal;
    if ($seal === undefined) {
      ctx.errors.push(missingField("/seal"));
    } else {
      if (ctx.version >= 0 && ctx.version < 20037) ctx.lenient.push(tooNew("/seal", "2.37", ctx));
      if (typeof $seal !== "string") {
        ctx.errors.push(wrongType("/seal", "a string", $seal));
      }
    }

    const $customerIpAddress = input.customerIpAddress;
    if ($customerIpAddress !== undefined) {
      if (ctx.version >= 0 && ctx.version < 20037) ctx.lenient.push(tooNew("/customerIpAddress", "2.37", ctx));
      if (typeof $customerIpAddress !== "string") {
        ctx.errors.push(wrongType("/customerIpAddress", "a string", $customerIpAddress));
      }
    }

    const $intermediateServiceProviderId = input.intermediateServiceProviderId;
    if ($intermediateServiceProviderId !== undefined) {
      if (ctx.version >= 0 && ctx.version < 20037)
        ctx.lenient.push(tooNew("/intermediateServiceProviderId", "2.37", ctx));
      if (typeof $intermediateServiceProviderId !== "string") {
        ctx.errors.push(wrongType("/intermediateServiceProviderId", "a string", $intermediateServiceProviderId));
      }
    }

    const $sealAlgorithm = input.sealAlgorithm;
    if ($sealAlgorithm !== undefined) {
      if (ctx.version >= 0 && ctx.version < 20037) ctx.lenient.push(tooNew("/sealAlgorithm", "2.37", ctx));
      if (typeof $sealAlgorithm !== "string") {
        ctx.errors.push(wrongType("/sealAlgorithm", "a string", $sealAlgorithm));
      } else if (!isSealAlgorithm($sealAlgorithm)) {
        ctx.lenient.push(unknownValue("/sealAlgorithm", $sealAlgorithm, "SealAlgorithm"));
      }
    }

    for (const key in input) {
      switch (key) {
        case "interfaceVersion":
        case "keyVersion":
        case "merchantId":
        case "sdkOperationName":
        case "sdkVersion":
        case "seal":
        case "customerIpAddress":
        case "intermediateServiceProviderId":
        case "sealAlgorithm":
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

/** Whether `input` is a valid {@link PaymentTokenInitializeRequest} (see {@link validatePaymentTokenInitializeRequest}). */
export function isPaymentTokenInitializeRequest(
  input: unknown,
  options: ValidateOptions = {},
): input is PaymentTokenInitializeRequest {
  return validatePaymentTokenInitializeRequest(input, options).ok;
}

/**
 * Checks that `input` is a valid {@link PaymentTokenInitializeResponse}, collecting every problem.
 * Never throws, whatever `input` is; the value is returned as is, not copied.
 *
 * Forward compatible: unknown fields, unknown values of a value list, format
 * deviations and fields newer than `options.interfaceVersion` are warnings,
 * unless `options.strict` is set.
 */
export function validatePaymentTokenInitializeResponse(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<PaymentTokenInitializeResponse> {
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
      if (ctx.version >= 0 && ctx.version < 10000) ctx.lenient.push(tooNew("/seal", "1.0", ctx));
      if (typeof $seal !== "string") {
        ctx.errors.push(wrongType("/seal", "a string", $seal));
      }
    }

    const $publicKeyValue = input.publicKeyValue;
    if ($publicKeyValue !== undefined) {
      if (ctx.version >= 0 && ctx.version < 10000) ctx.lenient.push(tooNew("/publicKeyValue", "1.0", ctx));
      if (typeof $publicKeyValue !== "string") {
        ctx.errors.push(wrongType("/publicKeyValue", "a string", $publicKeyValue));
      }
    }

    const $redirectionStatusCode = input.redirectionStatusCode;
    if ($redirectionStatusCode !== undefined) {
      if (ctx.version >= 0 && ctx.version < 10000) ctx.lenient.push(tooNew("/redirectionStatusCode", "1.0", ctx));
      if (typeof $redirectionStatusCode !== "string") {
        ctx.errors.push(wrongType("/redirectionStatusCode", "a string", $redirectionStatusCode));
      } else if (!isRedirectionStatusCode($redirectionStatusCode)) {
        ctx.lenient.push(unknownValue("/redirectionStatusCode", $redirectionStatusCode, "RedirectionStatusCode"));
      }
    }

    const $redirectionStatusMessage = input.redirectionStatusMessage;
    if ($redirectionStatusMessage !== undefined) {
      if (ctx.version >= 0 && ctx.version < 10000) ctx.lenient.push(tooNew("/redirectionStatusMessage", "1.0", ctx));
      if (typeof $redirectionStatusMessage !== "string") {
        ctx.errors.push(wrongType("/redirectionStatusMessage", "a string", $redirectionStatusMessage));
      }
    }

    const $redirectionUrl = input.redirectionUrl;
    if ($redirectionUrl !== undefined) {
      if (ctx.version >= 0 && ctx.version < 10000) ctx.lenient.push(tooNew("/redirectionUrl", "1.0", ctx));
      if (typeof $redirectionUrl !== "string") {
        ctx.errors.push(wrongType("/redirectionUrl", "a string", $redirectionUrl));
      }
    }

    const $redirectionVersion = input.redirectionVersion;
    if ($redirectionVersion !== undefined) {
      if (ctx.version >= 0 && ctx.version < 10000) ctx.lenient.push(tooNew("/redirectionVersion", "1.0", ctx));
      if (typeof $redirectionVersion !== "string") {
        ctx.errors.push(wrongType("/redirectionVersion", "a string", $redirectionVersion));
      }
    }

    for (const key in input) {
      switch (key) {
        case "seal":
        case "publicKeyValue":
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

/** Whether `input` is a valid {@link PaymentTokenInitializeResponse} (see {@link validatePaymentTokenInitializeResponse}). */
export function isPaymentTokenInitializeResponse(
  input: unknown,
  options: ValidateOptions = {},
): input is PaymentTokenInitializeResponse {
  return validatePaymentTokenInitializeResponse(input, options).ok;
}
