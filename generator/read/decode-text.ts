/** A character the spec cannot hold, where an editor shows it (1-based). */
export interface TextProblem {
  /** "utf-16": the whole file is UTF-16 text, reported at its start; "cr-line-end": a line ended by a CR alone. */
  readonly kind: "bad-encoding" | "utf-16" | "control-character" | "cr-line-end";
  readonly line: number;
  readonly column: number;
  /** The offending bytes in hex ("e9 74"; a UTF-16 file's first four), or the character's code point ("U+0000", "U+000D"). */
  readonly detail: string;
}

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");
const utf16le = new TextDecoder("utf-16le");

/**
 * A spec file's bytes as text. Invalid UTF-8 (a Latin-1 file, a truncated
 * character) would become U+FFFD silently, and a NUL or other control
 * character would reach the generated files (git then shows them as binary and
 * the review diff disappears): both are reported at their first occurrence,
 * as is a line ended by a carriage return alone, and a UTF-16 file at its
 * start. The text returned alongside a problem is the lenient decoding (a
 * UTF-16 file's as UTF-16), for locating other things only. A UTF-8 byte order
 * mark is left out, as the decoder does by default: line 1's columns count
 * from the character after it, as editors show them.
 */
export function decodeSpecText(bytes: Uint8Array): { text: string; problem: TextProblem | undefined } {
  // Its ASCII characters are valid UTF-8 with a NUL beside each: told as a control character, the file would be "fixed" by hand.
  const sniffed = utf16Order(bytes);
  if (sniffed !== undefined) {
    const utf16 = utf16Text(bytes, sniffed.order);
    if (sniffed.marked || readsAsUtf16(utf16))
      return { text: utf16, problem: { kind: "utf-16", line: 1, column: 1, detail: hex(bytes, 0) } };
  }
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = lenient.decode(bytes.subarray(0, offset));
    return {
      text: lenient.decode(bytes),
      problem: { kind: "bad-encoding", ...position(before, before.length), detail: hex(bytes, offset) },
    };
  }
  // YAML allows tab, line feed and carriage return among the C0 controls; DEL is not printable either.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  // A carriage return alone ends a line for editors (classic Mac OS saved text so) but not for the YAML reader,
  // which reads such a file as one line: a comment, or a key whose value runs to the end.
  const loneCr = text.includes("\r") ? /\r(?!\n)/.exec(text) : null;
  if (loneCr && (!control || loneCr.index < control.index))
    return { text, problem: { kind: "cr-line-end", ...position(text, loneCr.index), detail: "U+000D" } };
  if (!control) return { text, problem: undefined };
  const detail = codePointName(control[0].charCodeAt(0));
  return { text, problem: { kind: "control-character", ...position(text, control.index), detail } };
}

/** A code point as Unicode names it in a message: "U+" and at least four upper-case hex digits. */
export const codePointName = (codePoint: number): string =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;

const hex = (bytes: Uint8Array, offset: number): string =>
  [...bytes.subarray(offset, offset + 4)].map((b) => b.toString(16).padStart(2, "0")).join(" ");

/**
 * The byte order of UTF-16 text (what Windows editors call "Unicode"): from
 * its byte order mark (FF FE or FE FF), or, without one, from the zero byte
 * beside each of its first two characters, as ASCII text in UTF-16 has and
 * UTF-8 text never but as control characters (which readsAsUtf16 tells
 * apart). Undefined for other bytes.
 */
function utf16Order(bytes: Uint8Array): { order: "le" | "be"; marked: boolean } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return { order: "le", marked: true };
  if (a === 0xfe && b === 0xff) return { order: "be", marked: true };
  if (d === undefined) return undefined;
  if (a !== 0 && b === 0 && c !== 0 && d === 0) return { order: "le", marked: false };
  if (a === 0 && b !== 0 && c === 0 && d !== 0) return { order: "be", marked: false };
  return undefined;
}

/**
 * Whether bytes without a byte order mark, decoded as UTF-16 (`text`, an odd
 * last byte left out), are that: text whose characters came whole (no lone
 * surrogate, no control character but tab and line ends), at least half of
 * them ASCII, as a spec's keys and indents are. A last byte alone (a file cut
 * short, or a line end a tool added as UTF-8) leaves the rest UTF-16 all the
 * same, which the maintainer is to save as UTF-8, not a NUL at 1:2 to remove.
 * UTF-8 text with NULs between its first characters is not: its ASCII pairs
 * decode as characters from U+2020 up, and it is told as the control
 * characters it holds.
 */
function readsAsUtf16(text: string): boolean {
  if (text.includes("\uFFFD")) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return false;
  let ascii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x80) ascii++;
  return ascii * 2 >= text.length;
}

/**
 * UTF-16 text decoded as such, its byte order mark and an odd last byte left out: what is read from it to
 * locate other things (a dictionary's names).
 */
function utf16Text(bytes: Uint8Array, order: "le" | "be"): string {
  let little = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (order === "be") {
    little = new Uint8Array(little.length);
    for (let i = 0; i < little.length; i += 2) {
      little[i] = bytes[i + 1] ?? 0;
      little[i + 1] = bytes[i] ?? 0;
    }
  }
  return utf16le.decode(little);
}

/** Where `index` is as an editor shows it: CRLF, LF and a CR alone each end a line. */
function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = 1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
  const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  return { line, column: index - lineStart + 1 };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // Second-byte ranges that exclude overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    const [low, high] =
      b === 0xe0
        ? [0xa0, 0xbf]
        : b === 0xed
          ? [0x80, 0x9f]
          : b === 0xf0
            ? [0x90, 0xbf]
            : b === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}
