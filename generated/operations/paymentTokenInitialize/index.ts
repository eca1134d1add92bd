// Generated from spec/operations/in-app/paymentTokenInitialize.yaml by `npm run generate`. Do not edit.

// paymentTokenInitialize: Initialize a payment token generation kinematic with “Sogenactif In-App”.

export * from "./types.js";
export * from "./validators.js";
export * from "./seal.js";
export * from "./descriptor.js";
