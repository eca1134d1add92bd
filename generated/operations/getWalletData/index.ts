// Generated from spec/operations/office/getWalletData.yaml by `npm run generate`. Do not edit.

// getWalletData: Read the content of a buyer's wallet (Sogenactif Office Serveur, wallet functions).

export * from "./types.js";
export * from "./validators.js";
export * from "./seal.js";
export * from "./descriptor.js";
