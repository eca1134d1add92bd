/** A character the spec cannot hold, where an editor shows it (1-based). */
export interface TextProblem {
  readonly kind: "bad-encoding" | "control-character";
  readonly line: number;
  readonly column: number;
  /** The offending bytes in hex ("e9 74"), or the character's code point ("U+0000"). */
  readonly detail: string;
}

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * A spec file's bytes as text. Invalid UTF-8 (a Latin-1 file, a truncated
 * character) would become U+FFFD silently, and a NUL or other control
 * character would reach the generated files (git then shows them as binary and
 * the review diff disappears): both are reported at their first occurrence.
 * The text returned alongside a problem is the lenient decoding, for locating
 * other things only.
 */
export function decodeSpecText(bytes: Uint8Array): { text: string; problem: TextProblem | undefined } {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = lenient.decode(bytes.subarray(0, offset));
    const detail = [...bytes.subarray(offset, offset + 4)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
    return {
      text: lenient.decode(bytes),
      problem: { kind: "bad-encoding", ...position(before, before.length), detail },
    };
  }
  // YAML allows tab, line feed and carriage return among the C0 controls; DEL is not printable either.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (!control) return { text, problem: undefined };
  const detail = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return { text, problem: { kind: "control-character", ...position(text, control.index), detail } };
}

function position(text: string, index: number): { line: number; column: number } {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
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
