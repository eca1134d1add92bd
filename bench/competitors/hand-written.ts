// The floor: the same rules checked by hand, as tightly as one would write
// them for these messages, collecting the paths of every problem (no messages).
import {
  isRedirectionStatusCode,
  isSdkOperationName,
  isSealAlgorithm,
  isWalletResponseCode,
} from "../../generated/index.js";

type Fields = Record<string, unknown>;
const isObject = (v: unknown): v is Fields => typeof v === "object" && v !== null && !Array.isArray(v);
const VERSION = /^IR_MB_(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;
const DIGITS = /^[0-9]*$/;
const PRINTABLE = /^[\x20-\x7E]*$/;

function optionalString(o: Fields, key: string, errors: string[]): void {
  const v = o[key];
  if (v !== undefined && typeof v !== "string") errors.push(`/${key}`);
}

/** The same inside a list item; the path is written only for a problem. */
function optionalItemString(o: Fields, key: string, errors: string[], index: number): void {
  const v = o[key];
  if (v !== undefined && typeof v !== "string") errors.push(`/walletPaymentMeanDataList/${index}/${key}`);
}

function requiredString(o: Fields, key: string, errors: string[]): void {
  if (typeof o[key] !== "string") errors.push(`/${key}`);
}

const REQUEST = new Set([
  "interfaceVersion",
  "keyVersion",
  "merchantId",
  "sdkOperationName",
  "sdkVersion",
  "seal",
  "customerIpAddress",
  "intermediateServiceProviderId",
  "sealAlgorithm",
]);

export function handRequest(input: unknown): string[] {
  if (!isObject(input)) return [""];
  const errors: string[] = [];
  const iv = input["interfaceVersion"];
  const match = typeof iv === "string" ? VERSION.exec(iv) : null;
  if (!match) errors.push("/interfaceVersion");
  const kv = input["keyVersion"];
  if (typeof kv !== "number" || !Number.isInteger(kv) || kv < 0 || kv > 9_999_999_999) errors.push("/keyVersion");
  const mid = input["merchantId"];
  if (typeof mid !== "string" || mid.length > 15 || !DIGITS.test(mid)) errors.push("/merchantId");
  const op = input["sdkOperationName"];
  if (typeof op !== "string" || !isSdkOperationName(op)) errors.push("/sdkOperationName");
  requiredString(input, "sdkVersion", errors);
  requiredString(input, "seal", errors);
  optionalString(input, "customerIpAddress", errors);
  optionalString(input, "intermediateServiceProviderId", errors);
  const alg = input["sealAlgorithm"];
  if (alg !== undefined && !isSealAlgorithm(alg)) errors.push("/sealAlgorithm");
  if (match && Number(match[1]) * 10000 + Number(match[2]) < 20037) for (const key in input) errors.push(`/${key}`);
  for (const key in input) if (!REQUEST.has(key)) errors.push(`/${key}`);
  return errors;
}

const RESPONSE = new Set([
  "seal",
  "publicKeyValue",
  "redirectionStatusCode",
  "redirectionStatusMessage",
  "redirectionUrl",
  "redirectionVersion",
]);

export function handResponse(input: unknown): string[] {
  if (!isObject(input)) return [""];
  const errors: string[] = [];
  requiredString(input, "seal", errors);
  optionalString(input, "publicKeyValue", errors);
  const code = input["redirectionStatusCode"];
  if (code !== undefined && !isRedirectionStatusCode(code)) errors.push("/redirectionStatusCode");
  optionalString(input, "redirectionStatusMessage", errors);
  optionalString(input, "redirectionUrl", errors);
  optionalString(input, "redirectionVersion", errors);
  for (const key in input) if (!RESPONSE.has(key)) errors.push(`/${key}`);
  return errors;
}

const WALLET = new Set([
  "seal",
  "errorFieldName",
  "walletCreationDateTime",
  "walletLastActionDateTime",
  "walletPaymentMeanDataList",
  "walletResponseCode",
]);
const MEAN = new Set([
  "maskedPan",
  "panExpiryDate",
  "paymentMeanAlias",
  "paymentMeanBrand",
  "paymentMeanBrandCobadgedList",
  "paymentMeanId",
  "transactionActors",
]);

export function handWallet(input: unknown): string[] {
  if (!isObject(input)) return [""];
  const errors: string[] = [];
  requiredString(input, "seal", errors);
  optionalString(input, "errorFieldName", errors);
  optionalString(input, "walletCreationDateTime", errors);
  optionalString(input, "walletLastActionDateTime", errors);
  const code = input["walletResponseCode"];
  if (code !== undefined && !isWalletResponseCode(code)) errors.push("/walletResponseCode");
  const list = input["walletPaymentMeanDataList"];
  if (list !== undefined) {
    if (!Array.isArray(list)) errors.push("/walletPaymentMeanDataList");
    else
      for (let i = 0; i < list.length; i++) {
        const item: unknown = list[i];
        if (!isObject(item)) {
          errors.push(`/walletPaymentMeanDataList/${i}`);
          continue;
        }
        optionalItemString(item, "maskedPan", errors, i);
        optionalItemString(item, "paymentMeanAlias", errors, i);
        optionalItemString(item, "paymentMeanBrandCobadgedList", errors, i);
        optionalItemString(item, "paymentMeanId", errors, i);
        optionalItemString(item, "transactionActors", errors, i);
        const expiry = item["panExpiryDate"];
        if (expiry !== undefined && (typeof expiry !== "string" || expiry.length > 6 || !DIGITS.test(expiry)))
          errors.push(`/walletPaymentMeanDataList/${i}/panExpiryDate`);
        const brand = item["paymentMeanBrand"];
        if (brand !== undefined && (typeof brand !== "string" || brand.length > 20 || !PRINTABLE.test(brand)))
          errors.push(`/walletPaymentMeanDataList/${i}/paymentMeanBrand`);
        for (const key in item) if (!MEAN.has(key)) errors.push(`/walletPaymentMeanDataList/${i}/${key}`);
      }
  }
  for (const key in input) if (!WALLET.has(key)) errors.push(`/${key}`);
  return errors;
}
