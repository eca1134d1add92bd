import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Memo } from "../memo/memo.js";
import { isUnreadable } from "../read/parse-spec-file.js";
import type { SpecDocuments } from "../read/read-documents.js";
import { PLATFORM_FILE } from "../read/spec-files.js";
import type { RawDictionary, RawOperation } from "../rules/raw-spec.js";
import type { RawPlatform } from "../rules/raw-platform.js";
import { checkSchemaOnce, schemaPassesWritten, type ChecksOfRun } from "./check-schema-once.js";
import { checkDictionary, checkPlatform } from "./check-dictionary.js";
import { listReferences } from "./list-references.js";
import { checkExamples } from "./check-examples.js";
import { checkFields } from "./check-fields.js";
import { checkOwnValues } from "./check-own-values.js";
import { collectSites, dictionaryFields, type FieldSite } from "./field-sites.js";
import { checkNames } from "./check-names.js";
import { checkNoteEnds } from "./check-note-ends.js";
import { checkPrintedPointers } from "./check-printed-pointers.js";
import { checkOperationPrefixes } from "./check-list-prefixes.js";
import { checkOtherFiles } from "./check-other-files.js";
import { checkDuplicateOperations, checkOperation } from "./check-operations.js";
import { checkStatus } from "./check-status.js";
import { checkWrittenOnce } from "./check-written-once.js";
import { checkDictionaryScope } from "./check-dictionary-scope.js";
import { takerOf } from "./dictionary-takers.js";
import type { Located } from "./located.js";
import { pageLookalikes } from "./missing-page-lookalike.js";
import type { Outline } from "./operation-outline.js";
import { passedParts, type OperationMessages } from "./passed-parts.js";
import { leaveOut, leaveOutDictionary, noneUnchecked } from "./unchecked.js";

export interface ValidSpec {
  readonly specDir: string;
  readonly platform: Located<RawPlatform>;
  readonly dictionaries: readonly Located<RawDictionary>[];
  readonly operations: readonly Located<RawOperation>[];
  /**
   * The container types some response holds (model/response-containers.ts), when the checks told them from
   * the facts of each file (validate-with-memo.ts); otherwise the model finds them in the operations.
   */
  readonly responseContainers?: ReadonlySet<string>;
  /**
   * Of each operation, by the path of its file, the container types it uses at any depth (contained-types.ts),
   * when told from its facts: the model walks the fields of only those that use one not defined before them.
   */
  readonly containersUsed?: ReadonlyMap<string, readonly string[]>;
  /**
   * Of each operation whose data is read only when first asked for (ParsedFile.later), by the path of its file,
   * what the head of its model is made of, told from its facts: the model reads no more of it unless asked.
   */
  readonly outlines?: ReadonlyMap<string, { readonly outline: Outline; readonly pages: readonly string[] }>;
}

const EXPECTED = {
  platform: "the platform rules (platform:, seal:)",
  dictionary: "value lists (valueLists:)",
  operation: "one operation (operation:, request:, response:, ...)",
} as const;

