// Generated from spec/operations/in-app/paymentTokenInitialize.yaml by `npm run generate`. Do not edit.

import {
  describe,
  isPlainObject,
  issue,
  missingField,
  notAnObject,
  pointer,
  result,
  unknownField,
  unknownValue,
  unreadable,
  wrongType,
} from "../../runtime/validation.js";
import type { ValidateOptions, ValidationIssue, ValidationResult } from "../../runtime/validation.js";
import { isRedirectionStatusCode, isSdkOperationName, isSealAlgorithm } from "../../value-lists.js";
import type { PaymentTokenInitializeRequest, PaymentTokenInitializeResponse } from "./types.js";

const REQUEST_INTERFACE_VERSION = /^IR_MB_\d+\.\d+$/;

/**
 * Checks that `input` is a valid {@link PaymentTokenInitializeRequest}, collecting every problem.
 * Never throws, whatever `input` is; the value is returned as is, not copied.
 *
 * Unknown fields are errors.
 */
export function validatePaymentTokenInitializeRequest(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<PaymentTokenInitializeRequest> {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  void options;
  try {
    if (!isPlainObject(input)) return result(input, [notAnObject("", input)], warnings);

    const $interfaceVersion = input.interfaceVersion;
    if ($interfaceVersion === undefined) {
      errors.push(missingField("/interfaceVersion"));
    } else if (typeof $interfaceVersion !== "string") {
      errors.push(wrongType("/interfaceVersion", "a string", $interfaceVersion));
    } else if (!REQUEST_INTERFACE_VERSION.test($interfaceVersion)) {
      errors.push(
        issue(
          "/interfaceVersion",
          "interface-version",
          `must be IR_MB_ followed by a version number (e.g. IR_MB_2.55), got ${describe($interfaceVersion)}`,
        ),
      );
    }

    const $keyVersion = input.keyVersion;
    if ($keyVersion === undefined) {
      errors.push(missingField("/keyVersion"));
    } else if (typeof $keyVersion !== "number" || !Number.isInteger($keyVersion)) {
      errors.push(wrongType("/keyVersion", "an integer", $keyVersion));
    }

    const $merchantId = input.merchantId;
    if ($merchantId === undefined) {
      errors.push(missingField("/merchantId"));
    } else if (typeof $merchantId !== "string") {
      errors.push(wrongType("/merchantId", "a string", $merchantId));
    }

    const $sdkOperationName = input.sdkOperationName;
    if ($sdkOperationName === undefined) {
      errors.push(missingField("/sdkOperationName"));
    } else if (typeof $sdkOperationName !== "string") {
      errors.push(wrongType("/sdkOperationName", "a string", $sdkOperationName));
    } else if (!isSdkOperationName($sdkOperationName)) {
      errors.push(unknownValue("/sdkOperationName", $sdkOperationName, "SdkOperationName"));
    }

    const $sdkVersion = input.sdkVersion;
    if ($sdkVersion === undefined) {
      errors.push(missingField("/sdkVersion"));
    } else if (typeof $sdkVersion !== "string") {
      errors.push(wrongType("/sdkVersion", "a string", $sdkVersion));
    }

    const $seal = input.seal;
    if ($seal === undefined) {
      errors.push(missingField("/seal"));
    } else if (typeof $seal !== "string") {
      errors.push(wrongType("/seal", "a string", $seal));
    }

    const $customerIpAddress = input.customerIpAddress;
    if ($customerIpAddress !== undefined) {
      if (typeof $customerIpAddress !== "string") {
        errors.push(wrongType("/customerIpAddress", "a string", $customerIpAddress));
      }
    }

    const $intermediateServiceProviderId = input.intermediateServiceProviderId;
    if ($intermediateServiceProviderId !== undefined) {
      if (typeof $intermediateServiceProviderId !== "string") {
        errors.push(wrongType("/intermediateServiceProviderId", "a string", $intermediateServiceProviderId));
      }
    }

    const $sealAlgorithm = input.sealAlgorithm;
    if ($sealAlgorithm !== undefined) {
      if (typeof $sealAlgorithm !== "string") {
        errors.push(wrongType("/sealAlgorithm", "a string", $sealAlgorithm));
      } else if (!isSealAlgorithm($sealAlgorithm)) {
        errors.push(unknownValue("/sealAlgorithm", $sealAlgorithm, "SealAlgorithm"));
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
          errors.push(unknownField(pointer("", key)));
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
 * Forward compatible: unknown fields and unknown values of a value list are
 * warnings, unless `options.strict` is set.
 */
export function validatePaymentTokenInitializeResponse(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<PaymentTokenInitializeResponse> {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const lenient = options.strict === true ? errors : warnings;
  try {
    if (!isPlainObject(input)) return result(input, [notAnObject("", input)], warnings);

    const $seal = input.seal;
    if ($seal === undefined) {
      errors.push(missingField("/seal"));
    } else if (typeof $seal !== "string") {
      errors.push(wrongType("/seal", "a string", $seal));
    }

    const $publicKeyValue = input.publicKeyValue;
    if ($publicKeyValue !== undefined) {
      if (typeof $publicKeyValue !== "string") {
        errors.push(wrongType("/publicKeyValue", "a string", $publicKeyValue));
      }
    }

    const $redirectionStatusCode = input.redirectionStatusCode;
    if ($redirectionStatusCode !== undefined) {
      if (typeof $redirectionStatusCode !== "string") {
        errors.push(wrongType("/redirectionStatusCode", "a string", $redirectionStatusCode));
      } else if (!isRedirectionStatusCode($redirectionStatusCode)) {
        lenient.push(unknownValue("/redirectionStatusCode", $redirectionStatusCode, "RedirectionStatusCode"));
      }
    }

    const $redirectionStatusMessage = input.redirectionStatusMessage;
    if ($redirectionStatusMessage !== undefined) {
      if (typeof $redirectionStatusMessage !== "string") {
        errors.push(wrongType("/redirectionStatusMessage", "a string", $redirectionStatusMessage));
      }
    }

    const $redirectionUrl = input.redirectionUrl;
    if ($redirectionUrl !== undefined) {
      if (typeof $redirectionUrl !== "string") {
        errors.push(wrongType("/redirectionUrl", "a string", $redirectionUrl));
      }
    }

    const $redirectionVersion = input.redirectionVersion;
    if ($redirectionVersion !== undefined) {
      if (typeof $redirectionVersion !== "string") {
        errors.push(wrongType("/redirectionVersion", "a string", $redirectionVersion));
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
          lenient.push(unknownField(pointer("", key)));
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
