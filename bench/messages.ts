// The messages the benchmarks validate and seal: the same for every competitor.
import type {
  GetWalletDataResponse,
  PaymentTokenInitializeRequest,
  PaymentTokenInitializeResponse,
  WalletPaymentMeanData,
} from "../generated/index.js";

export const requestValid: PaymentTokenInitializeRequest = {
  interfaceVersion: "IR_MB_2.55",
  keyVersion: 1,
  merchantId: "002001000000001",
  sdkOperationName: "CARDORDER",
  sdkVersion: "2.0.4",
  customerIpAddress: "192.0.2.10",
  sealAlgorithm: "HMAC-SHA-256",
  seal: "928792d9ae4bf70b071225f6d7c10c040eb8e0dbde5611251a1005236900e450",
};

/** Five problems: a wrong type, a format, a value outside its list, an unknown field, a missing field. */
export const requestInvalid: Record<string, unknown> = {
  interfaceVersion: "IR_MB_2.55",
  keyVersion: "1",
  merchantId: "00200100000000X",
  sdkOperationName: "CARD_ORDER",
  amount: 1000,
  seal: "928792d9ae4bf70b071225f6d7c10c040eb8e0dbde5611251a1005236900e450",
};

export const responseValid: PaymentTokenInitializeResponse = {
  redirectionStatusCode: "00",
  redirectionStatusMessage: "Transaction initialized",
  redirectionUrl: "https://office-server-sogenactif.test.sips-services.com/rs-services/v2/sdk/next",
  redirectionVersion: "IR_MB_2.55",
  publicKeyValue: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
  seal: "4b9d7ee4dd1e1b5b3a6f4fbcb35cbd2c8f0b8ad8bd0c52c22edc18a7f20b94e1",
};

/** Four problems: wrong types, a code outside its list, an unknown field. */
export const responseInvalid: Record<string, unknown> = {
  redirectionStatusCode: "42",
  redirectionStatusMessage: 7,
  redirectionUrl: null,
  newField: "x",
  seal: 1,
};

const mean = (i: number): WalletPaymentMeanData => ({
  paymentMeanId: String(1000 + i),
  maskedPan: "4975##########03",
  panExpiryDate: `2028${String((i % 12) + 1).padStart(2, "0")}`,
  paymentMeanAlias: `card ${i}`,
  paymentMeanBrand: "VISA",
  // Seven text fields each, as when paymentMeanData was one (the spec no longer holds it): the same work per item.
  paymentMeanBrandCobadgedList: "data",
  transactionActors: "actor",
});

/** The largest message: a wallet of 50 payment means (a list of containers). */
export const walletLarge: GetWalletDataResponse = {
  walletResponseCode: "00",
  walletCreationDateTime: "2026-01-02T10:00:00+01:00",
  walletLastActionDateTime: "2026-11-02T10:00:00+01:00",
  walletPaymentMeanDataList: Array.from({ length: 50 }, (_, i) => mean(i)),
  seal: "0".repeat(64),
};
