// The emit stage: every file, in its final form, from the model.

import { generatorFingerprint } from "../memo/fingerprint.js";
import { memoKey, type Memo } from "../memo/memo.js";
import { rememberedFiles, rememberFiles } from "./remembered-files.js";
import type { OperationModel, SpecModel } from "../model/ir.js";
import { formatFiles } from "./format-files.js";
import type { Emitter, GeneratedFile } from "./generated-file.js";
import { emitOperation, emitShared, sortedUnique } from "./registry.js";

/** What emitting may reuse: the memo, and the key of each operation's inputs in the spec folder. */
export interface EmitMemo {
  readonly memo: Memo;
  /** From the operation's spec file and saved page (relative to the spec directory); see read/input-keys.ts. */
  readonly inputKey: (sourceFile: string, page: string | null) => string;
}

/**
 * Every generated file, final and sorted by path. An operation's files depend
 * only on its scope (the operation and the platform rules), which comes from
 * its own spec file and page, the dictionary, the platform file and the
 * generator: with a memo, an operation whose inputs did not change is taken
 * from it, not emitted again.
 */
export async function emitFiles(
  model: SpecModel,
  selected: readonly Emitter[],
  reuse: EmitMemo | null,
): Promise<GeneratedFile[]> {
  const emit = (operation: OperationModel) =>
    formatFiles(emitOperation({ operation, platform: model.platform }, selected));
  const operationFiles = await Promise.all(
    model.operations.map((operation) => (reuse ? remembered(operation, selected, reuse, emit) : emit(operation))),
  );
  return sortedUnique([...operationFiles.flat(), ...(await formatFiles(emitShared(model, selected)))]);
}

async function remembered(
  operation: OperationModel,
  selected: readonly Emitter[],
  { memo, inputKey }: EmitMemo,
  emit: (operation: OperationModel) => Promise<GeneratedFile[]>,
): Promise<GeneratedFile[]> {
  const key = memoKey(
    "operation",
    generatorFingerprint(),
    selected.map((e) => e.name).join(","),
    inputKey(operation.sourceFile, operation.source.page),
  );
  const known = await rememberedFiles(memo, key);
  if (known !== undefined) return known;
  const files = await emit(operation);
  await rememberFiles(memo, key, files);
  return files;
}
