// Generated from spec/operations/in-app/paymentTokenInitialize.yaml by `npm run generate`. Do not edit.

import { FORMAT_N, integerFormatIssue, textFormatIssue } from "../../runtime/formats.js";
import {
  badInterfaceVersion,
  badPinnedVersion,
  declaredVersion,
  failure,
  isPlainObject,
  missingField,
  notAnObject,
  pinnedVersion,
  pointer,
  result,
  tooNew,
  unknownField,
  unknownValue,
  unreadable,
  wrongType,
} from "../../runtime/validation.js";
import type { ValidateOptions, ValidationIssue, ValidationResult } from "../../runtime/validation.js";
import { isRedirectionStatusCode, isSdkOperationName, isSealAlgorithm } from "../../value-lists.js";
import type { PaymentTokenInitializeRequest, PaymentTokenInitializeResponse } from "./types.js";

/**
 * Checks that `input` is a valid {@link PaymentTokenInitializeRequest}, collecting every problem.
 * Never throws, whatever `input` is; the value is returned as is, not copied.
 *
 * Unknown fields are errors, and so is a field that appeared after the
 * interface version the request declares (or `options.interfaceVersion`).
 */
export function validatePaymentTokenInitializeRequest(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<PaymentTokenInitializeRequest> {
  try {
    if (!isPlainObject(input)) return failure(notAnObject("", input));
    // Collected lazily: a valid message allocates nothing but its result.
    let errors: ValidationIssue[] | undefined;
    let warnings: ValidationIssue[] | undefined;
    const pinned = options?.interfaceVersion;
    const declared = input.interfaceVersion;
    const version = pinned === undefined ? declaredVersion(declared, "IR_MB_") : pinnedVersion(pinned, "IR_MB_");
    if (pinned !== undefined && version < 0) (errors ??= []).push(badPinnedVersion("IR_MB_", pinned));

    const $interfaceVersion = input.interfaceVersion;
    if ($interfaceVersion === undefined) {
      (errors ??= []).push(missingField("/interfaceVersion"));
    } else {
      if (version >= 0 && version < 20037) (errors ??= []).push(tooNew("/interfaceVersion", "2.37", pinned, declared));
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
      if (version >= 0 && version < 20037) (errors ??= []).push(tooNew("/keyVersion", "2.37", pinned, declared));
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
      if (version >= 0 && version < 20037) (errors ??= []).push(tooNew("/merchantId", "2.37", pinned, declared));
      if (typeof $merchantId !== "string") {
        (errors ??= []).push(wrongType("/merchantId", "a string", $merchantId));
      } else if (!FORMAT_N.test($merchantId) || $merchantId.length > 15) {
        const problem = textFormatIssue("/merchantId", $merchantId, "N", 15);
        if (problem) (errors ??= []).push(problem);
      }
    }

    const $sdkOperationName = input.sdkOperationName;
    if ($sdkOperationName === undefined) {
      (errors ??= []).push(missingField("/sdkOperationName"));
    } else {
      if (version >= 0 && version < 20037) (errors ??= []).push(tooNew("/sdkOperationName", "2.37", pinned, declared));
      if (typeof $sdkOperationName !== "string") {
        (errors ??= []).push(wrongType("/sdkOperationName", "a string", $sdkOperationName));
      } else if (!isSdkOperationName($sdkOperationName)) {
        (errors ??= []).push(unknownValue("/sdkOperationName", $sdkOperationName, "SdkOperationName"));
      }
    }

    const $sdkVersion = input.sdkVersion;
    if ($sdkVersion === undefined) {
      (errors ??= []).push(missingField("/sdkVersion"));
    } else {
      if (version >= 0 && version < 20037) (errors ??= []).push(tooNew("/sdkVersion", "2.37", pinned, declared));
      if (typeof $sdkVersion !== "string") {
        (errors ??= []).push(wrongType("/sdkVersion", "a string", $sdkVersion));
      }
    }

    const $seal = input.seal;
    if ($seal === undefined) {
      (errors ??= []).push(missingField("/seal"));
    } else {
      if (version >= 0 && version < 20037) (errors ??= []).push(tooNew("/seal", "2.37", pinned, declared));
      if (typeof $seal !== "string") {
        (errors ??= []).push(wrongType("/seal", "a string", $seal));
      }
    }

    const $customerIpAddress = input.customerIpAddress;
    if ($customerIpAddress !== undefined) {
      if (version >= 0 && version < 20037) (errors ??= []).push(tooNew("/customerIpAddress", "2.37", pinned, declared));
      if (typeof $customerIpAddress !== "string") {
        (errors ??= []).push(wrongType("/customerIpAddress", "a string", $customerIpAddress));
      }
    }

    const $intermediateServiceProviderId = input.intermediateServiceProviderId;
    if ($intermediateServiceProviderId !== undefined) {
      if (version >= 0 && version < 20037)
        (errors ??= []).push(tooNew("/intermediateServiceProviderId", "2.37", pinned, declared));
      if (typeof $intermediateServiceProviderId !== "string") {
        (errors ??= []).push(wrongType("/intermediateServiceProviderId", "a string", $intermediateServiceProviderId));
      }
    }

    const $sealAlgorithm = input.sealAlgorithm;
    if ($sealAlgorithm !== undefined) {
      if (version >= 0 && version < 20037) (errors ??= []).push(tooNew("/sealAlgorithm", "2.37", pinned, declared));
      if (typeof $sealAlgorithm !== "string") {
        (errors ??= []).push(wrongType("/sealAlgorithm", "a string", $sealAlgorithm));
      } else if (!isSealAlgorithm($sealAlgorithm)) {
        (errors ??= []).push(unknownValue("/sealAlgorithm", $sealAlgorithm, "SealAlgorithm"));
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
          (errors ??= []).push(unknownField(pointer("", key)));
      }
    }
    return result(input, errors, warnings);
  } catch {
    return failure(unreadable());
  }
}

/** Whether `input` is a valid {@link PaymentTokenInitializeRequest} (see {@link validatePaymentTokenInitializeRequest}). */
export function isPaymentTokenInitializeRequest(
  input: unknown,
  options?: ValidateOptions,
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
  options?: ValidateOptions,
): ValidationResult<PaymentTokenInitializeResponse> {
  try {
    if (!isPlainObject(input)) return failure(notAnObject("", input));
    // Collected lazily: a valid message allocates nothing but its result.
    let errors: ValidationIssue[] | undefined;
    let warnings: ValidationIssue[] | undefined;
    const lenientIsError = options?.strict === true;
    const pinned = options?.interfaceVersion;
    const declared = undefined;
    const version = pinned === undefined ? -1 : pinnedVersion(pinned, "IR_MB_");
    if (pinned !== undefined && version < 0) (errors ??= []).push(badPinnedVersion("IR_MB_", pinned));

    const $seal = input.seal;
    if ($seal === undefined) {
      (errors ??= []).push(missingField("/seal"));
    } else {
      if (version >= 0 && version < 10000)
        (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(tooNew("/seal", "1.0", pinned, declared));
      if (typeof $seal !== "string") {
        (errors ??= []).push(wrongType("/seal", "a string", $seal));
      }
    }

    const $publicKeyValue = input.publicKeyValue;
    if ($publicKeyValue !== undefined) {
      if (version >= 0 && version < 10000)
        (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(tooNew("/publicKeyValue", "1.0", pinned, declared));
      if (typeof $publicKeyValue !== "string") {
        (errors ??= []).push(wrongType("/publicKeyValue", "a string", $publicKeyValue));
      }
    }

    const $redirectionStatusCode = input.redirectionStatusCode;
    if ($redirectionStatusCode !== undefined) {
      if (version >= 0 && version < 10000)
        (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(
          tooNew("/redirectionStatusCode", "1.0", pinned, declared),
        );
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
      if (version >= 0 && version < 10000)
        (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(
          tooNew("/redirectionStatusMessage", "1.0", pinned, declared),
        );
      if (typeof $redirectionStatusMessage !== "string") {
        (errors ??= []).push(wrongType("/redirectionStatusMessage", "a string", $redirectionStatusMessage));
      }
    }

    const $redirectionUrl = input.redirectionUrl;
    if ($redirectionUrl !== undefined) {
      if (version >= 0 && version < 10000)
        (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(tooNew("/redirectionUrl", "1.0", pinned, declared));
      if (typeof $redirectionUrl !== "string") {
        (errors ??= []).push(wrongType("/redirectionUrl", "a string", $redirectionUrl));
      }
    }

    const $redirectionVersion = input.redirectionVersion;
    if ($redirectionVersion !== undefined) {
      if (version >= 0 && version < 10000)
        (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(
          tooNew("/redirectionVersion", "1.0", pinned, declared),
        );
      if (typeof $redirectionVersion !== "string") {
        (errors ??= []).push(wrongType("/redirectionVersion", "a string", $redirectionVersion));
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
          (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(unknownField(pointer("", key)));
      }
    }
    return result(input, errors, warnings);
  } catch {
    return failure(unreadable());
  }
}

/** Whether `input` is a valid {@link PaymentTokenInitializeResponse} (see {@link validatePaymentTokenInitializeResponse}). */
export function isPaymentTokenInitializeResponse(
  input: unknown,
  options?: ValidateOptions,
): input is PaymentTokenInitializeResponse {
  return validatePaymentTokenInitializeResponse(input, options).ok;
}
