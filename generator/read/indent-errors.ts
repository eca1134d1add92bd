// YAML's "All mapping items must start at the same column" (code BAD_INDENT),
// said at the key and against the first key of its mapping. The parser places
// it at the line's start, and after one key indented a column off it flags
// each sibling that follows, though those are right: one slip in a list of
// values gave seven errors at column 1, six on lines with nothing to fix. A
// file's first such error is kept, worded with both columns; the others
// follow from it and come back, if any is real, once it is fixed. After a tab
// where YAML counts indentation (tab-slips.ts) nothing more is said: the lines
// below it are read from a column the tab moved, and whatever the parser says
// of them (a mapping nested in a value, a column off) follows from it. Of the
// errors of one line, the first alone is kept: the parser, reading on after a
// slip, says it again in other words (a dash before a key gave three errors, a
// tab four); its line is that of its first token, past a comment or blank line
// the parser starts it on.

import { CST } from "yaml";
import { indentSlip, type IndentSlip, isAfterDocument, tokenAfter, tokenAtLineStart } from "./indent-slips.js";
import { keyColonHint } from "./key-colon-hint.js";
import { tabSlip } from "./tab-slips.js";
import { textAfterHint } from "./text-after-hint.js";
import { unclosedFlow } from "./unclosed-flow.js";

/** What a parser error gives: its code, where it starts, its message. */
interface ParseError {
  readonly code: string;
  readonly pos: readonly [number, number];
  readonly message: string;
}

const SAME_COLUMN = /^All (?:mapping|sequence|collection) items must start at the same column/;

const isIndentError = (error: ParseError): boolean => error.code === "BAD_INDENT" && SAME_COLUMN.test(error.message);

/** The errors to report: all but a file's indentation errors after its first, any after a tab where YAML counts indentation, and the second and later of a line. */
export function withoutIndentCascade<E extends ParseError>(text: string, errors: readonly E[]): E[] {
  let first = true;
  let tab = false;
  let ended = false;
  const lines = new Set<number>();
  return errors.filter((error) => {
    // The line of its first token: of the key or dash after a comment or blank line the parser starts it on.
    const line = lineAt(text, tokenAtLineStart(text, error.pos[0]));
    if (tab || lines.has(line) || (ended && isAfterDocument(error))) return false;
    lines.add(line);
    tab = error.code === "TAB_AS_INDENT" || tabSlip(text, error) !== undefined;
    const slip = indentSlip(text, [], error);
    // A slip said below the line the parser starts it on (past a blank line or a comment): that line's errors follow.
    if (slip) lines.add(lineAt(text, slip.at));
    // After a file's first key indented, the parser reads each line below outside the document.
    ended ||= slip?.ended === true;
    // A dash a column left counts as one (a dash before a key too, which the parser words as such: placedError).
    if (!isIndentError(error) && !slip) return true;
    const keep = first;
    first = false;
    return keep;
  });
}

/** The line (from 0) that holds `offset`, an error's start, which a BAD_INDENT gives at its line's first column. */
const lineAt = (text: string, offset: number): number => {
  let line = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
};

/**
 * Where an error is said and how: for an indentation error, at its line's first character, with that column and
 * the first item's of its mapping: of the first item under the nearest item above that is indented less (items
 * as the parse's `tokens` hold them: a block scalar's lines or a comment are none) and the first of the mapping
 * the parser put it in, the one whose column is nearer; for a line read as a key with no value, with what the line
 * lacks (key-colon-hint.ts); for text after a value's end, with what ended it (text-after-hint.ts); for a bracket
 * left open, at it (unclosed-flow.ts); for a tab where YAML counts indentation, at the tab (tab-slips.ts); for any
 * other, as the parser gives it. An error the parser starts at a line's first column is said at the line's first
 * token, past the comment and blank lines it starts on.
 */
export function placedError(
  text: string,
  tokens: readonly CST.Token[],
  error: ParseError,
  message: string,
): { offset: number; detail: string } {
  const tab = tabSlip(text, error);
  if (tab) return tab;
  const offset = tokenAtLineStart(text, error.pos[0]);
  const slip = isIndentError(error) ? undefined : indentSlip(text, tokens, error);
  const slipped =
    slip && offColumn(text, tokens, slip.at, `All ${slip.kind} items must start at the same column`, slip);
  if (slipped) return slipped;
  if (!isIndentError(error))
    return (
      unclosedFlow(text, tokens, message, offset) ?? {
        offset,
        detail: `${message}${keyColonHint(text, error.code, message, offset)}${textAfterHint(text, error.code, message, offset)}`,
      }
    );
  // The parser's offset is its item's first token, a comment line above the key among them: said at the key.
  return offColumn(text, tokens, tokenAfter(text, offset), message) as { offset: number; detail: string };
}

/**
 * An indentation error of the item starting at `at`, said with its column and its collection's first item's: that
 * of `slip` when it names one, else the first item under the nearest item above indented less, or (for an error of
 * the parser) the first of the collection the parser put it in (for a dash past a dash above, that dash's list), the
 * one whose column is nearer.
 */
