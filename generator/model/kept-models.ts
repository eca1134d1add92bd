// What a process that builds the model again and again (`--watch`) keeps of
// it: each operation's model with the key of its inputs, and the parts every
// operation shares. A save that changes one operation file builds that
// operation's model again and takes the others as they were, when nothing
// they depend on changed: the dictionary, the platform file, the list of
// operation files, and the container types, which the first operation to use
// one defines for all (so an operation that defined one, or uses other ones
// now, makes the whole model be built again).

import type { Located } from "../validate/located.js";
import type { RawField, RawOperation } from "../rules/raw-spec.js";
import type { OperationModel, PlatformModel, SpecModel, ValueListModel, ContainerModel } from "./ir.js";
import type { SharedContext } from "./normalize-operation.js";
import { containersIn } from "./response-containers.js";

/** Filled by normalizeSpec; empty until the first model is built. */
export interface KeptModels {
  last?: LastModel;
}

/** What the model of one operation depends on besides the shared parts. */
export interface ModelKeys {
  /** Of the dictionary files, the platform file and the list of operation files, in order. */
  readonly shared: string;
  /** Of one operation's spec file and saved page. */
  readonly operation: (sourceFile: string, page: string | null) => string;
}

export interface LastModel {
  readonly sharedKey: string;
  readonly platform: PlatformModel;
  readonly valueLists: readonly ValueListModel[];
  readonly containers: readonly ContainerModel[];
  readonly shared: SharedContext;
  readonly operations: Map<string, KeptOperation>;
}

export interface KeptOperation {
  readonly key: string;
  readonly raw: RawOperation;
  readonly model: OperationModel;
  /** Whether building it defined a container type (it was the first to use one). */
  readonly defined: boolean;
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
    if (kept.defined || containerUses(kept.raw, dictionary) !== containerUses(op.raw, dictionary)) return undefined;
    changed.add(op);
  }
  return { last, changed };
}

export const keyOf = (keys: ModelKeys, op: Located<RawOperation>): string =>
  keys.operation(op.file.relPath, op.raw.source?.page ?? null);

/** The model of the spec from its parts, operations sorted by name as normalizeSpec sorts them. */
export const modelOf = (last: LastModel, operations: readonly OperationModel[]): SpecModel => ({
  platform: last.platform,
  valueLists: last.valueLists,
  containers: last.containers,
  operations,
});
