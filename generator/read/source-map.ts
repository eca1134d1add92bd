import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";
import type { SourceLocation } from "../diagnostics/diagnostic.js";
import { propsStart } from "./key-props.js";

export type SpecPath = readonly (string | number)[];

/** A path as a reader would name it: `request.fields.someField`, or "the top level". */
export const describePath = (path: SpecPath): string => (path.length === 0 ? "the top level" : path.join("."));

/**
 * The line and column of the key at a path, where they are known without the document (a field's or a top-level
 * key of a file composed from its syntax tree, or parsed on the parse thread: field-key-places.ts); with `value`,
 * of the value there (a top-level key's text value); undefined for any other path.
 */
export type KnownKeys = (path: SpecPath, value?: true) => readonly [line: number, column: number] | undefined;

/** A text's YAML document and where its lines start: what a source map given the text alone reads places from. */
export interface ParsedText {
  readonly doc: Document;
  readonly lines: LineCounter;
}

/** The text's YAML document, parsed whole (a key given twice kept, as the duplicate-key pass finds it), and its lines. */
export function parseText(text: string): ParsedText {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { schema: "failsafe", lineCounter: lines, uniqueKeys: false }), lines };
}

let textParser = parseText;

/**
 * Puts `parser` in parseText's place for the source maps given their text alone, for a process that asks for
 * places in the same texts again and again (the tests share them by text: test/support/shared-parses.ts). It must
 * give what parseText gives; the document is only read.
 */
export function useTextParser(parser: (text: string) => ParsedText): void {
  textParser = parser;
}

/**
 * Maps a path in the parsed data (["request", "fields", "someField"]) back to
 * file:line:column. A path that goes deeper than the document points at the
 * deepest node that exists, so a diagnostic always has a useful place.
 */
export class SourceMap {
  private parsed: { doc: Document; lines: LineCounter } | undefined;

  /**
   * From a parsed document and its text, or from the text alone, parsed the first time a place is asked for
   * that `known` does not give.
   */
  constructor(
    readonly file: string,
    source: { readonly doc: Document; readonly lines: LineCounter; readonly text: string } | { readonly text: string },
    private readonly known?: KnownKeys,
  ) {
    if ("doc" in source) this.parsed = { doc: source.doc, lines: source.lines };
    this.textSource = source;
  }

  /** Holds the text, read only when a place is asked for: a file known from the memo may not have been read yet. */
  private readonly textSource: { readonly text: string };

  private get source(): { doc: Document; lines: LineCounter } {
    this.parsed ??= textParser(this.textSource.text);
    return this.parsed;
  }

  /** The YAML document: the one parsing made, or parsed from the text now (a file known from the memo). */
  get document(): Document {
    return this.source.doc;
  }

  /** Location of the value at `path`. */
  value(path: SpecPath): SourceLocation {
    const known = this.knownValueAt(path);
    if (known) return known;
    const { node, pair } = this.walk(path);
    return this.position(node ?? (isNode(pair?.key) ? pair.key : null));
  }

  /** Location of the value at `path` where it is known without parsing the text (known, or the document at hand). */
  knownValue(path: SpecPath): SourceLocation | undefined {
    return this.knownValueAt(path) ?? (this.parsed && this.value(path));
  }

  /** The value's place as the known places give it: at the top level only, no lookup for a file's deeper paths. */
  private knownValueAt(path: SpecPath): SourceLocation | undefined {
    const known = path.length === 1 ? this.known?.(path, true) : undefined;
    return known && { file: this.file, line: known[0], column: known[1] };
  }

  /** Location of the key that names the value at `path`, at its tag or anchor if it has one (the value's own place for list items). */
  key(path: SpecPath): SourceLocation {
    const known = this.known?.(path);
    if (known) return { file: this.file, line: known[0], column: known[1] };
    const { node, pair, complete } = this.walk(path);
    if (complete && pair && isNode(pair.key))
      return this.at(propsStart(this.textSource.text, pair.key.range?.[0] ?? 0));
    return this.position(node);
  }

  /** The mapping last looked in, and its pairs: the diagnostics of one mapping (150,000 unknown keys) come together. */
  private lastMap: { readonly map: YAMLMap; readonly pairs: Map<string, Pair> } | undefined;

  private pairsIn(map: YAMLMap): Map<string, Pair> {
    if (this.lastMap?.map !== map) this.lastMap = { map, pairs: pairsOf(map) };
    return this.lastMap.pairs;
  }

  private walk(path: SpecPath): { node: Node | null; pair: Pair | null; complete: boolean } {
    let node: unknown = this.source.doc.contents;
    let pair: Pair | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const found = this.pairsIn(node).get(String(segment));
        if (!found) return { node: node as Node, pair, complete: false };
        pair = found;
        node = found.value;
      } else if (isSeq(node) && /^\d+$/.test(String(segment)) && Number(segment) < node.items.length) {
        // Indexes come as numbers from the spec's data and as strings from JSON Pointers.
        pair = null;
        node = node.items[Number(segment)];
      } else {
        return { node: isNode(node) ? node : null, pair, complete: false };
      }
    }
    return { node: isNode(node) ? node : null, pair, complete: true };
  }

  private position(node: Node | null): SourceLocation {
    const offset = node?.range?.[0] ?? 0;
    return this.at(offset);
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.source.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

/**
 * The pairs of a mapping by key text (the last of duplicates, the one whose
 * value the data holds), built once per mapping: a file with n keys in one
 * mapping and a diagnostic for each looks each up in constant time, not in n steps.
 */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      if (!isPair(item)) continue;
      const key = keyText(item.key);
      index.set(key, item);
    }
    pairIndex.set(map, index);
  }
  return index;
}

/**
 * Takes `index` as the pairs of `map` by key text: parsing, which finds the duplicate keys, builds the same index,
 * and a mapping of 150,000 keys was indexed twice. It must hold the last pair of each key text, every pair counted.
 * Parsing's index also reads a key given through an alias as its anchor's text, as the data does, where pairsOf,
 * which has no document to resolve it in, would not find that key at all.
 */
export function keepPairIndex(map: YAMLMap, index: Map<string, Pair>): void {
  pairIndex.set(map, index);
}

export const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && "range" in value;
