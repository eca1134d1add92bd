// What the files generated for one operation depend on in the spec folder:
// its own spec file and saved pages (its own, its callback's), and the dictionary and platform file that
// every operation reads. Emit remembers an operation's files under this key,
// and the files that span operations under the key of the whole folder.

import type { InputKey } from "../memo/input-key.js";
import { memoKey } from "../memo/memo-key.js";
import type { SpecInput } from "./spec-files.js";
import { textKey } from "./text-key.js";

export function inputKeys(input: SpecInput): InputKey {
  const files = new Map(input.files.map((f) => [f.relPath, f]));
  const pageKeys = new Map<string, string>();
  let shared: string | undefined;
  return (sourceFile, pages, within) => {
    shared ??= memoKey(
      ...input.files
        .filter((f) => f.kind === "dictionary" || f.kind === "platform")
        .flatMap((f) => [f.relPath, textKey(f)]),
    );
    const file = files.get(sourceFile);
    const parts = [shared, sourceFile, file ? textKey(file) : "", ...pages.flatMap((page) => [page, pageKey(page)])];
    return within === undefined ? memoKey(...parts) : memoKey(within, ...parts);
  };

  function pageKey(page: string): string {
    let key = pageKeys.get(page);
    if (key === undefined) pageKeys.set(page, (key = memoKey(input.pages?.get(page) ?? "")));
    return key;
  }
}

/** The key of every file of the spec folder: YAML files and pages by path and text, and the names of the others. */
export function specInputKey(input: SpecInput): string {
  const pages = [...(input.pages ?? [])];
  return memoKey(
    `${input.files.length} files, ${pages.length} pages, ${input.otherPaths.size} others`,
    ...input.files.flatMap((f) => [f.relPath, textKey(f)]),
    ...pages.flat(),
    ...input.otherPaths,
  );
}

/** The key of what every operation's model shares: the dictionary and platform files, and which operation files there are, in order. */
export function sharedInputKey(input: SpecInput): string {
  return memoKey(
    ...input.files.flatMap((f) => (f.kind === "operation" ? [f.relPath] : [f.relPath, f.kind, textKey(f)])),
  );
}
