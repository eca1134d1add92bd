// Which operations write out a field of a name, at any depth of their messages
// and callback: one name is one field, so sync names another such operation
// where it writes out a field of that name with no type or format to take from
// it, whether it makes the operation from a page or adds the field on a
// release of the page, and whether the other is in the spec or was written out
// earlier in the same run.

import { operationFields } from "../model/message-roles.js";
import type { SpecModel } from "../model/ir.js";
import { compareText } from "../rules/code-point-order.js";

/** The operations that write out a field of each name, at any depth: the spec's by name, then those of the run. */
export type FieldWriters = Map<string, readonly string[]>;

export function fieldWriters(model: SpecModel): FieldWriters {
  const found = new Map<string, string[]>();
  for (const op of [...model.operations].sort((a, b) => compareText(a.name, b.name)))
    for (const field of operationFields(op)) {
      if (field.fromDictionary) continue;
      const writers = found.get(field.name) ?? [];
      if (writers.at(-1) !== op.name) found.set(field.name, [...writers, op.name]);
    }
  return found;
}

/** The first operation by name, other than `operation`, that writes out a field named `name`. */
export function otherWriter(writers: FieldWriters, name: string, operation: string): string | undefined {
  return writers.get(name)?.find((writer) => writer !== operation);
}

/** `operation`, made or released in this run, writes out a field named `name`: a page synced after it is told so. */
export function wroteOut(writers: FieldWriters, name: string, operation: string): void {
  const known = writers.get(name) ?? [];
  if (!known.includes(operation)) writers.set(name, [...known, operation]);
}

/**
 * What sync says of a field that `writer` writes out too, in the same words whichever way sync added it, and what
 * to do as the field-written-twice warning asks it: one name is one field, so there is no case where they do not share it.
 */
export const writtenToo = (writer: string, name: string): string =>
  `${writer} writes out a ${name} too, and one name is one field: move it to spec/dictionary/fields.yaml, with its type and format, and take it with from: dictionary in both (each with a description: of its own where it words it otherwise)`;
