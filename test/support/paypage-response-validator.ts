// The test Paypage response's validator written as the generator writes
// validators: each field read once by name, one block per field, unknown keys
// found by a switch. The benchmark times decoding with it (a validator built at
// run time from descriptors would time that instead); a property test holds it
// to the descriptor-driven check of paypage-messages.ts. The fields' blocks, in
// the message's order, are in paypage-response-order.ts, -authorisation.ts,
// -card.ts and -origin.ts; the items' and the container's checks in -items.ts.
import type { ValidateOptions, ValidationResult } from "../../generated/index.js";
import { notAnObject, pinnedVersionError, unreadable } from "../../generated/runtime/issues.js";
import { expectedList, expectedString, unknownField } from "./issue-helpers.js";
import { addError, addLenient, failure, resultOf } from "../../generated/runtime/validation.js";
import { INHERITED, hasOwn, isPlainObject, own } from "../../generated/runtime/message-reads.js";
import { pointer } from "../../generated/runtime/json-pointer.js";
import { checkInstalmentData, text } from "./paypage-response-items.js";
import { checkOrderFields } from "./paypage-response-order.js";
import { checkAuthorisationFields } from "./paypage-response-authorisation.js";
import { checkCardFields } from "./paypage-response-card.js";
import { checkOriginFields } from "./paypage-response-origin.js";

type Fields = Record<string, unknown>;

export function validatePaypageResponse(input: unknown, options?: ValidateOptions): ValidationResult<Fields> {
  try {
    if (!isPlainObject(input)) return failure(notAnObject("", input));
    const $captureDay = own(input.captureDay, INHERITED.captureDay);
    const $captureMode = own(input.captureMode, INHERITED.captureMode);
    const $currencyCode = own(input.currencyCode, INHERITED.currencyCode);
    const $merchantId = own(input.merchantId, INHERITED.merchantId);
    const $orderChannel = own(input.orderChannel, INHERITED.orderChannel);
    const $responseCode = own(input.responseCode, INHERITED.responseCode);
    const $transactionDateTime = own(input.transactionDateTime, INHERITED.transactionDateTime);
    const $transactionReference = own(input.transactionReference, INHERITED.transactionReference);
    const $keyVersion = own(input.keyVersion, INHERITED.keyVersion);
    const $acquirerResponseCode = own(input.acquirerResponseCode, INHERITED.acquirerResponseCode);
    const $amount = own(input.amount, INHERITED.amount);
    const $authorisationId = own(input.authorisationId, INHERITED.authorisationId);
    const $guaranteeIndicator = own(input.guaranteeIndicator, INHERITED.guaranteeIndicator);
    const $cardCSCResultCode = own(input.cardCSCResultCode, INHERITED.cardCSCResultCode);
    const $panExpiryDate = own(input.panExpiryDate, INHERITED.panExpiryDate);
    const $paymentMeanBrand = own(input.paymentMeanBrand, INHERITED.paymentMeanBrand);
    const $paymentMeanType = own(input.paymentMeanType, INHERITED.paymentMeanType);
    const $customerIpAddress = own(input.customerIpAddress, INHERITED.customerIpAddress);
    const $maskedPan = own(input.maskedPan, INHERITED.maskedPan);
    const $holderAuthentRelegation = own(input.holderAuthentRelegation, INHERITED.holderAuthentRelegation);
    const $holderAuthentStatus = own(input.holderAuthentStatus, INHERITED.holderAuthentStatus);
    const $tokenPan = own(input.tokenPan, INHERITED.tokenPan);
    const $transactionOrigin = own(input.transactionOrigin, INHERITED.transactionOrigin);
    const $paymentPattern = own(input.paymentPattern, INHERITED.paymentPattern);
    const $returnContext = own(input.returnContext, INHERITED.returnContext);
    const $orderId = own(input.orderId, INHERITED.orderId);
    const strict = options?.strict === true;
    let found = pinnedVersionError("HP_", options?.interfaceVersion);
    found = checkOrderFields(
      $captureDay,
      $captureMode,
      $currencyCode,
      $merchantId,
      $orderChannel,
      $responseCode,
      $transactionDateTime,
      $transactionReference,
      strict,
      found,
    );
    found = checkAuthorisationFields(
      $keyVersion,
      $acquirerResponseCode,
      $amount,
      $authorisationId,
      $guaranteeIndicator,
      $cardCSCResultCode,
      strict,
      found,
    );
    found = checkCardFields(
      $panExpiryDate,
      $paymentMeanBrand,
      $paymentMeanType,
      $customerIpAddress,
      $maskedPan,
      $holderAuthentRelegation,
      $holderAuthentStatus,
      strict,
      found,
    );
    found = checkOriginFields($tokenPan, $transactionOrigin, $paymentPattern, $returnContext, $orderId, strict, found);
    const $paymentMeanBrandList = own(input.paymentMeanBrandList, INHERITED.paymentMeanBrandList);
    if ($paymentMeanBrandList !== undefined) {
      if (!Array.isArray($paymentMeanBrandList))
        found = addError(found, expectedList("/paymentMeanBrandList", $paymentMeanBrandList));
      else
        for (let i = 0; i < $paymentMeanBrandList.length; i++) {
          const item: unknown = $paymentMeanBrandList[i];
          if (item === undefined) found = addError(found, expectedString(`/paymentMeanBrandList/${i}`, item));
          else found = text(item, `/paymentMeanBrandList/${i}`, "ANS", 20, true, strict, found);
        }
    }
    const $instalmentData = own(input.instalmentData, INHERITED.instalmentData);
    if ($instalmentData !== undefined) {
      if (!isPlainObject($instalmentData)) found = addError(found, notAnObject("/instalmentData", $instalmentData));
      else found = checkInstalmentData($instalmentData, "/instalmentData", strict, found);
    }
    for (const key in input) {
      switch (key) {
        case "captureDay":
        case "captureMode":
        case "currencyCode":
        case "merchantId":
        case "orderChannel":
        case "responseCode":
        case "transactionDateTime":
        case "transactionReference":
        case "keyVersion":
        case "acquirerResponseCode":
        case "amount":
        case "authorisationId":
        case "guaranteeIndicator":
        case "cardCSCResultCode":
        case "panExpiryDate":
        case "paymentMeanBrand":
        case "paymentMeanType":
        case "customerIpAddress":
        case "maskedPan":
        case "holderAuthentRelegation":
        case "holderAuthentStatus":
        case "tokenPan":
        case "transactionOrigin":
        case "paymentPattern":
        case "returnContext":
        case "orderId":
        case "paymentMeanBrandList":
        case "instalmentData":
          break;
        default:
          if (hasOwn(input, key)) found = addLenient(found, strict, unknownField(pointer("", key)));
      }
    }
    return resultOf(input, found);
  } catch {
    return failure(unreadable());
  }
}
