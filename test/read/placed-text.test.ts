// A page line's text composed (NFC) with each character's place in the saved line.
import { expect, test } from "vitest";
import { composedText } from "../../generator/read/page/placed-text.js";

const composed = (text: string) => composedText({ text, offsets: null });

test.each([
  [
    "é saved as e and U+0301",
    "Carte de de\u0301bit",
    "Carte de débit",
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15],
  ],
  ["two marks on one letter, saved out of order", "a\u0301\u0328b", "\u0105\u0301b", [0, 1, 3, 4]],
  ["a Hangul syllable saved as its jamo", "\u1100\u1161\u11a8!", "\uac01!", [0, 3, 4]],
  ["a letter beyond the BMP before a decomposed one", "\u{1d400}e\u0301", "\u{1d400}é", [0, 1, 2, 4]],
])("%s: the composed text, each character at its saved place", (_what, saved, text, offsets) => {
  expect(text).toBe(saved.normalize("NFC"));
  expect(composed(saved)).toEqual({ text, offsets });
});

test("a composed line is returned as it is, no places kept", () => {
  expect(composed("Carte de débit")).toEqual({ text: "Carte de débit", offsets: null });
  expect(composed("plain")).toEqual({ text: "plain", offsets: null });
  // A mark at the start composes with nothing.
  expect(composed("\u0301a")).toEqual({ text: "\u0301a", offsets: null });
});
