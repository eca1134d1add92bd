// Spec files parsed once per worker for all the generations that read the
// same text. Tests generate the repository's spec and its fixtures again and
// again, most often with one file edited: before this, two parses in three
// were of a text the worker had parsed already. It puts its parser in
// parseSpecFile's place (generator/read/read-documents.ts) when loaded, and
// the setup file (file-setup.ts) puts it back before each test file. The
// parses are kept here, not in the setup module: vitest evaluates that one
// again for each file, which would keep them for one file only.
//
// parseSpecFile is a function of the file's text and of the path its
// diagnostics name. The text is the key here, and a parse kept for another
// path is given under the file's own (its diagnostics and places name it):
// the tests' workspaces hold the same texts under paths of their own, and
// about a third of the parses were of a text the worker had parsed under
// another path. A parse given is the parse that would be made. Its data and
// diagnostics are frozen, shared by the generations that read them: a stage that changed them in place would throw,
// in every test, rather than leak into another (its YAML document is only
// read, for places).
//
// A file whose data was made without its document (composed from the syntax
// tree, or known from the memo) has its text parsed whole by its source map
// when a diagnostic first needs a place in it: once per generation, each with
// a source map of its own. Those documents are shared by text too (a document
// is a function of its text alone), its parser put in the source map's place
// (generator/read/source-map.ts): in a run of the suite some two parses in
// three of them were of a text the worker had parsed so before.
import { LineCounter } from "yaml";
import { knownKeys } from "../../generator/read/field-key-places.js";
import { parsedFromMemo, parseSpecFile, type ParsedFile } from "../../generator/read/parse-spec-file.js";
import { parseText, SourceMap, useTextParser, type ParsedText } from "../../generator/read/source-map.js";
import { usePageReader, useParser } from "../../generator/read/read-documents.js";
import { readPage } from "../../generator/read/page/read-page.js";
import { sharedPageRead } from "./shared-pages.js";
import type { SpecFile } from "../../generator/read/spec-files.js";

/** A text longer than this (the hostile inputs of the tests of size) is parsed each time and not kept. */
const LONGEST = 100_000;
/**
 * The characters of text whose parses are kept (a parse takes about 30 bytes of heap a character); the parses
 * used least recently are dropped past it. In a run of the suite, a worker keeping this much is spared nearly all
 * it would be spared keeping everything.
 */
const KEPT_CHARACTERS = 500_000;

/** By text: most recently used last. */
const kept = new Map<string, ParsedFile>();
let keptCharacters = 0;

export function sharedParse(file: SpecFile): ParsedFile {
  if (file.textProblem || file.text.length > LONGEST) return parseSpecFile(file);
  const key = file.text;
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return found.file.displayPath === file.displayPath ? { ...found, file } : movedTo(found, file);
  }
  const parsed = parseSpecFile(file);
  deepFreeze(parsed.data);
  deepFreeze(parsed.diagnostics);
  kept.set(key, parsed);
  keptCharacters += file.text.length;
  for (const [old, { file: oldFile }] of kept) {
    if (keptCharacters <= KEPT_CHARACTERS) break;
    kept.delete(old);
    keptCharacters -= oldFile.text.length;
  }
  return parsed;
}

/** A parse kept for another path, as it would be made for `file`: its diagnostics and places name `file`'s path. */
function movedTo(parsed: ParsedFile, file: SpecFile): ParsedFile {
  // Composed without a document (compose-data.ts): no diagnostics, and its key places are the text's.
  if (parsed.keyPlaces !== undefined) return composedFor(file, parsed.data, parsed.keyPlaces);
  const from = parsed.file.displayPath;
  const named = <T extends { readonly file: string }>(at: T): T =>
    at.file === from ? { ...at, file: file.displayPath } : at;
  const diagnostics = parsed.diagnostics.map((d) => ({ ...named(d), related: d.related.map(named) }));
  deepFreeze(diagnostics);
  // The same document, its lines counted again: where each starts, as the parser counts them.
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = file.text.indexOf("\n"); at >= 0; at = file.text.indexOf("\n", at + 1)) lines.addNewLine(at + 1);
  const map = new SourceMap(file.displayPath, { doc: parsed.map.document, lines, text: file.text });
  return { file, data: parsed.data, map, diagnostics };
}

/** A composed parse as composeData would make it for `file`: the same data and key places, its places read from its text. */
function composedFor(file: SpecFile, data: unknown, keyPlaces: string): ParsedFile {
  return { ...parsedFromMemo(file, data, knownKeys(keyPlaces)), keyPlaces };
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  // A typed array (a `!!binary` scalar) cannot be frozen; it is kept as parsed.
  if (ArrayBuffer.isView(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

/**
 * The documents of the texts whose places were asked for without one (a file composed from its syntax tree, or
 * known from the memo: its source map parses its text when a diagnostic needs a place), by text, most recently
 * used last. A document depends on its text alone, and is only read.
 */
const keptDocuments = new Map<string, ParsedText>();
let keptDocumentCharacters = 0;

export function sharedTextParse(text: string): ParsedText {
  if (text.length > LONGEST) return parseText(text);
  const found = keptDocuments.get(text);
  if (found) {
    keptDocuments.delete(text);
    keptDocuments.set(text, found);
    return found;
  }
  const parsed = parseText(text);
  keptDocuments.set(text, parsed);
  keptDocumentCharacters += text.length;
  for (const old of keptDocuments.keys()) {
    if (keptDocumentCharacters <= KEPT_CHARACTERS) break;
    keptDocuments.delete(old);
    keptDocumentCharacters -= old.length;
  }
  return parsed;
}

/** `run` with every file parsed and every page read anew, as outside the tests: for a test of two whole runs. */
export async function parsedAnew<T>(run: () => Promise<T>): Promise<T> {
  useParser(parseSpecFile);
  useTextParser(parseText);
  usePageReader(readPage);
  try {
    return await run();
  } finally {
    useParser(sharedParse);
    useTextParser(sharedTextParse);
    usePageReader(sharedPageRead);
  }
}

useParser(sharedParse);
useTextParser(sharedTextParse);
