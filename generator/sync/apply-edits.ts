// Turns the edits sync decided on for one operation and its page into text
// edits of the operation's file, and says what it did. Values, meanings and the
// descriptions of dictionary fields are decided over every page at once and
// written by value-plan-edits.ts (each field by field-write.ts).

import type { ValidSpec } from "../validate/validate-spec.js";
import { quotedOrNothing, removedWhy, type SpecEdit } from "./page-difference.js";
import { isScalar, type Node } from "yaml";
import type { SyncSubject } from "./sync-check.js";
import type { SpecModel } from "../model/ir.js";
import { entryContext, pageFieldEntry } from "./page-field-entry.js";
import { otherWriter, writtenToo } from "./field-writers.js";
import { describe, editEnvironment } from "./endpoint-edits.js";
import type { SpecEditors } from "./spec-editors.js";
import { stopAfterRemoval } from "./facts-stop-edit.js";
import { statusAfterRemoval } from "./status-after-removal.js";
import { makeContainer, rewrittenWhole } from "./made-container.js";
import { noteStart, shownField } from "./shown-field.js";
import { replacedInNotes, stopInNotes } from "./notes-read-again.js";
import { sourceKeyAfter } from "./source-key-order.js";
import { movedEntry, removedBeside } from "./moved-entry.js";
import { laterThanRecommended } from "./later-than-recommended.js";
import { unloggedField } from "./unlogged-field.js";

export function applyEdit(
  edit: SpecEdit,
  subject: SyncSubject,
  spec: ValidSpec,
  model: SpecModel,
  editors: SpecEditors,
): string[] {
  const opFile = subject.located.file.relPath;
  const op = editors.of(opFile);
  const name = subject.op.name;
  switch (edit.kind) {
    case "set-operation": {
      const [block, key, ...deeper] = edit.path.map(String);
      const after =
        block === "source" && key !== undefined && deeper.length === 0 && !op.has(edit.path)
          ? sourceKeyAfter(key, (k) => op.has(["source", k]))
          : undefined;
      // A key added to source goes where the format's order puts it; any other is set in place, or appended.
      if (after === undefined || key === undefined) op.set(edit.path, edit.value);
      else op.insert(["source"], key, edit.value, after);
      return [
        `${name}: ${edit.path.join(".")} set to ${describe(edit.value)}`,
        ...replacedInNotes(edit, subject),
        ...stopInNotes(edit, subject),
      ];
    }
    case "set-environment":
      return editEnvironment(edit, subject, editors);
    case "set-field": {
      // Presence and version are the operation's; a description here is one the operation writes out. A version is
      // quoted ("2.10" is no number); undocumented, written where no source gives one, is plain as the spec writes it.
      // A description is quoted, the words it had beside those it has, as `--check` says them.
      const was = edit.key === "description" ? wordsAt(op.node([...edit.at, edit.field, edit.key])) : null;
      if (!rewrittenWhole(edit, subject, editors))
        op.set([...edit.at, edit.field, edit.key], edit.value, {
          quote: edit.key === "since" && edit.value !== "undocumented",
        });
      return [
        `${name}: ${edit.message} field ${named(edit)}: ${edit.key} set ${edit.key === "description" ? `${quotedOrNothing(was)} → ${quotedOrNothing(edit.value)}` : `to ${edit.value}`}`,
      ];
    }
    case "add-field": {
      // A version the changelog does not confirm is said beside the field, as --check said it.
      const unlogged = unloggedField(edit.field, subject.page);
      return [
        ...addField(edit, subject, { spec, model }, editors),
        ...(unlogged === null ? [] : [`${name}: ${edit.message} field ${named(edit)}: ${unlogged}`]),
        ...laterThanRecommended(edit, subject),
      ];
    }
    case "make-container":
      return makeContainer(edit, subject, { spec, model }, editors);
    case "move-fields": {
      const moved = op.moveAfter([edit.message, "fields"], edit.fields, edit.after);
      const fields = edit.fields.join(", ");
      return [
        moved
          ? `${name}: ${edit.message} fields ${fields} moved up to follow ${edit.after}, as the page prints them (the fields no page printed stay beyond the facts)`
          : `${name}: ${edit.message} fields ${fields}: move them up to follow ${edit.after} by hand (their fields are written on one line)`,
      ];
    }
    case "remove-field":
      op.remove(edit.at, edit.field);
      return [
        `${name}: ${edit.message} field ${named(edit)} removed (${removedWhy(edit)}${edit.renamed === null ? "" : `; it may have been renamed ${edit.renamed}`})`,
        ...stopAfterRemoval(edit, subject, op),
        ...statusAfterRemoval(edit, subject, editors),
      ];
  }
}

