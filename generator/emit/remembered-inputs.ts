// The shared files made from a part of the model alone (generated-file.ts,
// fromInputs) in the memo, under a hash of the JSON of that part: a run with
// one operation changed among a thousand takes value-lists.ts, the runtime and
// the container files from it instead of printing them again, while an edit
// of the dictionary, the platform file or of what the operations make of the
// containers changes the inputs, and so the key. The model is plain data
// (no maps, sets or functions), which its JSON gives whole. The files are
// remembered as one list and one entry of their bytes (remembered-files.ts),
// as an operation's are: the runtime's some hundred copies, an entry each,
// were most of the files a first run created in the memo.

import { generatorFingerprint } from "../memo/fingerprint.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import type { SpecModel } from "../model/ir.js";
import { formatFiles } from "./format-files.js";
import type { GeneratedFile, SharedInputs } from "./generated-file.js";
import { rememberedFiles, rememberFiles } from "./remembered-files.js";

/** The final files `made` makes from the model's inputs: from the memo when it holds them, else made and remembered (`readNow`: rememberedFiles'). */
export async function filesFromInputs(
  memo: Memo,
  emitter: string,
  made: SharedInputs<unknown>,
  model: SpecModel,
  readNow = false,
): Promise<GeneratedFile[]> {
  const inputs = made.inputs(model);
  const key = memoKey("shared-from-inputs", generatorFingerprint(), emitter, JSON.stringify(inputs) ?? "");
  const known = await rememberedFiles(memo, key, readNow);
  if (known !== undefined) return known;
  return rememberFiles(memo, key, await formatFiles(made.files(inputs)));
}
