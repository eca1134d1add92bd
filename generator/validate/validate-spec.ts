import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { parsedFromMemo, parseSpecFile, type ParsedFile } from "../load/parse-spec-file.js";
import type { RawDictionary, RawOperation, RawPlatform } from "../load/raw-spec.js";
import { PLATFORM_FILE, type SpecInput } from "../load/spec-files.js";
import { checkSchema } from "./check-schema.js";
import { checkDictionary, checkPlatform, type ListReference } from "./check-dictionary.js";
import { checkFields } from "./check-fields.js";
import { collectSites, dictionaryFields, type Sites } from "./field-sites.js";
import { checkDuplicateOperations, checkOperation } from "./check-operations.js";
import { checkStatus } from "./check-status.js";
import type { Located } from "./located.js";

export interface ValidSpec {
  readonly specDir: string;
  readonly platform: Located<RawPlatform>;
  readonly dictionaries: readonly Located<RawDictionary>[];
  readonly operations: readonly Located<RawOperation>[];
}

const EXPECTED = {
  platform: "the platform rules (platform:, seal:)",
  dictionary: "value lists (valueLists:)",
  operation: "one operation (operation:, request:, response:, ...)",
} as const;

export interface ValidationOutcome {
  readonly spec: ValidSpec | undefined;
  readonly diagnostics: Diagnostic[];
  /** Data of the files that passed every per-file check, by relPath: worth remembering. */
  readonly clean: ReadonlyMap<string, unknown>;
}

/**
 * Parses and checks every spec file, collecting all problems before giving up:
 * the spec is returned only when there is no error at all. `known` holds the
 * data of files whose text passed the per-file checks before (from the memo):
 * they are neither parsed nor checked again, only cross-checked.
 */
export function validateSpec(input: SpecInput, known: ReadonlyMap<string, unknown> = new Map()): ValidationOutcome {
  const diagnostics: Diagnostic[] = [];
  let platform: Located<RawPlatform> | undefined;
  const dictionaries: Located<RawDictionary>[] = [];
  const operations: Located<RawOperation>[] = [];
  const namesFromBrokenFiles = new Set<string>();
  const clean = new Map<string, unknown>();

  for (const file of input.files) {
    const remembered = file.kind === "unexpected" ? undefined : known.get(file.relPath);
    const { parsed, diagnostics: parseProblems } =
      remembered === undefined ? parseSpecFile(file) : { parsed: parsedFromMemo(file, remembered), diagnostics: [] };
    diagnostics.push(...parseProblems);
    if (file.kind === "unexpected") {
      diagnostics.push(diagnostic("unexpected-file", parsed.map.at(0), { places: `${PLATFORM_FILE}, dictionary/ and operations/` }));
      continue;
    }
    if (parseProblems.some((d) => d.code === "yaml-syntax")) continue;
    if (parsed.data === null || parsed.data === undefined) {
      diagnostics.push(diagnostic("empty-file", parsed.map.at(0), { expected: EXPECTED[file.kind] }));
      continue;
    }
    const schemaProblems = remembered === undefined ? checkSchema(parsed, file.kind) : [];
    diagnostics.push(...schemaProblems);
    if (schemaProblems.length > 0) {
      collectListNames(parsed, namesFromBrokenFiles);
      continue;
    }
    if (parseProblems.length === 0) clean.set(file.relPath, parsed.data);
    const located = { raw: parsed.data, file, map: parsed.map };
    if (file.kind === "platform") platform = located as Located<RawPlatform>;
    else if (file.kind === "dictionary") dictionaries.push(located as Located<RawDictionary>);
    else operations.push(located as Located<RawOperation>);
  }

  if (!input.files.some((f) => f.kind === "platform")) {
    const file = `${input.displayRoot}/${PLATFORM_FILE}`;
    diagnostics.push(diagnostic("missing-platform", { file, line: 1, column: 1 }, { file }));
  }
  if (platform) diagnostics.push(...checkPlatform(platform));
  const allOperationsValid = operations.length === input.files.filter((f) => f.kind === "operation").length;
  const dictionary = dictionaryFields(dictionaries);
  const sites = collectSites(operations, dictionaries, dictionary);
  diagnostics.push(...checkFields(sites, dictionary));
  diagnostics.push(...checkDictionary(dictionaries, listReferences(sites), platform, namesFromBrokenFiles, allOperationsValid));
  diagnostics.push(...checkDuplicateOperations(operations));
  for (const op of operations) diagnostics.push(...checkOperation(op, platform?.raw, input.otherPaths));
  for (const op of operations) diagnostics.push(...checkStatus(op, dictionary, dictionaries));

  const spec = !hasErrors(diagnostics) && platform ? { specDir: input.specDir, platform, dictionaries, operations } : undefined;
  return { spec, diagnostics, clean };
}

/** Every place a field or list item names a value list; fields taken from the dictionary use the dictionary's. */
function listReferences(sites: Sites): ListReference[] {
  const refs: ListReference[] = [];
  for (const site of sites.fields) {
    const list = site.written.valueList;
    if (list !== undefined) refs.push({ list, fieldName: site.name, at: () => site.located.map.value([...site.path, "valueList"]) });
  }
  for (const item of sites.items) {
    const list = item.item.valueList;
    if (list !== undefined) refs.push({ list, fieldName: item.listName, at: () => item.located.map.value([...item.path, "valueList"]) });
  }
  return refs;
}

/** Value lists named in a file that failed its schema still count as defined, to avoid a cascade of errors. */
function collectListNames(parsed: ParsedFile, into: Set<string>): void {
  const lists = (parsed.data as { valueLists?: unknown }).valueLists;
  if (typeof lists === "object" && lists !== null) for (const name of Object.keys(lists)) into.add(name);
}
