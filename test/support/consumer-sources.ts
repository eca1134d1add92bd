// What the consumer project of the packed package compiles and runs
// (test/package/consumer-types.test.ts): an ES module that validates, seals,
// verifies, calls the client against the mock and reads every subpath, and a
// CommonJS file that requires them.

// The project has no @types/node: the two Node globals it uses are declared here,
// which also shows that the package's declarations need nothing from @types/node.
export const consumer = `
declare const console: { log(message: string): void };
declare global {
  interface ImportMeta {
    resolve(specifier: string): string;
  }
}

import { operations, fieldsAllowedIn, SdkOperationName, type PaymentTokenInitializeRequest, type ValidationResult } from "sips-json";
import { validatePaymentTokenInitializeResponse, type PaymentTokenInitializeResponse } from "sips-json/paymentTokenInitialize";
import { validateGetWalletDataResponse } from "sips-json/getWalletData";
import { createClient } from "sips-json";
import { startMockServer } from "sips-json/mock";
import { decodePaypageResponse, isPaypageResponseGenuine, paypagePostForm, type PaypageResponse, type SecretKeys } from "sips-json/paypage";

const secretKey = "002001000000001_KEY1";
const { request, response } = operations.paymentTokenInitialize;
const unsealed = {
  interfaceVersion: "IR_MB_2.55",
  keyVersion: 1,
  merchantId: "002001000000001",
  sdkOperationName: SdkOperationName.CARDORDER,
  sdkVersion: "2.0.4",
} as const;
const message: PaymentTokenInitializeRequest = { ...unsealed, seal: request.seal(unsealed, secretKey) };
const reply: PaymentTokenInitializeResponse = { redirectionStatusCode: "00", seal: "" };
reply.seal = response.seal(reply, secretKey);
const checked: ValidationResult<PaymentTokenInitializeResponse> = validatePaymentTokenInitializeResponse(JSON.parse(JSON.stringify(reply)));
// A handler typed by its operation: the request's fields, the reply's.
const mock = await startMockServer({
  secretKey,
  handlers: { paymentTokenInitialize: (request) => ({ redirectionStatusCode: request.sdkVersion === "2.0.4" ? "00" : "94" }) },
});
const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
const called = await sips.paymentTokenInitialize({ sdkOperationName: SdkOperationName.CARDORDER, sdkVersion: "2.0.4" });
const refused = await createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey: "wrong" }).paymentTokenInitialize({ sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" });
await mock.close();
// A change of keys: the mock holds a key per keyVersion, the shop the keys it holds, newest first.
const rotating = await startMockServer({ secretKey: { 1: "old-key", 2: secretKey } });
const onOldKey = await createClient({ environment: rotating.url, merchantId: "002001000000001", keyVersion: 1, secretKey: "old-key" }).paymentTokenInitialize({ sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" });
await rotating.close();
const held: SecretKeys = [secretKey, "old-key"] as const;
const oldForm = paypagePostForm({ amount: 1, currencyCode: "978" }, { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: "old-key" });
const postForm = paypagePostForm({ amount: 1, currencyCode: "978" }, { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey });
const decoded = decodePaypageResponse("Data=responseCode%3D00", secretKey, { environment: "simu" });
const paid: PaypageResponse | null = decoded.ok ? decoded.response : null;
const nested = validateGetWalletDataResponse({ seal: "x", walletPaymentMeanDataList: [{ panExpiryDate: "2030-01" }] }, { strict: true });

console.log(JSON.stringify({
  requestValid: request.validate(message).ok,
  requestVerified: request.verify(message, secretKey),
  tamperedVerified: request.verify({ ...message, merchantId: "002001000000002" }, secretKey),
  responseValid: checked.ok,
  responseVerified: checked.ok && response.verify(checked.value, secretKey),
  nestedErrors: nested.ok ? [] : nested.errors.map((e) => e.path + " " + e.code),
  // Below the lowest version a request may declare: a TypeError, not a list.
  allowedIn230: (() => {
    try {
      return fieldsAllowedIn(request, "IR_MB_2.30").length;
    } catch (e) {
      return e instanceof TypeError ? "refused" : "other";
    }
  })(),
  allowedIn237: fieldsAllowedIn(request, "IR_MB_2.37").includes("merchantId"),
  clientOk: called.ok && called.response.redirectionStatusCode === "00",
  refusedKind: refused.ok ? null : refused.error.kind,
  schema: import.meta.resolve("sips-json/schemas/paymentTokenInitialize.request.schema.json").endsWith(".schema.json"),
  postFormAction: postForm.ok ? postForm.form.action.startsWith("https://") : postForm.error.message,
  unsealedKind: decoded.ok ? paid : decoded.error.kind,
  oldKeyClientOk: onOldKey.ok,
  oldKeyGenuine: oldForm.ok && isPaypageResponseGenuine(oldForm.form.fields.map((f) => [f.name, f.value]), held),
}));
`;

// A CommonJS project's file: `import … = require(…)` is how a .cts requires under verbatimModuleSyntax, and
// Node (20.19+) loads the ES modules it requires. Its types resolve under module nodenext from TypeScript 5.8.
export const commonJsConsumer = `
declare const console: { log(message: string): void };
import sips = require("sips-json");
import paymentTokenInitialize = require("sips-json/paymentTokenInitialize");
import mock = require("sips-json/mock");
import paypage = require("sips-json/paypage");

const secretKey = "002001000000001_KEY1";
const { request } = sips.operations.paymentTokenInitialize;
const unsealed = {
  interfaceVersion: "IR_MB_2.55",
  keyVersion: 1,
  merchantId: "002001000000001",
  sdkOperationName: sips.SdkOperationName.CARDORDER,
  sdkVersion: "2.0.4",
} as const;
const message: sips.PaymentTokenInitializeRequest = { ...unsealed, seal: request.seal(unsealed, secretKey) };
const checked = paymentTokenInitialize.validatePaymentTokenInitializeRequest(message);
console.log(JSON.stringify({
  requestValid: checked.ok,
  requestVerified: request.verify(message, secretKey),
  mock: typeof mock.startMockServer,
  paypage: typeof paypage.decodePaypageResponse,
}));
`;
