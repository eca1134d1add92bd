// The shape the validators of generated/operations/<op>/validators.ts should
// have, written out by hand for paymentTokenInitialize (see README.md). Same
// checks, order, issues and results as the generated code; what differs: the
// problems live in one local (`found`) that stays undefined while the message
// is valid, versions are plain numbers, and no object but the result is made.

import { conformsN, formatCharsIssue, formatLengthIssue, integerFormatIssue } from "../../generated/runtime/formats.js";
import {
  INHERITED,
  addError,
  addLenient,
  badInterfaceVersion,
  declaredVersion,
  failure,
  hasOwn,
  hasPlainPrototype,
  missingField,
  notAnObject,
  own,
  pinnedVersion,
  pinnedVersionError,
  pointer,
  resultOf,
  sinceIssue,
  unknownField,
  unknownValue,
  readFailure,
  expectedInteger,
  expectedString,
} from "../../generated/runtime/validation.js";
import type { ValidateOptions, ValidationResult } from "../../generated/runtime/validation.js";
import { isRedirectionStatusCode, isSdkOperationName, isSealAlgorithm } from "../../generated/value-lists.js";
import type {
  PaymentTokenInitializeRequest,
  PaymentTokenInitializeResponse,
} from "../../generated/operations/paymentTokenInitialize/types.js";

export function validatePaymentTokenInitializeRequest(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<PaymentTokenInitializeRequest> {
  try {
    if (typeof input !== "object" || input === null) return failure(notAnObject("", input));
    const fields = input as Record<string, unknown>;
    const $interfaceVersion = own(fields.interfaceVersion, INHERITED.interfaceVersion);
    const $keyVersion = own(fields.keyVersion, INHERITED.keyVersion);
    const $merchantId = own(fields.merchantId, INHERITED.merchantId);
    const $sdkOperationName = own(fields.sdkOperationName, INHERITED.sdkOperationName);
    const $sdkVersion = own(fields.sdkVersion, INHERITED.sdkVersion);
    const $seal = own(fields.seal, INHERITED.seal);
    const $customerIpAddress = own(fields.customerIpAddress, INHERITED.customerIpAddress);
    const $intermediateServiceProviderId = own(
      fields.intermediateServiceProviderId,
      INHERITED.intermediateServiceProviderId,
    );
    const $sealAlgorithm = own(fields.sealAlgorithm, INHERITED.sealAlgorithm);
    // After the reads, where the engine knows the object's shape and answers without a call.
    if (!hasPlainPrototype(fields)) return failure(notAnObject("", input));
    // Requests are always strict; they are checked against the version they declare, or the one pinned.
    const pinned = options?.interfaceVersion;
    const version =
      pinned === undefined ? declaredVersion($interfaceVersion, "IR_MB_") : pinnedVersion(pinned, "IR_MB_");
    let found = pinnedVersionError("IR_MB_", pinned, version);
    if ($interfaceVersion === undefined) {
      found = addError(found, missingField("/interfaceVersion"));
    } else if (typeof $interfaceVersion !== "string") {
      found = addError(found, expectedString("/interfaceVersion", $interfaceVersion));
    } else if ((pinned === undefined ? version : declaredVersion($interfaceVersion, "IR_MB_")) < 0) {
      found = addError(found, badInterfaceVersion("/interfaceVersion", "IR_MB_", $interfaceVersion));
    }

    if ($keyVersion === undefined) {
      found = addError(found, missingField("/keyVersion"));
    } else if (typeof $keyVersion !== "number" || !Number.isInteger($keyVersion)) {
      found = addError(found, expectedInteger("/keyVersion", $keyVersion));
    } else if ($keyVersion < 0 || $keyVersion >= 1e10) {
      found = addError(found, integerFormatIssue("/keyVersion", $keyVersion, 10));
    }

    if ($merchantId === undefined) {
      found = addError(found, missingField("/merchantId"));
    } else if (typeof $merchantId !== "string") {
      found = addError(found, expectedString("/merchantId", $merchantId));
    } else if (!conformsN($merchantId)) {
      found = addError(found, formatCharsIssue("/merchantId", $merchantId, "N", 15));
    } else if ($merchantId.length > 15) {
      found = addLenient(found, true, formatLengthIssue("/merchantId", $merchantId, "N", 15));
    }

    if ($sdkOperationName === undefined) {
      found = addError(found, missingField("/sdkOperationName"));
    } else if (typeof $sdkOperationName !== "string") {
      found = addError(found, expectedString("/sdkOperationName", $sdkOperationName));
    } else if (!isSdkOperationName($sdkOperationName)) {
      found = addError(found, unknownValue("/sdkOperationName", $sdkOperationName, "SdkOperationName"));
    }

    if ($sdkVersion === undefined) {
      found = addError(found, missingField("/sdkVersion"));
    } else if (typeof $sdkVersion !== "string") {
      found = addError(found, expectedString("/sdkVersion", $sdkVersion));
    }

    if ($seal === undefined) {
      found = addError(found, missingField("/seal"));
    } else if (typeof $seal !== "string") {
      found = addError(found, expectedString("/seal", $seal));
    }

    if ($customerIpAddress !== undefined && typeof $customerIpAddress !== "string") {
      found = addError(found, expectedString("/customerIpAddress", $customerIpAddress));
    }

    if ($intermediateServiceProviderId !== undefined && typeof $intermediateServiceProviderId !== "string") {
      found = addError(found, expectedString("/intermediateServiceProviderId", $intermediateServiceProviderId));
    }

    if ($sealAlgorithm !== undefined) {
      if (typeof $sealAlgorithm !== "string") {
        found = addError(found, expectedString("/sealAlgorithm", $sealAlgorithm));
      } else if (!isSealAlgorithm($sealAlgorithm)) {
        found = addError(found, unknownValue("/sealAlgorithm", $sealAlgorithm, "SealAlgorithm"));
      }
    }

    // Fields newer than the version checked against: one compare per `since` of the message while none is.
    if (version >= 0 && version < 20037) {
      const declared = $interfaceVersion;
      if ($interfaceVersion !== undefined)
        found = addError(found, sinceIssue("/interfaceVersion", 2, 37, pinned, declared));
      if ($keyVersion !== undefined) found = addError(found, sinceIssue("/keyVersion", 2, 37, pinned, declared));
      if ($merchantId !== undefined) found = addError(found, sinceIssue("/merchantId", 2, 37, pinned, declared));
      if ($sdkOperationName !== undefined)
        found = addError(found, sinceIssue("/sdkOperationName", 2, 37, pinned, declared));
      if ($sdkVersion !== undefined) found = addError(found, sinceIssue("/sdkVersion", 2, 37, pinned, declared));
      if ($seal !== undefined) found = addError(found, sinceIssue("/seal", 2, 37, pinned, declared));
      if ($customerIpAddress !== undefined)
        found = addError(found, sinceIssue("/customerIpAddress", 2, 37, pinned, declared));
      if ($intermediateServiceProviderId !== undefined)
        found = addError(found, sinceIssue("/intermediateServiceProviderId", 2, 37, pinned, declared));
      if ($sealAlgorithm !== undefined) found = addError(found, sinceIssue("/sealAlgorithm", 2, 37, pinned, declared));
    }

    for (const key in fields) {
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
          if (hasOwn(fields, key)) found = addError(found, unknownField(pointer("", key)));
      }
    }
    return resultOf(fields, found);
  } catch {
    return readFailure(input);
  }
}

