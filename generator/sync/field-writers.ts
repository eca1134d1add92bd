// Which operations write out a field of a name, at any depth of their messages
// and callback: one name is one field, so sync names another such operation
// where it writes out a field of that name with no type or format to take from
// it, whether it makes the operation from a page or adds the field on a
// release of the page, and whether the other is in the spec or was written out
// earlier in the same run.

import { messagesByRole, operationFields } from "../model/message-roles.js";
import type { SpecModel } from "../model/ir.js";
import { compareText } from "../rules/code-point-order.js";
import { writtenTwiceAdvice } from "../rules/written-twice-advice.js";

/** An operation that writes out a field of a name, with the value list its field takes. */
export interface FieldWriter {
  readonly operation: string;
  /**
   * The value list the field takes (the list of its name where its page lists values), null for none. Its own part
   * of it is not kept: a list sync makes takes every page's values of the run, so whether a part is the whole list
   * is known only once the run is over.
   */
  readonly list: string | null;
  /** Its field is a container's: it takes its list whole, through the dictionary's entry. */
  readonly contained: boolean;
}

/** The operations that write out a field of each name, at any depth: the spec's by name, then those of the run. */
export type FieldWriters = Map<string, readonly FieldWriter[]>;

export function fieldWriters(model: SpecModel): FieldWriters {
  const found = new Map<string, FieldWriter[]>();
  for (const op of [...model.operations].sort((a, b) => compareText(a.name, b.name))) {
    const top = new Set(messagesByRole(op).flatMap(([, message]) => message.fields));
    for (const field of operationFields(op)) {
      if (field.fromDictionary) continue;
      const writers = found.get(field.name) ?? [];
      if (writers.at(-1)?.operation === op.name) continue;
      const writer = { operation: op.name, list: field.valueList?.name ?? null, contained: !top.has(field) };
      found.set(field.name, [...writers, writer]);
    }
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
 * What sync says of a field that `writer` writes out too, in the same words whichever way sync added it, and the
 * words the field-written-twice warning gives once the spec holds both (rules/written-twice-advice.ts): one name is
 * one field, so there is no case where they do not share it. This operation's field takes the list of its name
 * where its page lists values, with the values sync writes once the run is over.
 */
export const writtenToo = (writer: FieldWriter, name: string, own: PageWrittenField): string => {
  const listed = own.values.length > 0;
  const advice = writtenTwiceAdvice(
    name,
    {
      presence: own.presence,
      since: own.since,
      description: own.description,
      list: listed ? name : null,
      values: listed ? "sync" : null,
      contained: own.contained,
    },
    { label: writer.operation, list: writer.list, contained: writer.contained },
  );
  return `${writer.operation} writes out a ${name} too, and one name is one field: ${advice}`;
};
