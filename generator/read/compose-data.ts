// A spec file's data made straight from yaml's syntax tree (its Parser's CST),
// for the files of the plain form a spec is written in: mappings, lists and
// text, no anchor, alias, tag, explicit key, directive or tab, nested at
// most MAX_NESTING deep (nesting-depth.ts). yaml's composer builds a node with
// its range for every value and key, and toJS then copies them into data; a
// first run needs the data and its key places (the fields' and the top
// level's: field-key-places.ts) only, the nodes being
// asked for again (SourceMap parses the text) only where a diagnostic is
// written. Each check of the composer that such a file can meet is made here
// in the same way, and a file that fails one, or holds anything else, or a key
// twice, is given up on (undefined): parsing it whole words its diagnostics as
// before.

import { CST, type LineCounter } from "yaml";
import {
  containsNewline,
  emptyScalarPosition,
  flowEnd,
  flowItemStart,
  GIVE_UP,
  isBlank,
  isBlock,
  isCollection,
  isFlowScalar,
  props,
} from "./compose-checks.js";
import { valueKey } from "./field-key-places.js";
import { propsStart } from "./key-props.js";
import { syntaxTree, type SyntaxTree } from "./nesting-depth.js";

type Token = CST.Token;
type SourceToken = CST.SourceToken;

/** The file's data and its key places (as fieldKeyPlaces writes them), or undefined. */
export function composeData(
  text: string,
  tree: SyntaxTree = syntaxTree(text),
): { readonly data: unknown; readonly keys: string } | undefined {
  // Tabs are where most of the composer's checks of white space lie: a file with one is parsed whole. A file nested
  // too deep is reported by the whole parse (parse-spec-file.ts), which does not compose it.
  if (text.includes("\t") || "tooDeep" in tree) return undefined;
  const { tokens, lines } = tree;
  try {
    let document: CST.Document | undefined;
    for (const token of tokens) {
      if (token.type === "document" && !document) document = token;
      else if (token.type !== "comment" && token.type !== "newline" && token.type !== "space") return undefined;
    }
    // A document of a collection, with no `---` before it, and white space and comments around it.
    if (!document?.value || !isCollection(document.value)) return undefined;
    if (props(document.start, "doc-start", false, true).found) return undefined;
    if (!(document.end ?? []).every(isBlank)) return undefined;
    const places: (string | number)[] = [];
    const data = new DataComposer(text, lines, places).node(document.value, []);
    return { data, keys: JSON.stringify(places) };
  } catch {
    // GIVE_UP: the whole parse says what it says of it.
    return undefined;
  }
}

/** Any problem the scalar's own resolution reports (bad escapes, indentation, comments without a space). */
const onScalarError = (): never => {
  throw GIVE_UP;
};

/** The data of a document's nodes, each checked as yaml's composer checks it (compose-checks.ts). */
class DataComposer {
  constructor(
    private readonly text: string,
    private readonly lines: LineCounter,
    private readonly places: (string | number)[],
  ) {}

  /** Where the value composed last ends, as yaml's range of its node does (a mapping's `:` is checked against it). */
  private end = 0;

  /** A value's data; `path` is the keys from the top through mappings alone (null past a list), for key places. */
  node(token: Token, path: string[] | null): unknown {
    switch (token.type) {
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
      case "block-scalar":
        return this.scalar(token);
      case "block-map":
        return this.blockMap(token, path);
      case "block-seq":
        return this.blockSeq(token);
      case "flow-collection":
        return token.start.source === "{" ? this.flowMap(token, path) : this.flowSeq(token);
      default:
        throw GIVE_UP;
    }
  }

  /** An empty value, at the end of `before` (composeEmptyNode). */
  private empty(before: readonly SourceToken[], end: number): string {
    this.end = before.some((token) => token.type === "comment") ? end : emptyScalarPosition(end, before);
    return "";
  }

  private scalar(token: CST.FlowScalar | CST.BlockScalar): string {
    const resolved = CST.resolveAsScalar(token, true, onScalarError);
    if (resolved === null) throw GIVE_UP;
    this.end = resolved.range[2];
    return resolved.value;
  }

