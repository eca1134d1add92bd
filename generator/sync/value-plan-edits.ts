// Writes the value and description plans into the spec files: values added
// to the shared lists and new lists, general meanings and constant names,
// and, per field, the value list it links, the values it takes and its own
// meanings and description. Insertions go where their rank puts them (code
// point order in value lists, a fixed key order in a field), so that the text
// never depends on the order of the edits; a field written on one line is
// written anew, on one line while it fits and has no meanings of its own.

import { declaredVersion } from "../../runtime/interface-version.js";
import { printedVersion } from "../rules/list-prefix.js";
import type { RawField } from "../rules/raw-spec.js";
import { constantKeyOf } from "../rules/names.js";
import type { SpecMessage } from "./page-difference.js";
import { compareText } from "../rules/code-point-order.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { DescriptionPlan } from "./description-plan.js";
import type { SpecEditors } from "./spec-editors.js";
import { ownerOf } from "./spec-places.js";
import type { PrefixMove } from "./prefix-moves.js";
import type { GeneralValue, ValuePlan } from "./value-plan.js";
import { FlowList, renderEntry, type YamlValue } from "./yaml-render.js";
import type { YamlEditor } from "./yaml-text.js";

/** The order sync writes a field's keys in; keys it inserts go before the first that comes after them. */
const FIELD_KEYS = [
  "from",
  "presence",
  "condition",
  "since",
  "type",
  "valueList",
  "values",
  "meanings",
  "format",
  "typeName",
  "example",
  "description",
  "notes",
  "fields",
  "items",
];
const fieldRank = (key: string): string => String(FIELD_KEYS.indexOf(key) + 100).padStart(3, "0");
const byName = (key: string): string => key;

/** The longest line a field on one line may make. */
const FLOW_WIDTH = 120;

export function writePlans(
  values: ValuePlan,
  descriptions: DescriptionPlan,
  spec: ValidSpec,
  editors: SpecEditors,
): void {
  for (const list of values.lists) {
    const owner = ownerOf(spec.dictionaries, (d) => d.raw.valueLists?.[list.list] !== undefined);
    if (list.isNew) {
      const file = ownerOf(spec.dictionaries, (d) => d.raw.valueLists !== undefined);
      if (!file) continue;
      const entries = new Map(list.added.map((v) => [v.value, valueEntry(v)]));
      editors.of(file.file.relPath).insertRanked(["valueLists"], list.list, { values: entries }, byName);
      continue;
    }
    if (!owner) continue;
    const editor = editors.of(owner.file.relPath);
    const path = ["valueLists", list.list, "values"];
    for (const v of list.added) editor.insertRanked(path, v.value, valueEntry(v), byName);
    for (const v of list.changed) {
      if (v.meanings.join("\n") !== v.was.meanings.join("\n"))
        editor.set([...path, v.value, "meaning"], meaningOf(v.meanings));
      if (v.name !== null && v.name !== v.was.name) editor.set([...path, v.value, "name"], v.name);
    }
  }
  for (const m of values.moves) {
    const owner = ownerOf(spec.dictionaries, (d) => d.raw.valueLists?.[m.list] !== undefined);
    const def = owner?.raw.valueLists?.[m.list]?.values[m.from];
    if (!owner || !def) continue;
    const editor = editors.of(owner.file.relPath);
    editor.renameKey(["valueLists", m.list, "values"], m.from, m.to);
    // A constant named after the text keeps its name: code that imports it still compiles.
    const was = constantKeyOf(m.from, def.name) ?? m.from;
    if (def.name === undefined && (constantKeyOf(m.to, undefined) ?? m.to) !== was)
      editor.insert(["valueLists", m.list, "values", m.from], "name", was, null);
  }
  for (const link of values.links) {
    const located = spec.operations.find((o) => o.raw.operation === link.operation);
    if (located) editors.of(located.file.relPath).insertRanked(link.path, "valueList", link.list, fieldRank);
  }
  for (const d of descriptions.general) {
    const owner = ownerOf(spec.dictionaries, (dict) => dict.raw.fields?.[d.field] !== undefined);
    if (owner) editors.of(owner.file.relPath).set(["fields", d.field, "description"], d.to);
  }
  for (const [key, change] of renamedValues(fieldChanges(values, descriptions), values, spec)) {
    const [operation = "", message = "request", field = ""] = key.split("\u0000") as [string, SpecMessage, string];
    const located = spec.operations.find((o) => o.raw.operation === operation);
    const written = (message === "callback" ? located?.raw.callback : located?.raw[message])?.fields[field];
    if (!located || !written) continue;
    writeField(editors.of(located.file.relPath), [message, "fields"], field, written, change);
  }
}

/** What changes in one field: undefined leaves a key as it is, null removes it. */
interface FieldChange {
  valueList?: string;
  values?: readonly string[] | null;
  meanings?: ReadonlyMap<string, readonly string[]> | null;
  description?: string | null;
  example?: null;
}

/** The changes of each field, both plans merged: one field is written once. */
function fieldChanges(values: ValuePlan, descriptions: DescriptionPlan): Map<string, FieldChange> {
  const out = new Map<string, FieldChange>();
  const of = (operation: string, message: string, field: string): FieldChange => {
    const key = `${operation}\u0000${message}\u0000${field}`;
    let change = out.get(key);
    if (!change) out.set(key, (change = {}));
    return change;
  };
  for (const f of values.fields) {
    const change = of(f.operation, f.message, f.field);
    if (f.link) change.valueList = f.list;
    change.values = f.values.to;
    change.meanings = f.meanings.to.size > 0 ? f.meanings.to : null;
  }
  for (const d of descriptions.fields) of(d.operation, d.message, d.field).description = d.to;
  return out;
}

