// A saved page of an operation the spec has without a page: the operation
// cites it from then on (source.page), and the next pass syncs it with the
// page as a release would be. The operation is never made a second time.

import type { SipsPage } from "../read/page/page-model.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import type { SpecEditors } from "./spec-editors.js";

export function attachPages(
  attach: ReadonlyMap<string, { readonly page: SipsPage; readonly operation: Located<RawOperation> }>,
  editors: SpecEditors,
): string[] {
  const out: string[] = [];
  for (const [relPath, { operation }] of attach) {
    const editor = editors.of(operation.file.relPath);
    const name = operation.raw.operation;
    if (editor.has(["source"])) editor.insert(["source"], "page", relPath, null);
    else editor.insert([], "source", { page: relPath }, editor.has(["family"]) ? "family" : "summary");
    out.push(`${name}: now cites ${relPath}; check source.notes (they may say no page was available)`);
  }
  return out;
}
