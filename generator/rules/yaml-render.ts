// How YAML values are written into spec files (by sync, and in the advice that
// names what to write): keys and scalars plain when they read back as
// themselves, else double-quoted; values that fit on a line on it, longer text
// folded, lists and mappings as blocks, and the values an operation's field
// takes as a one-line list.

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

/** How a new value is written: quoted, and (for a map or list) on one line. */
export type ValueStyle = { quote?: boolean; flow?: boolean };

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
  return plain.includes("\n") ? JSON.stringify(text) : plain;
}

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
export function renderEntry(
  key: string,
  value: YamlValue,
  column: number,
  style: { quote?: boolean; flow?: boolean } = {},
): string {
  const pad = " ".repeat(column);
  if (style.flow) return `${pad}${renderKey(key)}: ${inline(value, style)}`;
  return `${pad}${renderKey(key)}:${renderValue(value, column, style)}`;
}

/** What follows "key:" for a key at `column`: " text", or a block on the next lines. */
export function renderValue(value: YamlValue, column: number, style: { quote?: boolean }): string {
  const pad = " ".repeat(column + 2);
  if (value instanceof FlowList) {
    const line = inline(value, style);
    // Too long for a line, one value a line: a release that drops or adds a value then changes its line alone.
    if (column + line.length < WIDTH + 8) return ` ${line}`;
    return value.items.map((item) => `\n${pad}- ${scalar(item, false)}`).join("");
  }
  if (value instanceof FlowMap) return ` ${inline(value, style)}`;
  if (typeof value === "string") {
    if (value.includes("\n"))
      return ` |-\n${value
        .split("\n")
        .map((l) => (l === "" ? "" : pad + l))
        .join("\n")}`;
    const line = scalar(value, style.quote);
    // One word (a URL) is not worth folding.
    if (column + line.length < WIDTH + 8 || line.startsWith('"') || !value.includes(" ")) return ` ${line}`;
    return ` >-\n${fold(value, WIDTH - column - 2)
      .map((l) => pad + l)
      .join("\n")}`;
  }
  // An empty list has no block form: written as nothing it would read back as null (a meaning of none is []).
  if (isList(value) && value.length === 0) return " []";
  if (isList(value))
    return value.map((item) => `\n${pad}-${renderValue(item, column + 2, {}).replace(/^\n {0,}/, " ")}`).join("");
  return entriesOf(value)
    .map(([k, v]) => `\n${renderEntry(k, v, column + 2)}`)
    .join("");
}

/** Words into lines of at most `width` characters (a longer word gets its own line). */
function fold(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/ +/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
