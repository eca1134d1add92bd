import type { FieldModel, ValueListModel, ValueModel } from "../model/ir.js";

// JSDoc lines shared by the emitters: every type, field and value documents
// itself from the spec. An empty string is a blank comment line.

export function valueDoc(value: ValueModel): string[] {
  if (value.meanings.length === 1) return [...value.meanings];
  return value.meanings.map((m) => `- ${m}`);
}

export function valueListDoc(list: ValueListModel): string[] {
  const lines = [list.description ?? `Values of ${list.name}.`, ""];
  if (list.match === "prefix") lines.push("Each value is a prefix of the field's values.", "");
  for (const value of list.values) {
    const [first = "", ...rest] = value.meanings;
    lines.push(`- \`${value.value}\`: ${first}`);
    for (const more of rest) lines.push(`  ${more}`);
  }
  lines.push(...notes(list.notes));
  return lines;
}

export function fieldDoc(field: FieldModel): string[] {
  const lines = [...field.description.split("\n"), ""];
  const condition = field.condition ? ` (${field.condition.replace(/\.$/, "")})` : "";
  lines.push(`Presence: ${field.presence}${condition}.`);
  if (field.valueList) lines.push(`Values: {@link ${field.valueList.typeName}}${field.valueList.match === "prefix" ? " (prefixes)" : ""}.`);
  lines.push(...notes(field.notes), "", `@since ${field.since.text}`);
  return lines;
}

export const notes = (items: readonly string[]): string[] => (items.length === 0 ? [] : ["", ...items.map((n) => `Note: ${n}`)]);
