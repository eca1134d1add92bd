// What of a spec could not be checked: a file that cannot be read, or an
// entry that fails its schema (passed-parts.ts). A reference into it is not
// reported as unknown: its cause is reported already, and the reference may
// well be right.

import { isMap, type Document } from "yaml";
import type { ParsedFile } from "../read/parse-spec-file.js";
import { keyText, type SpecPath } from "../read/source-map.js";
import type { SpecFile } from "../read/spec-files.js";

export interface Unchecked {
  /** Dictionary fields that may exist. */
  readonly dictionaryFields: Set<string>;
  /** Value lists that may exist. */
  readonly valueLists: Set<string>;
  /** Fields of an operation's messages that exist but were left out, by file: "request.seal". */
  readonly messageFields: Map<string, Set<string>>;
  /** Whether every file was checked whole: else a value list may look unused only because its user was left out. */
  whole: boolean;
}

export const noneUnchecked = (): Unchecked => ({
  dictionaryFields: new Set(),
  valueLists: new Set(),
  messageFields: new Map(),
  whole: true,
});

/** Whether `message.field` of the operation in `file` was left out. */
export const isLeftOut = (unchecked: Unchecked | undefined, file: string, message: string, field: string): boolean =>
  unchecked?.messageFields.get(file)?.has(`${message}.${field}`) ?? false;

/** Records the entries left out of a file that was checked in part (passed-parts.ts names them). */
export function leaveOut(unchecked: Unchecked, file: SpecFile, paths: readonly SpecPath[]): void {
  for (const path of paths) {
    unchecked.whole = false;
    const [top = "", second = "", name = ""] = path.map(String);
    if (file.kind === "dictionary" && top === "fields") unchecked.dictionaryFields.add(second);
    else if (file.kind === "dictionary" && top === "valueLists") unchecked.valueLists.add(second);
    else if (file.kind === "operation" && path.length === 3 && second === "fields") {
      const fields = unchecked.messageFields.get(file.displayPath) ?? new Set<string>();
      fields.add(`${top}.${name}`);
      unchecked.messageFields.set(file.displayPath, fields);
    }
  }
}

/**
 * Records what a dictionary file left out entire seems to define: every key
 * of each top-level mapping (a misspelled `valueList:` holds lists all the
 * same), read from its data, else from its syntax, else from its lines.
 */
export function leaveOutDictionary(unchecked: Unchecked, parsed: ParsedFile): void {
  unchecked.whole = false;
  const names = parsed.data === undefined ? namesInSyntax(parsed) : namesInData(parsed.data);
  for (const name of names) {
    unchecked.dictionaryFields.add(name);
    unchecked.valueLists.add(name);
  }
}

function namesInData(data: unknown): string[] {
  if (typeof data !== "object" || data === null) return [];
  return Object.values(data).flatMap((v) =>
    typeof v === "object" && v !== null && !Array.isArray(v) ? Object.keys(v) : [],
  );
}

/** A file that does not parse: what its YAML document kept, and what its lines show past the first error. */
function namesInSyntax(parsed: ParsedFile): string[] {
  return [...namesInDocument(parsed.map.document), ...namesInLines(parsed.file.text)];
}

function namesInDocument(document: Document): string[] {
  const top = document.contents;
  if (!isMap(top)) return [];
  return top.items.flatMap((pair) => (isMap(pair.value) ? pair.value.items.map((p) => keyText(p.key)) : []));
}

/**
 * The keys one level in from the top, line by line: the YAML parser stops
 * understanding a file at its first error, a dictionary's entries each
 * start on a line of their own at one indentation. Lines end as an editor
 * ends them, at a carriage return alone too (a file left out for those).
 */
function namesInLines(text: string): string[] {
  const names: string[] = [];
  let indent: number | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = /^( *)(?:"([^"]+)"|'([^']+)'|([^\s#'"-][^:#]*?)):(?:\s|$)/.exec(line);
    if (!match) continue;
    const depth = match[1]?.length ?? 0;
    if (depth === 0) indent = undefined;
    else if (indent === undefined) indent = depth;
    if (depth > 0 && depth === indent) names.push(match[2] ?? match[3] ?? match[4] ?? "");
  }
  return names;
}
