// The plainest check of the same rules: a boolean and nothing else (no issue,
// no path), as one would write it by hand for one message. The floor the
// validators are held to on a valid message (within 1.5x).
import { isRedirectionStatusCode, isSdkOperationName, isSealAlgorithm } from "../../generated/value-lists.js";

const VERSION = /^IR_MB_(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;
const DIGITS = /^[0-9]*$/;

const optionalString = (v: unknown): boolean => v === undefined || typeof v === "string";

export function isRequest(input: unknown): boolean {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return false;
  const o = input as Record<string, unknown>;
  const iv = o["interfaceVersion"];
  const match = typeof iv === "string" ? VERSION.exec(iv) : null;
  if (match === null || Number(match[1]) * 10000 + Number(match[2]) < 20037) return false;
  const kv = o["keyVersion"];
  if (typeof kv !== "number" || !Number.isInteger(kv) || kv < 0 || kv >= 1e10) return false;
  const mid = o["merchantId"];
  if (typeof mid !== "string" || mid.length > 15 || !DIGITS.test(mid)) return false;
  if (!isSdkOperationName(o["sdkOperationName"])) return false;
  if (typeof o["sdkVersion"] !== "string" || typeof o["seal"] !== "string") return false;
  if (!optionalString(o["customerIpAddress"]) || !optionalString(o["intermediateServiceProviderId"])) return false;
  const alg = o["sealAlgorithm"];
  if (alg !== undefined && !isSealAlgorithm(alg)) return false;
  for (const key in o) {
    switch (key) {
      case "interfaceVersion":
      case "keyVersion":
      case "merchantId":
      case "sdkOperationName":
      case "sdkVersion":
      case "seal":
      case "customerIpAddress":
      case "intermediateServiceProviderId":
      case "sealAlgorithm":
        break;
      default:
        return false;
    }
  }
  return true;
}

export function isResponse(input: unknown): boolean {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return false;
  const o = input as Record<string, unknown>;
  if (typeof o["seal"] !== "string") return false;
  const code = o["redirectionStatusCode"];
  if (code !== undefined && !isRedirectionStatusCode(code)) return false;
  if (!optionalString(o["publicKeyValue"]) || !optionalString(o["redirectionStatusMessage"])) return false;
  if (!optionalString(o["redirectionUrl"]) || !optionalString(o["redirectionVersion"])) return false;
  for (const key in o) {
    switch (key) {
      case "seal":
      case "publicKeyValue":
      case "redirectionStatusCode":
      case "redirectionStatusMessage":
      case "redirectionUrl":
      case "redirectionVersion":
        break;
      default:
        return false;
    }
  }
  return true;
}
