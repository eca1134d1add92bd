// What the files generated for one operation depend on in the spec folder:
// its own spec file and saved page, and the dictionary and platform file that
// every operation reads. Emit remembers an operation's files under this key,
// and the files that span operations under the key of the whole folder.

import { memoKey } from "../memo/memo.js";
import type { SpecInput } from "./spec-files.js";

/** The key of an operation's inputs, from its spec file and its page (paths relative to the spec directory). */
export type InputKey = (sourceFile: string, page: string | null) => string;

export function inputKeys(input: SpecInput): InputKey {
  const texts = new Map(input.files.map((f) => [f.relPath, f.text]));
  let shared: string | undefined;
  return (sourceFile, page) => {
    shared ??= memoKey(
      ...input.files
        .filter((f) => f.kind === "dictionary" || f.kind === "platform")
        .flatMap((f) => [f.relPath, f.text]),
    );
    const pageText = page === null ? "" : (input.pages?.get(page) ?? "");
    return memoKey(shared, sourceFile, texts.get(sourceFile) ?? "", pageText);
  };
}

/** The key of every file of the spec folder: YAML files and pages by path and text, and the names of the others. */
export function specInputKey(input: SpecInput): string {
  const pages = [...(input.pages ?? [])];
  return memoKey(
    `${input.files.length} files, ${pages.length} pages, ${input.otherPaths.size} others`,
    ...input.files.flatMap((f) => [f.relPath, f.text]),
    ...pages.flat(),
    ...input.otherPaths,
  );
}
