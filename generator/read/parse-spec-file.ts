import { type LineCounter, visit, Document } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { composeData } from "./compose-data.js";
import { composeDocument } from "./compose-document.js";
import { placedErrors, withoutIndentCascade } from "./indent-errors.js";
import { knownKeys } from "./field-key-places.js";
import { itemsRunOn } from "./item-run-on.js";
import { findDuplicateKeys } from "./duplicate-keys.js";
import { MAX_NESTING, syntaxTree, type SyntaxTree } from "./nesting-depth.js";
import { SourceMap, type KnownKeys } from "./source-map.js";
import type { SpecFile } from "./spec-files.js";

export interface ParsedFile {
  readonly file: SpecFile;
  /** Plain data; every scalar is a string (YAML failsafe schema). Undefined when the file cannot be read as data. */
  readonly data: unknown;
  /** Places in the file, and its YAML document (see SourceMap.document). */
  readonly map: SourceMap;
  /** What parsing found: bytes that are not clean text, YAML syntax, duplicate keys, an alias bomb, nesting too deep. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Set when the data is read only when first asked for (an operation file
   * whose text parsed cleanly before: read-documents.ts), so that a stage
   * that can do without it does not read it.
   */
  readonly later?: true;
  /** The key places as fieldKeyPlaces writes them, when the data was made without a YAML document (compose-data.ts). */
  readonly keyPlaces?: string;
}

/**
 * Parses one spec file. The failsafe schema reads every scalar as text, so
 * `since: 1.0` stays "1.0" and a value `00` stays "00" instead of becoming
 * numbers. Duplicate keys are found here, with both places, because YAML
 * itself would only keep one of them.
 */
export function parseSpecFile(file: SpecFile): ParsedFile {
  if (file.textProblem) return unreadable(file);
  // A file of the plain form, clean: its data and key places from the syntax tree; its document only if asked for.
  const tree = syntaxTree(file.text);
  const composed = composeData(file.text, tree);
  // A list item run on into the item above (item-run-on.ts) is valid YAML, and said by the whole parse.
  if (composed && !("tokens" in tree && itemsRunOn(file.text, tree.tokens).length > 0))
    return { ...parsedFromMemo(file, composed.data, knownKeys(composed.keys)), keyPlaces: composed.keys };
  return parseSpecDocument(file, tree);
}

/** A file of clean text parsed whole into its YAML document: what parseSpecFile gives for a file composeData gives up on. */
export function parseSpecDocument(file: SpecFile, tree: SyntaxTree = syntaxTree(file.text)): ParsedFile {
  // Its syntax tree first, its depth checked as it is built (nesting-depth.ts), then composed: a bounded recursion.
  const { lines } = tree;
  if ("tooDeep" in tree) return tooDeep(file, lines, tree.tooDeep);
  const doc = composeDocument(tree.tokens, file.text);
  const map = new SourceMap(file.displayPath, { doc, lines, text: file.text });
  const diagnostics: Diagnostic[] = [];
  for (const { offset, detail } of placedErrors(file.text, tree.tokens, [
    ...withoutIndentCascade(file.text, doc.errors),
    ...doc.warnings,
  ]))
    diagnostics.push(diagnostic("yaml-syntax", map.at(offset), { detail }));
  if (doc.errors.length === 0)
    for (const { offset, detail } of itemsRunOn(file.text, tree.tokens))
      diagnostics.push(diagnostic("yaml-syntax", map.at(offset), { detail }));
  const found = diagnostics.length;
  if (doc.errors.length === 0) findDuplicateKeys(doc, file.text, doc.contents, [], map, diagnostics);
  // A list, a mapping or bytes as a key (or an alias of one) has no place in a spec: JavaScript would make text of it.
  const collectionKey = diagnostics.slice(found).some((d) => d.code === "yaml-syntax");
  const data = doc.errors.length === 0 && !collectionKey ? toData(doc, map, diagnostics) : undefined;
  return { file, data, map, diagnostics };
}

/** Codes after which a file has no data to check further. */
const UNREADABLE_CODES: ReadonlySet<string> = new Set([
  "yaml-syntax",
  "bad-encoding",
  "control-character",
  "cr-line-end",
  "too-many-aliases",
  "too-deep",
]);

/** Whether parsing left no data to check further. */
export const isUnreadable = (parsed: ParsedFile): boolean =>
  parsed.diagnostics.some((d) => UNREADABLE_CODES.has(d.code));

/** A file whose bytes are not clean text: one diagnostic where the first bad byte is, nothing parsed. */
function unreadable(file: SpecFile): ParsedFile {
  const problem = file.textProblem;
  const map = new SourceMap(file.displayPath, { text: file.text });
  const at = { file: file.displayPath, line: problem?.line ?? 1, column: problem?.column ?? 1 };
  const diagnostics =
    problem?.kind === "control-character"
      ? [diagnostic("control-character", at, { codePoint: problem.detail })]
      : problem?.kind === "cr-line-end"
        ? [diagnostic("cr-line-end", at, {})]
        : [diagnostic("bad-encoding", at, { bytes: problem?.detail ?? "", utf16: problem?.kind === "utf-16" })];
  return { file, data: undefined, map, diagnostics };
}

/**
 * A file nested too deep to compose: one diagnostic where its first collection past the limit starts, and an
 * empty document in its source map, so that nothing composes the file later (SourceMap would parse its text).
 */
function tooDeep(file: SpecFile, lines: LineCounter, offset: number): ParsedFile {
  const doc = new Document(null, { schema: "failsafe" });
  const map = new SourceMap(file.displayPath, { doc, lines, text: file.text });
  const diagnostics = [diagnostic("too-deep", map.at(offset), { limit: MAX_NESTING })];
  return { file, data: undefined, map, diagnostics };
}

/** Aliases may repeat a node at most this many times its size: far more than a spec needs, far less than a bomb. */
const MAX_ALIAS_COUNT = 100;

function toData(doc: Document, map: SourceMap, out: Diagnostic[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    out.push(diagnostic("too-many-aliases", map.at(firstAliasOffset(doc)), { limit: MAX_ALIAS_COUNT }));
    return undefined;
  }
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * A file whose data is known from an earlier run (the same text parsed with no problem then), or from the
 * parse thread, which tells where its keys are (`known`).
 */
export const parsedFromMemo = (file: SpecFile, data: unknown, known?: KnownKeys): ParsedFile => ({
  file,
  data,
  map: new SourceMap(file.displayPath, file, known),
  diagnostics: [],
});