export function validatePaymentTokenInitializeResponse(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<PaymentTokenInitializeResponse> {
  try {
    if (typeof input !== "object" || input === null) return failure(notAnObject("", input));
    const fields = input as Record<string, unknown>;
    const $seal = own(fields.seal, INHERITED.seal);
    const $publicKeyValue = own(fields.publicKeyValue, INHERITED.publicKeyValue);
    const $redirectionStatusCode = own(fields.redirectionStatusCode, INHERITED.redirectionStatusCode);
    const $redirectionStatusMessage = own(fields.redirectionStatusMessage, INHERITED.redirectionStatusMessage);
    const $redirectionUrl = own(fields.redirectionUrl, INHERITED.redirectionUrl);
    const $redirectionVersion = own(fields.redirectionVersion, INHERITED.redirectionVersion);
    if (!hasPlainPrototype(fields)) return failure(notAnObject("", input));
    // Responses are lenient unless strict, and checked against a pinned version only.
    const strict = options?.strict === true;
    const pinned = options?.interfaceVersion;
    const version = pinned === undefined ? -1 : pinnedVersion(pinned, "IR_MB_");
    let found = pinnedVersionError("IR_MB_", pinned, version);
    if ($seal === undefined) {
      found = addError(found, missingField("/seal"));
    } else if (typeof $seal !== "string") {
      found = addError(found, expectedString("/seal", $seal));
    }

    if ($publicKeyValue !== undefined && typeof $publicKeyValue !== "string") {
      found = addError(found, expectedString("/publicKeyValue", $publicKeyValue));
    }

    if ($redirectionStatusCode !== undefined) {
      if (typeof $redirectionStatusCode !== "string") {
        found = addError(found, expectedString("/redirectionStatusCode", $redirectionStatusCode));
      } else if (!isRedirectionStatusCode($redirectionStatusCode)) {
        found = addLenient(
          found,
          strict,
          unknownValue("/redirectionStatusCode", $redirectionStatusCode, "RedirectionStatusCode"),
        );
      }
    }

    if ($redirectionStatusMessage !== undefined && typeof $redirectionStatusMessage !== "string") {
      found = addError(found, expectedString("/redirectionStatusMessage", $redirectionStatusMessage));
    }

    if ($redirectionUrl !== undefined && typeof $redirectionUrl !== "string") {
      found = addError(found, expectedString("/redirectionUrl", $redirectionUrl));
    }

    if ($redirectionVersion !== undefined && typeof $redirectionVersion !== "string") {
      found = addError(found, expectedString("/redirectionVersion", $redirectionVersion));
    }

    for (const key in fields) {
      switch (key) {
        case "seal":
        case "publicKeyValue":
        case "redirectionStatusCode":
        case "redirectionStatusMessage":
        case "redirectionUrl":
        case "redirectionVersion":
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
