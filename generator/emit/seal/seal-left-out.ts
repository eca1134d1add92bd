import type { MessageModel } from "../../model/operation-model.js";

// The seal rule leaves the same names out of every message of a kind (spec/sips.yaml)
// and the generic sealing string passes over all of them, but a message's texts
// name only those it has: a page that says its seal leaves out a field its
// message lacks suggests the message has it.

/** The message's fields the seal leaves out, in the rule's order: what its reference page and docs name. */
export const sealLeftOut = (message: MessageModel): string[] =>
  message.sealExclude.filter((name) => message.fields.some((f) => f.name === name));
