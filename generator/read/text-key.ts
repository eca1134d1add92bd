// Memo keys of a spec file are made of a hash of its text, made once per file
// read: a run looks a thousand files up under several keys each (parse,
// schema, facts, emitted files), and hashing every text for each of them
// cost more than the lookups.

import { memoKey } from "../memo/memo-key.js";

/** A spec file (spec-files.ts, which makes files with keys known and so imports this module). */
type SpecFile = { readonly text: string };

const keys = new WeakMap<SpecFile, string>();

/** Gives `file` the key its text has, known without reading it (a file unchanged since it was keyed: spec-files.ts). */
export function knowTextKey(file: SpecFile, key: string): void {
  keys.set(file, key);
}

/** A hash of the file's text: equal texts, equal keys. */
export function textKey(file: SpecFile): string {
  let key = keys.get(file);
  if (key === undefined) {
    key = memoKey(file.text);
    keys.set(file, key);
  }
  return key;
}
