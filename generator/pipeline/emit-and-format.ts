import { generatorFingerprint } from "../cache/fingerprint.js";
import { memoKey, type Memo } from "../cache/memo.js";
import type { Emitter, GeneratedFile } from "../emit/generated-file.js";
import { emitOperation, emitShared } from "../emit/registry.js";
import { formatFiles } from "../format/format-files.js";
import type { SpecInput } from "../load/spec-files.js";
import type { OperationModel, SpecModel } from "../model/ir.js";

/**
 * The formatted files of one operation. They depend on the operation's file,
 * the dictionary and the platform rules (and the generator): with a memo, an
 * operation whose inputs did not change is not emitted nor formatted again.
 */
export async function operationFiles(
  op: OperationModel,
  model: SpecModel,
  inputs: OperationInputs,
  selected: readonly Emitter[],
  memo: Memo | null,
): Promise<GeneratedFile[]> {
  const key = memo ? memoKey("operation", inputs.sharedKey, op.sourceFile, inputs.textOf(op.sourceFile)) : "";
  const remembered = memo ? await memo.get(key) : undefined;
  if (remembered !== undefined) return JSON.parse(remembered) as GeneratedFile[];
  const files = await formatFiles(emitOperation(op, model, selected), memo);
  await memo?.set(key, JSON.stringify(files));
  return files;
}

/** The files that span operations; only their formatting is memoized. */
export async function sharedFiles(model: SpecModel, selected: readonly Emitter[], memo: Memo | null): Promise<GeneratedFile[]> {
  return formatFiles(emitShared(model, selected), memo);
}

/** What operations' files depend on, prepared once per run. */
export interface OperationInputs {
  /** A hash of the generator, the emitters run, the dictionary and the platform file. */
  readonly sharedKey: string;
  readonly textOf: (relPath: string) => string;
}

export function operationInputs(input: SpecInput, selected: readonly Emitter[]): OperationInputs {
  const shared = input.files.filter((f) => f.kind === "dictionary" || f.kind === "platform").flatMap((f) => [f.relPath, f.text]);
  const texts = new Map(input.files.map((f) => [f.relPath, f.text]));
  return {
    sharedKey: memoKey(generatorFingerprint(), selected.map((e) => e.name).join(","), ...shared),
    textOf: (relPath) => texts.get(relPath) ?? "",
  };
}
