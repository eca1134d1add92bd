// What the tests of the model built from the facts of a spec's files share:
// the golden fixture with some files edited, added or removed, and the model
// built the way a run builds it, with a memo or without.
import { formatDiagnostic, type Memo } from "../../generator/index.js";
import { normalizeSpec } from "../../generator/model/normalize-spec.js";
import { readDocuments } from "../../generator/read/read-documents.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import type { ValidSpec } from "../../generator/validate/validate-spec.js";
import { validateWithMemo } from "../../generator/validate/validate-with-memo.js";

/** The checked spec and its model, with `memo` (the facts of the files it remembers) or without. */
export async function modelOf(spec: SpecInput, memo: Memo | null) {
  const read = await readDocuments(spec, memo);
  const outcome = await validateWithMemo(read, memo);
  if (!outcome.spec) throw new Error(outcome.diagnostics.map(formatDiagnostic).join("\n"));
  const valid: ValidSpec = outcome.spec;
  return { spec: valid, model: normalizeSpec(valid, read.pages) };
}

/** What `view` sees of the model built with `memo` and of the model built without: what a test compares. */
export async function withAndWithoutMemo<T>(
  spec: SpecInput,
  memo: Memo,
  view: (built: Awaited<ReturnType<typeof modelOf>>) => T,
): Promise<{ withMemo: T; without: T }> {
  return { withMemo: view(await modelOf(spec, memo)), without: view(await modelOf(spec, null)) };
}

/** The text of `relPath` in `input` ("" when there is none). */
export const textIn = (input: SpecInput, relPath: string): string =>
  input.files.find((f) => f.relPath === relPath)?.text ?? "";

/** An operation's file as another operation's: its name and its addresses' paths renamed. */
export const renamedOperation = (text: string, from: string, to: string): string =>
  replaced(text, `operation: ${from}`, `operation: ${to}`).replaceAll(`/${from}`, `/${to}`);

/** `input` with each file of `edits` changed (null: removed) or added (an operation, edited from ""). */
export function editedSpec(
  input: SpecInput,
  edits: Readonly<Record<string, (text: string) => string | null>>,
): SpecInput {
  const files = input.files.flatMap((f) => {
    const edit = edits[f.relPath];
    const text = edit ? edit(f.text) : f.text;
    return text === null ? [] : [{ ...f, text }];
  });
  for (const [relPath, edit] of Object.entries(edits)) {
    if (files.some((f) => f.relPath === relPath)) continue;
    const text = edit("");
    if (text !== null) files.push({ relPath, displayPath: relPath, kind: "operation", text });
  }
  return { ...input, files: files.sort((a, b) => (a.relPath < b.relPath ? -1 : 1)) };
}

/** `text` with its first `from` replaced: throws when the fixture no longer holds it, so no edit is silently lost. */
export const replaced = (text: string, from: string, to: string): string => {
  if (!text.includes(from)) throw new Error(`the fixture no longer holds ${JSON.stringify(from)}`);
  return text.replace(from, to);
};
