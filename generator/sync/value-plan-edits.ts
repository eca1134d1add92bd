// Writes the value and description plans into the spec files: values added
// to the shared lists and new lists, general meanings and constant names,
// prefix values moved, value lists linked, general descriptions, and then
// each field's changes (field-changes.ts), each field written once
// (field-write.ts). Insertions go where their rank puts them (code point
// order in value lists, a fixed key order in a field), so that the text never
// depends on the order of the edits.

import { constantKeyOf } from "../rules/names.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { DescriptionPlan } from "./description-plan.js";
import { fieldChanges, renamedDeviations, renamedValues } from "./field-changes.js";
import { fieldRank, meaningOf, writeField } from "./field-write.js";
import type { SpecMessage } from "./page-difference.js";
import type { SpecEditors } from "./spec-editors.js";
import { ownerOf } from "./spec-places.js";
import type { GeneralValue, ValuePlan } from "./value-plan.js";
import type { YamlValue } from "../rules/yaml-render.js";

const byName = (key: string): string => key;

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
  // A deviation keeping a moved value's own meaning follows it, else it would keep nothing.
  for (const d of renamedDeviations(values, spec))
    editors.of(d.relPath).set(["source", "deviations", d.index, "about"], d.about);
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

function valueEntry(v: GeneralValue): YamlValue {
  return v.name === null ? { meaning: meaningOf(v.meanings) } : { name: v.name, meaning: meaningOf(v.meanings) };
}
