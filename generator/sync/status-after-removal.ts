// The status keys that name a response field (status.errorField,
// status.messageField) go with the field when a release removes it: a spec
// whose status names a field its response lacks is refused, so sync wrote
// nothing of such a release. A field the page shows renamed (paired one to one
// with a field it adds beside it, page-field-renames.ts) is followed instead:
// the status names the new field, and the package keeps what it did.
// `sync --check` says the same of each key as sync does (statusWords).

import type { RawStatus } from "../rules/raw-spec.js";
import type { PageDifference, SpecEdit, SyncSubject } from "./page-difference.js";
import type { SpecEditors } from "./spec-editors.js";

/** What the package no longer does without each status key that names a response field (status-changes.ts says so). */
const STATUS_POINTERS = {
  errorField: "the mock's format error no longer names the field in error",
  messageField: "the client's error reports no longer read a status text",
} as const;

type FieldRemoval = Extract<SpecEdit, { kind: "remove-field" }>;

/** A status key that names the field removed: the field it follows, or null where it goes with it. */
interface StatusPointer {
  readonly key: keyof typeof STATUS_POINTERS;
  readonly to: string | null;
  readonly effect: string;
}

/** The status keys that name the response field removed, each with what becomes of it. */
function statusPointers(edit: FieldRemoval, status: RawStatus | undefined): StatusPointer[] {
  if (edit.message !== "response" || edit.at.length !== 2 || !status) return [];
  return (Object.keys(STATUS_POINTERS) as (keyof typeof STATUS_POINTERS)[]).flatMap((key) =>
    status[key] === edit.field ? [{ key, to: edit.renamed, effect: STATUS_POINTERS[key] }] : [],
  );
}

/**
 * The status's errorField and messageField go with the response field they name: each points at that field, and a
 * spec whose status names a field its response lacks is refused, so sync wrote nothing of the release. Where the page
 * shows the field renamed (the removal names the one field added in its place), the key names that field instead.
 */
export function statusAfterRemoval(edit: FieldRemoval, subject: SyncSubject, editors: SpecEditors): string[] {
  return statusPointers(edit, subject.located.raw.status).map(({ key, to, effect }) => {
    const editor = editors.of(subject.located.file.relPath);
    if (to !== null) {
      editor.set(["status", key], to);
      return `${subject.op.name}: status.${key} set to ${to}, following ${edit.field} renamed (the page lists ${to} in its place, alike); if it is not the same field, remove status.${key}`;
    }
    editor.remove(["status"], key);
    return `${subject.op.name}: status.${key} removed with ${edit.field} (${effect})`;
  });
}

/**
 * A difference as `sync --check` says it: a removal of a field the status names says what sync does to the status
 * key, which the field's own line otherwise left to the run (the key followed to the new name, or removed).
 */
export function statusWords(difference: PageDifference, status: RawStatus | undefined): PageDifference {
  const fix = difference.fix;
  if (fix?.kind !== "remove-field") return difference;
  const words = statusPointers(fix, status).map(({ key, to, effect }) =>
    to === null
      ? `sync removes status.${key} with it (${effect})`
      : `sync sets status.${key} to ${to}, following it (if it is not the same field, remove status.${key})`,
  );
  return words.length === 0 ? difference : { ...difference, page: `${difference.page}; ${words.join("; ")}` };
}
