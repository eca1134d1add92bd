// The start of a text cut for a message, never in the middle of a character:
// a lone half of a surrogate pair shows as U+FFFD, or as an escape, and a
// strict UTF-8 log refuses it.

/**
 * Whether a text has no lone surrogate, so that it has a UTF-8 form (String.prototype.isWellFormed, Node 20+,
 * beyond the es2023 lib's types): immediate for the one-byte strings most texts are.
 */
export const isWellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/** The first `length` UTF-16 units of `text`, one fewer where the last would be the first half of a pair. */
export function textPrefix(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}
