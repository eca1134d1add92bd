// The printer's text of a shared file's document, remembered under a hash of
// the document: printDocToString is a function of the document and the
// options alone (the options are the generator's, in its fingerprint), so an
// unchanged document gives the text it gave. With one operation changed among
// a thousand, client.ts's document is the one before but for that operation's
// piece, which is a mark in it (spliced-lines.ts): the printer's walk over the
// thousand members of its unions and lists is skipped, while building the
// document still checks every name the file declares and imports.
//
// client.ts goes further (rememberedText, TsFile.renderSplicing): its text
// before splicing is keyed by the JSON of what it holds, so its document is
// not even built.
//
// Only while a memo is lent (withPrintMemo, around the shared files): an
// operation's own files are remembered whole with the operation.

import { createHash } from "node:crypto";
import type { builders } from "prettier/doc";

type Doc = builders.Doc;

/** Printed texts by the hash of their document; `set` is kept for the memo to write after the files are made. */
export interface PrintMemo {
  readonly get: (hash: string) => string | undefined;
  readonly set: (hash: string, text: string) => void;
}

let lent: PrintMemo | null = null;

/** `make()` with `memo` lent to every file it prints. Synchronous, so that nothing else prints meanwhile. */
export function withPrintMemo<T>(memo: PrintMemo, make: () => T): T {
  lent = memo;
  try {
    return make();
  } finally {
    lent = null;
  }
}

/** `print(doc)`, or what it printed for the same document before. The hash is taken before printing, which marks the document's groups. */
export function rememberedPrint(doc: Doc, print: (doc: Doc) => string): string {
  if (lent === null) return print(doc);
  const memo = lent;
  const hash = docHash(doc);
  const known = memo.get(hash);
  if (known !== undefined) return known;
  const text = print(doc);
  memo.set(hash, text);
  return text;
}

/**
 * `make()`, or the text it made before from the same inputs: for a file whose
 * text is a function of `inputs` (plain data: JSON) and the generator alone.
 * The key is the hash of their JSON, which for client.ts's thousand pieces
 * costs a fraction of building its document and hashing that (docHash): the
 * document's names and imports are then neither worked out nor checked again,
 * as they were checked when the same inputs made the text. `kind` keeps files
 * of equal inputs apart.
 */
export function rememberedText(kind: string, inputs: unknown, make: () => string): string {
  if (lent === null) return make();
  const memo = lent;
  const hash = createHash("sha256").update(`${kind}\n`).update(JSON.stringify(inputs)).digest("hex");
  const known = memo.get(hash);
  if (known !== undefined) return known;
  const text = make();
  memo.set(hash, text);
  return text;
}

/**
 * A hash of a document: every value of every command, in order. A group's id
 * is a symbol, which stands for itself only: it is written as the order in
 * which the document first names it, which is all the printer reads of it.
 */
export function docHash(doc: Doc): string {
  const hash = createHash("sha256");
  const symbols = new Map<symbol, number>();
  const parts: string[] = [];
  const flush = () => {
    hash.update(parts.join(""));
    parts.length = 0;
  };
  const walk = (value: unknown): void => {
    switch (typeof value) {
      case "string":
        parts.push(`s${value.length}:`, value);
        break;
      case "number":
      case "boolean":
        parts.push(`${(typeof value)[0]}${String(value)};`);
        break;
      case "undefined":
        parts.push("u");
        break;
      case "symbol": {
        let index = symbols.get(value);
        if (index === undefined) symbols.set(value, (index = symbols.size));
        parts.push(`y${index};`);
        break;
      }
      case "object":
        if (value === null) parts.push("n");
        else if (Array.isArray(value)) {
          parts.push(`[${value.length};`);
          for (const item of value) walk(item);
        } else {
          const keys = Object.keys(value);
          parts.push(`{${keys.length};`);
          for (const key of keys) {
            parts.push(`k${key.length}:`, key);
            walk((value as Record<string, unknown>)[key]);
          }
        }
        if (parts.length > 4096) flush();
        break;
      default:
        // A function or bigint is no part of a document: a generator bug.
        throw new Error(`a document holds a ${typeof value}`);
    }
  };
  walk(doc);
  flush();
  return hash.digest("hex");
}
