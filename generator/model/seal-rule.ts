import { createHash, createHmac } from "node:crypto";
import type { SealAlgorithmModel } from "./ir.js";
import type { JsonValue } from "./json-value.js";

// The Sips seal rule in its plainest form: the generator seals its own
// examples with it, and the tests hold the generated fast paths against it.

/** One value's contribution: text as is, numbers and booleans as JSON writes them, lists in order, containers sorted by name. */
export function sealText(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(sealText).join("");
  if (typeof value === "object")
    return Object.keys(value)
      .sort()
      .map((key) => sealText(value[key]))
      .join("");
  return String(value);
}

/** The sealing string of a message: its fields but the excluded ones, by name in code-point order. */
export function sealingString(message: { readonly [key: string]: JsonValue }, exclude: readonly string[]): string {
  return Object.keys(message)
    .filter((key) => !exclude.includes(key))
    .sort()
    .map((key) => sealText(message[key]))
    .join("");
}

/** The seal of a sealing string (lower-case hex; both texts as UTF-8). */
export function computeSeal(text: string, secretKey: string, algorithm: SealAlgorithmModel): string {
  if (algorithm.kind === "hmac") return createHmac(algorithm.hash, secretKey).update(text, "utf8").digest("hex");
  return createHash(algorithm.hash).update(text, "utf8").update(secretKey, "utf8").digest("hex");
}
