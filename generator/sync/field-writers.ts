// Which operations write out a field of a name, at any depth of their messages
// and callback: one name is one field, so sync names another such operation
// where it writes out a field of that name with no type or format to take from
// it, whether it makes the operation from a page or adds the field on a
// release of the page, and whether the other is in the spec or was written out
// earlier in the same run.

import { operationFields } from "../model/message-roles.js";
import type { SpecModel } from "../model/ir.js";
import { compareText } from "../rules/code-point-order.js";
import { FlowList, FlowMap, renderEntry } from "./yaml-render.js";

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

/** What sync wrote of a field it writes out: its presence, version, description and values, as the page prints them. */
export interface PageWrittenField {
  readonly presence: string;
  readonly since: string;
  readonly description: string;
  /** The values the page lists for it, in page order (none where it lists none). */
  readonly values: readonly string[];
  /** Printed in a container: the field takes its list whole, with no values of its own (page-field-entry.ts). */
  readonly contained: boolean;
}

/**
 * What sync says of a field that `writer` writes out too, in the same words whichever way sync added it, and what
 * to do as the field-written-twice warning asks it: one name is one field, so there is no case where they do not
 * share it. It says what to write, in the spec's own form: the dictionary's entry (with the list of the field's
 * name where the page lists values), and this operation's reference with the presence, version and, at a message's
 * top, values its page gives (each page's own: a reference keeps them).
 */
export const writtenToo = (writer: string, name: string, own: PageWrittenField): string => {
  const listed = own.values.length > 0;
  const entry = renderEntry(
    name,
    new FlowMap({ ...(listed ? { valueList: name } : {}), description: own.description }),
    0,
    { flow: true },
  );
  const taken = listed && !own.contained ? { values: new FlowList([...new Set(own.values)].sort(compareText)) } : {};
  const reference = renderEntry(
    name,
    new FlowMap({ from: "dictionary", presence: own.presence, since: own.since, ...taken }),
    0,
    { flow: true },
  );
  const kept = "values" in taken ? "presence, since and values" : "presence and since";
  return `${writer} writes out a ${name} too, and one name is one field: move it to spec/dictionary/fields.yaml, as ${entry} with its type and format, and take it with from: dictionary in both, here as ${reference} and in ${writer} with its own ${kept} (each with a description: of its own where it words it otherwise)`;
};
