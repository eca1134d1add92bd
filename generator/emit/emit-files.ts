import { generatorFingerprint } from "../memo/fingerprint.js";
import { memoKey, parseRemembered, type Memo } from "../memo/memo.js";
import type { Emitter, GeneratedFile } from "./generated-file.js";
import { emitOperation, emitShared } from "./registry.js";
import { formatFiles } from "./format-files.js";
import type { SpecInput } from "../read/spec-files.js";
import type { SpecModel } from "../model/ir.js";

/**
 * Emits every file, in its final form. An operation's files depend only on its
 * scope (the operation and the platform rules), which comes from its own spec
 * file, the dictionary, the platform file and the generator: with a memo, an
 * operation whose inputs did not change is taken from it, not emitted again.
 */
export async function emitAndFormat(
  model: SpecModel,
  input: SpecInput,
  selected: readonly Emitter[],
  memo: Memo | null,
): Promise<GeneratedFile[]> {
  const sharedKey = memoKey(generatorFingerprint(), selected.map((e) => e.name).join(","), ...sharedTexts(input));
  const texts = new Map(input.files.map((f) => [f.relPath, f.text]));
  const pageOf = (op: SpecModel["operations"][number]): string =>
    op.source.page === null ? "" : (input.pages?.get(op.source.page) ?? "");
  const keys = model.operations.map((op) =>
    memoKey("operation", sharedKey, op.sourceFile, texts.get(op.sourceFile) ?? "", pageOf(op)),
  );
  const recalled = await Promise.all(
    keys.map(async (key) => (memo ? parseRemembered<GeneratedFile[]>(await memo.get(key)) : undefined)),
  );
  const operationFiles = await Promise.all(
    model.operations.map(async (operation, i) => {
      const remembered = recalled[i];
      if (remembered !== undefined) return remembered;
      const files = await formatFiles(emitOperation({ operation, platform: model.platform }, selected));
      await memo?.set(keys[i] ?? "", JSON.stringify(files));
      return files;
    }),
  );
  return [...operationFiles.flat(), ...(await formatFiles(emitShared(model, selected)))];
}

/** What every operation's files depend on besides the operation's own file: the dictionary and the platform file. */
const sharedTexts = (input: SpecInput): string[] =>
  input.files.filter((f) => f.kind === "dictionary" || f.kind === "platform").flatMap((f) => [f.relPath, f.text]);
