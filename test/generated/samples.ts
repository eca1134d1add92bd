// Messages used by the tests of the generated code. The credentials are the
// public Sips simulation shop's (merchant 002001000000001, key version 1).
import type { PaymentTokenInitializeRequest, PaymentTokenInitializeResponse } from "../../generated/index.js";

export const SECRET_KEY = "002001000000001_KEY1";

export const unsealedRequest = (): Omit<PaymentTokenInitializeRequest, "seal"> => ({
  interfaceVersion: "IR_MB_2.55",
  keyVersion: 1,
  merchantId: "002001000000001",
  sdkOperationName: "CARDORDER",
  sdkVersion: "2.0.4",
  customerIpAddress: "192.0.2.10",
});

export const validRequest = (): PaymentTokenInitializeRequest => ({
  ...unsealedRequest(),
  seal: "0".repeat(64),
});

export const validResponse = (): PaymentTokenInitializeResponse => ({
  redirectionStatusCode: "00",
  redirectionStatusMessage: "Transaction initialized",
  redirectionUrl: "https://office-server-sogenactif.test.sips-services.com/next",
  redirectionVersion: "IR_MB_2.55",
  publicKeyValue: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
  seal: "0".repeat(64),
});
