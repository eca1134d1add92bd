// Generated from spec/sips.yaml, spec/operations/in-app/paymentTokenInitialize.yaml by `npm run generate`. Do not edit.

// Types, validators and seal helpers of the Sips JSON operations, and the
// `operations` registry that generic tools iterate over.

import { paymentTokenInitialize } from "./operations/paymentTokenInitialize/descriptor.js";

export * from "./runtime/validation.js";
export * from "./runtime/seal.js";
export type * from "./runtime/descriptor.js";
export * from "./value-lists.js";
export * from "./operations/paymentTokenInitialize/index.js";

/** Every operation of the spec, by name. */
export const operations = {
  paymentTokenInitialize,
} as const;

export type OperationName = keyof typeof operations;
