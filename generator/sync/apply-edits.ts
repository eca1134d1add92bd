// Turns the edits sync decided on for one operation and its page into text
// edits of the operation's file, and says what it did. Values, meanings and the
// descriptions of dictionary fields are decided over every page at once and
// written by value-plan-edits.ts.

import type { RawField } from "../rules/raw-spec.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { PageField } from "../read/page/page-model.js";
import type { SpecEdit, SpecMessage } from "./page-difference.js";
import type { SyncSubject } from "./sync-check.js";
import { describe, editEnvironment } from "./endpoint-edits.js";
import type { SpecEditors } from "./spec-editors.js";
import { stopAfterRemoval } from "./facts-stop-edit.js";

export function applyEdit(edit: SpecEdit, subject: SyncSubject, spec: ValidSpec, editors: SpecEditors): string[] {
  const opFile = subject.located.file.relPath;
  const op = editors.of(opFile);
  const name = subject.op.name;
  switch (edit.kind) {
    case "set-operation":
      op.set(edit.path, edit.value);
      return [`${name}: ${edit.path.join(".")} set to ${describe(edit.value)}`];
    case "set-environment":
      return editEnvironment(edit, subject, editors);
    case "set-field": {
      // Presence and version are the operation's; a description here is one the operation writes out.
      op.set([edit.message, "fields", edit.field, edit.key], edit.value, { quote: edit.key === "since" });
      return [
        `${name}: ${edit.message} field ${edit.field}: ${edit.key} set${edit.key === "description" ? "" : ` to ${edit.value}`}`,
      ];
    }
    case "add-field":
      return addField(edit.message, edit.field, edit.after, edit.renamed, subject, spec, editors);
    case "remove-field":
      op.remove([edit.message, "fields"], edit.field);
      return [
        `${name}: ${edit.message} field ${edit.field} removed (the page no longer lists it${edit.renamed === null ? "" : `; it may have been renamed ${edit.renamed}`})`,
        ...stopAfterRemoval(edit, subject, op),
      ];
  }
}

function addField(
  message: SpecMessage,
  field: PageField,
  after: string | null,
  renamed: string | null,
  subject: SyncSubject,
  spec: ValidSpec,
  editors: SpecEditors,
): string[] {
  const op = editors.of(subject.located.file.relPath);
  const presence = field.presence?.value ?? field.section;
  const since = field.since?.value ?? "undocumented";
  const inDictionary = spec.dictionaries.some((d) => d.raw.fields?.[field.name] !== undefined);
  const fieldsPath = [message, "fields"];
  if (inDictionary) {
    op.insert(fieldsPath, field.name, { from: "dictionary", presence, since }, after, { flow: true });
    const maybe = renamed === null ? "" : `; it may be ${renamed} renamed`;
    return [
      `${subject.op.name}: ${message} field ${field.name} added (${presence}, ${since}) from the dictionary${maybe}`,
    ];
  }
  // Written out, as a new operation writes it: which page came first decides nothing.
  op.insert(fieldsPath, field.name, { presence, since, description: field.description.value }, after);
  const elsewhere = writtenElsewhere(spec, field.name);
  // A rename keeps what the page does not print: the removed field's type and format are the first to look at.
  const from =
    renamed === null
      ? "the data dictionary"
      : `the data dictionary (or ${renamed}'s, removed beside it: it may be ${renamed} renamed)`;
  return [
    `${subject.op.name}: ${message} field ${field.name} added (${presence}, ${since}); give its type and format from ${from}`,
    ...(elsewhere
      ? [`${field.name} is also written out in ${elsewhere.operation}; move it to the dictionary if they share it`]
      : []),
  ];
}

function writtenElsewhere(spec: ValidSpec, field: string): { operation: string; field: RawField } | undefined {
  for (const op of spec.operations) {
    for (const kind of ["request", "response"] as const) {
      const found = op.raw[kind].fields[field];
      if (found && found.from === undefined) return { operation: op.raw.operation, field: found };
    }
  }
  return undefined;
}
