import { generatorFingerprint } from "../memo/fingerprint.js";
import { memoKey, parseRemembered, type Memo } from "../memo/memo.js";
import type { SpecFile, SpecInput } from "../read/spec-files.js";

// Parsing YAML is the costliest part of reading a spec: a file whose text
// passed every per-file check before is taken from the memo as data.

const keyOf = (file: SpecFile): string => memoKey("parse", generatorFingerprint(), file.kind, file.text);

/** The data of the files the memo knows, by relPath. */
export async function recallParsed(input: SpecInput, memo: Memo | null): Promise<Map<string, unknown>> {
  const known = new Map<string, unknown>();
  if (!memo) return known;
  await Promise.all(
    input.files.map(async (file) => {
      const data = parseRemembered<unknown>(await memo.get(keyOf(file)));
      if (data !== undefined) known.set(file.relPath, data);
    }),
  );
  return known;
}

/** Remembers the data of the files that passed their per-file checks and were not known yet. */
export async function rememberParsed(
  input: SpecInput,
  clean: ReadonlyMap<string, unknown>,
  known: ReadonlyMap<string, unknown>,
  memo: Memo | null,
): Promise<void> {
  if (!memo) return;
  const fresh = input.files.filter((f) => clean.has(f.relPath) && !known.has(f.relPath));
  await Promise.all(fresh.map((f) => memo.set(keyOf(f), JSON.stringify(clean.get(f.relPath)))));
}
