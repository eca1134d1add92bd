// The test Paypage response's validator written as the generator writes
// validators: each field read once by name, one block per field, unknown keys
// found by a switch. The benchmark times decoding with it (a validator built at
// run time from descriptors would time that instead); a property test holds it
// to the descriptor-driven check of paypage-messages.ts.
import type { ValidateOptions, ValidationResult } from "../../generated/index.js";
import {
  FORMAT_A,
  FORMAT_AN,
  FORMAT_ANS,
  FORMAT_ANSU,
  FORMAT_N,
  integerFormatIssue,
  textFormatIssue,
  type FormatClass,
} from "../../generated/runtime/formats.js";
import {
  type Issues,
  INHERITED,
  failure,
  hasOwn,
  isPlainObject,
  missingField,
  notAnObject,
  own,
  pointer,
  responseIssues,
  unknownField,
  unknownValue,
  unreadable,
  wrongType,
} from "../../generated/runtime/validation.js";

type Fields = Record<string, unknown>;

const PATTERNS = { N: FORMAT_N, A: FORMAT_A, AN: FORMAT_AN, ANS: FORMAT_ANS, ANSU: FORMAT_ANSU } as const;
type Class = keyof typeof PATTERNS;

// As generated code, each check gets its pattern and limits as constants.
function text(
  value: unknown,
  path: string,
  pattern: RegExp,
  cls: Class,
  max: number,
  required: boolean,
  issues: Issues,
) {
  if (value === undefined) {
    if (required) issues.error(missingField(path));
  } else if (typeof value !== "string") issues.error(wrongType(path, "a string", value));
  else if (!pattern.test(value) || value.length > max)
    issues.lenient(textFormatIssue(path, value, cls as FormatClass, max));
}

