// The character classes as Sogenactif's data dictionary page "Formats"
// (documentation.sogenactif.com/en/data-dictionary/formats.html, Release 24.2)
// lists them, written apart from runtime/formats.ts so that tests hold the
// runtime to the page. The page splits AN and ANU into a RestrictedString and
// an ExtendedString set; the spec does not say which a field takes, so the
// runtime must accept the ExtendedString ones, which hold the RestrictedString ones.
import type { FormatClass } from "../../runtime/formats.js";

/** The specials of AN and ANU ExtendedString, as the page lists them (apostrophe and quotation mark: ISO 8859-1's 039 and 034). */
export const EXTENDED_SPECIALS = "_.?*+-[]{}^$|,;:!<>=&~#\"'`()%@/\\";
/** The specials of AN RestrictedString. */
export const AN_RESTRICTED_SPECIALS = "_.+-@";
/** The specials of ANU RestrictedString. */
export const ANU_RESTRICTED_SPECIALS = "\"'`_.+-@,";

const asciiLetter = (c: string) => /^[A-Za-z]$/.test(c);
const digit = (c: string) => /^[0-9]$/.test(c);
/** A letter of one of the alphabets of all languages (U): a letter, or a mark written with one. */
const alphabetLetter = (c: string) => /^[\p{L}\p{M}]$/u.test(c);

/** Whether the page's class admits the character (one code point), AN and ANU read as ExtendedString. */
export const PAGE_ADMITS: { readonly [C in FormatClass]: (c: string) => boolean } = {
  N: digit,
  A: asciiLetter,
  AN: (c) => asciiLetter(c) || digit(c) || c === " " || EXTENDED_SPECIALS.includes(c),
  // Digits of other scripts stay admitted, as before: nothing the page admits is refused for them.
  ANU: (c) =>
    asciiLetter(c) || digit(c) || c === " " || EXTENDED_SPECIALS.includes(c) || alphabetLetter(c) || /^\p{N}$/u.test(c),
  // "Any character", but control characters and lone surrogates, which are no character (runtime/formats.ts says why).
  ANS: (c) => !/^[\p{Cc}\p{Cs}]$/u.test(c),
  ANSU: (c) => !/^[\p{Cc}\p{Cs}]$/u.test(c),
};

/** Text each class admits, at its edges, and a character it refuses. */
export const SAMPLES: {
  readonly [C in FormatClass]: { readonly accepted: string; readonly refused: readonly string[] };
} = {
  N: { accepted: "0123456789", refused: ["a", " ", "\u0660"] },
  A: { accepted: "AZaz", refused: ["0", "é", " "] },
  AN: { accepted: `Az 09${EXTENDED_SPECIALS}`, refused: ["é", "\u007f", "\u001f", "\t", "€"] },
  ANU: { accepted: `Zoë Łódź 東京 e\u0301${EXTENDED_SPECIALS}`, refused: ["€", "\u00a0", "😀", "\n"] },
  ANS: {
    accepted: `é Zoë – 東京 € 😀 \u00a0${EXTENDED_SPECIALS}`,
    refused: ["\u0000", "\n", "\u007f", "\u0085", "\u009f", "\ud800", "\udbff", "\udc00", "\udfff"],
  },
  ANSU: {
    accepted: `é Zoë – 東京 € 😀 \u00a0${EXTENDED_SPECIALS}`,
    refused: ["\u0000", "\n", "\u007f", "\u0085", "\u009f", "\ud800", "\udbff", "\udc00", "\udfff"],
  },
};
