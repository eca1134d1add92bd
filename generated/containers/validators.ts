// Generated from spec/dictionary/fields.yaml, spec/operations/office/getWalletData.yaml by `npm run generate`. Do not edit.

// Checks of the container types, called by the validators of every operation
// that has them. Not part of the public API: use the operations' validators.

import { FORMAT_ANS, FORMAT_N, textFormatIssue } from "../runtime/formats.js";
import { at, pointer, unknownField, wrongType } from "../runtime/validation.js";
import type { CheckContext, Found, ValidationIssue } from "../runtime/validation.js";

/** Checks the fields of a {@link S10TransactionReference} (a plain object already) at `path`, item `index` of a list or -1. */
export function checkS10TransactionReference(
  value: Record<string, unknown>,
  path: string,
  index: number,
  ctx: CheckContext,
): Found | undefined {
  let errors: ValidationIssue[] | undefined;
  let warnings: ValidationIssue[] | undefined;
  const { lenientIsError } = ctx;

  const $s10TransactionId = value.s10TransactionId;
  if ($s10TransactionId !== undefined) {
    if (typeof $s10TransactionId !== "string") {
      (errors ??= []).push(wrongType(`${at(path, index)}/s10TransactionId`, "a string", $s10TransactionId));
    }
  }

  const $s10TransactionIdDate = value.s10TransactionIdDate;
  if ($s10TransactionIdDate !== undefined) {
    if (typeof $s10TransactionIdDate !== "string") {
      (errors ??= []).push(wrongType(`${at(path, index)}/s10TransactionIdDate`, "a string", $s10TransactionIdDate));
    }
  }

  for (const key in value) {
    switch (key) {
      case "s10TransactionId":
      case "s10TransactionIdDate":
        break;
      default:
        (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(unknownField(pointer(at(path, index), key)));
    }
  }
  return errors || warnings ? { errors, warnings } : undefined;
}

/** Checks the fields of a {@link WalletPaymentMeanData} (a plain object already) at `path`, item `index` of a list or -1. */
export function checkWalletPaymentMeanData(
  value: Record<string, unknown>,
  path: string,
  index: number,
  ctx: CheckContext,
): Found | undefined {
  let errors: ValidationIssue[] | undefined;
  let warnings: ValidationIssue[] | undefined;
  const { lenientIsError } = ctx;

  const $maskedPan = value.maskedPan;
  if ($maskedPan !== undefined) {
    if (typeof $maskedPan !== "string") {
      (errors ??= []).push(wrongType(`${at(path, index)}/maskedPan`, "a string", $maskedPan));
    }
  }

  const $panExpiryDate = value.panExpiryDate;
  if ($panExpiryDate !== undefined) {
    if (typeof $panExpiryDate !== "string") {
      (errors ??= []).push(wrongType(`${at(path, index)}/panExpiryDate`, "a string", $panExpiryDate));
    } else if (!FORMAT_N.test($panExpiryDate) || $panExpiryDate.length > 6) {
      const problem = textFormatIssue(`${at(path, index)}/panExpiryDate`, $panExpiryDate, "N", 6);
      if (problem) (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(problem);
    }
  }

  const $paymentMeanAlias = value.paymentMeanAlias;
  if ($paymentMeanAlias !== undefined) {
    if (typeof $paymentMeanAlias !== "string") {
      (errors ??= []).push(wrongType(`${at(path, index)}/paymentMeanAlias`, "a string", $paymentMeanAlias));
    }
  }

  const $paymentMeanBrand = value.paymentMeanBrand;
  if ($paymentMeanBrand !== undefined) {
    if (typeof $paymentMeanBrand !== "string") {
      (errors ??= []).push(wrongType(`${at(path, index)}/paymentMeanBrand`, "a string", $paymentMeanBrand));
    } else if (!FORMAT_ANS.test($paymentMeanBrand) || $paymentMeanBrand.length > 20) {
      const problem = textFormatIssue(`${at(path, index)}/paymentMeanBrand`, $paymentMeanBrand, "ANS", 20);
      if (problem) (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(problem);
    }
  }

  const $paymentMeanBrandCobadgedList = value.paymentMeanBrandCobadgedList;
  if ($paymentMeanBrandCobadgedList !== undefined) {
    if (typeof $paymentMeanBrandCobadgedList !== "string") {
      (errors ??= []).push(
        wrongType(`${at(path, index)}/paymentMeanBrandCobadgedList`, "a string", $paymentMeanBrandCobadgedList),
      );
    }
  }

  const $paymentMeanData = value.paymentMeanData;
  if ($paymentMeanData !== undefined) {
    if (typeof $paymentMeanData !== "string") {
      (errors ??= []).push(wrongType(`${at(path, index)}/paymentMeanData`, "a string", $paymentMeanData));
    }
  }

  const $paymentMeanId = value.paymentMeanId;
  if ($paymentMeanId !== undefined) {
    if (typeof $paymentMeanId !== "string") {
      (errors ??= []).push(wrongType(`${at(path, index)}/paymentMeanId`, "a string", $paymentMeanId));
    }
  }

  const $transactionActors = value.transactionActors;
  if ($transactionActors !== undefined) {
    if (typeof $transactionActors !== "string") {
      (errors ??= []).push(wrongType(`${at(path, index)}/transactionActors`, "a string", $transactionActors));
    }
  }

  for (const key in value) {
    switch (key) {
      case "maskedPan":
      case "panExpiryDate":
      case "paymentMeanAlias":
      case "paymentMeanBrand":
      case "paymentMeanBrandCobadgedList":
      case "paymentMeanData":
      case "paymentMeanId":
      case "transactionActors":
        break;
      default:
        (lenientIsError ? (errors ??= []) : (warnings ??= [])).push(unknownField(pointer(at(path, index), key)));
    }
  }
  return errors || warnings ? { errors, warnings } : undefined;
}
