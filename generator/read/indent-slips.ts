// Lines indented a column off that the parser does not word as such. A key a
// column right of its siblings after a key with its value on its line: yaml
// reads it as more text of that value, then finds a mapping in it ("Nested
// mappings are not allowed in compact mappings", at the value). A file whose
// first key is indented: its mapping ends at the next key at column 1, and
// every line after it is "Unexpected ... in YAML stream". A list item a column
// left of the others: "A block sequence may not be used as an implicit map
// key". A key of a list item's mapping a column short of its siblings, right
// of the item's dash: "Sequence item without - indicator". Each is said as an
// indentation error is (indent-errors.ts): at the line moved, with its column
// and that of the first item of its collection.

import { CST } from "yaml";

/** What a parser error gives: its code, where it starts, its message. */
interface ParseError {
  readonly code: string;
  readonly pos: readonly [number, number];
  readonly message: string;
}

/** A line indented off: where its item starts, what its collection is, and where that collection's first item starts (if known). */
export interface IndentSlip {
  readonly at: number;
  readonly kind: "mapping" | "sequence";
  readonly head?: number | undefined;
  /** Set when the parser read the lines after it outside the document (a file's first key indented). */
  readonly ended?: true;
}

const NESTED = /^Nested mappings are not allowed in compact mappings/;
const NODE_END = /^Unexpected scalar at node end/;
const SEQUENCE_KEY = /^A block sequence may not be used as an implicit map key/;
const NO_DASH = /^Sequence item without - indicator/;
/** A line that starts with a key: a spec's keys are names, with no space or quote in them. */
const KEY_LINE = /^[^\s#'"{[\]},&*!|>%@`?:-][^\s:]*:(\s|$)/;

/** The slip behind `error`, if it is one of those above. */
export function indentSlip(text: string, tokens: readonly CST.Token[], error: ParseError): IndentSlip | undefined {
  const offset = error.pos[0];
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" && NESTED.test(error.message)) return keyRunOn(text, tokens, offset);
  if (error.code === "UNEXPECTED_TOKEN" && NODE_END.test(error.message)) {
    const first = firstKeyIndent(text);
    return first !== undefined && isLineStart(text, offset) && columnOf(text, offset) < columnOf(text, first)
      ? { at: offset, kind: "mapping", head: first, ended: true }
      : undefined;
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" && SEQUENCE_KEY.test(error.message)) {
    // The parser starts its error at the item's first token: a blank line or a comment above the dash among them.
    const dash = tokenAfter(text, offset);
    return /^-(\s|$)/.test(text.slice(dash, dash + 2)) ? { at: dash, kind: "sequence" } : undefined;
  }
  if (error.code === "MISSING_CHAR" && NO_DASH.test(error.message)) {
    // The parser starts its error at the line's start, or at a comment line above the key.
    const key = tokenAfter(text, offset);
    const end = text.indexOf("\n", key);
    return KEY_LINE.test(text.slice(key, end < 0 ? text.length : end))
      ? { at: key, kind: "mapping", head: headOfItemAbove(tokens, key) }
      : undefined;
  }
  return undefined;
}

/** Whether the error's words say the document ended early: every line after a file's first key indented. */
export const isAfterDocument = (error: ParseError): boolean =>
  error.code === "UNEXPECTED_TOKEN" && / in YAML stream/.test(error.message);

/**
 * A key on a line of its own under a value begun on a key's line (`offset`), a column or more right of that key,
 * below the value's line or below lines that run on its text.
 */
function keyRunOn(text: string, tokens: readonly CST.Token[], offset: number): IndentSlip | undefined {
  const lineEnd = text.indexOf("\n", offset);
  // The value's own line holding ": " is a value to quote (key-colon-hint.ts).
  if (lineEnd < 0 || /:\s/.test(text.slice(offset, lineEnd).replace(/\s+#.*$/, ""))) return undefined;
  // The value's text may run on over lines, blank ones too, before the key: the parser reads them all as one value.
  for (let start = lineEnd + 1; start < text.length;) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end).trimStart();
    if (KEY_LINE.test(line))
      return { at: (end < 0 ? text.length : end) - line.length, kind: "mapping", head: headOfValue(tokens, offset) };
    // Words holding ": " (text to quote) or a comment end the value: no key moved.
    if (end < 0 || /:(\s|$)|(^|\s)#/.test(line)) return undefined;
    start = end + 1;
  }
  return undefined;
}

/** The start of the first item of the block mapping whose item holds a value starting at `offset`. */
function headOfValue(tokens: readonly CST.Token[], offset: number): number | undefined {
  let head: number | undefined;
  for (const token of tokens) {
    if (token.type !== "document") continue;
    CST.visit(token, (item, path) => {
      if (path.length === 0 || item.value?.offset !== offset) return;
      head = keyStart(CST.visit.parentCollection(token, path).items[0]) ?? head;
    });
  }
  return head;
}

/** The start of the first key of the mapping of the list item before the item without a dash starting at `at`. */
function headOfItemAbove(tokens: readonly CST.Token[], at: number): number | undefined {
  let head: number | undefined;
  for (const token of tokens) {
    if (token.type !== "document") continue;
    CST.visit(token, (item, path) => {
      if (path.length === 0 || item.value?.offset !== at) return;
      const items = CST.visit.parentCollection(token, path).items;
      const above = items[items.findIndex((other) => other.value?.offset === at) - 1]?.value;
      head = (above?.type === "block-map" ? keyStart(above.items[0]) : undefined) ?? head;
    });
  }
  return head;
}

const isText = (token: CST.Token): boolean =>
  token.type !== "space" && token.type !== "newline" && token.type !== "comment";

/** Where an item's key starts (its anchor or tag, if any), if it has one. */
const keyStart = (item: CST.CollectionItem | undefined): number | undefined =>
  item && [...item.start, ...(item.key ? [item.key] : [])].find(isText)?.offset;

/** A line before a file's first key: blank or a comment (its CR of a CRLF end too), a directive, a document start. */
const BEFORE_KEY = /^(?:[ \t]*(?:#.*)?|%.*|---(?:[ \t]+(?:#.*)?)?)\r?$/;

/** The first key of the file: the first character of its first line that is none of those above. */
function firstKeyIndent(text: string): number | undefined {
  for (let at = 0; at < text.length;) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (!BEFORE_KEY.test(line)) return at + line.length - line.trimStart().length;
    if (end < 0) return undefined;
    at = end + 1;
  }
  return undefined;
}

/** The first character at or after `offset` that is no space, line break or comment. */
export function tokenAfter(text: string, offset: number): number {
  let at = offset;
  for (;;) {
    while (at < text.length && " \t\r\n".includes(text.charAt(at))) at++;
    if (text.charAt(at) !== "#") return at;
    const end = text.indexOf("\n", at);
    if (end < 0) return text.length;
    at = end;
  }
}

/**
 * Where an error the parser starts at a line's first column is said: at the line's first token, past its
 * indentation and past the blank and comment lines the parser starts it on, as a comment line above a key or a
 * dash is no part of it. An error started further in a line is said where the parser starts it.
 */
export const tokenAtLineStart = (text: string, offset: number): number =>
  offset === 0 || text.charAt(offset - 1) === "\n" ? tokenAfter(text, offset) : offset;

const isLineStart = (text: string, offset: number): boolean =>
  text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset).trim() === "";

/** The column of `at` in its line, from 0. */
export const columnOf = (text: string, at: number): number => at - text.lastIndexOf("\n", at - 1) - 1;
