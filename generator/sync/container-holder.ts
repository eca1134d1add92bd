// Where a message holds the container a page names: the page prints a
// container's fields under its name alone, which may be a field of another
// container (a list of operations, each with its result), at any depth.

import { containerOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";

/** The field holding a container, its YAML path, and whether the dictionary defines it. */
export interface ContainerHolder {
  readonly field: FieldModel;
  readonly path: readonly string[];
  /** It or a container it is in is a dictionary field: the operation's file does not write it out. */
  readonly dictionary: boolean;
  /** The container type it is a field of; null at the message's top. */
  readonly within: string | null;
}

/** The field of that name, holding a container or to hold one, at the message's top first, else in its containers; `at` is the fields' path. */
export function findHolder(
  fields: readonly FieldModel[],
  name: string,
  at: readonly string[],
  within: string | null = null,
): ContainerHolder | null {
  const here = fields.find((f) => f.name === name);
  if (here) return { field: here, path: [...at, here.name], dictionary: here.fromDictionary, within };
  // A field of that name holding a container first; else a plain one, which a page release may make a container.
  let plain: ContainerHolder | null = null;
  for (const field of fields) {
    const inner = containerOf(field);
    if (!inner) continue;
    const path = fieldsPathOf(field, [...at, field.name]);
    const found = findHolder(inner.fields, name, path, inner.typeName);
    const holder = found && { ...found, dictionary: found.dictionary || field.fromDictionary };
    if (holder && containerOf(holder.field)) return holder;
    plain ??= holder;
  }
  return plain;
}

/** The YAML path of the fields of the container the field at `path` holds (a list's under its items). */
export const fieldsPathOf = (field: FieldModel, path: readonly string[]): string[] => [
  ...path,
  ...(field.type.kind === "list" ? ["items"] : []),
  "fields",
];
