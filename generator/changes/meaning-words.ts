// The words of meanings reworded, as a Markdown line shows them after its
// summary: each value's meanings before and after, quoted, a long one cut
// short around where the two first differ, so that a reviewer sees what was
// reworded without opening the diff of generated/; a description, a summary or
// a condition reworded alike. The JSON carries them whole (Change.meanings,
// Change.text).

import type { RewordedMeaning, RewordedText } from "./change.js";

/** Code points a quoted meaning keeps; a longer one is cut, "…" where it is. */
const LONG = 72;
/** Code points kept before the first difference, where the cut starts past the beginning. */
const BEFORE_DIFFERENCE = 16;

/**
 * "00 “old” → “new”; 94 “old” → “new”" (no value named where there is one): the words of `meanings`, a value's
 * several meanings (one per context) joined by " / ".
 */
export function rewordedText(meanings: readonly RewordedMeaning[]): string {
  return meanings
    .map(({ value, before, after }) => {
      const words = `${quotedAll(before, after)} → ${quotedAll(after, before)}`;
      return meanings.length === 1 ? words : `${value} ${words}`;
    })
    .join("; ");
}

/**
 * "“old”", or "00 “old”; 94 “old”": the words of meanings removed (each `after` empty), as a line says what was
 * removed rather than "“old” → none" after a reason that already says none is left.
 */
export function removedText(meanings: readonly RewordedMeaning[]): string {
  return meanings
    .map(({ value, before }) => {
      const words = quotedAll(before, []);
      return meanings.length === 1 ? words : `${value} ${words}`;
    })
    .join("; ");
}

/** "“old” → “new”" ("none" on a side without one): a text reworded (Change.text), each side cut as a meaning is. */
export const rewordedPair = ({ before, after }: RewordedText): string =>
  `${before === null ? "none" : quoted(before, after ?? "")} → ${after === null ? "none" : quoted(after, before ?? "")}`;

/** "“a” / “b”", or "none": a value's meanings quoted and cut, as a value added says what it means. */
export const quotedMeanings = (meanings: readonly string[]): string => quotedAll(meanings, []);

/** Each of `meanings` quoted and cut, compared with the other side's of its place (else its first), " / " between. */
const quotedAll = (meanings: readonly string[], others: readonly string[]): string =>
  meanings.length === 0 ? "none" : meanings.map((m, i) => quoted(m, others[i] ?? others[0] ?? "")).join(" / ");

/** `text` quoted, cut to about LONG code points around where it first differs from `other`. */
function quoted(text: string, other: string): string {
  const chars = [...text];
  if (chars.length <= LONG) return `“${text}”`;
  const others = [...other];
  let differs = 0;
  while (differs < chars.length && chars[differs] === others[differs]) differs++;
  // Where the difference is past the first LONG code points, the cut starts shortly before it, at a word.
  let start = differs + BEFORE_DIFFERENCE > LONG ? Math.max(0, differs - BEFORE_DIFFERENCE) : 0;
  if (start > 0) start = Math.min(wordAfter(chars, start), differs);
  let end = Math.min(chars.length, start + LONG);
  if (end < chars.length) end = Math.max(wordBefore(chars, end), start + LONG / 2);
  const cut = chars.slice(start, end).join("").trim();
  return `“${start > 0 ? "…" : ""}${cut}${end < chars.length ? "…" : ""}”`;
}

/** The first word's start at or after `at` (or `at` itself, inside one long word). */
function wordAfter(chars: readonly string[], at: number): number {
  for (let i = at; i < chars.length && i < at + BEFORE_DIFFERENCE; i++) if (chars[i - 1] === " ") return i;
  return at;
}

/** Where the last word ending at or before `at` ends (or `at` itself, inside one long word). */
function wordBefore(chars: readonly string[], at: number): number {
  for (let i = at; i > at - LONG / 2; i--) if (chars[i] === " ") return i;
  return at;
}
