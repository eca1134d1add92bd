// An operation renamed: one operation gone and one new that are the same
// operation under another name, reported as one rename (breaking: every name
// it exports changes) with its other changes compared as usual, where removed
// plus added would hide what changed between the two.
//
// The rule is conservative: a gone and a new operation are one when a trait
// of theirs pairs them one to one, tried in this order: the same spec file,
// the same saved page, the same JSON addresses, the same fields (names, at any
// depth, of the request, response and callback). A trait that two gone or two
// new operations share pairs none of them: in doubt, removed and added stay.

import { allFields } from "../model/field-shape.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";

export interface OperationRename {
  readonly before: OperationModel;
  readonly after: OperationModel;
  /** What paired them, for the summary: "the same spec file". */
  readonly by: string;
}

const TRAITS: readonly { readonly by: string; readonly of: (op: OperationModel) => string | null }[] = [
  { by: "the same spec file", of: (op) => op.sourceFile },
  { by: "the same saved page", of: (op) => op.source.page },
  {
    by: "the same JSON addresses",
    of: (op) => (Object.keys(op.endpoints).length === 0 ? null : JSON.stringify(op.endpoints)),
  },
  {
    by: "the same fields",
    of: (op) =>
      JSON.stringify([
        op.interfaceVersion.prefix,
        namesOf(op.request),
        namesOf(op.response),
        op.callback && namesOf(op.callback.message),
      ]),
  },
];

// By name: a rename that also reorders its fields is the same operation.
const namesOf = (message: MessageModel): string[] =>
  allFields(message.fields)
    .map((f) => f.name)
    .sort();

/** The renames among the operations `before` has and `after` lacks (`gone`) and those `after` adds (`added`). */
export function operationRenames(gone: readonly OperationModel[], added: readonly OperationModel[]): OperationRename[] {
  const out: OperationRename[] = [];
  const [left, right] = [new Set(gone), new Set(added)];
  for (const { by, of } of TRAITS) {
    const olds = byTrait([...left], of);
    const news = byTrait([...right], of);
    for (const [trait, was] of olds) {
      const is = news.get(trait);
      if (was.length !== 1 || is?.length !== 1) continue;
      const [before, after] = [was[0] as OperationModel, is[0] as OperationModel];
      out.push({ before, after, by });
      left.delete(before);
      right.delete(after);
    }
  }
  return out;
}

/** The operations by their trait, those without one left out. */
function byTrait(ops: readonly OperationModel[], of: (op: OperationModel) => string | null) {
  const out = new Map<string, OperationModel[]>();
  for (const op of ops) {
    const trait = of(op);
    if (trait !== null) out.set(trait, [...(out.get(trait) ?? []), op]);
  }
  return out;
}
