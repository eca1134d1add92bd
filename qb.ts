import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { operations } from "./generated/index.js";
import { SIPS_KEYWORDS } from "./test/interop/sips-keywords.js";
const ajv = new Ajv2020({ allErrors: true, strict: true }); for (const k of SIPS_KEYWORDS) ajv.addKeyword(k);
const sch = (n: string) => ajv.compile(JSON.parse(readFileSync(`generated/schemas/${n}.schema.json`, "utf8")));
const req = { interfaceVersion: "IR_MB_2.55", keyVersion: 1, merchantId: "002001000000001", sdkOperationName: "CARDORDER", sdkVersion: "2.0.4", customerIpAddress: "192.0.2.10", seal: "0".repeat(64) };
const bad = { interfaceVersion: "IR_MB_2.30", keyVersion: "1", merchantId: "00200100000000X", sdkOperationName: "NOPE", extra: 1, seal: 5 };
const mean = (i: number) => ({ paymentMeanId: String(i), maskedPan: "4975##########03", panExpiryDate: "202812", paymentMeanBrand: "VISA", paymentMeanAlias: "card " + i });
const wallet = { walletResponseCode: "00", walletCreationDateTime: "2026-01-02T10:00:00+01:00", walletPaymentMeanDataList: Array.from({ length: 20 }, (_, i) => mean(i)), seal: "0".repeat(64) };
function time(label: string, fn: () => unknown) { for (let i = 0; i < 20000; i++) fn(); const n = 300000; const t = performance.now(); for (let i = 0; i < n; i++) fn(); console.log(label.padEnd(34), ((performance.now() - t) * 1e6 / n).toFixed(0), "ns"); }
const r = sch("paymentTokenInitialize.request"), w = sch("getWalletData.response");
const strict = { strict: true };
time("ours request valid", () => operations.paymentTokenInitialize.request.validate(req));
time("ajv  request valid", () => r(req));
time("ours request invalid", () => operations.paymentTokenInitialize.request.validate(bad));
time("ajv  request invalid", () => r(bad));
time("ours wallet valid (strict)", () => operations.getWalletData.response.validate(wallet, strict));
time("ajv  wallet valid", () => w(wallet));
