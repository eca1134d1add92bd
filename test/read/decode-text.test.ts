// Spec files are UTF-8 text without control characters; the first bad byte is
// reported where an editor shows it, never replaced silently.
import { expect, test } from "vitest";
import { decodeSpecText, firstInvalidByte } from "../../generator/read/decode-text.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

test.each([
  { about: "valid text of 1 to 4 bytes per character", given: bytes("a: é ✓ 𝄞\n"), want: undefined },
  { about: "tabs and CRLF", given: bytes("a: b\n\tc: d\r\n"), want: undefined },
  {
    about: "a Latin-1 è",
    given: bytes("a: b\nsummary: Syst", [0xe8], "me\n"),
    want: { kind: "bad-encoding", line: 2, column: 14, detail: "e8 6d 65 0a" },
  },
  {
    about: "a truncated character at the end",
    given: bytes("é", [0xc3]),
    want: { kind: "bad-encoding", line: 1, column: 2, detail: "c3" },
  },
  {
    about: "an overlong encoding",
    given: bytes("x: ", [0xc0, 0xaf]),
    want: { kind: "bad-encoding", line: 1, column: 4, detail: "c0 af" },
  },
  {
    about: "an encoded surrogate",
    given: bytes("x: ", [0xed, 0xa0, 0x80]),
    want: { kind: "bad-encoding", line: 1, column: 4, detail: "ed a0 80" },
  },
  {
    about: "a code point past U+10FFFF",
    given: bytes("x: ", [0xf4, 0x90, 0x80, 0x80]),
    want: { kind: "bad-encoding", line: 1, column: 4, detail: "f4 90 80 80" },
  },
  {
    about: "a NUL byte",
    given: bytes("a: b\nc: ✓d\u0000e\n"),
    want: { kind: "control-character", line: 2, column: 6, detail: "U+0000" },
  },
  {
    about: "an escape character",
    given: bytes("a: \u001b[31m\n"),
    want: { kind: "control-character", line: 1, column: 4, detail: "U+001B" },
  },
  {
    about: "DEL",
    given: bytes("a: \u007f\n"),
    want: { kind: "control-character", line: 1, column: 4, detail: "U+007F" },
  },
  {
    // Told as U+0000 to remove, the NUL beside each of its characters.
    about: "UTF-16 without a byte order mark",
    given: Buffer.from("a: b\n", "utf16le"),
    want: { kind: "utf-16", line: 1, column: 1, detail: "61 00 3a 00" },
  },
  {
    about: "UTF-16 without a byte order mark, with accented letters",
    given: Buffer.from("a: é è à ç\n", "utf16le"),
    want: { kind: "utf-16", line: 1, column: 1, detail: "61 00 3a 00" },
  },
  {
    // Its last byte alone: the rest is UTF-16 all the same, to save as UTF-8, not a NUL at 1:2 to remove.
    about: "UTF-16 without a byte order mark, cut short by a byte",
    given: Buffer.from("a: b\n", "utf16le").subarray(0, -1),
    want: { kind: "utf-16", line: 1, column: 1, detail: "61 00 3a 00" },
  },
  {
    about: "UTF-16 without a byte order mark, a line end added as UTF-8",
    given: Buffer.concat([Buffer.from("a: b\n", "utf16le"), Buffer.from("\n")]),
    want: { kind: "utf-16", line: 1, column: 1, detail: "61 00 3a 00" },
  },
  {
    about: "big-endian UTF-16 cut short by a byte",
    given: Buffer.from("a: b\n", "utf16le").swap16().subarray(0, -1),
    want: { kind: "utf-16", line: 1, column: 1, detail: "00 61 00 3a" },
  },
  {
    // As UTF-16 its ASCII pairs would be characters from U+2020 up: the NULs are what it holds.
    about: "UTF-8 text with NULs between its first characters (an even count of bytes)",
    given: bytes("a\u0000b\u0000: the rest is text.\n"),
    want: { kind: "control-character", line: 1, column: 2, detail: "U+0000" },
  },
  {
    about: "UTF-8 text with NULs between its first characters (an odd count of bytes)",
    given: bytes("a\u0000b\u0000: text\n"),
    want: { kind: "control-character", line: 1, column: 2, detail: "U+0000" },
  },
  {
    about: "big-endian: UTF-8 text with NULs before its first characters",
    given: bytes("\u0000a\u0000b: the rest is text.\n"),
    want: { kind: "control-character", line: 1, column: 1, detail: "U+0000" },
  },
  {
    about: "UTF-16 with its byte order mark",
    given: Buffer.from("\ufeffa: b\n", "utf16le"),
    want: { kind: "utf-16", line: 1, column: 1, detail: "ff fe 61 00" },
  },
  {
    about: "big-endian UTF-16",
    given: Buffer.from("a: b\n", "utf16le").swap16(),
    want: { kind: "utf-16", line: 1, column: 1, detail: "00 61 00 3a" },
  },
  {
    // As an editor shows line 1: from the character after the mark.
    about: "a control character after a UTF-8 byte order mark",
    given: bytes([0xef, 0xbb, 0xbf], "a: \u0007\n"),
    want: { kind: "control-character", line: 1, column: 4, detail: "U+0007" },
  },
  {
    about: "a Latin-1 byte after a UTF-8 byte order mark",
    given: bytes([0xef, 0xbb, 0xbf], "a: ", [0xe8], "\n"),
    want: { kind: "bad-encoding", line: 1, column: 4, detail: "e8 0a" },
  },
  {
    // Classic Mac OS line ends, which the YAML reader does not take for line ends: at the first.
    about: "a line ended by a carriage return alone",
    given: bytes("a: b\r\nc: d\re: f\r"),
    want: { kind: "cr-line-end", line: 2, column: 5, detail: "U+000D" },
  },
  {
    about: "a control character before a carriage return alone",
    given: bytes("a: \u0007\rb: c\r"),
    want: { kind: "control-character", line: 1, column: 4, detail: "U+0007" },
  },
  {
    // Each carriage return alone a line end, as editors count lines.
    about: "a Latin-1 byte after lines ended by a carriage return alone",
    given: bytes("a: b\rc: d\r\ne: ", [0xe8]),
    want: { kind: "bad-encoding", line: 3, column: 4, detail: "e8" },
  },
])("$about", ({ given, want }) => {
  const { text, problem } = decodeSpecText(given);
  expect(problem).toEqual(want);
  // The text is always there, for locating other things.
  expect(text.length).toBeGreaterThan(0);
});

test.each([
  ["little-endian, with its mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a: é\n", "utf16le")])],
  ["little-endian", Buffer.from("a: é\n", "utf16le")],
  ["big-endian, with its mark", Buffer.from("\ufeffa: é\n", "utf16le").swap16()],
  ["big-endian", Buffer.from("a: é\n", "utf16le").swap16()],
])("UTF-16 text (%s) is read as such, for the names a file left out holds", (_order, given) => {
  expect(decodeSpecText(given).text).toBe("a: é\n");
});

test("the first invalid byte agrees with a strict decoder on every prefix of mixed text", () => {
  const valid = bytes("ab é ✓ 𝄞 z");
  for (let cut = 0; cut <= valid.length; cut++) {
    const prefix = valid.subarray(0, cut);
    let strictOk = true;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(prefix);
    } catch {
      strictOk = false;
    }
    expect(firstInvalidByte(prefix) === prefix.length).toBe(strictOk);
  }
});
