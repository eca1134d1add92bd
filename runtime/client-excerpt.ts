// How much of a reply's text an error quotes: an excerpt, cut at a bound and
// never in a character, with the request's secrets masked before it is cut.

import type { SecretMasker } from "./client-secrets.js";
import { textPrefix } from "./text-prefix.js";

/** An excerpt (an HTTP error's body, a failure's words, a Location) has at most this many characters, "…" included. */
export const BODY_EXCERPT_LENGTH = 1000;

/**
 * The text whole when it has at most BODY_EXCERPT_LENGTH UTF-16 units; else its start and an ellipsis, the two
 * of them that many units at most, never ending in half a surrogate pair (text-prefix.ts).
 */
export function excerptOf(text: string): string {
  return cutTo(text, BODY_EXCERPT_LENGTH);
}

/** The text whole when it has at most `length` UTF-16 units; else its start and "…", that many units in all. */
export const cutTo = (text: string, length: number): string =>
  text.length <= length ? text : `${textPrefix(text, length - 1)}…`;

/**
 * excerptOf the text with the request's secrets masked (client-secrets.ts): masked before it is cut, so that no cut
 * leaves part of a secret, and only as far as the excerpt shows (a reply may be a megabyte), the start of a secret
 * at the end of that part masked too. `cut`: the text itself may end inside a secret (it was not read to its end).
 */
export function maskedExcerpt(text: string, mask: SecretMasker, cut = false): string {
  if (text.length <= BODY_EXCERPT_LENGTH) return excerptOf(mask(text, cut));
  return cutExcerpt(mask(textPrefix(text, BODY_EXCERPT_LENGTH - 1), true));
}

/** The start of a text that goes on past what is given of it (a body cut at a bound), then "…", as excerptOf's. */
export function cutExcerpt(text: string): string {
  return `${textPrefix(text, BODY_EXCERPT_LENGTH - 1)}…`;
}
