import { generatorFingerprint } from "../cache/fingerprint.js";
import { memoKey, parseRemembered, type Memo } from "../cache/memo.js";
import type { Emitter, GeneratedFile } from "../emit/generated-file.js";
import { emitOperation, emitShared } from "../emit/registry.js";
import { formatFiles } from "../format/format-files.js";
import type { SpecInput } from "../load/spec-files.js";
import type { SpecModel } from "../model/ir.js";

/**
 * Emits and formats every file. An operation's files depend only on its own
 * spec file, its page, the dictionary, the platform file and the generator: with a memo,
 * an operation whose inputs did not change is taken from it, neither emitted
 * nor formatted again. What is left is formatted in one go, so that a large
 * first run spreads prettier over worker threads.
 */
export async function emitAndFormat(model: SpecModel, input: SpecInput, selected: readonly Emitter[], memo: Memo | null): Promise<GeneratedFile[]> {
  const sharedKey = memoKey(generatorFingerprint(), selected.map((e) => e.name).join(","), ...sharedTexts(input));
  const texts = new Map(input.files.map((f) => [f.relPath, f.text]));
  const pageOf = (op: SpecModel["operations"][number]): string => (op.source.page === null ? "" : (input.pages?.get(op.source.page) ?? ""));
  const keys = model.operations.map((op) => memoKey("operation", sharedKey, op.sourceFile, texts.get(op.sourceFile) ?? "", pageOf(op)));
  const recalled = await Promise.all(keys.map(async (key) => (memo ? parseRemembered<GeneratedFile[]>(await memo.get(key)) : undefined)));
  const fresh = model.operations.flatMap((op, i) => (recalled[i] === undefined ? [{ key: keys[i] ?? "", files: emitOperation(op, model, selected) }] : []));
  const shared = emitShared(model, selected);
  const formatted = await formatFiles([...fresh.flatMap((f) => f.files), ...shared], memo);
  // Hand the formatted files back to their operations, in order, to remember them.
  let offset = 0;
  for (const { key, files } of fresh) {
    await memo?.set(key, JSON.stringify(formatted.slice(offset, offset + files.length)));
    offset += files.length;
  }
  const remembered = recalled.flatMap((files) => files ?? []);
  return [...remembered, ...formatted];
}

/** What every operation's files depend on besides the operation's own file: the dictionary and the platform file. */
const sharedTexts = (input: SpecInput): string[] =>
  input.files.filter((f) => f.kind === "dictionary" || f.kind === "platform").flatMap((f) => [f.relPath, f.text]);
