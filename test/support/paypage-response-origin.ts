// The test Paypage response's token, origin and reference fields, as the
// generator writes a field's block: read once by the caller, checked in the
// message's field order.
import { conformsANS, conformsANSU, formatCharsIssue, formatLengthIssue } from "../../generated/runtime/formats.js";
import { expectedString } from "./issue-helpers.js";
import { addError, addLenient, type Found } from "../../generated/runtime/validation.js";

/** What the payment was made with and from: the card's token, its origin and pattern, and the shop's own references. */
export function checkOriginFields(
  $tokenPan: unknown,
  $transactionOrigin: unknown,
  $paymentPattern: unknown,
  $returnContext: unknown,
  $orderId: unknown,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  if ($tokenPan !== undefined) {
    if (typeof $tokenPan !== "string") {
      found = addError(found, expectedString("/tokenPan", $tokenPan));
    } else if (!conformsANS($tokenPan)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue("/tokenPan", $tokenPan, "must hold only characters other than control characters (ANS19)"),
      );
    } else if ($tokenPan.length > 19) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/tokenPan", $tokenPan, 19, "must be at most 19 characters (ANS19)"),
      );
    }
  }
  if ($transactionOrigin !== undefined) {
    if (typeof $transactionOrigin !== "string") {
      found = addError(found, expectedString("/transactionOrigin", $transactionOrigin));
    } else if (!conformsANS($transactionOrigin)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/transactionOrigin",
          $transactionOrigin,
          "must hold only characters other than control characters (ANS20)",
        ),
      );
    } else if ($transactionOrigin.length > 20) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/transactionOrigin", $transactionOrigin, 20, "must be at most 20 characters (ANS20)"),
      );
    }
  }
  if ($paymentPattern !== undefined) {
    if (typeof $paymentPattern !== "string") {
      found = addError(found, expectedString("/paymentPattern", $paymentPattern));
    } else if (!conformsANS($paymentPattern)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/paymentPattern",
          $paymentPattern,
          "must hold only characters other than control characters (ANS20)",
        ),
      );
    } else if ($paymentPattern.length > 20) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/paymentPattern", $paymentPattern, 20, "must be at most 20 characters (ANS20)"),
      );
    }
  }
  if ($returnContext !== undefined) {
    if (typeof $returnContext !== "string") {
      found = addError(found, expectedString("/returnContext", $returnContext));
    } else if (!conformsANSU($returnContext)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue(
          "/returnContext",
          $returnContext,
          "must hold only characters other than control characters (ANSU255)",
        ),
      );
    } else if ($returnContext.length > 255) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/returnContext", $returnContext, 255, "must be at most 255 characters (ANSU255)"),
      );
    }
  }
  if ($orderId !== undefined) {
    if (typeof $orderId !== "string") {
      found = addError(found, expectedString("/orderId", $orderId));
    } else if (!conformsANS($orderId)) {
      found = addLenient(
        found,
        strict,
        formatCharsIssue("/orderId", $orderId, "must hold only characters other than control characters (ANS32)"),
      );
    } else if ($orderId.length > 32) {
      found = addLenient(
        found,
        strict,
        formatLengthIssue("/orderId", $orderId, 32, "must be at most 32 characters (ANS32)"),
      );
    }
  }
  return found;
}
