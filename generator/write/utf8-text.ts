import { isAscii } from "node:buffer";

/**
 * Bytes as UTF-8 text. The files read whole on every run (the stat record,
 * some megabytes; the manifest) are ASCII, which reads the same as Latin-1:
 * Node decodes that an order of magnitude faster than UTF-8.
 */
export const utf8Text = (bytes: Buffer): string => bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
