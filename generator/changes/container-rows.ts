// The changelog rows a container brings (model/changelog.ts): one per field
// it holds at any depth, under the name of the field that holds it. A plain
// field made a container adds them to the operation's CHANGELOG.md and
// reference page, and one made plain again takes them away: its type change
// says so, once, and the changelog's comparison does not list them again.
// The sentences that name them end the summaries of field-changes.ts.

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

/** The changelog rows a container field added or removed brings or takes with it, at any depth: its change explains them. */
export function rowsOf(field: FieldModel, how: string): string {
  const rows = containerRows(field);
  return rows.length === 0 ? "" : ` Its fields' rows (${rowNames(rows)}) ${how} (CHANGELOG.md, the reference page).`;
}

/** The changelog rows a field made a container brings, or a container made plain takes away: said with its type change. */
export function switchedRows(before: FieldModel, after: FieldModel): string {
  const rows = switchedContainerRows([before], [after]);
  if (rows.length === 0) return "";
  const how = containerOf(after) ? "are added to" : "leave";
  return ` Its fields' rows (${rowNames(rows)}) ${how} the changelog (CHANGELOG.md, the reference page).`;
}
