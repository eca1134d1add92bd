import type { ContainerModel, FieldModel, FormatModel } from "./field-model.js";
import type { FieldValuesModel } from "./value-list-model.js";

// What a field holds, looking through a list to its items: the questions every
// emitter asks of containers and lists, answered once.

/** The container type a field holds: its own, or its list items'. */
export function containerOf(field: FieldModel): ContainerModel | null {
  const type = field.type.kind === "list" ? field.type.items.type : field.type;
  return type.kind === "container" ? type.container : null;
}

/** Every field at any depth: each one, then the fields of the container it holds. */
export function allFields(fields: readonly FieldModel[]): FieldModel[] {
  return fields.flatMap((field) => [field, ...allFields(containerOf(field)?.fields ?? [])]);
}

/** What the field takes of its value list: its own values, or its list items'. */
export const valuesOf = (field: FieldModel): FieldValuesModel | null =>
  field.type.kind === "list" ? field.type.items.values : field.values;

/** The format of a field's values: its own, or its list items'. */
export const formatOf = (field: FieldModel): FormatModel | null =>
  field.type.kind === "list" ? field.type.items.format : field.format;
