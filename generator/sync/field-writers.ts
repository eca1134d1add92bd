// Which operations write out a field of a name, at any depth of their messages
// and callback: one name is one field, so sync names another such operation
// where it writes out a field of that name with no type or format to take from
// it, whether it makes the operation from a page or adds the field on a
// release of the page, and whether the other is in the spec or was written out
// earlier in the same run.

import { operationFields } from "../model/message-roles.js";
import type { SpecModel } from "../model/ir.js";
import { compareText } from "../rules/code-point-order.js";
import { FlowMap, renderEntry } from "../rules/yaml-render.js";

/** An operation that writes out a field of a name, with the value list its field takes. */
export interface FieldWriter {
  readonly operation: string;
  /**
   * The value list the field takes (the list of its name where its page lists values), null for none. Its own part
   * of it is not kept: a list sync makes takes every page's values of the run, so whether a part is the whole list
   * is known only once the run is over.
   */
  readonly list: string | null;
}

/** The operations that write out a field of each name, at any depth: the spec's by name, then those of the run. */
export type FieldWriters = Map<string, readonly FieldWriter[]>;

export function fieldWriters(model: SpecModel): FieldWriters {
  const found = new Map<string, FieldWriter[]>();
  for (const op of [...model.operations].sort((a, b) => compareText(a.name, b.name)))
    for (const field of operationFields(op)) {
      if (field.fromDictionary) continue;
      const writers = found.get(field.name) ?? [];
      if (writers.at(-1)?.operation === op.name) continue;
      found.set(field.name, [...writers, { operation: op.name, list: field.valueList?.name ?? null }]);
    }
  return found;
}

/** The first operation by name, other than `operation`, that writes out a field named `name`. */
export function otherWriter(writers: FieldWriters, name: string, operation: string): FieldWriter | undefined {
  return writers.get(name)?.find((writer) => writer.operation !== operation);
}

/** `writer`, made or released in this run, writes out a field named `name`: a page synced after it is told so. */
export function wroteOut(writers: FieldWriters, name: string, writer: FieldWriter): void {
  const known = writers.get(name) ?? [];
  if (!known.some((w) => w.operation === writer.operation)) writers.set(name, [...known, writer]);
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
 * share it. It says what to write, in the spec's own form: the dictionary's entry, and this operation's reference
 * with the presence and version its page gives. The entry holds a value list only where both operations' fields
 * take one (or this one is a container's field, which takes its list whole): where one alone does, its reference
 * links the list, so the other keeps its plain text. Each reference keeps the `values:` sync wrote on its field:
 * whether a page's values are the whole list is known only once the run is over (a list takes every page's values
 * of the run), and a `values:` that lists them all is a `values-not-narrowing` warning. Followed to the letter,
 * no operation gains or loses a value.
 */
export const writtenToo = (writer: FieldWriter, name: string, own: PageWrittenField): string => {
  const listed = own.values.length > 0;
  // A container's field takes its whole list, through the entry: its reference may not link one.
  const shared = own.contained ? (listed ? name : writer.list) : listed && writer.list !== null ? name : null;
  const linked = !own.contained && listed && shared === null ? { valueList: name } : {};
  const entry = renderEntry(
    name,
    new FlowMap({ ...(shared === null ? {} : { valueList: shared }), description: own.description }),
    0,
    { flow: true },
  );
  const reference = renderEntry(
    name,
    new FlowMap({ from: "dictionary", presence: own.presence, since: own.since, ...linked }),
    0,
    { flow: true },
  );
  const keeps = listed && !own.contained ? " with the values: sync wrote on it, if it has some," : "";
  const kept =
    writer.list === null
      ? "presence and since"
      : shared === null
        ? `presence and since, its valueList: ${writer.list}, and its values: if it has some`
        : "presence and since, and its values: if it has some";
  return `${writer.operation} writes out a ${name} too, and one name is one field: move it to spec/dictionary/fields.yaml, as ${entry} with its type and format, and take it with from: dictionary in both, here as ${reference}${keeps} and in ${writer.operation} with its own ${kept} (each with a description: of its own where it words it otherwise)`;
};
