// The parsed documents of the texts a sync edits, by text: each pass of a
// sync edits the files anew, most of them as the pass before left them, and
// an editor (yaml-text.ts) only reads its document, its edits being spliced
// into the text. Emptied past a bound of text: a document takes some thirty
// times its text in memory.

import { parseDocument, type Document } from "yaml";

const documents = new Map<string, Document>();
let documentsText = 0;
const DOCUMENTS_TEXT_KEPT = 1_000_000;

/** The document of `text`, parsed once per text; it must only be read. */
export function documentOf(text: string): Document {
  let doc = documents.get(text);
  if (doc === undefined) {
    doc = parseDocument(text, { schema: "failsafe", uniqueKeys: false });
    if (documentsText + text.length > DOCUMENTS_TEXT_KEPT) {
      documents.clear();
      documentsText = 0;
    }
    documents.set(text, doc);
    documentsText += text.length;
  }
  return doc;
}
