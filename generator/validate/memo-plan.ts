// The plan of a run with a memo: the spec's files, when every one parsed
// cleanly, each operation with the key its facts are remembered under.

import type { ParsedFile } from "../read/parse-spec-file.js";
import type { SpecDocuments } from "../read/read-documents.js";
import type { RawDictionary, RawOperation } from "../rules/raw-spec.js";
import type { RawPlatform } from "../rules/raw-platform.js";
import type { ChecksOfRun } from "./check-schema-once.js";
import type { Located } from "./located.js";
import { dictionaryKeyOf, operationFactsKey } from "./remembered-facts.js";

/** The files of a spec whose every file parsed cleanly, each operation with the key of its facts. */
export interface Plan {
  readonly read: SpecDocuments;
  readonly platform: Located<RawPlatform>;
  readonly dictionaries: readonly Located<RawDictionary>[];
  readonly operations: readonly PlannedOperation[];
  readonly dictionaryKey: string;
  /** The files checked alone are checked again with the whole spec when one has an error: against the schema once. */
  readonly schemaChecks: ChecksOfRun;
}

/** An operation file, with the key of its facts. */
export interface PlannedOperation extends Located<RawOperation> {
  readonly key: string;
  readonly parsed: ParsedFile;
}

/** Undefined when some file has a problem already (the full checks word it) or there is no single platform file. */
export function planOf(read: SpecDocuments): Plan | undefined {
  const platforms: Located<RawPlatform>[] = [];
  const dictionaries: Located<RawDictionary>[] = [];
  const operations: ParsedFile[] = [];
  for (const parsed of read.documents) {
    const { file, map } = parsed;
    if (parsed.diagnostics.length > 0 || file.kind === "unexpected") return;
    // A file read later has facts: its data is an operation's.
    if (!parsed.later && (parsed.data === null || parsed.data === undefined)) return;
    if (file.kind === "operation") operations.push(parsed);
    else {
      if (file.kind === "platform") platforms.push({ raw: parsed.data as RawPlatform, file, map });
      else dictionaries.push({ raw: parsed.data as RawDictionary, file, map });
    }
  }
  const platform = platforms[0];
  if (!platform || platforms.length > 1) return undefined;
  const dictionaryKey = dictionaryKeyOf(read.input);
  const keyed = operations.map((parsed) => planned(parsed, operationFactsKey(dictionaryKey, parsed.file)));
  return { read, platform, dictionaries, operations: keyed, dictionaryKey, schemaChecks: new Map() };
}

/** An operation file with the key of its facts, its data read only when `raw` is (ParsedFile.later). */
const planned = (parsed: ParsedFile, key: string): PlannedOperation => ({
  get raw() {
    return parsed.data as RawOperation;
  },
  file: parsed.file,
  map: parsed.map,
  key,
  parsed,
});

/** The same as a located file, its data still read only when asked for. */
export const located = (op: PlannedOperation): Located<RawOperation> => ({
  get raw() {
    return op.raw;
  },
  file: op.file,
  map: op.map,
});
