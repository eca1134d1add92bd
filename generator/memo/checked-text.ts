// A memo entry of text that says whether it is whole: a line of the SHA-256 of
// what follows, then the text. An entry of JSON damaged on disk (a byte
// flipped, a digit changed, a file cut short) may still parse, as other data:
// read unchecked, it would become a wrong output or a wrong diagnostic, where
// a memo is a cache and a damaged entry must be a miss.

import { sha256 } from "./content-hash.js";

/** `text` as the memo keeps it: the line of its SHA-256, then it. */
export const checkedText = (text: string): string => `${sha256(text)}\n${text}`;

/** The text of an entry whose hash holds; undefined for one missing, damaged, cut short or lengthened. */
export function textIfWhole(entry: string | undefined): string | undefined {
  if (entry === undefined || entry.length < 65 || entry.charCodeAt(64) !== 0x0a) return undefined;
  const text = entry.slice(65);
  return sha256(text) === entry.slice(0, 64) ? text : undefined;
}