  private blockMap(map: CST.BlockMap, path: string[] | null): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    let offset = map.offset;
    let commentEnd: number | undefined;
    for (const [index, { start, key, sep, value }] of map.items.entries()) {
      const keyProps = props(start, "explicit-key-ind", false, true, offset);
      if (keyProps.found) throw GIVE_UP;
      if (!key && !sep) {
        // A comment alone, which the composer takes only after the last pair.
        if (index !== map.items.length - 1) throw GIVE_UP;
        commentEnd = keyProps.end;
        continue;
      }
      if (!key || !sep || !isFlowScalar(key) || key.indent !== map.indent || containsNewline(key)) throw GIVE_UP;
      const valueProps = props(sep, "map-value-ind", false, false);
      const found = valueProps.found;
      if (!found || (value?.type === "block-map" && !valueProps.hasNewline)) throw GIVE_UP;
      // The composer wants the `:` at most 1024 characters after where the key's line starts to hold it.
      if (keyProps.end < found.offset - 1024) throw GIVE_UP;
      this.add(data, key, value, sep, valueProps.end, path);
      offset = this.end;
    }
    if (commentEnd !== undefined && commentEnd < offset) throw GIVE_UP;
    this.end = commentEnd ?? offset;
    return data;
  }

  private blockSeq(seq: CST.BlockSequence): unknown[] {
    const data: unknown[] = [];
    let offset = seq.offset;
    let commentEnd: number | undefined;
    for (const { start, value } of seq.items) {
      const itemProps = props(start, "seq-item-ind", false, true, offset);
      if (!itemProps.found) {
        if (value) throw GIVE_UP;
        commentEnd = itemProps.end;
        continue;
      }
      data.push(value ? this.node(value, null) : this.empty(start, itemProps.end));
      offset = this.end;
    }
    this.end = commentEnd ?? offset;
    return data;
  }

  private flowMap(map: CST.FlowCollection, path: string[] | null): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const [index, { start, key, sep, value }] of map.items.entries()) {
      const empty = !key && !sep && !value;
      if (flowItemStart(start, index, map.items.length, empty)) continue;
      const valueProps = props(sep ?? [], "map-value-ind", true, false);
      if (!key || !isFlowScalar(key) || !sep || !valueProps.found || isBlock(value)) throw GIVE_UP;
      this.add(data, key, value, sep, valueProps.end, path);
    }
    this.end = flowEnd(map, "}");
    return data;
  }

  private flowSeq(seq: CST.FlowCollection): unknown[] {
    const data: unknown[] = [];
    for (const [index, { start, key, sep, value }] of seq.items.entries()) {
      if (flowItemStart(start, index, seq.items.length, !key && !sep && !value)) continue;
      if (key || sep || !value || isBlock(value)) throw GIVE_UP;
      data.push(this.node(value, null));
    }
    this.end = flowEnd(seq, "]");
    return data;
  }

  /** A pair into a mapping's data as toJS adds it, its key's place kept when the mapping is a `fields` or the top. */
  private add(
    data: Record<string, unknown>,
    key: CST.FlowScalar,
    value: Token | undefined,
    sep: readonly SourceToken[],
    sepEnd: number,
    path: string[] | null,
  ): void {
    const name = this.scalar(key);
    // A key given twice (or `<<`, which some schemas merge) is worded by the whole parse.
    if (Object.hasOwn(data, name) || name === "<<") throw GIVE_UP;
    const keyPath = path && [...path, name];
    if (keyPath && (path.length === 0 || path.at(-1) === "fields")) {
      const { line, col } = this.lines.linePos(propsStart(this.text, key.offset));
      this.places.push(JSON.stringify(keyPath), line, col);
    }
    const item = value ? this.node(value, keyPath) : this.empty(sep, sepEnd);
    // A top-level text's place, as fieldKeyPlaces gives it: where yaml's node of it starts.
    if (keyPath && path.length === 0 && value && isScalarToken(value)) {
      const { line, col } = this.lines.linePos(value.offset);
      this.places.push(valueKey(keyPath), line, col);
    }
    if (name in data)
      Object.defineProperty(data, name, { value: item, writable: true, enumerable: true, configurable: true });
    else data[name] = item;
  }
}

const isScalarToken = (token: Token): token is CST.FlowScalar | CST.BlockScalar =>
  token.type === "scalar" ||
  token.type === "single-quoted-scalar" ||
  token.type === "double-quoted-scalar" ||
  token.type === "block-scalar";
