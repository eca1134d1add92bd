// Generated from spec/sips.yaml, spec/operations/office/getWalletData.yaml, spec/operations/in-app/orderInitialize.yaml, spec/operations/in-app/paymentTokenInitialize.yaml, spec/operations/in-app/walletInitialize.yaml by `npm run generate`. Do not edit.

// Types, validators and seal helpers of the Sips JSON operations, and the
// `operations` registry that generic tools iterate over.

import { getWalletData } from "./operations/getWalletData/descriptor.js";
import { orderInitialize } from "./operations/orderInitialize/descriptor.js";
import { paymentTokenInitialize } from "./operations/paymentTokenInitialize/descriptor.js";
import { walletInitialize } from "./operations/walletInitialize/descriptor.js";

export type { ValidateOptions, ValidationCode, ValidationIssue, ValidationResult } from "./runtime/validation.js";
export * from "./runtime/seal.js";
export * from "./runtime/descriptor.js";
export * from "./value-lists.js";
export * from "./containers/types.js";
export * from "./containers/descriptors.js";
export * from "./operations/getWalletData/index.js";
export * from "./operations/orderInitialize/index.js";
export * from "./operations/paymentTokenInitialize/index.js";
export * from "./operations/walletInitialize/index.js";

/** Every operation of the spec, by name. */
export const operations = {
  getWalletData,
  orderInitialize,
  paymentTokenInitialize,
  walletInitialize,
} as const;

export type OperationName = keyof typeof operations;
