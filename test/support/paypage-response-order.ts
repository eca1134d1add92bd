// The test Paypage response's order fields, as the generator writes a field's
// block: read once by the caller, checked in the message's field order.
import {
  conformsAN,
  conformsANS,
  conformsN,
  formatCharsIssue,
  formatLengthIssue,
  integerFormatIssue,
} from "../../generated/runtime/formats.js";
import { expectedInteger, expectedString, missingField, unknownValue } from "./issue-helpers.js";
import { addError, addLenient, type Found } from "../../generated/runtime/validation.js";

/** responseCode's value list, as generated code holds one: a switch. */
function isResponseCode(value: string): boolean {
  switch (value) {
    case "00":
    case "02":
    case "03":
    case "05":
    case "12":
    case "14":
    case "17":
    case "24":
    case "25":
    case "30":
    case "34":
    case "40":
    case "51":
    case "54":
    case "60":
    case "63":
    case "75":
    case "90":
    case "94":
    case "97":
    case "99":
      return true;
    default:
      return false;
  }
}

/** The order's fields: its capture, currency, merchant and channel, the answer's code, the transaction's time and reference. */
export function checkOrderFields(
  $captureDay: unknown,
  $captureMode: unknown,
  $currencyCode: unknown,
  $merchantId: unknown,
  $orderChannel: unknown,
  $responseCode: unknown,
  $transactionDateTime: unknown,
  $transactionReference: unknown,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  if ($captureDay !== undefined) {
    if (typeof $captureDay !== "number" || !Number.isInteger($captureDay)) {
      found = addError(found, expectedInteger("/captureDay", $captureDay));
    } else if ($captureDay < 0 || $captureDay >= 1e3) {
      found = addLenient(
        found,
        strict,
        integerFormatIssue("/captureDay", $captureDay, "must not be negative (N3)", "must have at most 3 digits (N3)"),
      );
    }
  }
  if ($captureMode !== undefined) {
    if (typeof $captureMode !== "string") {
      found = addError(found, expectedString("/captureMode", $captureMode));
    } else if (!conformsANS($captureMode)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/captureMode",
          $captureMode,
          "must hold only characters other than control characters (ANS20)",
        ),
      );
    } else if ($captureMode.length > 20) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/captureMode", $captureMode, 20, "must be at most 20 characters (ANS20)"),
      );
    }
  }
  if ($currencyCode === undefined) {
    found = addError(found, missingField("/currencyCode"));
  } else {
    if (typeof $currencyCode !== "string") {
      found = addError(found, expectedString("/currencyCode", $currencyCode));
    } else if (!conformsN($currencyCode)) {
      found = addLenient(found, strict, formatCharsIssue("/currencyCode", $currencyCode, "must hold only digits (N3)"));
    } else if ($currencyCode.length > 3) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/currencyCode", $currencyCode, 3, "must be at most 3 characters (N3)"),
      );
    }
  }
  if ($merchantId === undefined) {
    found = addError(found, missingField("/merchantId"));
  } else {
    if (typeof $merchantId !== "string") {
      found = addError(found, expectedString("/merchantId", $merchantId));
    } else if (!conformsN($merchantId)) {
      found = addLenient(found, strict, formatCharsIssue("/merchantId", $merchantId, "must hold only digits (N15)"));
    } else if ($merchantId.length > 15) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/merchantId", $merchantId, 15, "must be at most 15 characters (N15)"),
      );
    }
  }
  if ($orderChannel !== undefined) {
    if (typeof $orderChannel !== "string") {
      found = addError(found, expectedString("/orderChannel", $orderChannel));
    } else if (!conformsANS($orderChannel)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/orderChannel",
          $orderChannel,
          "must hold only characters other than control characters (ANS20)",
        ),
      );
    } else if ($orderChannel.length > 20) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/orderChannel", $orderChannel, 20, "must be at most 20 characters (ANS20)"),
      );
    }
  }
  if ($responseCode === undefined) {
    found = addError(found, missingField("/responseCode"));
  } else {
    if (typeof $responseCode !== "string") {
      found = addError(found, expectedString("/responseCode", $responseCode));
    } else if (!isResponseCode($responseCode)) {
      found = addLenient(
        found,
        strict,
        unknownValue("/responseCode", $responseCode, "must be one of the responseCodeValues values"),
      );
    }
  }
  if ($transactionDateTime !== undefined) {
    if (typeof $transactionDateTime !== "string") {
      found = addError(found, expectedString("/transactionDateTime", $transactionDateTime));
    } else if (!conformsANS($transactionDateTime)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/transactionDateTime",
          $transactionDateTime,
          "must hold only characters other than control characters (ANS25)",
        ),
      );
    } else if ($transactionDateTime.length > 25) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/transactionDateTime", $transactionDateTime, 25, "must be at most 25 characters (ANS25)"),
      );
    }
  }
  if ($transactionReference === undefined) {
    found = addError(found, missingField("/transactionReference"));
  } else {
    if (typeof $transactionReference !== "string") {
      found = addError(found, expectedString("/transactionReference", $transactionReference));
    } else if (!conformsAN($transactionReference)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/transactionReference",
          $transactionReference,
          "must hold only printable ASCII characters (AN35)",
        ),
      );
    } else if ($transactionReference.length > 35) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/transactionReference", $transactionReference, 35, "must be at most 35 characters (AN35)"),
      );
    }
  }
  return found;
}
