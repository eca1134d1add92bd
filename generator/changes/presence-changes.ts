// A field's presence, before and after: whom a field made required or
// optional breaks, by message (a request's senders, a response's readers and
// the code that constructs one); a change that leaves it as required as it
// was is documentation.

import type { FieldModel } from "../model/field-model.js";
import type { ChangeClass } from "./change.js";
import { constructing, refusedWithout, type MessageWords } from "./message-words.js";
import { fieldFirst } from "./place-words.js";

/** The classes and summary of a field's presence changed; null where it did not change. */
export function comparePresence(
  words: MessageWords,
  before: FieldModel,
  after: FieldModel,
): { readonly classes: ChangeClass[]; readonly summary: string } | null {
  if (before.presence === after.presence) return null;
  const classes: ChangeClass[] =
    before.required === after.required
      ? ["docs"]
      : words.kind === "response"
        ? ["breaking-response"]
        : after.required
          ? ["breaking-request"]
          : ["additive"];
  const why =
    classes[0] === "breaking-response"
      ? after.required
        ? ` ${refusedWithout(words)}; code constructing ${constructing(words)} stops compiling.`
        : " Code reading it must now handle its absence."
      : classes[0] === "breaking-request"
        ? ` ${refusedWithout(words)}.`
        : "";
  return { classes, summary: `${fieldFirst(after.name)}presence ${before.presence} → ${after.presence}.${why}` };
}
