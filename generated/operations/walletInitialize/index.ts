// Generated from spec/operations/in-app/walletInitialize.yaml by `npm run generate`. Do not edit.

// walletInitialize: Initialize a wallet operation with Sogenactif In-App.

export * from "./types.js";
export * from "./validators.js";
export * from "./seal.js";
export * from "./descriptor.js";
