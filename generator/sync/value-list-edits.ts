// Edits of the shared value lists: a value added, removed or given other
// meanings, saying which other operations the change reaches, since a list is
// shared by every field that names it.

import type { RawDictionary } from "../rules/raw-spec.js";
import { allFields, valueListOf } from "../model/field-shape.js";
import type { SpecModel } from "../model/ir.js";
import { constantKeyOf } from "../rules/names.js";
import type { Located } from "../validate/located.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { SpecEditors } from "./spec-editors.js";
import type { SpecEdit } from "./page-difference.js";
import type { PageField } from "../read/page/page-model.js";
import type { YamlValue } from "./yaml-text.js";

export function editValue(
  edit: Extract<SpecEdit, { list: string; value: string }>,
  opName: string,
  spec: ValidSpec,
  model: SpecModel,
  editors: SpecEditors,
): string[] {
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
  const before =
    existing
      .filter((v) => v < edit.value)
      .sort()
      .at(-1) ?? null;
  editor.insert(valuesPath, edit.value, valueEntry(edit.value, edit.meanings), before);
  return [`value ${edit.value} added to list ${edit.list}${reach}`];
}

function valueEntry(value: string, meanings: readonly string[]): YamlValue {
  const entry: Record<string, YamlValue> = {};
  // A value such as "00" needs a constant name; the meaning gives a readable one.
  if (constantKeyOf(value, undefined) === undefined) entry["name"] = nameFromMeaning(value, meanings[0] ?? "");
  entry["meaning"] = meaningOf(meanings);
  return entry;
}

export const valuesOf = (values: PageField["values"]): YamlValue =>
  Object.fromEntries(
    [...values].sort((a, b) => (a.value < b.value ? -1 : 1)).map((v) => [v.value, valueEntry(v.value, v.meanings)]),
  );

const meaningOf = (meanings: readonly string[]): YamlValue =>
  meanings.length === 1 ? (meanings[0] ?? "") : [...meanings];

/** "Transaction initialized" -> TRANSACTION_INITIALIZED; "V_00" when the meaning gives nothing usable. */
export function nameFromMeaning(value: string, meaning: string): string {
  const words = meaning
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  const name = words.join("_").toUpperCase();
  return /^[A-Z]/.test(name) ? name : `V_${value.replace(/[^A-Za-z0-9]+/g, "_")}`;
}

const owner = (dictionaries: readonly Located<RawDictionary>[], holds: (d: Located<RawDictionary>) => boolean) =>
  dictionaries.find(holds);
export const lastKey = (record: Readonly<Record<string, unknown>> | undefined): string | null =>
  Object.keys(record ?? {}).at(-1) ?? null;
export const listFile = (spec: ValidSpec) => owner(spec.dictionaries, (d) => d.raw.valueLists !== undefined);

const operationsUsingList = (model: SpecModel, list: string): string[] =>
  model.operations
    .filter((op) => allFields([...op.request.fields, ...op.response.fields]).some((f) => valueListOf(f)?.name === list))
    .map((op) => op.name);