export interface ValidationOutcome {
  /** Present only when there is no error at all. */
  readonly spec: ValidSpec | undefined;
  /** What parsing found and what every check found, each file on its own and across files; sorted. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Checks every spec file on its own (the spec format's JSON Schema; see
 * check-schema-once.ts for the memo and `run`) and then across files,
 * collecting all problems before giving up. `alone`: some files checked with
 * the platform file and the dictionary only (facts-checked-alone.ts), whose
 * caller keeps each file's own findings and leaves a field written out twice,
 * and a dictionary text not every taker shares, to the checks across files,
 * which tell them from every file's facts: neither check is made (the first
 * asks where the dictionary writes out each of its fields, and a dictionary
 * file whose data the memo gave is parsed whole to say).
 */
export async function validateSpec(
  read: SpecDocuments,
  memo: Memo | null = null,
  run: ChecksOfRun = new Map(),
  alone = false,
): Promise<ValidationOutcome> {
  const { input } = read;
  const diagnostics: Diagnostic[] = [];
  let platform: Located<RawPlatform> | undefined;
  const dictionaries: Located<RawDictionary>[] = [];
  const operations: Located<RawOperation>[] = [];
  // Operations whose messages passed, though the file as a whole did not: their fields are checked across files.
  const messagesOnly: Located<OperationMessages>[] = [];
  const unchecked = noneUnchecked();
  // Not push(...list): a file with hundreds of thousands of problems would overflow the stack.
  const add = (list: readonly Diagnostic[]): void => {
    for (const d of list) diagnostics.push(d);
  };

  for (const parsed of read.documents) {
    const { file } = parsed;
    add(parsed.diagnostics);
    if (file.kind === "unexpected") {
      diagnostics.push(
        diagnostic("unexpected-file", parsed.map.at(0), { places: `${PLATFORM_FILE}, dictionary/ and operations/` }),
      );
      continue;
    }
    if (isUnreadable(parsed)) {
      unchecked.whole = false;
      if (file.kind === "dictionary") leaveOutDictionary(unchecked, parsed);
      continue;
    }
    if (parsed.data === null || parsed.data === undefined) {
      diagnostics.push(diagnostic("empty-file", parsed.map.at(0), { expected: EXPECTED[file.kind] }));
      unchecked.whole = false;
      continue;
    }
    const schema = await checkSchemaOnce(parsed, file.kind, memo, run);
    add(schema.problems);
    let data: unknown = parsed.data;
    if (schema.problems.length > 0) {
      const parts = passedParts(parsed.data, file.kind, schema.failed);
      if (parts.messages !== undefined)
        messagesOnly.push({ raw: parts.messages as OperationMessages, file, map: parsed.map });
      if (parts.whole === undefined) {
        if (file.kind === "dictionary") leaveOutDictionary(unchecked, parsed);
        else leaveOut(unchecked, file, parts.leftOut);
        unchecked.whole = false;
        continue;
      }
      leaveOut(unchecked, file, parts.leftOut);
      data = parts.whole;
    }
    const located = { raw: data, file, map: parsed.map };
    add(checkNoteEnds(located));
    add(checkPrintedPointers(located));
    if (file.kind === "platform") platform = located as Located<RawPlatform>;
    else if (file.kind === "dictionary") dictionaries.push(located as Located<RawDictionary>);
    else operations.push(located as Located<RawOperation>);
  }

  // A cited page saved under another ending is said once, by missing-source at the citation.
  const cited = operations.flatMap((op) => [op.raw.source?.page ?? [], op.raw.callback?.source?.page ?? []].flat());
  add(checkOtherFiles(input, new Set(cited.filter((page) => !input.otherPaths.has(page))), new Set(cited)));
  if (!input.files.some((f) => f.kind === "platform")) {
    const file = `${input.displayRoot}/${PLATFORM_FILE}`;
    diagnostics.push(diagnostic("missing-platform", { file, line: 1, column: 1 }, { file }));
  }
  if (platform) add(checkPlatform(platform));
  // Every operation of the input checked whole (validate-with-memo.ts checks some of them only).
  const allOperations = operations.length === input.files.filter((f) => f.kind === "operation").length;
  const dictionary = dictionaryFields(dictionaries);
  const sites = collectSites([...operations, ...messagesOnly], dictionaries, dictionary);
  add(checkFields(sites, dictionary, unchecked));
  // Both across files: a check alone leaves them to the facts of every file (checks-across.ts).
  if (!alone) add(checkWrittenOnce(sites));
  // Who shows a dictionary text is known once every operation is checked.
  if (!alone && unchecked.whole && allOperations) {
    // Each operation's sites in one pass (filtering every site for each operation grew as their product).
    const fieldsOf = new Map<unknown, FieldSite[]>(operations.map((op) => [op, []]));
    for (const site of sites.fields) fieldsOf.get(site.located)?.push(site);
    add(
      checkDictionaryScope(
        dictionaries,
        operations.map((op) => takerOf(op.raw, fieldsOf.get(op) ?? [])),
      ),
    );
  }
  add(checkOwnValues(sites, dictionary, dictionaries));
  add(checkExamples(sites, dictionaries, dictionary));
  add(
    checkDictionary(
      dictionaries,
      listReferences(sites, dictionary),
      platform,
      unchecked.valueLists,
      unchecked.whole && allOperations,
    ),
  );
  add(checkDuplicateOperations(operations));
  add(checkNames(operations, dictionaries, sites));
  const lookalikes = pageLookalikes(
    operations.map((op) => op.raw),
    read.pages,
  );
  for (const op of operations) {
    add(checkOperation(op, platform?.raw, input.otherPaths, unchecked, lookalikes));
    add(checkOperationPrefixes(op, dictionary, dictionaries));
  }
  for (const op of [...operations, ...messagesOnly])
    add(checkStatus(op, dictionary, dictionaries, unchecked, platform?.raw.errorField));

  const spec =
    !hasErrors(diagnostics) && platform ? { specDir: input.specDir, platform, dictionaries, operations } : undefined;
  await schemaPassesWritten(run);
  return { spec, diagnostics: sortDiagnostics(diagnostics) };
}
