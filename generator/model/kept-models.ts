// What a process that builds the model again and again (`--watch`) keeps of
// it: each operation's model with the key of its inputs, and the parts every
// operation shares. A save that changes one operation file builds that
// operation's model again and takes the others as they were, when nothing
// they depend on changed: the dictionary, the platform file, the list of
// operation files, and the container types, which the first operation to use
// one defines for all: an operation that uses other ones now has the whole
// model built again, and so has one that defined one and now defines it
// otherwise.

import type { Located } from "../validate/located.js";
import type { RawField, RawOperation } from "../rules/raw-spec.js";
import type { SharedContainerModel } from "./field-model.js";
import type { PlatformModel, SpecModel } from "./ir.js";
import type { OperationModel } from "./operation-model.js";
import type { ValueListModel } from "./value-list-model.js";
import type { SharedContext } from "./normalize-operation.js";
import { operationPages } from "./operation-pages.js";
import { containersIn } from "../validate/contained-types.js";

/** Filled by normalizeSpec; empty until the first model is built. */
export interface KeptModels {
  last?: LastModel;
}

/** What the model of one operation depends on besides the shared parts. */
export interface ModelKeys {
  /** Of the dictionary files, the platform file and the list of operation files, in order. */
  readonly shared: string;
  /** Of one operation's spec file and saved pages (its own, its callback's). */
  readonly operation: (sourceFile: string, pages: readonly string[]) => string;
}

export interface LastModel {
  readonly sharedKey: string;
  readonly platform: PlatformModel;
  readonly valueLists: readonly ValueListModel[];
  readonly containers: readonly SharedContainerModel[];
  readonly shared: SharedContext;
  readonly operations: Map<string, KeptOperation>;
}

export interface KeptOperation {
  readonly key: string;
  readonly raw: RawOperation;
  readonly model: OperationModel;
  /** The container types building it defined (it was the first to use them). */
  readonly defined: readonly string[];
}

export const keptModels = (): KeptModels => ({});

/**
 * The container types an operation uses, at any depth, and those its response
 * or callback holds: equal for its old and new text, and it defined none, its
 * new model takes the shared types as they are.
 */
export function containerUses(raw: RawOperation, dictionary: ReadonlyMap<string, RawField>): string {
  const response = [raw.response.fields, ...(raw.callback ? [raw.callback.fields] : [])];
  const all = containersIn([raw.request.fields, ...response], dictionary);
  return JSON.stringify([[...all].sort(), [...containersIn(response, dictionary)].sort()]);
}

/** The operations whose model can be taken from the last one, or undefined when the whole model must be built. */
export function reusable(
  last: LastModel | undefined,
  keys: ModelKeys,
  operations: readonly Located<RawOperation>[],
): { readonly last: LastModel; readonly changed: ReadonlySet<Located<RawOperation>> } | undefined {
  if (!last || last.sharedKey !== keys.shared) return undefined;
  const changed = new Set<Located<RawOperation>>();
  for (const op of operations) {
    const kept = last.operations.get(op.file.relPath);
    if (!kept) return undefined;
    if (kept.key === keyOf(keys, op)) continue;
    const { dictionary } = last.shared;
    if (containerUses(kept.raw, dictionary) !== containerUses(op.raw, dictionary)) return undefined;
    changed.add(op);
  }
  return { last, changed };
}

export const keyOf = (keys: ModelKeys, op: Located<RawOperation>): string =>
  keys.operation(op.file.relPath, operationPages(op.raw));

/** The model of the spec from its parts, operations sorted by name as normalizeSpec sorts them. */
export const modelOf = (last: LastModel, operations: readonly OperationModel[]): SpecModel => ({
  platform: last.platform,
  valueLists: last.valueLists,
  containers: last.containers,
  operations,
});

/**
 * An operation that defined container types, built again: whether it defines
 * them as they were (the model of every operation that holds one is then as
 * it was), trying it on a copy of the shared types without them.
 */
export function definesAsBefore(
  kept: KeptOperation,
  shared: SharedContext,
  build: (shared: SharedContext) => OperationModel,
): boolean {
  if (kept.defined.length === 0) return true;
  const containers = new Map(shared.containers);
  for (const name of kept.defined) containers.delete(name);
  build({ ...shared, containers });
  return kept.defined.every(
    (name) => JSON.stringify(containers.get(name)) === JSON.stringify(shared.containers.get(name)),
  );
}
