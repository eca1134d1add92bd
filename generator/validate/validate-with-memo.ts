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
import type { SpecDocuments } from "../read/read-documents.js";
import { checksAcross } from "./checks-across.js";
import { checkOtherFiles } from "./check-other-files.js";
import { isRememberedOperation, type RememberedOperation } from "./spec-facts.js";
import type { KnownFacts } from "./remembered-facts.js";
import { validateSpec, type ValidationOutcome } from "./validate-spec.js";
import { dictionaryFactsOf, operationFactsOf, rememberAll } from "./facts-checked-alone.js";
import { located, type Plan, planOf } from "./memo-plan.js";

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

async function fromFacts(
  read: SpecDocuments,
  plan: Plan,
  known: readonly (RememberedOperation | undefined)[],
  memo: Memo,
): Promise<ValidationOutcome | undefined> {
  // A file saved as a page and not read as one is an error: the whole spec is checked, which reports it. A copy
  // beside a page is a warning of the files alone, said here as there.
  if (checkOtherFiles(read.input).some((d) => d.severity === "error")) return undefined;
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
  const others = checkOtherFiles(read.input, new Set(), new Set(operations.flatMap((facts) => facts.pages)));
  const diagnostics: Diagnostic[] = [...others, ...dictionary.warnings, ...across];
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
