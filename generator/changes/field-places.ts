// Every field of every message at any depth, with its place ("op request
// /a/-/b"): the holders a change of a shared thing (a container type, a value
// list) names, and by which the thing is known to be renamed.

import { containerOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { SpecModel } from "../model/ir.js";
import type { ChangeClass } from "./change.js";

/** The shared things renamed (old name → new): each reported once, not at each field that holds or takes it. */
export interface Renames {
  readonly types: ReadonlyMap<string, string>;
  readonly lists: ReadonlyMap<string, string>;
}

export const NO_RENAMES: Renames = { types: new Map(), lists: new Map() };

export interface FieldPlace {
  readonly place: string;
  readonly message: "request" | "response" | "callback";
  readonly field: FieldModel;
}

/** A message's fields at any depth by their JSON Pointer ("-" for a list's items), as changes name them, outer first. */
export function fieldsByPointer(
  fields: readonly FieldModel[],
  prefix = "",
  out = new Map<string, FieldModel>(),
): Map<string, FieldModel> {
  for (const field of fields) {
    const pointer = `${prefix}/${field.name}`;
    out.set(pointer, field);
    const container = containerOf(field);
    if (container) fieldsByPointer(container.fields, field.type.kind === "list" ? `${pointer}/-` : pointer, out);
  }
  return out;
}

export function fieldPlaces(spec: SpecModel): FieldPlace[] {
  const out: FieldPlace[] = [];
  const walk = (head: string, message: FieldPlace["message"], fields: readonly FieldModel[]): void => {
    for (const [pointer, field] of fieldsByPointer(fields))
      out.push({ place: `${head} ${message} ${pointer}`, message, field });
  };
  for (const op of spec.operations) {
    walk(op.name, "request", op.request.fields);
    walk(op.name, "response", op.response.fields);
    if (op.callback) walk(op.name, "callback", op.callback.message.fields);
  }
  return out;
}

/**
 * Old name → new, for each shared thing (named by `nameOf` at a field) whose
 * name is gone where the same places now name one that did not exist: a
 * rename, not a field that now holds another (the old name still exists, or
 * the new one did), nor a split (its places now name two).
 */
export function renamedAtPlaces(
  before: SpecModel,
  after: SpecModel,
  names: { readonly before: ReadonlySet<string>; readonly after: ReadonlySet<string> },
  nameOf: (field: FieldModel) => string | null,
): ReadonlyMap<string, string> {
  const held = new Map(fieldPlaces(before).map((p) => [p.place, nameOf(p.field)]));
  const found = new Map<string, Set<string>>();
  for (const { place, field } of fieldPlaces(after)) {
    const [old, now] = [held.get(place), nameOf(field)];
    if (old == null || now === null || old === now || names.after.has(old) || names.before.has(now)) continue;
    found.set(old, (found.get(old) ?? new Set()).add(now));
  }
  return new Map([...found].flatMap(([old, now]) => (now.size === 1 ? [[old, [...now][0] as string]] : [])));
}

/** Whom a shared thing's exported name breaks: senders where a request holds it, readers where a response or callback does. */
export function breakingAt(places: readonly FieldPlace[]): ChangeClass[] {
  const classes: ChangeClass[] = [];
  if (places.some((p) => p.message === "request")) classes.push("breaking-request");
  if (places.some((p) => p.message !== "request")) classes.push("breaking-response");
  return classes;
}
