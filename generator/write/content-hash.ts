import * as crypto from "node:crypto";

/**
 * SHA-256 in hex, of a text as UTF-8 or of bytes: the same value for a text
 * and the file it is written to. The one-shot `crypto.hash` (Node 20.12+)
 * spares the Hash object that `createHash` makes for each of thousands of files.
 */
export const sha256 = (data: string | Uint8Array): string =>
  typeof crypto.hash === "function"
    ? crypto.hash("sha256", data, "hex")
    : crypto.createHash("sha256").update(data).digest("hex");
