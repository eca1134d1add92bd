// A code tree's lists as one flat list of prettier documents, adjacent plain
// texts joined: the printer makes a command of every nested list and every text
// it meets, and most texts of a file are a few characters.

import type { builders } from "prettier/doc";

type Doc = builders.Doc;

/**
 * Text in printable ASCII, whose width is its length: only such texts are
 * joined, so that the printer measures the joined text as the sum of the two
 * (it measures other texts by character, and emoji sequences as a whole).
 */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * A list is only concatenation to the printer, which makes a command of every
 * nested list and every text it meets (most texts of a file are a few
 * characters): the lists of a code tree are flattened into one, and adjacent
 * plain texts joined.
 */
export class FlatDocs {
  private readonly docs: Doc[] = [];
  /** Whether the last document is a text that may be joined. */
  private plainLast = false;

  text(text: string): void {
    if (text === "") return;
    const plain = PLAIN_ASCII.test(text);
    const last = this.docs.length - 1;
    if (plain && this.plainLast) this.docs[last] = (this.docs[last] as string) + text;
    else this.docs.push(text);
    this.plainLast = plain;
  }

  add(doc: Doc): void {
    if (typeof doc === "string") this.text(doc);
    else if (Array.isArray(doc)) for (const d of doc) this.add(d);
    else {
      this.docs.push(doc);
      this.plainLast = false;
    }
  }

  doc(): Doc {
    return this.docs.length === 1 ? (this.docs[0] as Doc) : this.docs;
  }
}
