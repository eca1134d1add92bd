// The `Encode` of the Paypage POST interface: `Data` sent as base64 or
// base64url of its UTF-8 text, so that no character of a value needs escaping
// on the way. The seal covers the encoded text; decoding is strict, so that
// one sealed text can only ever mean one Data.

/** The encodings of `Data` the POST interface names in its `Encode` field. */
export type PaypageEncoding = "base64" | "base64url";

export const PAYPAGE_ENCODINGS: readonly PaypageEncoding[] = Object.freeze(["base64", "base64url"]);

export function isPaypageEncoding(value: unknown): value is PaypageEncoding {
  return value === "base64" || value === "base64url";
}

/** The encoding an `Encode` field names: none for an absent or empty field, null for one this package does not know (case is ignored). */
export function paypageEncodingOf(encode: string | undefined): PaypageEncoding | "none" | null {
  if (encode === undefined || encode === "") return "none";
  const lower = encode.toLowerCase();
  return isPaypageEncoding(lower) ? lower : null;
}

/** `Data` as sent: its text encoded as `encoding` (base64url without padding). */
export function encodePaypageData(text: string, encoding: PaypageEncoding | "none"): string {
  return encoding === "none" ? text : Buffer.from(text, "utf8").toString(encoding);
}

/** Canonical base64: groups of four, padding only at the end. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** base64url with or without its padding. */
const BASE64URL = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The text of `Data` as sent with `encoding`; null when it is not strictly that encoding of UTF-8 text. */
export function decodePaypageData(data: string, encoding: PaypageEncoding | "none"): string | null {
  if (encoding === "none") return data;
  if (!(encoding === "base64" ? BASE64 : BASE64URL).test(data)) return null;
  const bytes = Buffer.from(data, encoding);
  // Non-zero bits after the last character would decode like zero ones: such a text is not the encoding of these bytes.
  if (bytes.toString(encoding).replace(/=+$/, "") !== data.replace(/=+$/, "")) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
