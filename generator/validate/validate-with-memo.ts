// Validation with a memo: a spec of a thousand operations with one changed is
// checked in the time of one. What each file's own checks found, and what the
// checks across files need of it (spec-facts.ts), is remembered under the
// file's text, the dictionary's and the platform file's and the generator's:
// a file not seen before is checked alone with the dictionary, and the checks
// across files run over the facts (checks-across.ts). Only a spec that passes
// takes this way: any error, or any doubt, and the whole spec is checked as
// a run without memo checks it, so that its diagnostics are exactly those.

import { sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Memo } from "../memo/memo.js";
import { parseRemembered } from "../memo/parsed-once.js";
import type { ParsedFile } from "../read/parse-spec-file.js";
import type { SpecDocuments } from "../read/read-documents.js";
import type { RawDictionary, RawField, RawOperation, RawPlatform } from "../rules/raw-spec.js";
import type { ChecksOfRun } from "./check-schema-once.js";
import { checksAcross } from "./checks-across.js";
import { collectSites, dictionaryFields, type Sites } from "./field-sites.js";
import type { Located } from "./located.js";
import {
  isRememberedOperation,
  isSiteFacts,
  operationFacts,
  siteFacts,
  type RememberedOperation,
  type SiteFacts,
} from "./spec-facts.js";
import { dictionaryKeyOf, operationFactsKey, type KnownFacts } from "./remembered-facts.js";
import { listReferences, validateSpec, type ValidationOutcome } from "./validate-spec.js";

/**
 * Checking files alone costs a little more per file than checking them all
 * together: past this share of operations not seen before (a first run, an
 * edited dictionary), the whole spec is checked, and its facts remembered.
 */
const ALONE_AT_MOST = 0.02;

/** `read`: the spec's documents; `remembered`: the operations' facts read before them, if they were (remembered-facts.ts). */
export async function validateWithMemo(
  read: SpecDocuments,
  memo: Memo | null,
  remembered?: KnownFacts,
): Promise<ValidationOutcome> {
  if (!memo) return validateSpec(read, null);
  const plan = planOf(read);
  if (!plan) return validateSpec(read, memo);
  const known: (RememberedOperation | undefined)[] = [];
  for (const op of plan.operations) {
    const before = remembered?.get(op.file.relPath);
    // Read before the data, a miss too.
    const facts = before?.key === op.key ? before.facts : parseRemembered(await memo.get(op.key));
    known.push(isRememberedOperation(facts) ? facts : undefined);
  }
  const unknown = plan.operations.filter((_, i) => known[i] === undefined);
  if (unknown.length > Math.max(1, plan.operations.length * ALONE_AT_MOST)) {
    const outcome = await validateSpec(read, memo);
    if (outcome.spec) await rememberAll(plan, unknown, outcome.diagnostics, memo);
    return outcome;
  }
  return (await fromFacts(read, plan, known, memo)) ?? validateSpec(read, memo, plan.schemaChecks);
}

/** The files of a spec whose every file parsed cleanly, each operation with the key of its facts. */
interface Plan {
  readonly read: SpecDocuments;
  readonly platform: Located<RawPlatform>;
  readonly dictionaries: readonly Located<RawDictionary>[];
  readonly operations: readonly PlannedOperation[];
  readonly dictionaryKey: string;
  /** The files checked alone are checked again with the whole spec when one has an error: against the schema once. */
  readonly schemaChecks: ChecksOfRun;
}

/** An operation file, with the key of its facts. */
interface PlannedOperation extends Located<RawOperation> {
  readonly key: string;
  readonly parsed: ParsedFile;
}

