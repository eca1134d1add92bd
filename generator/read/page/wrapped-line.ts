// A line of text a page's copy wrapped onto the next line: told from a line of
// its own by where the text before it stops and how the next line opens.

/** The end of a sentence (a full stop, "!", "?" or a colon), perhaps inside closing quotes or a parenthesis. */
export const SENTENCE_END = /[.!?:]["\u201D\u2019)]*$/;

/**
 * A word no sentence ends on (an article, a preposition, a conjunction): a text that stops on one was wrapped
 * before a word that opens in upper case, a quote or a digit ("... kinematic with" / "“Sogenactif In-App”.").
 */
const OPEN_ENDED = /(?:^|\s)(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with)$/i;

/**
 * Whether `next` is the rest of `text`, wrapped: the text stops short of a sentence's end and the line goes on in
 * lower case ("Initialize a payment token generation kinematic" / "with ..."), or the text stops on a word no
 * sentence ends on. A line that opens with a name in camel case ("someOperation returns...", "iOS apps...")
 * starts a sentence of its own, after a text the pages print without a full stop.
 */
export const continuesText = (text: string, next: string): boolean =>
  !SENTENCE_END.test(text) &&
  (stopsOpenEnded(text) || (/^\p{Ll}/u.test(next) && !/^\p{Ll}[\p{L}\p{N}]*\p{Lu}/u.test(next)));

/** Whether `text` stops on a word no sentence ends on: whatever follows it on the next line is its rest. */
export const stopsOpenEnded = (text: string): boolean => OPEN_ENDED.test(text);
