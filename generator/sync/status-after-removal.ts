// The status keys that name a response field (status.errorField,
// status.messageField) go with the field when a release removes it: a spec
// whose status names a field its response lacks is refused, so sync wrote
// nothing of such a release. A field the page shows renamed (paired one to one
// with a field it adds beside it, page-field-renames.ts) is followed instead:
// the status names the new field, and the package keeps what it did.

import type { SpecEdit } from "./page-difference.js";
import type { SpecEditors } from "./spec-editors.js";
import type { SyncSubject } from "./sync-check.js";

/** What the package no longer does without each status key that names a response field (status-changes.ts says so). */
const STATUS_POINTERS = {
  errorField: "the mock's format error no longer names the field in error",
  messageField: "the client's error reports no longer read a status text",
} as const;

/**
 * The status's errorField and messageField go with the response field they name: each points at that field, and a
 * spec whose status names a field its response lacks is refused, so sync wrote nothing of the release. Where the page
 * shows the field renamed (the removal names the one field added in its place), the key names that field instead.
 */
export function statusAfterRemoval(
  edit: Extract<SpecEdit, { kind: "remove-field" }>,
  subject: SyncSubject,
  editors: SpecEditors,
): string[] {
  const { status } = subject.located.raw;
  if (edit.message !== "response" || edit.at.length !== 2 || !status) return [];
  return Object.entries(STATUS_POINTERS).flatMap(([key, effect]) => {
    if (status[key as keyof typeof STATUS_POINTERS] !== edit.field) return [];
    const editor = editors.of(subject.located.file.relPath);
    if (edit.renamed !== null) {
      editor.set(["status", key], edit.renamed);
      return [
        `${subject.op.name}: status.${key} set to ${edit.renamed}, following ${edit.field} renamed (the page lists ${edit.renamed} in its place, alike); if it is not the same field, remove status.${key}`,
      ];
    }
    editor.remove(["status"], key);
    return [`${subject.op.name}: status.${key} removed with ${edit.field} (${effect})`];
  });
}
