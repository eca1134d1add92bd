// Turns the edits sync decided on into text edits of the spec files: the
// operation file for what is the operation's, the dictionary for shared fields
// and value lists. Says what it did, naming the other operations a change to a
// shared value list reaches.

import type { MessageKind, RawDictionary, RawField } from "../load/raw-spec.js";
import { allFields, valueListOf } from "../model/field-shape.js";
import type { SpecModel } from "../model/ir.js";
import { constantKeyOf } from "../model/names.js";
import type { Located } from "../validate/located.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { PageField } from "./page-model.js";
import type { SpecEdit } from "./page-difference.js";
import type { SyncSubject } from "./sync-check.js";
import { YamlEditor, type YamlValue } from "./yaml-text.js";

/** Editors by spec file (relPath), each over the file's current text. */
export class SpecEditors {
  private readonly editors = new Map<string, YamlEditor>();
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  of(relPath: string): YamlEditor {
    let editor = this.editors.get(relPath);
    if (!editor) {
      editor = new YamlEditor(this.texts.get(relPath) ?? "");
      this.editors.set(relPath, editor);
    }
    return editor;
  }

  /** relPath -> new text, for the files whose text changed. */
  changed(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [relPath, editor] of this.editors) if (editor.result() !== editor.text) out.set(relPath, editor.result());
    return out;
  }
}

export function applyEdit(edit: SpecEdit, subject: SyncSubject, spec: ValidSpec, model: SpecModel, editors: SpecEditors): string[] {
  const opFile = subject.located.file.relPath;
  const op = editors.of(opFile);
  const name = subject.op.name;
  switch (edit.kind) {
    case "set-operation":
      op.set(edit.path, edit.value);
      return [`${name}: ${edit.path.join(".")} set to ${edit.value}`];
    case "set-field": {
      const path = [edit.message, "fields", edit.field, edit.key];
      if (edit.key !== "description" || op.has(path) || !isDictionaryField(subject, edit.message, edit.field)) {
        op.set(path, edit.value, { quote: edit.key === "since" });
        return [`${name}: ${edit.message} field ${edit.field}: ${edit.key} set${edit.key === "description" ? "" : ` to ${edit.value}`}`];
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
      if (spec.dictionaries.some((d) => d.raw.valueLists?.[edit.list] !== undefined)) return [`${name}: ${edit.field} uses value list ${edit.list}`];
      const lists = listFile(spec);
      if (!lists) return [];
      editors.of(lists.file.relPath).insert(["valueLists"], edit.list, { values: valuesOf(edit.values) }, lastKey(lists.raw.valueLists));
      return [`${name}: value list ${edit.list} added for ${edit.field}`];
    }
  }
}

function addField(message: MessageKind, field: PageField, after: string | null, subject: SyncSubject, spec: ValidSpec, editors: SpecEditors): string[] {
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
    return [`${subject.op.name}: ${message} field ${field.name} added (${presence}, ${since}) from the dictionary${moved}`];
  }
  const written: Record<string, YamlValue> = { presence, since, description: field.description.value };
  if (field.values.length > 0) written["valueList"] = field.name;
  op.insert(fieldsPath, field.name, written, after);
  const notes = [`${subject.op.name}: ${message} field ${field.name} added (${presence}, ${since}); give its type and format from the data dictionary`];
  const lists = listFile(spec);
  if (field.values.length > 0 && lists && lists.raw.valueLists?.[field.name] === undefined) {
    editors.of(lists.file.relPath).insert(["valueLists"], field.name, { values: valuesOf(field.values) }, lastKey(lists.raw.valueLists));
    notes.push(`value list ${field.name} added`);
  }
  return notes;
}

function editValue(edit: Extract<SpecEdit, { list: string; value: string }>, opName: string, spec: ValidSpec, model: SpecModel, editors: SpecEditors): string[] {
  const lists = owner(spec.dictionaries, (d) => d.raw.valueLists?.[edit.list] !== undefined);
  if (!lists) return [];
  const editor = editors.of(lists.file.relPath);
  const valuesPath = ["valueLists", edit.list, "values"];
  const others = operationsUsingList(model, edit.list).filter((o) => o !== opName);
  const reach = others.length > 0 ? `; it also changes ${others.join(", ")}` : "";
  if (edit.kind === "remove-value") {
    editor.remove(valuesPath, edit.value);
    return [`value ${edit.value} removed from list ${edit.list}${reach}`];
  }
  if (edit.kind === "set-meanings") {
    editor.set([...valuesPath, edit.value, "meaning"], meaningOf(edit.meanings));
    return [`value ${edit.value} of list ${edit.list}: meaning set${reach}`];
  }
  const existing = Object.keys(lists.raw.valueLists?.[edit.list]?.values ?? {});
  const before = existing.filter((v) => v < edit.value).sort().at(-1) ?? null;
  editor.insert(valuesPath, edit.value, valueEntry(edit.value, edit.meanings), before);
  return [`value ${edit.value} added to list ${edit.list}${reach}`];
}

const isDictionaryField = (subject: SyncSubject, message: MessageKind, field: string): boolean =>
  subject.located.raw[message].fields[field]?.from === "dictionary";

function valueEntry(value: string, meanings: readonly string[]): YamlValue {
  const entry: Record<string, YamlValue> = {};
  // A value such as "00" needs a constant name; the meaning gives a readable one.
  if (constantKeyOf(value, undefined) === undefined) entry["name"] = nameFromMeaning(value, meanings[0] ?? "");
  entry["meaning"] = meaningOf(meanings);
  return entry;
}

const valuesOf = (values: PageField["values"]): YamlValue =>
  Object.fromEntries([...values].sort((a, b) => (a.value < b.value ? -1 : 1)).map((v) => [v.value, valueEntry(v.value, v.meanings)]));

const meaningOf = (meanings: readonly string[]): YamlValue => (meanings.length === 1 ? (meanings[0] ?? "") : [...meanings]);

/** "Transaction initialized" -> TRANSACTION_INITIALIZED; "V_00" when the meaning gives nothing usable. */
export function nameFromMeaning(value: string, meaning: string): string {
  const words = meaning.normalize("NFKD").replace(/[^A-Za-z0-9 ]+/g, " ").trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const name = words.join("_").toUpperCase();
  return /^[A-Z]/.test(name) ? name : `V_${value.replace(/[^A-Za-z0-9]+/g, "_")}`;
}

const toYaml = (shape: RawField): YamlValue => shape as unknown as YamlValue;
const lastKey = (record: Readonly<Record<string, unknown>> | undefined): string | null => Object.keys(record ?? {}).at(-1) ?? null;
const owner = (dictionaries: readonly Located<RawDictionary>[], holds: (d: Located<RawDictionary>) => boolean) => dictionaries.find(holds);
const fieldFile = (spec: ValidSpec) => owner(spec.dictionaries, (d) => d.raw.fields !== undefined);
const listFile = (spec: ValidSpec) => owner(spec.dictionaries, (d) => d.raw.valueLists !== undefined);

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
  model.operations.filter((op) => [...op.request.fields, ...op.response.fields].some((f) => f.name === field && f.fromDictionary)).map((op) => op.name);

const operationsUsingList = (model: SpecModel, list: string): string[] =>
  model.operations
    .filter((op) => allFields([...op.request.fields, ...op.response.fields]).some((f) => valueListOf(f)?.name === list))
    .map((op) => op.name);
