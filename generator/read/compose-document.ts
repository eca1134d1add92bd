// yaml's parseDocument from the syntax tree's tokens already made (by the
// walk that checks how deep the file nests, nesting-depth.ts), where
// parseDocument would run the Parser over the text a second time: the same
// Composer over the same tokens, the same one document.

import { Composer, type CST, type Document, YAMLParseError } from "yaml";

/** The failsafe schema, duplicate keys kept (duplicate-keys.ts finds them with both places). */
const OPTIONS = { schema: "failsafe", uniqueKeys: false, prettyErrors: false } as const;

/** The first document of `tokens` (the whole of `text`), a second one an error on it, as parseDocument gives. */
export function composeDocument(tokens: readonly CST.Token[], text: string): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(OPTIONS).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      const message = "Source contains multiple documents; please use YAML.parseAllDocuments()";
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", message));
      break;
    }
  }
  // compose's end gives a document at the latest, forced (its second argument) for a text without one.
  return doc as Document.Parsed;
}