function offColumn(
  text: string,
  tokens: readonly CST.Token[],
  itemAt: number,
  message: string,
  slip?: IndentSlip,
): { offset: number; detail: string } | undefined {
  const starts = itemStarts(tokens);
  const lines = text.split("\n");
  const lineIndex = text.slice(0, itemAt).split("\n").length - 1;
  const lineOffsets: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += (lines[i] ?? "").length + 1, i++) lineOffsets.push(at);
  const indentOf = (i: number): number => (lines[i] ?? "").length - (lines[i] ?? "").trimStart().length;
  const isItem = (i: number): boolean => starts.has((lineOffsets[i] ?? 0) + indentOf(i));
  const indent = indentOf(lineIndex);
  let parent = lineIndex - 1;
  while (parent >= 0 && !(isItem(parent) && indentOf(parent) < indent)) parent--;
  let first = parent + 1;
  while (first < lineIndex && !isItem(first)) first++;
  const kind = SAME_COLUMN.exec(message)?.[0].split(" ")[1] ?? "collection";
  const columnOf = (at: number): number => at - text.lastIndexOf("\n", at - 1) - 1;
  const above = first < lineIndex ? (lineOffsets[first] ?? 0) + indentOf(first) : undefined;
  const parentAt = parent < 0 ? undefined : (lineOffsets[parent] ?? 0) + indentOf(parent);
  // A dash past its list's, with no dash between it and the dash above (a comment, that item's text or keys): the
  // parser starts a list of its own there, and the dash above is of the list it was meant for.
  const sibling =
    !slip &&
    kind === "sequence" &&
    parentAt !== undefined &&
    text.charAt(parentAt) === "-" &&
    (above === undefined || text.charAt(above) !== "-")
      ? headOf(tokens, parentAt)
      : undefined;
  const parsed = slip ? undefined : headOf(tokens, (lineOffsets[lineIndex] ?? 0) + indent);
  // Of the two, the nearer column (the one above where as near): a key a column deeper than its siblings is under
  // the last one, whose own mapping starts further right; a key a column short, as near to its parent's mapping.
  const distance = (at: number | undefined): number => (at === undefined ? Infinity : Math.abs(columnOf(at) - indent));
  const head = slip?.head ?? sibling ?? (distance(parsed) < distance(above) ? parsed : above);
  const headLine = head === undefined ? lineIndex : text.slice(0, head).split("\n").length - 1;
  const headColumn = head === undefined ? indent : columnOf(head);
  // A dash a column off its list's: the first item there is one too (a dash before a key of a mapping is none).
  if (slip?.kind === "sequence" && (head === undefined || headColumn === indent || text.charAt(head) !== "-"))
    return undefined;
  const against =
    headColumn === indent
      ? ""
      : `: this item starts at column ${indent + 1}, the first of its ${kind} (line ${headLine + 1}) at column ${headColumn + 1}`;
  return { offset: (lineOffsets[lineIndex] ?? 0) + indent, detail: `${message}${against}` };
}

/** Where an item starts: its first token that is no space, line break or comment (a key, `-`, `?`, an anchor or tag). */
function itemStart(item: CST.CollectionItem): number | undefined {
  for (const token of [...item.start, ...(item.key ? [item.key] : []), ...(item.sep ?? [])])
    if (token.type !== "space" && token.type !== "newline" && token.type !== "comment") return token.offset;
  return item.value?.offset;
}

/** Where each item of the documents' block collections starts. */
function itemStarts(tokens: readonly CST.Token[]): Set<number> {
  const starts = new Set<number>();
  for (const token of tokens) {
    if (token.type !== "document") continue;
    CST.visit(token, (item, path) => {
      const at = path.length === 0 ? undefined : itemStart(item);
      if (at !== undefined && CST.visit.parentCollection(token, path).type !== "flow-collection") starts.add(at);
    });
  }
  return starts;
}

/** The start of the first item of the innermost block collection with an item starting at `at`. */
function headOf(tokens: readonly CST.Token[], at: number): number | undefined {
  let head: number | undefined;
  for (const token of tokens) {
    if (token.type !== "document") continue;
    CST.visit(token, (item, path) => {
      // The document itself (path []) is no item of a collection.
      if (path.length === 0 || itemStart(item) !== at) return;
      const first = CST.visit.parentCollection(token, path).items[0];
      if (first !== undefined) head = itemStart(first);
    });
  }
  return head;
}

/**
 * Each error placed (placedError) with its first line of words. An error said earlier than the parser put it (at a
 * bracket left open) stands for those the parser said between the two: the text in between was read as inside it.
 */
export function placedErrors(
  text: string,
  tokens: readonly CST.Token[],
  errors: readonly ParseError[],
): { offset: number; detail: string }[] {
  const placed = errors.map((error) => ({
    ...placedError(text, tokens, error, error.message.split("\n")[0] ?? error.message),
    at: error.pos[0],
  }));
  const spans = placed.filter((p) => p.offset < p.at);
  return placed
    .filter((p) => !spans.some((span) => p.offset > span.offset && p.offset < span.at))
    .map(({ offset, detail }) => ({ offset, detail }));
}
