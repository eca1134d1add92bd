// Paypage response forms for tests, sealed here with node:crypto directly (not
// with the runtime under test): Data as given, encoded if asked, and its seal
// by the POST interface's rule.
import { createHash, createHmac } from "node:crypto";

/** A shop's own key (not the public test key, which a decoder takes only where the payment is not production's). */
export const TEST_KEY = "shop-secret-key-0123456789";

export type Algorithm = "SHA-256" | "HMAC-SHA-256" | "HMAC-SHA-512";

/** The POST interface's seal: HMAC of Data with the key, or SHA-256 of Data followed by the key; lower-case hex. */
export function postSeal(data: string, key: string, algorithm: Algorithm): string {
  if (algorithm === "SHA-256") return createHash("sha256").update(`${data}${key}`, "utf8").digest("hex");
  return createHmac(algorithm === "HMAC-SHA-256" ? "sha256" : "sha512", key)
    .update(data, "utf8")
    .digest("hex");
}

export interface SealedOptions {
  readonly key?: string;
  /** Sealed with it and named in SealAlgorithm; SHA-256 and no SealAlgorithm field by default. */
  readonly algorithm?: Algorithm;
  /** Also name it when it is SHA-256. */
  readonly nameAlgorithm?: boolean;
  readonly encode?: "base64" | "base64url";
}

/** A response form whose Data is `text` (encoded as asked), correctly sealed. */
export function sealedForm(text: string, options: SealedOptions = {}): Record<string, string> {
  const { key = TEST_KEY, algorithm = "SHA-256", encode } = options;
  const data = encode ? Buffer.from(text, "utf8").toString(encode) : text;
  const form: Record<string, string> = { Data: data, Seal: postSeal(data, key, algorithm), InterfaceVersion: "HP_2.0" };
  if (algorithm !== "SHA-256" || options.nameAlgorithm) form["SealAlgorithm"] = algorithm;
  if (encode) form["Encode"] = encode;
  return form;
}

/** The minimal valid response of the test message, as Data pairs. */
export const MINIMAL_RESPONSE =
  "currencyCode=978|merchantId=002001000000001|responseCode=00|transactionReference=ref1|keyVersion=1|amount=1000";