function addField(
  edit: Extract<SpecEdit, { kind: "add-field" }>,
  subject: SyncSubject,
  { spec, model }: { spec: ValidSpec; model: SpecModel },
  editors: SpecEditors,
): string[] {
  const { message, field, after, renamed } = edit;
  const shown = named(edit);
  const op = editors.of(subject.located.file.relPath);
  const presence = field.presence?.value ?? field.section;
  const since = field.since?.value ?? "undocumented";
  const name = subject.op.name;
  // The old entry goes only where sync removes it in this pass: a shared container's stays (its error says so).
  const gone = edit.movedFrom !== undefined && removedBeside(edit.movedFrom, subject.differences);
  const origin =
    edit.movedFrom === undefined
      ? ""
      : gone
        ? `, moved from ${edit.movedFrom.field}`
        : `, copied from ${edit.movedFrom.field}, which stays there`;
  if (edit.movedFrom !== undefined) {
    const moved = movedEntry(subject.located.raw, edit.movedFrom, { presence, since });
    if (moved !== undefined) {
      op.insert(edit.at, field.name, moved.value, after, { flow: moved.flow });
      const kept = moved.kept.length === 0 ? "" : ` (${moved.kept.join(", ")} kept)`;
      return [
        `${name}: ${message} field ${shown} added (${presence}, ${since})${origin}: written as the spec ${gone ? "had" : "has"} it there${kept}`,
      ];
    }
  }
  // Written as a new operation writes it (page-field-entry.ts): which page came first decides nothing.
  const printed = subject.page[message === "callback" ? "response" : message].fields;
  const context = entryContext(spec, model);
  const entry = pageFieldEntry(field, printed, context, name, noteStart(name, message, shown));
  op.insert(edit.at, field.name, entry.value, after, { flow: entry.flow });
  const maybe = `${renamed === null ? "" : `; it may be ${renamed} renamed`}${origin}`;
  if (entry.flow)
    return [`${name}: ${message} field ${shown} added (${presence}, ${since}) from the dictionary${maybe}`];
  // Taken from another operation, or made a container of what the page prints in it: the entry's notes say so.
  if (!entry.plain) return [`${name}: ${message} field ${shown} added (${presence}, ${since})${maybe}`, ...entry.notes];
  // At any depth, as for a new operation (page-field-entry.ts): one name is one field.
  const elsewhere = otherWriter(context.writers, field.name, name);
  // A rename keeps what the page does not print: the removed field's type and format are the first to look at.
  const from =
    renamed !== null
      ? `the data dictionary (or ${renamed}'s, removed beside it: it may be ${renamed} renamed)`
      : edit.movedFrom !== undefined
        ? `${edit.movedFrom.field}'s${gone ? ", removed beside it" : ""} (or the data dictionary)`
        : "the data dictionary";
  return [
    `${name}: ${message} field ${shown} added (${presence}, ${since})${origin}; give its type and format from ${from}`,
    // Its first note says what the line above says; the others (values a container's field lists) are its own.
    ...entry.notes.slice(1),
    ...(elsewhere
      ? [
          `${name}: ${message} field ${shown}: ${writtenToo(elsewhere, field.name, {
            presence,
            since,
            description: field.description.value,
            values: field.values.map((v) => v.value),
            contained: field.container !== null,
          })}`,
        ]
      : []),
  ];
}

/** A field as messages name it: in a container, after the containers that hold it (cardData.cardBin). */
function named(edit: Extract<SpecEdit, { kind: "set-field" | "add-field" | "remove-field" }>): string {
  return shownField([...edit.at, typeof edit.field === "string" ? edit.field : edit.field.name]);
}

/** The text a scalar of the spec holds, as read (a folded description in one line); null where there is none. */
const wordsAt = (node: Node | null): string | null =>
  isScalar(node) && typeof node.value === "string" ? node.value : null;