/** `limit` is 10 to the power of `digits`. */
function integer(value: unknown, path: string, digits: number, limit: number, required: boolean, issues: Issues) {
  if (value === undefined) {
    if (required) issues.error(missingField(path));
  } else if (typeof value !== "number" || !Number.isInteger(value)) issues.error(wrongType(path, "an integer", value));
  else if (value < 0 || value >= limit) issues.lenient(integerFormatIssue(path, value, digits));
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

function checkInstalmentData(input: Fields, path: string, issues: Issues): void {
  integer(own(input.number, INHERITED.number), `${path}/number`, 2, 1e2, false, issues);
  for (const [name, digits, asInteger] of [
    ["amountsList", 12, true],
    ["datesList", 8, false],
  ] as const) {
    const list = own(input[name], INHERITED[name]);
    if (list === undefined) continue;
    if (!Array.isArray(list)) issues.error(wrongType(`${path}/${name}`, "an array", list));
    else
      for (let i = 0; i < list.length; i++) {
        const at = pointer(`${path}/${name}`, i);
        const item: unknown = list[i];
        if (item === undefined) issues.error(wrongType(at, asInteger ? "an integer" : "a string", item));
        else if (asInteger) integer(item, at, digits, 10 ** digits, true, issues);
        else text(item, at, FORMAT_N, "N", digits, true, issues);
      }
  }
  for (const key in input) {
    switch (key) {
      case "number":
      case "amountsList":
      case "datesList":
        break;
      default:
        if (hasOwn(input, key)) issues.lenient(unknownField(pointer(path, key)));
    }
  }
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
    const issues = responseIssues("HP_", options);
    if ($captureDay !== undefined) {
      if (typeof $captureDay !== "number" || !Number.isInteger($captureDay)) {
        issues.error(wrongType("/captureDay", "an integer", $captureDay));
      } else if ($captureDay < 0 || $captureDay >= 1e3) {
        issues.lenient(integerFormatIssue("/captureDay", $captureDay, 3));
      }
    }
    if ($captureMode !== undefined) {
      if (typeof $captureMode !== "string") {
        issues.error(wrongType("/captureMode", "a string", $captureMode));
      } else if (!FORMAT_ANS.test($captureMode) || $captureMode.length > 20) {
        issues.lenient(textFormatIssue("/captureMode", $captureMode, "ANS", 20));
      }
    }
    if ($currencyCode === undefined) {
      issues.error(missingField("/currencyCode"));
    } else {
      if (typeof $currencyCode !== "string") {
        issues.error(wrongType("/currencyCode", "a string", $currencyCode));
      } else if (!FORMAT_N.test($currencyCode) || $currencyCode.length > 3) {
        issues.lenient(textFormatIssue("/currencyCode", $currencyCode, "N", 3));
      }
    }
    if ($merchantId === undefined) {
      issues.error(missingField("/merchantId"));
    } else {
      if (typeof $merchantId !== "string") {
        issues.error(wrongType("/merchantId", "a string", $merchantId));
      } else if (!FORMAT_N.test($merchantId) || $merchantId.length > 15) {
        issues.lenient(textFormatIssue("/merchantId", $merchantId, "N", 15));
      }
    }
    if ($orderChannel !== undefined) {
      if (typeof $orderChannel !== "string") {
        issues.error(wrongType("/orderChannel", "a string", $orderChannel));
      } else if (!FORMAT_ANS.test($orderChannel) || $orderChannel.length > 20) {
        issues.lenient(textFormatIssue("/orderChannel", $orderChannel, "ANS", 20));
      }
    }
    if ($responseCode === undefined) {
      issues.error(missingField("/responseCode"));
    } else {
      if (typeof $responseCode !== "string") {
        issues.error(wrongType("/responseCode", "a string", $responseCode));
      } else {
        if (!FORMAT_N.test($responseCode) || $responseCode.length > 2) {
          issues.lenient(textFormatIssue("/responseCode", $responseCode, "N", 2));
        }
        if (!isResponseCode($responseCode)) {
          issues.lenient(unknownValue("/responseCode", $responseCode, "responseCodeValues"));
        }
      }
    }
    if ($transactionDateTime !== undefined) {
      if (typeof $transactionDateTime !== "string") {
        issues.error(wrongType("/transactionDateTime", "a string", $transactionDateTime));
      } else if (!FORMAT_ANS.test($transactionDateTime) || $transactionDateTime.length > 25) {
        issues.lenient(textFormatIssue("/transactionDateTime", $transactionDateTime, "ANS", 25));
      }
    }
    if ($transactionReference === undefined) {
      issues.error(missingField("/transactionReference"));
    } else {
      if (typeof $transactionReference !== "string") {
        issues.error(wrongType("/transactionReference", "a string", $transactionReference));
      } else if (!FORMAT_AN.test($transactionReference) || $transactionReference.length > 35) {
        issues.lenient(textFormatIssue("/transactionReference", $transactionReference, "AN", 35));
      }
    }
    if ($keyVersion === undefined) {
      issues.error(missingField("/keyVersion"));
    } else {
      if (typeof $keyVersion !== "number" || !Number.isInteger($keyVersion)) {
        issues.error(wrongType("/keyVersion", "an integer", $keyVersion));
      } else if ($keyVersion < 0 || $keyVersion >= 1e10) {
        issues.lenient(integerFormatIssue("/keyVersion", $keyVersion, 10));
      }
    }
    if ($acquirerResponseCode !== undefined) {
      if (typeof $acquirerResponseCode !== "string") {
        issues.error(wrongType("/acquirerResponseCode", "a string", $acquirerResponseCode));
      } else if (!FORMAT_AN.test($acquirerResponseCode) || $acquirerResponseCode.length > 2) {
        issues.lenient(textFormatIssue("/acquirerResponseCode", $acquirerResponseCode, "AN", 2));
      }
    }
    if ($amount === undefined) {
      issues.error(missingField("/amount"));
    } else {
      if (typeof $amount !== "number" || !Number.isInteger($amount)) {
        issues.error(wrongType("/amount", "an integer", $amount));
      } else if ($amount < 0 || $amount >= 1e12) {
        issues.lenient(integerFormatIssue("/amount", $amount, 12));
      }
    }
    if ($authorisationId !== undefined) {
      if (typeof $authorisationId !== "string") {
        issues.error(wrongType("/authorisationId", "a string", $authorisationId));
      } else if (!FORMAT_AN.test($authorisationId) || $authorisationId.length > 10) {
        issues.lenient(textFormatIssue("/authorisationId", $authorisationId, "AN", 10));
      }
    }
    if ($guaranteeIndicator !== undefined) {
      if (typeof $guaranteeIndicator !== "string") {
        issues.error(wrongType("/guaranteeIndicator", "a string", $guaranteeIndicator));
      } else if (!FORMAT_A.test($guaranteeIndicator) || $guaranteeIndicator.length > 1) {
        issues.lenient(textFormatIssue("/guaranteeIndicator", $guaranteeIndicator, "A", 1));
      }
    }
    if ($cardCSCResultCode !== undefined) {
      if (typeof $cardCSCResultCode !== "string") {
        issues.error(wrongType("/cardCSCResultCode", "a string", $cardCSCResultCode));
      } else if (!FORMAT_AN.test($cardCSCResultCode) || $cardCSCResultCode.length > 2) {
        issues.lenient(textFormatIssue("/cardCSCResultCode", $cardCSCResultCode, "AN", 2));
      }
    }
    if ($panExpiryDate !== undefined) {
      if (typeof $panExpiryDate !== "string") {
        issues.error(wrongType("/panExpiryDate", "a string", $panExpiryDate));
      } else if (!FORMAT_N.test($panExpiryDate) || $panExpiryDate.length > 6) {
        issues.lenient(textFormatIssue("/panExpiryDate", $panExpiryDate, "N", 6));
      }
    }
    if ($paymentMeanBrand !== undefined) {
      if (typeof $paymentMeanBrand !== "string") {
        issues.error(wrongType("/paymentMeanBrand", "a string", $paymentMeanBrand));
      } else if (!FORMAT_ANS.test($paymentMeanBrand) || $paymentMeanBrand.length > 20) {
        issues.lenient(textFormatIssue("/paymentMeanBrand", $paymentMeanBrand, "ANS", 20));
      }
    }
    if ($paymentMeanType !== undefined) {
      if (typeof $paymentMeanType !== "string") {
        issues.error(wrongType("/paymentMeanType", "a string", $paymentMeanType));
      } else if (!FORMAT_ANS.test($paymentMeanType) || $paymentMeanType.length > 20) {
        issues.lenient(textFormatIssue("/paymentMeanType", $paymentMeanType, "ANS", 20));
      }
    }
    if ($customerIpAddress !== undefined) {
      if (typeof $customerIpAddress !== "string") {
        issues.error(wrongType("/customerIpAddress", "a string", $customerIpAddress));
      } else if (!FORMAT_ANS.test($customerIpAddress) || $customerIpAddress.length > 45) {
        issues.lenient(textFormatIssue("/customerIpAddress", $customerIpAddress, "ANS", 45));
      }
    }
    if ($maskedPan !== undefined) {
      if (typeof $maskedPan !== "string") {
        issues.error(wrongType("/maskedPan", "a string", $maskedPan));
      } else if (!FORMAT_ANS.test($maskedPan) || $maskedPan.length > 19) {
        issues.lenient(textFormatIssue("/maskedPan", $maskedPan, "ANS", 19));
      }
    }
    if ($holderAuthentRelegation !== undefined) {
      if (typeof $holderAuthentRelegation !== "string") {
        issues.error(wrongType("/holderAuthentRelegation", "a string", $holderAuthentRelegation));
      } else if (!FORMAT_A.test($holderAuthentRelegation) || $holderAuthentRelegation.length > 1) {
        issues.lenient(textFormatIssue("/holderAuthentRelegation", $holderAuthentRelegation, "A", 1));
      }
    }
    if ($holderAuthentStatus !== undefined) {
      if (typeof $holderAuthentStatus !== "string") {
        issues.error(wrongType("/holderAuthentStatus", "a string", $holderAuthentStatus));
      } else if (!FORMAT_ANS.test($holderAuthentStatus) || $holderAuthentStatus.length > 20) {
        issues.lenient(textFormatIssue("/holderAuthentStatus", $holderAuthentStatus, "ANS", 20));
      }
    }
    if ($tokenPan !== undefined) {
      if (typeof $tokenPan !== "string") {
        issues.error(wrongType("/tokenPan", "a string", $tokenPan));
      } else if (!FORMAT_ANS.test($tokenPan) || $tokenPan.length > 19) {
        issues.lenient(textFormatIssue("/tokenPan", $tokenPan, "ANS", 19));
      }
    }
    if ($transactionOrigin !== undefined) {
      if (typeof $transactionOrigin !== "string") {
        issues.error(wrongType("/transactionOrigin", "a string", $transactionOrigin));
      } else if (!FORMAT_ANS.test($transactionOrigin) || $transactionOrigin.length > 20) {
        issues.lenient(textFormatIssue("/transactionOrigin", $transactionOrigin, "ANS", 20));
      }
    }
    if ($paymentPattern !== undefined) {
      if (typeof $paymentPattern !== "string") {
        issues.error(wrongType("/paymentPattern", "a string", $paymentPattern));
      } else if (!FORMAT_ANS.test($paymentPattern) || $paymentPattern.length > 20) {
        issues.lenient(textFormatIssue("/paymentPattern", $paymentPattern, "ANS", 20));
      }
    }
    if ($returnContext !== undefined) {
      if (typeof $returnContext !== "string") {
        issues.error(wrongType("/returnContext", "a string", $returnContext));
      } else if (!FORMAT_ANSU.test($returnContext) || $returnContext.length > 255) {
        issues.lenient(textFormatIssue("/returnContext", $returnContext, "ANSU", 255));
      }
    }
    if ($orderId !== undefined) {
      if (typeof $orderId !== "string") {
        issues.error(wrongType("/orderId", "a string", $orderId));
      } else if (!FORMAT_ANS.test($orderId) || $orderId.length > 32) {
        issues.lenient(textFormatIssue("/orderId", $orderId, "ANS", 32));
      }
    }
    const $paymentMeanBrandList = own(input.paymentMeanBrandList, INHERITED.paymentMeanBrandList);
    if ($paymentMeanBrandList !== undefined) {
      if (!Array.isArray($paymentMeanBrandList))
        issues.error(wrongType("/paymentMeanBrandList", "an array", $paymentMeanBrandList));
      else
        for (let i = 0; i < $paymentMeanBrandList.length; i++) {
          const item: unknown = $paymentMeanBrandList[i];
          if (item === undefined) issues.error(wrongType(`/paymentMeanBrandList/${i}`, "a string", item));
          else text(item, `/paymentMeanBrandList/${i}`, FORMAT_ANS, "ANS", 20, true, issues);
        }
    }
    const $instalmentData = own(input.instalmentData, INHERITED.instalmentData);
    if ($instalmentData !== undefined) {
      if (!isPlainObject($instalmentData)) issues.error(notAnObject("/instalmentData", $instalmentData));
      else checkInstalmentData($instalmentData, "/instalmentData", issues);
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
          if (hasOwn(input, key)) issues.lenient(unknownField(pointer("", key)));
      }
    }
    return issues.result(input);
  } catch {
    return failure(unreadable());
  }
}
