// The lines of a field added to a message or removed from it: what it is
// (its presence and interface version, or how validation reads what the spec
// leaves undocumented), whom it breaks, and the seal field list, changelog
// rows and rename it comes with.

import type { FieldModel } from "../model/field-model.js";
import { rowsOf } from "./container-rows.js";
import { alikeBetweenVersions } from "./field-renames.js";
import { mustSet, refusedWithout, removedFor, type MessageWords } from "./message-words.js";
import { messageFieldNoun } from "./place-words.js";

/** The field on the other side it may be, renamed, and whether both are described alike. */
export interface MaybeRenamed {
  readonly name: string;
  readonly described: boolean;
}

export interface AddedField {
  /** The message is sealed over a field list (JSON), which the field joins. */
  readonly sealed: boolean;
  /** A sender gave the field under beyondFacts, the request's saved facts having stopped before it. */
  readonly given: boolean;
  /** The removed field it may be, renamed; null where none looks like it. */
  readonly renamedFrom: MaybeRenamed | null;
}

/**
 * "optional request field x added (since 2.6)." A presence or version the spec leaves undocumented is said as
 * such, with what validation does of it (docs/spec-format.md: read as optional, accepted in every version), where
 * "undocumented request field x added (since undocumented)" named the spec's value twice.
 */
export function addedFieldText(field: FieldModel, noun: string): string {
  const presence = field.presence === "undocumented" ? null : field.presence;
  const since = field.since?.text ?? null;
  const what = `${presence === null ? "" : `${presence} `}${messageFieldNoun(noun, field.name)}added`;
  if (presence !== null && since !== null) return `${what} (since ${since}).`;
  if (since !== null) return `${what} (since ${since}; its presence undocumented: validated as optional).`;
  if (presence !== null) return `${what} (its interface version undocumented: accepted in every version).`;
  return `${what} (its presence and interface version undocumented: validated as optional, in every version).`;
}

/**
 * A field added to or removed from a message sealed over its field list (JSON) changes that list (seal.ts, the
 * schemas' x-sips-seal-fields), which the diff of generated/ shows; a message valid in both specs seals alike.
 */
const SEAL_LIST = " Its message's seal field list changes; no existing seal does.";

/** The summary of `field` added to the message `words` name. */
export function addedFieldSummary(words: MessageWords, field: FieldModel, added: AddedField): string {
  const required = field.required ? ` ${refusedWithout(words)}${mustSet(words)}.` : "";
  const moved = added.given
    ? " A sender that gave it under beyondFacts, as the request's saved facts stopped before it, must give it among the fields now: the types refuse it there, and so does the client."
    : "";
  const seal = added.sealed ? SEAL_LIST : "";
  const was = added.renamedFrom;
  const rename =
    was === null
      ? ""
      : ` It may be ${was.name} renamed: ${was.name} is removed, with ${alikeBetweenVersions(was.described)}.`;
  return `${addedFieldText(field, words.noun)}${required}${moved}${seal}${rowsOf(field, "come with it in the changelog")}${rename}`;
}

/**
 * The summary of `field` removed; `beyond`: the message's facts stop now, so a field it no longer holds is warned of;
 * `sealed`: the message is sealed over its field list, which loses the field.
 */
export function removedFieldSummary(
  words: MessageWords,
  field: FieldModel,
  beyond: boolean,
  renamedTo: MaybeRenamed | null,
  sealed: boolean,
): string {
  const is = renamedTo;
  const rename =
    is === null
      ? ""
      : ` It may have been renamed ${is.name}: ${is.name} is added, with ${alikeBetweenVersions(is.described)}.`;
  const seal = sealed ? SEAL_LIST : "";
  return `${messageFieldNoun(words.noun, field.name)}removed: ${removedFor(words, beyond)}.${seal}${rowsOf(field, "leave the changelog with it")}${rename}`;
}