/**
 * The field changes with each moved prefix value renamed (prefix-moves.ts), and a change for every field not
 * otherwise changed whose `values:` or `meanings:` name one: a value renamed is renamed wherever it is written.
 */
function renamedValues(
  changes: Map<string, FieldChange>,
  values: ValuePlan,
  spec: ValidSpec,
): Map<string, FieldChange> {
  if (values.moves.length === 0) return changes;
  const dictionary = new Map(spec.dictionaries.flatMap((d) => Object.entries(d.raw.fields ?? {})));
  for (const op of spec.operations)
    for (const message of ["request", "response", "callback"] as const) {
      const fields = (message === "callback" ? op.raw.callback : op.raw[message])?.fields ?? {};
      for (const [name, field] of Object.entries(fields)) {
        const list = field.valueList ?? (field.from === "dictionary" ? dictionary.get(name)?.valueList : undefined);
        const renamed = new Map(values.moves.filter((m) => m.list === list).map((m) => [m.from, m.to]));
        if (renamed.size === 0) continue;
        const key = `${op.raw.operation}\u0000${message}\u0000${name}`;
        const change: FieldChange = { ...changes.get(key) };
        const written = field.values;
        if (change.values === undefined && written?.some((v) => renamed.has(v))) change.values = written;
        const meanings = field.meanings ?? {};
        if (change.meanings === undefined && Object.keys(meanings).some((v) => renamed.has(v)))
          change.meanings = new Map(Object.entries(meanings).map(([v, m]) => [v, typeof m === "string" ? [m] : m]));
        if (change.values) change.values = change.values.map((v) => renamed.get(v) ?? v).sort(compareText);
        if (change.meanings) change.meanings = new Map([...change.meanings].map(([v, m]) => [renamed.get(v) ?? v, m]));
        // An example below the lowest version the moved text now gives is one no request may declare (the docs
        // would show it as real data): removed, the docs then showing the recommended version in its place.
        const example = field.example;
        if (example !== undefined && values.moves.some((m) => m.list === list && belowMove(example, m)))
          change.example = null;
        if (change.values !== undefined || change.meanings !== undefined || change.example !== undefined)
          changes.set(key, change);
      }
    }
  return changes;
}

/** Whether `example`, a version of the move's interface, comes before the lowest version the moved text gives. */
function belowMove(example: string, move: PrefixMove): boolean {
  const floor = printedVersion(move.to, move.prefix);
  const version = declaredVersion(example, move.prefix);
  return floor !== null && version >= 0 && version < floor.major * 10000 + floor.minor;
}

function writeField(
  editor: YamlEditor,
  fieldsPath: string[],
  name: string,
  written: RawField,
  change: FieldChange,
): void {
  const path = [...fieldsPath, name];
  const wanted = new Map<string, YamlValue | null>();
  if (change.valueList !== undefined) wanted.set("valueList", change.valueList);
  if (change.values !== undefined) wanted.set("values", change.values === null ? null : new FlowList(change.values));
  if (change.meanings !== undefined)
    wanted.set("meanings", change.meanings === null ? null : meaningsOf(change.meanings));
  if (change.description !== undefined) wanted.set("description", change.description);
  if (change.example !== undefined) wanted.set("example", null);
  if (editor.isFlow(path)) {
    editor.replaceEntry(fieldsPath, name, ...oneField(name, written, wanted, editor.keyColumn(fieldsPath)));
    return;
  }
  for (const [key, value] of wanted) {
    if (value === null) editor.remove(path, key);
    else if (editor.has([...path, key])) editor.set([...path, key], value);
    else editor.insertRanked(path, key, value, fieldRank);
  }
}

/** A field written on one line, rewritten with its changes: on one line while that fits and it has no own meanings. */
function oneField(
  name: string,
  written: RawField,
  wanted: ReadonlyMap<string, YamlValue | null>,
  column: number,
): [YamlValue, { flow?: boolean }] {
  const entries = new Map(Object.entries(written as Record<string, YamlValue>));
  // Meanings read back from YAML are an object: their keys ("00") must keep their order.
  const meanings = entries.get("meanings");
  if (meanings !== undefined && !wanted.has("meanings") && typeof meanings === "object")
    entries.set(
      "meanings",
      new Map(Object.entries(meanings as Record<string, YamlValue>).sort(([a], [b]) => compareText(a, b))),
    );
  for (const [key, value] of wanted) {
    if (value === null) entries.delete(key);
    else entries.set(key, value);
  }
  const ordered = [...entries].sort(([a], [b]) => compareText(fieldRank(a), fieldRank(b)));
  const field = new Map(ordered);
  const simple = ordered.every(([, v]) => v instanceof FlowList || (typeof v === "string" && !v.includes("\n")));
  const flow = simple && renderEntry(name, field, column, { flow: true }).length <= FLOW_WIDTH;
  return [field, { flow }];
}

function valueEntry(v: GeneralValue): YamlValue {
  return v.name === null ? { meaning: meaningOf(v.meanings) } : { name: v.name, meaning: meaningOf(v.meanings) };
}

const meaningOf = (meanings: readonly string[]): YamlValue =>
  meanings.length === 1 ? (meanings[0] ?? "") : [...meanings];

const meaningsOf = (meanings: ReadonlyMap<string, readonly string[]>): YamlValue =>
  new Map([...meanings].sort(([a], [b]) => compareText(a, b)).map(([v, m]) => [v, meaningOf(m)]));
