// Generated from spec/dictionary/fields.yaml, spec/operations/office/getWalletData.yaml by `npm run generate`. Do not edit.

// Sealing strings of the container types: their known fields in sealing order,
// the generic rule for a container that holds fields this package does not
// know. Called by the operations' sealing strings.

import { sealText } from "../runtime/seal.js";

/** The part of a sealing string a {@link S10TransactionReference} contributes: its fields sorted by name, flattened. */
export function sealS10TransactionReference(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return sealText(value);
  const fields = value as Record<string, unknown>;
  for (const key in fields) {
    switch (key) {
      case "s10TransactionId":
      case "s10TransactionIdDate":
        break;
      default:
        return sealText(value);
    }
  }
  return sealText(fields.s10TransactionId) + sealText(fields.s10TransactionIdDate);
}

/** The part of a sealing string a {@link WalletPaymentMeanData} contributes: its fields sorted by name, flattened. */
export function sealWalletPaymentMeanData(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return sealText(value);
  const fields = value as Record<string, unknown>;
  for (const key in fields) {
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
        return sealText(value);
    }
  }
  return (
    sealText(fields.maskedPan) +
    sealText(fields.panExpiryDate) +
    sealText(fields.paymentMeanAlias) +
    sealText(fields.paymentMeanBrand) +
    sealText(fields.paymentMeanBrandCobadgedList) +
    sealText(fields.paymentMeanData) +
    sealText(fields.paymentMeanId) +
    sealText(fields.transactionActors)
  );
}
