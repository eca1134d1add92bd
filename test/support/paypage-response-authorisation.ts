// The test Paypage response's authorisation fields, as the generator writes a
// field's block: read once by the caller, checked in the message's field order.
import {
  conformsA,
  conformsAN,
  formatCharsIssue,
  formatLengthIssue,
  integerFormatIssue,
} from "../../generated/runtime/formats.js";
import { expectedInteger, expectedString, missingField } from "./issue-helpers.js";
import { addError, addLenient, type Found } from "../../generated/runtime/validation.js";

/** The authorisation's fields: the seal key's version, the acquirer's answer, the amount, the guarantee, the CSC's result. */
export function checkAuthorisationFields(
  $keyVersion: unknown,
  $acquirerResponseCode: unknown,
  $amount: unknown,
  $authorisationId: unknown,
  $guaranteeIndicator: unknown,
  $cardCSCResultCode: unknown,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  if ($keyVersion === undefined) {
    found = addError(found, missingField("/keyVersion"));
  } else {
    if (typeof $keyVersion !== "number" || !Number.isInteger($keyVersion)) {
      found = addError(found, expectedInteger("/keyVersion", $keyVersion));
    } else if ($keyVersion < 0 || $keyVersion >= 1e10) {
      found = addLenient(
        found,
        strict,
        integerFormatIssue(
          "/keyVersion",
          $keyVersion,
          "must not be negative (N10)",
          "must have at most 10 digits (N10)",
        ),
      );
    }
  }
  if ($acquirerResponseCode !== undefined) {
    if (typeof $acquirerResponseCode !== "string") {
      found = addError(found, expectedString("/acquirerResponseCode", $acquirerResponseCode));
    } else if (!conformsAN($acquirerResponseCode)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/acquirerResponseCode",
          $acquirerResponseCode,
          "must hold only printable ASCII characters (AN2)",
        ),
      );
    } else if ($acquirerResponseCode.length > 2) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/acquirerResponseCode", $acquirerResponseCode, 2, "must be at most 2 characters (AN2)"),
      );
    }
  }
  if ($amount === undefined) {
    found = addError(found, missingField("/amount"));
  } else {
    if (typeof $amount !== "number" || !Number.isInteger($amount)) {
      found = addError(found, expectedInteger("/amount", $amount));
    } else if ($amount < 0 || $amount >= 1e12) {
      found = addLenient(
        found,
        strict,
        integerFormatIssue("/amount", $amount, "must not be negative (N12)", "must have at most 12 digits (N12)"),
      );
    }
  }
  if ($authorisationId !== undefined) {
    if (typeof $authorisationId !== "string") {
      found = addError(found, expectedString("/authorisationId", $authorisationId));
    } else if (!conformsAN($authorisationId)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue("/authorisationId", $authorisationId, "must hold only printable ASCII characters (AN10)"),
      );
    } else if ($authorisationId.length > 10) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/authorisationId", $authorisationId, 10, "must be at most 10 characters (AN10)"),
      );
    }
  }
  if ($guaranteeIndicator !== undefined) {
    if (typeof $guaranteeIndicator !== "string") {
      found = addError(found, expectedString("/guaranteeIndicator", $guaranteeIndicator));
    } else if (!conformsA($guaranteeIndicator)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue("/guaranteeIndicator", $guaranteeIndicator, "must hold only letters (A1)"),
      );
    } else if ($guaranteeIndicator.length > 1) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/guaranteeIndicator", $guaranteeIndicator, 1, "must be at most 1 characters (A1)"),
      );
    }
  }
  if ($cardCSCResultCode !== undefined) {
    if (typeof $cardCSCResultCode !== "string") {
      found = addError(found, expectedString("/cardCSCResultCode", $cardCSCResultCode));
    } else if (!conformsAN($cardCSCResultCode)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue("/cardCSCResultCode", $cardCSCResultCode, "must hold only printable ASCII characters (AN2)"),
      );
    } else if ($cardCSCResultCode.length > 2) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/cardCSCResultCode", $cardCSCResultCode, 2, "must be at most 2 characters (AN2)"),
      );
    }
  }
  return found;
}
