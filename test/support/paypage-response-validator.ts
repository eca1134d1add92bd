// The test Paypage response's validator written as the generator writes
// validators: each field read once by name, one block per field, unknown keys
// found by a switch. The benchmark times decoding with it (a validator built at
// run time from descriptors would time that instead); a property test holds it
// to the descriptor-driven check of paypage-messages.ts.
import type { ValidateOptions, ValidationResult } from "../../generated/index.js";
import {
  conformsA,
  conformsAN,
  conformsANS,
  conformsANSU,
  conformsN,
  formatCharsIssue,
  formatCharsText,
  formatLengthIssue,
  formatLengthText,
  integerFormatIssue,
  integerFormatTexts,
} from "../../generated/runtime/formats.js";
import { notAnObject, pinnedVersionError, unreadable } from "../../generated/runtime/issues.js";
import {
  expectedInteger,
  expectedList,
  expectedString,
  missingField,
  unknownField,
  unknownValue,
} from "./issue-helpers.js";
import { addError, addLenient, type Found, failure, resultOf } from "../../generated/runtime/validation.js";
import { INHERITED, hasOwn, isPlainObject, own } from "../../generated/runtime/message-reads.js";
import { pointer } from "../../generated/runtime/json-pointer.js";

type Fields = Record<string, unknown>;

const CONFORMS = { N: conformsN, A: conformsA, AN: conformsAN, ANS: conformsANS, ANSU: conformsANSU } as const;
type Class = keyof typeof CONFORMS;

// The checks of list items: as generated code, each gets its format and limits as constants.
function text(
  value: unknown,
  path: string,
  cls: Class,
  max: number,
  required: boolean,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  if (value === undefined) return required ? addError(found, missingField(path)) : found;
  if (typeof value !== "string") return addError(found, expectedString(path, value));
  if (!CONFORMS[cls](value)) return addLenient(found, strict, formatCharsIssue(path, value, formatCharsText(cls, max)));
  if (value.length > max)
    return addLenient(found, strict, formatLengthIssue(path, value, max, formatLengthText(cls, max)));
  return found;
}

/** `limit` is 10 to the power of `digits`. */
function integer(
  value: unknown,
  path: string,
  digits: number,
  limit: number,
  required: boolean,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  if (value === undefined) return required ? addError(found, missingField(path)) : found;
  if (typeof value !== "number" || !Number.isInteger(value)) return addError(found, expectedInteger(path, value));
  if (value < 0 || value >= limit) {
    const texts = integerFormatTexts(digits);
    return addLenient(found, strict, integerFormatIssue(path, value, texts.negative, texts.digits));
  }
  return found;
}

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

function checkInstalmentData(
  input: Fields,
  path: string,
  strict: boolean,
  found: Found | undefined,
): Found | undefined {
  found = integer(own(input.number, INHERITED.number), `${path}/number`, 2, 1e2, false, strict, found);
  for (const [name, digits, asInteger] of [
    ["amountsList", 12, true],
    ["datesList", 8, false],
  ] as const) {
    const list = own(input[name], INHERITED[name]);
    if (list === undefined) continue;
    if (!Array.isArray(list)) found = addError(found, expectedList(`${path}/${name}`, list));
    else
      for (let i = 0; i < list.length; i++) {
        const at = pointer(`${path}/${name}`, i);
        const item: unknown = list[i];
        if (item === undefined)
          found = addError(found, asInteger ? expectedInteger(at, item) : expectedString(at, item));
        else if (asInteger) found = integer(item, at, digits, 10 ** digits, true, strict, found);
        else found = text(item, at, "N", digits, true, strict, found);
      }
  }
  for (const key in input) {
    switch (key) {
      case "number":
      case "amountsList":
      case "datesList":
        break;
      default:
        if (hasOwn(input, key)) found = addLenient(found, strict, unknownField(pointer(path, key)));
    }
  }
  return found;
}

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
    if ($captureDay !== undefined) {
      if (typeof $captureDay !== "number" || !Number.isInteger($captureDay)) {
        found = addError(found, expectedInteger("/captureDay", $captureDay));
      } else if ($captureDay < 0 || $captureDay >= 1e3) {
        found = addLenient(
          found,
          strict,
          integerFormatIssue(
            "/captureDay",
            $captureDay,
            "must not be negative (N3)",
            "must have at most 3 digits (N3)",
          ),
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
        found = addLenient(
          found,
          strict,
          formatCharsIssue("/currencyCode", $currencyCode, "must hold only digits (N3)"),
        );
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
          formatLengthIssue(
            "/holderAuthentRelegation",
            $holderAuthentRelegation,
            1,
            "must be at most 1 characters (A1)",
          ),
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