/** Undefined when some file has a problem already (the full checks word it) or there is no single platform file. */
function planOf(read: SpecDocuments): Plan | undefined {
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
const located = (op: PlannedOperation): Located<RawOperation> => ({
  get raw() {
    return op.raw;
  },
  file: op.file,
  map: op.map,
});

/**
 * Some of the spec's files checked with the platform file and the dictionary
 * alone. The input still lists every file: operations left out of the check
 * are not valid ones, so no list is said to be unused (the checks across
 * files say it), which would also mean finding its place in the dictionary.
 */
const checkedWith = (plan: Plan, documents: readonly ParsedFile[], memo: Memo): Promise<ValidationOutcome> =>
  validateSpec({ ...plan.read, documents }, memo, plan.schemaChecks);

const sharedDocuments = (plan: Plan): ParsedFile[] =>
  plan.read.documents.filter((d) => d.file.kind === "platform" || d.file.kind === "dictionary");

async function fromFacts(
  read: SpecDocuments,
  plan: Plan,
  known: readonly (RememberedOperation | undefined)[],
  memo: Memo,
): Promise<ValidationOutcome | undefined> {
  const dictionary = await dictionaryFactsOf(plan, memo);
  if (!dictionary) return undefined;
  const operations: RememberedOperation[] = [];
  const containersUsed = new Map<string, readonly string[]>();
  for (const [i, op] of plan.operations.entries()) {
    const facts = known[i] ?? (await operationFactsOf(plan, op, memo));
    if (!facts) return undefined;
    operations.push(facts);
    containersUsed.set(op.file.relPath, facts.containersUsed);
  }
  const across = checksAcross({
    platform: plan.platform,
    dictionaries: plan.dictionaries,
    dictionary,
    operations,
    otherPaths: read.input.otherPaths,
  });
  if (!across) return undefined;
  const diagnostics: Diagnostic[] = [...dictionary.warnings, ...across];
  for (const facts of operations) for (const d of facts.warnings) diagnostics.push(d);
  const spec = {
    specDir: read.input.specDir,
    platform: plan.platform,
    dictionaries: plan.dictionaries,
    operations: plan.operations.map(located),
    responseContainers: new Set(operations.flatMap((facts) => facts.responseContainers)),
    containersUsed,
    outlines: new Map(
      plan.operations.flatMap((op, i) => {
        const { outline, pages } = operations[i] as RememberedOperation;
        return op.parsed.later ? [[op.file.relPath, { outline, pages }]] : [];
      }),
    ),
  };
  return { spec, diagnostics: sortDiagnostics(diagnostics) };
}

/** What the dictionary files contribute, checked with the platform file and no operation. */
async function dictionaryFactsOf(plan: Plan, memo: Memo): Promise<SiteFacts | undefined> {
  const remembered = parseRemembered(await memo.get(plan.dictionaryKey));
  if (isSiteFacts(remembered)) return remembered;
  const outcome = await checkedWith(plan, sharedDocuments(plan), memo);
  if (!outcome.spec) return undefined;
  const facts = dictionaryFacts(plan, outcome.diagnostics);
  await memo.set(plan.dictionaryKey, JSON.stringify(facts));
  return facts;
}

function dictionaryFacts(plan: Plan, diagnostics: readonly Diagnostic[]): SiteFacts {
  const dictionary = dictionaryFields(plan.dictionaries);
  const sites = collectSites([], plan.dictionaries, dictionary);
  const files = new Set([plan.platform, ...plan.dictionaries].map((f) => f.file.displayPath));
  // Whether a list is used is for the checks across files to say.
  const warnings = diagnostics.filter((d) => files.has(d.file) && d.code !== "unused-value-list");
  return siteFacts(sites, listReferences(sites, dictionary), warnings);
}

/** An operation's facts, checked alone with the platform file and the dictionary; undefined when it has an error. */
async function operationFactsOf(
  plan: Plan,
  op: PlannedOperation,
  memo: Memo,
): Promise<RememberedOperation | undefined> {
  const outcome = await checkedWith(plan, [...sharedDocuments(plan), op.parsed], memo);
  if (!outcome.spec) return undefined;
  const facts = factsOf(plan, dictionaryFields(plan.dictionaries), op, outcome.diagnostics);
  await memo.set(op.key, JSON.stringify(facts));
  return facts;
}

/** `diagnostics`: the warnings of a run that passed, the operation's among them. */
function factsOf(
  plan: Plan,
  dictionary: ReadonlyMap<string, RawField>,
  op: PlannedOperation,
  diagnostics: readonly Diagnostic[],
): RememberedOperation {
  const warnings = diagnostics.filter((d) => d.file === op.file.displayPath);
  const { raw, file, map } = op;
  const references = (sites: Sites) => listReferences(sites, dictionary);
  return operationFacts({ raw, file, map }, plan.dictionaries, dictionary, references, warnings);
}

/** After the whole spec passed: the facts of every file not remembered yet, for the runs after this one. */
async function rememberAll(
  plan: Plan,
  unknown: readonly PlannedOperation[],
  diagnostics: readonly Diagnostic[],
  memo: Memo,
): Promise<void> {
  const dictionary = dictionaryFields(plan.dictionaries);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  // Written side by side, where each waited for the one before: each is an entry of its own, a thousand on a first run.
  await Promise.all([
    memo.set(plan.dictionaryKey, JSON.stringify(dictionaryFacts(plan, diagnostics))),
    ...unknown.map((op) =>
      memo.set(op.key, JSON.stringify(factsOf(plan, dictionary, op, byFile.get(op.file.displayPath) ?? []))),
    ),
  ]);
}
