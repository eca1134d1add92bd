// The changelog rows a container brings (model/changelog.ts): one per field
// it holds at any depth, under the name of the field that holds it. A plain
// field made a container adds them to the operation's CHANGELOG.md and
// reference page, and one made plain again takes them away: its type change
// says so, once, and the changelog's comparison does not list them again.

import { containerOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";

export interface ContainerRow {
  /** The name of the field that holds the container, as the changelog prints it. */
  readonly container: string;
  readonly field: string;
}

/** The rows of the fields `field`'s container holds, at any depth; none for a plain field. */
export function containerRows(field: FieldModel): ContainerRow[] {
  return (containerOf(field)?.fields ?? []).flatMap((child) => [
    { container: field.name, field: child.name },
    ...containerRows(child),
  ]);
}

/** The rows under the fields that hold a container in one list and not in the other, looked for where both do. */
export function switchedContainerRows(before: readonly FieldModel[], after: readonly FieldModel[]): ContainerRow[] {
  const old = new Map(before.map((f) => [f.name, f]));
  return after.flatMap((field) => {
    const was = old.get(field.name);
    if (!was) return [];
    const [from, to] = [containerOf(was), containerOf(field)];
    if (from && to) return switchedContainerRows(from.fields, to.fields);
    return from ? containerRows(was) : to ? containerRows(field) : [];
  });
}

/** The rows in a summary: "referenceId.code, referenceId.label". */
export const rowNames = (rows: readonly ContainerRow[]): string =>
  rows.map((r) => `${r.container}.${r.field}`).join(", ");
