// What to write where two operations write out a field of one name: one name
// is one field, which the dictionary holds. sync says it of a field it writes
// out from a page, and generate's field-written-twice warning of any file, in
// the same words: the dictionary's entry and each operation's reference, in the
// spec's own form, such that followed to the letter no operation gains or loses
// a value and no warning is left.

import { compareText } from "./code-point-order.js";
import { FlowList, FlowMap, renderEntry } from "./yaml-render.js";

/** The field where the advice is given: as its page prints it (sync), or as its file writes it (the warning). */
export interface AdvisedField {
  readonly presence: string;
  readonly since: string;
  readonly description: string;
  /** The value list it takes, null for none. */
  readonly list: string | null;
  /**
   * The values it takes of its list: as written (the warning), or "sync" where sync writes them once the run is
   * over (a list takes every page's values of the run, so whether a page's are the whole list is known only then,
   * and a `values:` that lists them all is a values-not-narrowing warning). Null: the whole list.
   */
  readonly values: readonly string[] | "sync" | null;
  /** A container's field: it takes its list whole, through the entry (its reference may not link one). */
  readonly contained: boolean;
}

/** The other place that writes the field out: how it is named, and the value list its field takes (null: none). */
export interface OtherWriter {
  readonly label: string;
  readonly list: string | null;
  /** A container's field: it takes its list whole, through the entry (its reference may not link one). */
  readonly contained: boolean;
}

/**
 * The advice, from "move it": the entry holds a value list only where both fields take one, or where a container's
 * field takes one (its reference may not link one); where a field at a message's top alone does, its reference
 * links it, so the other keeps its plain text. Each reference keeps the values its field takes. Where a container's
 * field alone takes a list, the other takes it too once both are one field, and the advice says so.
 */
export function writtenTwiceAdvice(name: string, here: AdvisedField, other: OtherWriter): string {
  const shared =
    here.list !== null && (other.list !== null || here.contained)
      ? here.list
      : other.list !== null && other.contained
        ? other.list
        : null;
  const top = !here.contained && here.list !== null;
  const linked = top && shared === null ? { valueList: here.list } : {};
  const written = top && Array.isArray(here.values) ? here.values : [];
  const taken = written.length > 0 ? { values: new FlowList([...new Set(written)].sort(compareText)) } : {};
  const entry = renderEntry(
    name,
    new FlowMap({
      ...(shared === null ? {} : { valueList: shared }),
      ...(here.description === "" ? {} : { description: here.description }),
    }),
    0,
    { flow: true },
  );
  const reference = renderEntry(
    name,
    new FlowMap({ from: "dictionary", presence: here.presence, since: here.since, ...linked, ...taken }),
    0,
    { flow: true },
  );
  const keeps = top && here.values === "sync" ? " with the values: sync wrote on it, if it has some," : "";
  // A field that took no list takes the entry's: the one way to hold both as one field.
  const gains = ` (it takes ${shared} then, which it did not: a container's field cannot link a list of its own)`;
  const gainedHere = shared !== null && here.list === null ? `${gains},` : "";
  const kept =
    other.list === null
      ? `presence and since${shared === null ? "" : gains}`
      : shared === null
        ? `presence and since, its valueList: ${other.list}, and its values: if it has some`
        : `presence and since${other.contained ? "" : ", and its values: if it has some"}`;
  return `move it to spec/dictionary/fields.yaml, as ${entry} with its type and format, and take it with from: dictionary in both, here as ${reference}${keeps}${gainedHere} and in ${other.label} with its own ${kept} (each with a description: of its own where it words it otherwise)`;
}
