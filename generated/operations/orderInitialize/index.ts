// Generated from spec/operations/in-app/orderInitialize.yaml by `npm run generate`. Do not edit.

// orderInitialize: Initialize a payment with Sogenactif In-App.

export * from "./types.js";
export * from "./validators.js";
export * from "./seal.js";
export * from "./descriptor.js";
