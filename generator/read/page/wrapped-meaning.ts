// A value's meaning that a page's copy wrapped onto the next line, in a
// field's list of values: told from a value of its own by how the meaning
// stops and how the line after it opens (wrapped-line.ts), and by the values
// the list holds.

import { VALUE } from "./page-field-lines.js";
import type { PageLine } from "./page-lines.js";
import type { PageValue } from "./page-model.js";
import { continuesText, SENTENCE_END, stopsOpenEnded } from "./wrapped-line.js";

/**
 * The rest of the last value's last meaning, wrapped onto line `i`, after a meaning cut short of its end
 * (`continuesText`: it stops on a word no sentence ends on, or the line goes on in lower case): a line that cannot
 * be a value, as no "- " meaning follows it (every value the pages list has one) or it has blanks in it, or a word
 * that reads as a sentence's end rather than a value (`endsSentence`). Read as a value, a one-word rest was a
 * value without a meaning, or one holding the next meaning, and a longer one a line not understood. A line after
 * a finished meaning (a note after the list) stays what it was.
 */
export const isWrappedMeaningAt = (lines: readonly PageLine[], i: number, values: readonly PageValue[]): boolean => {
  const text = lines[i]?.text ?? "";
  const meaning = values.at(-1)?.meanings.at(-1);
  if (meaning === undefined || !continuesText(meaning, text)) return false;
  const valueLike = VALUE.test(text) && (lines[i + 1]?.text.startsWith("- ") ?? false);
  return !valueLike || endsSentence(text, meaning, values);
};

/**
 * Whether a word in lower case with a "- " line after it, after a meaning cut short, ends that meaning (the "- "
 * line then its value's next meaning) rather than being a value: it ends as a sentence does ("captured."), the
 * meaning stops on a word no sentence ends on ("... to the" / "bank"), or no value of the list before it opens in
 * lower case, as a list of codes ("00", "DEBIT") has none. A list of words in lower case ("fr", "en") keeps such a
 * word a value. A word in upper case (a code) stays a value.
 */
const endsSentence = (word: string, meaning: string, values: readonly PageValue[]): boolean =>
  LOWER_START.test(word) &&
  (SENTENCE_END.test(word) || stopsOpenEnded(meaning) || !values.some((v) => LOWER_START.test(v.value)));

const LOWER_START = /^\p{Ll}/u;
