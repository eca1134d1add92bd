// How YAML values are written into spec files (by sync, and in the advice that
// names what to write): keys and scalars plain when they read back as
// themselves, else double-quoted; values that fit on a line on it, longer text
// folded, text of several lines as a literal block, each block only where it
// reads back as the very text; lists and mappings as blocks, and the values an
// operation's field takes as a one-line list.

import { stringify } from "yaml";

/**
 * A YAML value to write: text, a list of texts (a block, or one line as a
 * FlowList), or a mapping of them: an object, or a Map where keys look like
 * numbers ("00", "978"), since an object puts such keys first whatever their order.
 */
export type YamlValue =
  | string
  | FlowList
  | FlowMap
  | readonly YamlValue[]
  | ReadonlyMap<string, YamlValue>
  | { readonly [key: string]: YamlValue };

/**
 * How a new value is written: quoted; (for a map or list) on one line; (for a text) on one line however long, as a
 * text to be compared with its page's line is (a deviation's `page:`), never folded where the page has no break.
 */
export type ValueStyle = { quote?: boolean; flow?: boolean; oneLine?: boolean };

const isList = (value: YamlValue): value is readonly YamlValue[] => Array.isArray(value);

/** The entries of a mapping, in the order they were given. */
const entriesOf = (value: ReadonlyMap<string, YamlValue> | { readonly [key: string]: YamlValue }) =>
  value instanceof Map ? [...(value as ReadonlyMap<string, YamlValue>)] : Object.entries(value);

/** A list of texts written on one line, `[a, "00"]`: the values an operation's field takes. */
export class FlowList {
  constructor(readonly items: readonly string[]) {}
}

/** A mapping written on one line, `{ from: dictionary, presence: optional }`: a dictionary field within a block. */
export class FlowMap {
  constructor(readonly entries: Readonly<Record<string, YamlValue>>) {}
}

const WIDTH = 92;

/** A key as YAML needs it: plain when it reads back as itself ("HMAC-SHA-256"), else quoted ("00"). */
export const renderKey = (key: string): string => scalar(key, false);

/**
 * Texts as yaml writes them plain, by text: its stringify builds a document for each call, and a sync renders
 * the same keys and values over and over (every field name, every value code). Emptied past a bound.
 */
const plainForms = new Map<string, string>();
const PLAIN_FORMS_KEPT = 20_000;

/** One line: plain when safe, else double-quoted. */
function scalar(text: string, quote: boolean | undefined): string {
  if (quote) return JSON.stringify(text);
  let plain = plainForms.get(text);
  if (plain === undefined) {
    plain = stringify(text, { lineWidth: 0 }).trimEnd();
    if (plainForms.size >= PLAIN_FORMS_KEPT) plainForms.clear();
    plainForms.set(text, plain);
  }
  return plain.includes("\n") || TRIMMED_END.test(text) ? JSON.stringify(text) : plain;
}

/**
 * A text ending in a space yaml writes plain but trims when it reads it back: a no-break space (a page's `&nbsp;`),
 * an ideographic space, a line separator, a byte order mark.
 */
const TRIMMED_END = /\s$/u;

/** An item of a one-line list: plain when it is a simple word the flow style cannot misread, else double-quoted. */
function flowItem(text: string): string {
  const plain = scalar(text, false);
  return /^[A-Za-z0-9_.+/-]+$/.test(plain) ? plain : JSON.stringify(text);
}

/**
 * A text inside `[...]` or `{ ... }`: plain unless it holds what ends or opens an item there (`,`, a bracket, a
 * brace), which a plain text may hold on a line of its own ("Nom, prénom") and a flow collection may not.
 */
function flowScalar(text: string, quote: boolean | undefined): string {
  const line = scalar(text, quote);
  return /[,[\]{}]/.test(line) && !line.startsWith('"') ? JSON.stringify(text) : line;
}

