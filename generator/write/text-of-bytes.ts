import { isAscii } from "node:buffer";

/**
 * A file's bytes as UTF-8 text. The stat record and the manifest, read whole
 * on every run (megabytes), are nearly always ASCII, whose bytes are its
 * characters: copied as they are, rather than decoded.
 */
export function textOfBytes(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}
