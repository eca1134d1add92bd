// Turns the edits sync decided on into text edits of the spec files: the
// operation file for what is the operation's, the dictionary for shared fields
// and value lists. Says what it did, naming the other operations a change to a
// shared value list reaches.

import type { MessageKind, RawDictionary, RawField } from "../rules/raw-spec.js";
import type { SpecModel } from "../model/ir.js";
import type { Located } from "../validate/located.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { PageField } from "../read/page/page-model.js";
import type { SpecEdit } from "./page-difference.js";
import type { SyncSubject } from "./sync-check.js";
import { describe, editEnvironment } from "./endpoint-edits.js";
import { editValue, lastKey, listFile, valuesOf } from "./value-list-edits.js";
import type { SpecEditors } from "./spec-editors.js";
import type { YamlValue } from "./yaml-text.js";

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
    case "set-operation":
      op.set(edit.path, edit.value);
      return [`${name}: ${edit.path.join(".")} set to ${describe(edit.value)}`];
    case "set-environment":
      return editEnvironment(edit, subject, editors);
    case "set-field": {
      const path = [edit.message, "fields", edit.field, edit.key];
      if (edit.key !== "description" || op.has(path) || !isDictionaryField(subject, edit.message, edit.field)) {
        op.set(path, edit.value, { quote: edit.key === "since" });
        return [
          `${name}: ${edit.message} field ${edit.field}: ${edit.key} set${edit.key === "description" ? "" : ` to ${edit.value}`}`,
        ];
      }
      const users = operationsUsingField(model, edit.field).filter((o) => o !== name);
      if (users.length > 0) {
        op.set(path, edit.value);
        return [`${name}: ${edit.field}: description given here, the dictionary's stays for ${users.join(", ")}`];
      }
      const dictionary = owner(spec.dictionaries, (d) => d.raw.fields?.[edit.field] !== undefined);
      if (!dictionary) return [];
      editors.of(dictionary.file.relPath).set(["fields", edit.field, "description"], edit.value);
      return [`${edit.field}: dictionary description set`];
    }
    case "add-field":
      return addField(edit.message, edit.field, edit.after, subject, spec, editors);
    case "remove-field":
      op.remove([edit.message, "fields"], edit.field);
      return [`${name}: ${edit.message} field ${edit.field} removed (the page no longer lists it)`];
    case "add-value":
    case "remove-value":
    case "set-meanings":
      return editValue(edit, name, spec, model, editors);
    case "add-list": {
      op.set([edit.message, "fields", edit.field, "valueList"], edit.list);
      // A list of that name is taken as it is (the next pass compares its values); else it is made from the page.
      if (spec.dictionaries.some((d) => d.raw.valueLists?.[edit.list] !== undefined))
        return [`${name}: ${edit.field} uses value list ${edit.list}`];
      const lists = listFile(spec);
      if (!lists) return [];
      editors
        .of(lists.file.relPath)
        .insert(["valueLists"], edit.list, { values: valuesOf(edit.values) }, lastKey(lists.raw.valueLists));
      return [`${name}: value list ${edit.list} added for ${edit.field}`];
    }
  }
}

function addField(
  message: MessageKind,
  field: PageField,
  after: string | null,
  subject: SyncSubject,
  spec: ValidSpec,
  editors: SpecEditors,
): string[] {
  const op = editors.of(subject.located.file.relPath);
  const presence = field.presence?.value ?? field.section;
  const since = field.since?.value ?? "undocumented";
  const inDictionary = spec.dictionaries.some((d) => d.raw.fields?.[field.name] !== undefined);
  const elsewhere = inDictionary ? undefined : writtenElsewhere(spec, field.name);
  const fieldsPath = [message, "fields"];
  const reference = { from: "dictionary", presence, since };
  if (inDictionary || elsewhere) {
    if (elsewhere) {
      const dictionary = fieldFile(spec);
      if (!dictionary) return [];
      const { presence: _p, since: _s, condition: _c, notes: _n, ...shape } = elsewhere.field;
      editors.of(dictionary.file.relPath).insert(["fields"], field.name, toYaml(shape), lastKey(dictionary.raw.fields));
    }
    op.insert(fieldsPath, field.name, reference, after, { flow: true });
    const moved = elsewhere ? `; moved to the dictionary, as ${elsewhere.operation} has it too` : "";
    return [
      `${subject.op.name}: ${message} field ${field.name} added (${presence}, ${since}) from the dictionary${moved}`,
    ];
  }
  const written: Record<string, YamlValue> = { presence, since, description: field.description.value };
  if (field.values.length > 0) written["valueList"] = field.name;
  op.insert(fieldsPath, field.name, written, after);
  const notes = [
    `${subject.op.name}: ${message} field ${field.name} added (${presence}, ${since}); give its type and format from the data dictionary`,
  ];
  const lists = listFile(spec);
  if (field.values.length > 0 && lists && lists.raw.valueLists?.[field.name] === undefined) {
    editors
      .of(lists.file.relPath)
      .insert(["valueLists"], field.name, { values: valuesOf(field.values) }, lastKey(lists.raw.valueLists));
    notes.push(`value list ${field.name} added`);
  }
  return notes;
}

const isDictionaryField = (subject: SyncSubject, message: MessageKind, field: string): boolean =>
  subject.located.raw[message].fields[field]?.from === "dictionary";

const toYaml = (shape: RawField): YamlValue => shape as unknown as YamlValue;
const owner = (dictionaries: readonly Located<RawDictionary>[], holds: (d: Located<RawDictionary>) => boolean) =>
  dictionaries.find(holds);
const fieldFile = (spec: ValidSpec) => owner(spec.dictionaries, (d) => d.raw.fields !== undefined);

function writtenElsewhere(spec: ValidSpec, field: string): { operation: string; field: RawField } | undefined {
  for (const op of spec.operations) {
    for (const kind of ["request", "response"] as const) {
      const found = op.raw[kind].fields[field];
      if (found && found.from === undefined) return { operation: op.raw.operation, field: found };
    }
  }
  return undefined;
}

const operationsUsingField = (model: SpecModel, field: string): string[] =>
  model.operations
    .filter((op) => [...op.request.fields, ...op.response.fields].some((f) => f.name === field && f.fromDictionary))
    .map((op) => op.name);
