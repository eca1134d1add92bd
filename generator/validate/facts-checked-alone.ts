// The facts of the spec's files, each checked alone with the platform file and
// the dictionary, and remembered under its key for the runs after this one;
// or, after the whole spec passed, the facts of every file not remembered yet.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Memo } from "../memo/memo.js";
import { checkedText } from "../memo/checked-text.js";
import { parseRemembered } from "../memo/parsed-once.js";
import type { ParsedFile } from "../read/parse-spec-file.js";
import type { RawField } from "../rules/raw-spec.js";
import { collectSites, dictionaryFields, type Sites } from "./field-sites.js";
import type { Plan, PlannedOperation } from "./memo-plan.js";
import { isSiteFacts, operationFacts, siteFacts, type RememberedOperation, type SiteFacts } from "./spec-facts.js";
import { listReferences } from "./list-references.js";
import { validateSpec, type ValidationOutcome } from "./validate-spec.js";

/**
 * Some of the spec's files checked with the platform file and the dictionary
 * alone. The input still lists every file: operations left out of the check
 * are not valid ones, so no list is said to be unused, and no field is checked
 * for being written out twice (the checks across files say both), which would
 * also mean finding its place in the dictionary.
 */
const checkedWith = (plan: Plan, documents: readonly ParsedFile[], memo: Memo): Promise<ValidationOutcome> =>
  validateSpec({ ...plan.read, documents }, memo, plan.schemaChecks, true);

/** Warnings about a file that the checks across files give, from the facts of every file: not the file's own. */
const ACROSS: ReadonlySet<string> = new Set(["unused-value-list", "field-written-twice", "dictionary-text-not-shared"]);

const sharedDocuments = (plan: Plan): ParsedFile[] =>
  plan.read.documents.filter((d) => d.file.kind === "platform" || d.file.kind === "dictionary");

/** What the dictionary files contribute, checked with the platform file and no operation. */
export async function dictionaryFactsOf(plan: Plan, memo: Memo): Promise<SiteFacts | undefined> {
  const remembered = parseRemembered(await memo.get(plan.dictionaryKey));
  if (isSiteFacts(remembered)) return remembered;
  const outcome = await checkedWith(plan, sharedDocuments(plan), memo);
  if (!outcome.spec) return undefined;
  const facts = dictionaryFacts(plan, outcome.diagnostics);
  await memo.set(plan.dictionaryKey, checkedText(JSON.stringify(facts)));
  return facts;
}

function dictionaryFacts(plan: Plan, diagnostics: readonly Diagnostic[]): SiteFacts {
  const dictionary = dictionaryFields(plan.dictionaries);
  const sites = collectSites([], plan.dictionaries, dictionary);
  const files = new Set([plan.platform, ...plan.dictionaries].map((f) => f.file.displayPath));
  // Whether a list is used, or a field written out by one file, is for the checks across files to say.
  const warnings = diagnostics.filter((d) => files.has(d.file) && !ACROSS.has(d.code));
  return siteFacts(sites, listReferences(sites, dictionary), warnings);
}

/** An operation's facts, checked alone with the platform file and the dictionary; undefined when it has an error. */
export async function operationFactsOf(
  plan: Plan,
  op: PlannedOperation,
  memo: Memo,
): Promise<RememberedOperation | undefined> {
  const outcome = await checkedWith(plan, [...sharedDocuments(plan), op.parsed], memo);
  if (!outcome.spec) return undefined;
  const facts = factsOf(plan, dictionaryFields(plan.dictionaries), op, outcome.diagnostics);
  await memo.set(op.key, checkedText(JSON.stringify(facts)));
  return facts;
}

/** `diagnostics`: the warnings of a run that passed, the operation's among them. */
function factsOf(
  plan: Plan,
  dictionary: ReadonlyMap<string, RawField>,
  op: PlannedOperation,
  diagnostics: readonly Diagnostic[],
): RememberedOperation {
  const warnings = diagnostics.filter((d) => d.file === op.file.displayPath && !ACROSS.has(d.code));
  const { raw, file, map } = op;
  const references = (sites: Sites) => listReferences(sites, dictionary);
  return operationFacts({ raw, file, map }, plan.dictionaries, dictionary, references, warnings);
}

/** After the whole spec passed: the facts of every file not remembered yet, for the runs after this one. */
export async function rememberAll(
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
    memo.set(plan.dictionaryKey, checkedText(JSON.stringify(dictionaryFacts(plan, diagnostics)))),
    ...unknown.map((op) =>
      memo.set(
        op.key,
        checkedText(JSON.stringify(factsOf(plan, dictionary, op, byFile.get(op.file.displayPath) ?? []))),
      ),
    ),
  ]);
}
