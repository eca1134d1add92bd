// Generated from spec/dictionary/fields.yaml, spec/operations/office/getWalletData.yaml by `npm run generate`. Do not edit.

// Checks of the container types, called by the validators of every operation
// that has them. Not part of the public API: use the operations' validators.

import { pointer, textFormatIssue, unknownField, wrongType } from "../runtime/validation.js";
import type { CheckContext } from "../runtime/validation.js";

/** Checks the fields of a {@link S10TransactionReference} at `path` (a plain object already). */
export function checkS10TransactionReference(value: Record<string, unknown>, path: string, ctx: CheckContext): void {
  const $s10TransactionId = value.s10TransactionId;
  if ($s10TransactionId !== undefined) {
    if (typeof $s10TransactionId !== "string") {
      ctx.errors.push(wrongType(`${path}/s10TransactionId`, "a string", $s10TransactionId));
    }
  }

  const $s10TransactionIdDate = value.s10TransactionIdDate;
  if ($s10TransactionIdDate !== undefined) {
    if (typeof $s10TransactionIdDate !== "string") {
      ctx.errors.push(wrongType(`${path}/s10TransactionIdDate`, "a string", $s10TransactionIdDate));
    }
  }

  for (const key in value) {
    switch (key) {
      case "s10TransactionId":
      case "s10TransactionIdDate":
        break;
      default:
        ctx.lenient.push(unknownField(pointer(path, key)));
    }
  }
}

/** Checks the fields of a {@link WalletPaymentMeanData} at `path` (a plain object already). */
export function checkWalletPaymentMeanData(value: Record<string, unknown>, path: string, ctx: CheckContext): void {
  const $maskedPan = value.maskedPan;
  if ($maskedPan !== undefined) {
    if (typeof $maskedPan !== "string") {
      ctx.errors.push(wrongType(`${path}/maskedPan`, "a string", $maskedPan));
    }
  }

  const $panExpiryDate = value.panExpiryDate;
  if ($panExpiryDate !== undefined) {
    if (typeof $panExpiryDate !== "string") {
      ctx.errors.push(wrongType(`${path}/panExpiryDate`, "a string", $panExpiryDate));
    } else {
      const problem = textFormatIssue(`${path}/panExpiryDate`, $panExpiryDate, "N", 6);
      if (problem) ctx.lenient.push(problem);
    }
  }

  const $paymentMeanAlias = value.paymentMeanAlias;
  if ($paymentMeanAlias !== undefined) {
    if (typeof $paymentMeanAlias !== "string") {
      ctx.errors.push(wrongType(`${path}/paymentMeanAlias`, "a string", $paymentMeanAlias));
    }
  }

  const $paymentMeanBrand = value.paymentMeanBrand;
  if ($paymentMeanBrand !== undefined) {
    if (typeof $paymentMeanBrand !== "string") {
      ctx.errors.push(wrongType(`${path}/paymentMeanBrand`, "a string", $paymentMeanBrand));
    } else {
      const problem = textFormatIssue(`${path}/paymentMeanBrand`, $paymentMeanBrand, "ANS", 20);
      if (problem) ctx.lenient.push(problem);
    }
  }

  const $paymentMeanBrandCobadgedList = value.paymentMeanBrandCobadgedList;
  if ($paymentMeanBrandCobadgedList !== undefined) {
    if (typeof $paymentMeanBrandCobadgedList !== "string") {
      ctx.errors.push(wrongType(`${path}/paymentMeanBrandCobadgedList`, "a string", $paymentMeanBrandCobadgedList));
    }
  }

  const $paymentMeanData = value.paymentMeanData;
  if ($paymentMeanData !== undefined) {
    if (typeof $paymentMeanData !== "string") {
      ctx.errors.push(wrongType(`${path}/paymentMeanData`, "a string", $paymentMeanData));
    }
  }

  const $paymentMeanId = value.paymentMeanId;
  if ($paymentMeanId !== undefined) {
    if (typeof $paymentMeanId !== "string") {
      ctx.errors.push(wrongType(`${path}/paymentMeanId`, "a string", $paymentMeanId));
    }
  }

  const $transactionActors = value.transactionActors;
  if ($transactionActors !== undefined) {
    if (typeof $transactionActors !== "string") {
      ctx.errors.push(wrongType(`${path}/transactionActors`, "a string", $transactionActors));
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
        ctx.lenient.push(unknownField(pointer(path, key)));
    }
  }
}