/** A value on one line; `flow` when it sits inside a one-line list or mapping. */
export function inline(value: YamlValue, style: { quote?: boolean }, flow = false): string {
  if (typeof value === "string") return flow ? flowScalar(value, style.quote) : scalar(value, style.quote);
  if (value instanceof FlowList) return `[${value.items.map(flowItem).join(", ")}]`;
  if (isList(value)) return `[${value.map((v) => inline(v, {}, true)).join(", ")}]`;
  return `{ ${entriesOf(value instanceof FlowMap ? value.entries : value)
    .map(([k, v]) => `${flowScalar(k, false)}: ${inline(v, {}, true)}`)
    .join(", ")} }`;
}

/** `key: value` at `column`, possibly on several lines, without a final newline. */
export function renderEntry(key: string, value: YamlValue, column: number, style: ValueStyle = {}): string {
  const pad = " ".repeat(column);
  if (style.flow) return `${pad}${renderKey(key)}: ${inline(value, style)}`;
  return `${pad}${renderKey(key)}:${renderValue(value, column, style)}`;
}

/** What follows "key:" for a key at `column`: " text", or a block on the next lines. */
export function renderValue(value: YamlValue, column: number, style: Omit<ValueStyle, "flow">): string {
  const pad = " ".repeat(column + 2);
  if (value instanceof FlowList) {
    const line = inline(value, style);
    // Too long for a line, one value a line: a release that drops or adds a value then changes its line alone.
    if (column + line.length < WIDTH + 8) return ` ${line}`;
    return value.items.map((item) => `\n${pad}- ${scalar(item, false)}`).join("");
  }
  if (value instanceof FlowMap) return ` ${inline(value, style)}`;
  if (typeof value === "string") return renderText(value, pad, style);
  // An empty list has no block form: written as nothing it would read back as null (a meaning of none is []).
  if (isList(value) && value.length === 0) return " []";
  if (isList(value))
    return value.map((item) => `\n${pad}-${renderValue(item, column + 2, {}).replace(/^\n {0,}/, " ")}`).join("");
  return entriesOf(value)
    .map(([k, v]) => `\n${renderEntry(k, v, column + 2)}`)
    .join("");
}

/**
 * A text after "key:": its lines as a literal block; on its line when it fits, is quoted, is one word (a URL is not
 * worth folding) or is asked to; else folded at its spaces. A block that would not read back as the very text (a
 * run of spaces a fold makes one, a first line's leading space taken for indentation, a final line break `|-`
 * drops, a space at a line's end that an editor drops unseen) gives the text double-quoted on one line instead.
 */
function renderText(value: string, pad: string, style: Omit<ValueStyle, "flow">): string {
  if (value.includes("\n")) {
    if (!literalReadsBack(value)) return ` ${JSON.stringify(value)}`;
    return ` |-\n${value
      .split("\n")
      .map((l) => (l === "" ? "" : pad + l))
      .join("\n")}`;
  }
  const line = scalar(value, style.quote);
  if (style.oneLine || pad.length + line.length < WIDTH + 10 || line.startsWith('"') || !value.includes(" "))
    return ` ${line}`;
  if (!FOLDS_BACK.test(value) || UNPRINTED.test(value)) return ` ${JSON.stringify(value)}`;
  return ` >-\n${fold(value, WIDTH - pad.length)
    .map((l) => pad + l)
    .join("\n")}`;
}

/** What a block scalar cannot hold (YAML escapes it), a lone surrogate included. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const UNPRINTED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\p{Cs}/u;

/** Words split by single spaces, which a fold gives back as they are. */
const FOLDS_BACK = /^[^ \t\r\n]+(?: [^ \t\r\n]+)*$/;

/** Whether `value`, of several lines, reads back from a literal block `|-` as itself. */
function literalReadsBack(value: string): boolean {
  if (UNPRINTED.test(value) || value.includes("\r") || /^[ \t\n]|\n$/.test(value)) return false;
  return value.split("\n").every((line) => !/[ \t]$/.test(line));
}

/** Words into lines of at most `width` characters (a longer word gets its own line). */
function fold(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
