// The changes from one spec model to another: operations added, removed and renamed,
// what changed in each operation that both have (its messages, status and callback),
// the seal rule (seal-changes.ts), the shared value lists and container types.

import type { SpecModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";
import { changedSummary, compareChanges, type Change } from "./change.js";
import { compareMessages } from "./field-changes.js";
import { withBeyondRecommended } from "./beyond-recommended.js";
import { compareEnvironments, recommendedChanges } from "./endpoint-changes.js";
import { compareLists, renamedLists } from "./list-changes.js";
import type { Renames } from "./field-places.js";
import { compareCallbacks, compareMessageTraits, withCallbackName } from "./message-changes.js";
import { wordsFor } from "./message-words.js";
import { compareFormatClasses, type ClassPatterns } from "./format-classes.js";
import { comparePlatform } from "./platform-changes.js";
import { openApiPathChanges } from "./openapi-path-changes.js";
import { compareSeal } from "./seal-changes.js";
import { operationDocChanges } from "./doc-changes.js";
import { compareEffect } from "./effect-changes.js";
import { compareStatus } from "./status-changes.js";
import { compareChangelogs } from "./changelog-changes.js";
import { compareOwnValueNames, renamedOwnValueNames, type RenamedName } from "./own-values-changes.js";
import { compareResponseHeld, compareTypes, renamedTypes } from "./type-changes.js";
import { operationRenames, type OperationRename } from "./operation-renames.js";
import { operationFirst } from "./place-words.js";

/**
 * `classes`: the character classes the spec's fields are checked by, at the base and in the generator that runs
 * (format-classes-at-ref.ts), where the spec's repository holds the generator: they are its code, not the spec's.
 */
export function compareSpecs(
  before: SpecModel,
  after: SpecModel,
  classes: { readonly before: ClassPatterns; readonly after: ClassPatterns } | null = null,
): Change[] {
  const out: Change[] = [];
  const old = new Map(before.operations.map((op) => [op.name, op]));
  const now = new Map(after.operations.map((op) => [op.name, op]));
  const renamed: Renames = { types: renamedTypes(before, after), lists: renamedLists(before, after) };
  const renames = operationRenames(
    before.operations.filter((op) => !now.has(op.name)),
    after.operations.filter((op) => !old.has(op.name)),
  );
  const previous = new Map([...old, ...renames.map((r) => [r.after.name, r.before] as const)]);
  const renamedFrom = new Set(renames.map((r) => r.before));
  // Worked out once per rename: its change lists them, and the comparison of the operation leaves them out.
  const ownRenamed = new Map(renames.map((r) => [r.after.name, renamedOwnValueNames(r.before, r.after)] as const));
  for (const rename of renames) out.push(renameChange(rename, ownRenamed.get(rename.after.name) ?? []));
  for (const op of after.operations) {
    const was = previous.get(op.name);
    if (!was)
      out.push({
        operation: op.name,
        message: null,
        field: null,
        kind: "operation-added",
        classes: ["additive"],
        summary: `${operationFirst(op.name)}added.`,
      });
    else
      out.push(
        ...compareOperation(was, op, renamed, ownRenamed.get(op.name) ?? []),
        ...compareSeal(before.platform.seal, after.platform.seal, op.name),
      );
  }
  for (const op of before.operations) {
    if (now.has(op.name) || renamedFrom.has(op)) continue;
    const summary = `${operationFirst(op.name)}removed: its types, validators and seal helpers are gone.`;
    out.push({
      operation: op.name,
      message: null,
      field: null,
      kind: "operation-removed",
      classes: ["breaking-request", "breaking-response"],
      summary,
    });
  }
  // Where openapi.json and the reference index place each operation, which another operation's addresses may move.
  out.push(...openApiPathChanges(before, after, previous));
  out.push(...comparePlatform(before.platform, after.platform));
  out.push(...compareLists(before, after, renamed.lists));
  out.push(...compareTypes(after, renamed.types));
  out.push(...compareResponseHeld(before, after, renamed.types));
  if (classes) out.push(...compareFormatClasses(classes.before, classes.after, after));
  return out.sort(compareChanges);
}

/**
 * One change for a rename, under the new name: every name the operation
 * exports is another, those of what its fields take of their lists listed
 * here rather than as names gone and names added.
 */
function renameChange({ before, after, by }: OperationRename, own: readonly RenamedName[]): Change {
  const values =
    own.length === 0
      ? ""
      : ` So do the names of what its fields take of their lists: ${own.map((n) => `${n.from} → ${n.to}`).join(", ")}.`;
  return {
    operation: after.name,
    message: null,
    field: null,
    kind: "operation-renamed",
    classes: ["breaking-request", "breaking-response"],
    summary: `operation ${before.name} renamed ${after.name} (told by ${by}): its types, validators, seal helpers, client method and subpath take the new name, and code that names the old ones stops compiling.${values}`,
  };
}

function compareOperation(
  before: OperationModel,
  after: OperationModel,
  renamed: Renames,
  ownRenamed: readonly RenamedName[],
): Change[] {
  const out: Change[] = [];
  const operation = after.name;
  out.push(...compareEnvironments(before, after));
  out.push(...recommendedChanges(before, after));
  if (before.summary !== after.summary)
    out.push({
      operation,
      message: null,
      field: null,
      kind: "description",
      classes: ["docs"],
      ...changedSummary("summary", { before: before.summary, after: after.summary }),
    });
  out.push(...operationDocChanges(before, after));
  out.push(...compareEffect(before, after));
  out.push(...withBeyondRecommended(after, compareMessages(operation, before.request, after.request, renamed)));
  out.push(
    ...compareMessages(operation, before.response, after.response, renamed, {
      before: before.request,
      after: after.request,
    }),
  );
  // The request's lowest version judges its response's fields too: the floor's line names those that moved with it.
  out.push(
    ...compareMessageTraits(operation, wordsFor("request"), before.request, after.request, {
      before: before.response,
      after: after.response,
    }),
  );
  out.push(...compareMessageTraits(operation, wordsFor("response"), before.response, after.response));
  out.push(...compareOwnValueNames(before, after, ownRenamed));
  out.push(...compareStatus(before, after));
  out.push(...compareCallbacks(before, after, renamed));
  out.push(...compareChangelogs(before, after, out));
  return out.map(withCallbackName(before, after));
}
