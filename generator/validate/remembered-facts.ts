// The keys of the facts the memo keeps of each spec file (spec-facts.ts), and
// the operations' facts read before their data: a key is made of texts alone
// (the generator's, the dictionary's and the platform file's, the
// operation's), so a run knows which operations the memo has facts of before
// anything is parsed. An operation with facts parsed cleanly and passed its own
// checks with this dictionary: its data is read only if a stage asks for it
// (read-documents.ts), and the checks take its facts (validate-with-memo.ts).

import { generatorFingerprint } from "../memo/fingerprint.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import { parseRemembered } from "../memo/parsed-once.js";
import type { SpecFile, SpecInput } from "../read/spec-files.js";
import { textKey } from "../read/text-key.js";
import { isRememberedOperation, type RememberedOperation } from "./spec-facts.js";

/** Of each operation file, by its path: the key of its facts, and the facts when the memo has them. */
export type KnownFacts = ReadonlyMap<string, { readonly key: string; readonly facts?: RememberedOperation }>;

/** The key of the dictionary files' facts: of the generator and every file but the operations, in order. */
export function dictionaryKeyOf(input: SpecInput): string {
  const shared: string[] = [generatorFingerprint(), input.displayRoot];
  for (const file of input.files)
    if (file.kind === "platform" || file.kind === "dictionary")
      shared.push(file.relPath, file.displayPath, textKey(file));
  return memoKey("dictionary facts", ...shared);
}

export const operationFactsKey = (dictionaryKey: string, file: SpecFile): string =>
  memoKey("operation facts", dictionaryKey, file.relPath, file.displayPath, textKey(file));

/**
 * The facts the memo has of the input's operations, read before the spec's
 * data (a miss is known as one); none when a file is one the checks of a memo
 * do not take (a text that is not clean, an unexpected file).
 */
export async function rememberedFacts(input: SpecInput, memo: Memo): Promise<KnownFacts> {
  const known = new Map<string, { key: string; facts?: RememberedOperation }>();
  if (input.files.some((file) => file.textProblem || file.kind === "unexpected")) return known;
  const dictionaryKey = dictionaryKeyOf(input);
  for (const file of input.files) {
    if (file.kind !== "operation") continue;
    const key = operationFactsKey(dictionaryKey, file);
    const facts = parseRemembered(await memo.get(key));
    known.set(file.relPath, isRememberedOperation(facts) ? { key, facts } : { key });
  }
  return known;
}
