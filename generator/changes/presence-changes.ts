// A field's presence, before and after: whom a field made required or
// optional breaks, by message (a request's senders, a response's readers and
// the code that constructs one); a change that leaves it as required as it
// was is documentation.

import type { FieldModel } from "../model/field-model.js";
import type { MessageModel } from "../model/operation-model.js";
import type { ChangeClass } from "./change.js";
import { refusedWithout } from "./refusal-words.js";

/** The classes and summary of a field's presence changed; null where it did not change. */
export function comparePresence(
  message: MessageModel["kind"],
  before: FieldModel,
  after: FieldModel,
  decoder: string | null = null,
): { readonly classes: ChangeClass[]; readonly summary: string } | null {
  if (before.presence === after.presence) return null;
  const classes: ChangeClass[] =
    before.required === after.required
      ? ["docs"]
      : message === "response"
        ? ["breaking-response"]
        : after.required
          ? ["breaking-request"]
          : ["additive"];
  const why =
    classes[0] === "breaking-response"
      ? after.required
        ? ` ${refusedWithout(message, decoder)}; code constructing ${decoder ? "one" : "responses"} stops compiling.`
        : " Code reading it must now handle its absence."
      : classes[0] === "breaking-request"
        ? ` ${refusedWithout(message, null)}.`
        : "";
  return { classes, summary: `${after.name}: presence ${before.presence} → ${after.presence}.${why}` };
}
