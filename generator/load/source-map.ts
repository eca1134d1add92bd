import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from "yaml";
import type { SourceLocation } from "../diagnostics/diagnostic.js";

export type SpecPath = readonly (string | number)[];

/**
 * Maps a path in the parsed data (["request", "fields", "someField"]) back to
 * file:line:column. A path that goes deeper than the document points at the
 * deepest node that exists, so a diagnostic always has a useful place.
 */
export class SourceMap {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Location of the value at `path`. */
  value(path: SpecPath): SourceLocation {
    const { node, pair } = this.walk(path);
    return this.position(node ?? (isNode(pair?.key) ? pair.key : null));
  }

  /** Location of the key that names the value at `path` (the value's own place for list items). */
  key(path: SpecPath): SourceLocation {
    const { node, pair, complete } = this.walk(path);
    if (complete && pair && isNode(pair.key)) return this.position(pair.key);
    return this.position(node);
  }

  private walk(path: SpecPath): { node: Node | null; pair: Pair | null; complete: boolean } {
    let node: unknown = this.doc.contents;
    let pair: Pair | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const found = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
        if (!found) return { node: node as Node, pair, complete: false };
        pair = found;
        node = found.value;
      } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
        pair = null;
        node = node.items[segment];
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
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

export const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && "range" in value;
