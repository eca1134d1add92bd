// The test Paypage response's card and holder fields, as the generator writes a
// field's block: read once by the caller, checked in the message's field order.
import {
  conformsA,
  conformsANS,
  conformsN,
  formatCharsIssue,
  formatLengthIssue,
} from "../../generated/runtime/formats.js";
import { expectedString } from "./issue-helpers.js";
import { addError, addLenient, type Found } from "../../generated/runtime/validation.js";

/** The card's and its holder's fields: expiry, brand and type, the customer's address, the masked number, 3-D Secure. */
export function checkCardFields(
  $panExpiryDate: unknown,
  $paymentMeanBrand: unknown,
  $paymentMeanType: unknown,
  $customerIpAddress: unknown,
  $maskedPan: unknown,
  $holderAuthentRelegation: unknown,
  $holderAuthentStatus: unknown,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  if ($panExpiryDate !== undefined) {
    if (typeof $panExpiryDate !== "string") {
      found = addError(found, expectedString("/panExpiryDate", $panExpiryDate));
    } else if (!conformsN($panExpiryDate)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue("/panExpiryDate", $panExpiryDate, "must hold only digits (N6)"),
      );
    } else if ($panExpiryDate.length > 6) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/panExpiryDate", $panExpiryDate, 6, "must be at most 6 characters (N6)"),
      );
    }
  }
  if ($paymentMeanBrand !== undefined) {
    if (typeof $paymentMeanBrand !== "string") {
      found = addError(found, expectedString("/paymentMeanBrand", $paymentMeanBrand));
    } else if (!conformsANS($paymentMeanBrand)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/paymentMeanBrand",
          $paymentMeanBrand,
          "must hold only characters other than control characters (ANS20)",
        ),
      );
    } else if ($paymentMeanBrand.length > 20) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/paymentMeanBrand", $paymentMeanBrand, 20, "must be at most 20 characters (ANS20)"),
      );
    }
  }
  if ($paymentMeanType !== undefined) {
    if (typeof $paymentMeanType !== "string") {
      found = addError(found, expectedString("/paymentMeanType", $paymentMeanType));
    } else if (!conformsANS($paymentMeanType)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/paymentMeanType",
          $paymentMeanType,
          "must hold only characters other than control characters (ANS20)",
        ),
      );
    } else if ($paymentMeanType.length > 20) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/paymentMeanType", $paymentMeanType, 20, "must be at most 20 characters (ANS20)"),
      );
    }
  }
  if ($customerIpAddress !== undefined) {
    if (typeof $customerIpAddress !== "string") {
      found = addError(found, expectedString("/customerIpAddress", $customerIpAddress));
    } else if (!conformsANS($customerIpAddress)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/customerIpAddress",
          $customerIpAddress,
          "must hold only characters other than control characters (ANS45)",
        ),
      );
    } else if ($customerIpAddress.length > 45) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/customerIpAddress", $customerIpAddress, 45, "must be at most 45 characters (ANS45)"),
      );
    }
  }
  if ($maskedPan !== undefined) {
    if (typeof $maskedPan !== "string") {
      found = addError(found, expectedString("/maskedPan", $maskedPan));
    } else if (!conformsANS($maskedPan)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue("/maskedPan", $maskedPan, "must hold only characters other than control characters (ANS19)"),
      );
    } else if ($maskedPan.length > 19) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/maskedPan", $maskedPan, 19, "must be at most 19 characters (ANS19)"),
      );
    }
  }
  if ($holderAuthentRelegation !== undefined) {
    if (typeof $holderAuthentRelegation !== "string") {
      found = addError(found, expectedString("/holderAuthentRelegation", $holderAuthentRelegation));
    } else if (!conformsA($holderAuthentRelegation)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue("/holderAuthentRelegation", $holderAuthentRelegation, "must hold only letters (A1)"),
      );
    } else if ($holderAuthentRelegation.length > 1) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/holderAuthentRelegation", $holderAuthentRelegation, 1, "must be at most 1 characters (A1)"),
      );
    }
  }
  if ($holderAuthentStatus !== undefined) {
    if (typeof $holderAuthentStatus !== "string") {
      found = addError(found, expectedString("/holderAuthentStatus", $holderAuthentStatus));
    } else if (!conformsANS($holderAuthentStatus)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/holderAuthentStatus",
          $holderAuthentStatus,
          "must hold only characters other than control characters (ANS20)",
        ),
      );
    } else if ($holderAuthentStatus.length > 20) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/holderAuthentStatus", $holderAuthentStatus, 20, "must be at most 20 characters (ANS20)"),
      );
    }
  }
  return found;
}
