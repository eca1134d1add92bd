import type { FormatModel } from "../model/ir.js";

// The Sips character classes, for the validators (patterns) and the docs (words).

/** What each Sips character class admits, as a JavaScript regular expression literal. */
export const FORMAT_PATTERNS: Record<FormatModel["charClass"], string> = {
  N: "/^[0-9]*$/",
  A: "/^[A-Za-z]*$/",
  AN: "/^[A-Za-z0-9]*$/",
  ANS: "/^[\\x20-\\x7E]*$/",
  ANU: "/^[\\p{L}\\p{N}]*$/u",
  ANSU: "/^[^\\p{Cc}]*$/u",
};

/** What each Sips character class admits, in words (shared with the validators' messages). */
export const FORMAT_WORDS: Record<FormatModel["charClass"], string> = {
  N: "digits",
  A: "letters",
  AN: "letters and digits",
  ANS: "printable ASCII characters",
  ANU: "letters and digits, Unicode included",
  ANSU: "any characters but control characters",
};
