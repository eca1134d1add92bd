// What the doc comments of a sealed message's validator and guard say: that
// they check its shape alone, never its seal, and what verifies it. A message
// Sips sends is anyone's until its seal verifies, and a guard that narrows it
// reads as though it were trusted.

import type { MessageModel, OperationModel } from "../../model/operation-model.js";
import type { Declaration } from "../../rules/declaration.js";
import { type DocLine, docLink } from "../ts/comment-escape.js";
import type { Sym } from "../ts/symbols.js";
import { messageSymbols, operationSymbols } from "../ts/model-symbols.js";

/** A doc comment's paragraph and the names it links to. */
export interface SealDoc {
  readonly lines: readonly DocLine[];
  readonly links: readonly Declaration[];
}

const NONE: SealDoc = { lines: [], links: [] };

/** What verifies a message's seal, where the message is one Sips sends: none for a request. */
function verifiedBy(op: OperationModel, message: MessageModel): { by: Declaration; callback: boolean } | null {
  const decode = operationSymbols(op).callback?.decode;
  if (op.callback?.message === message && decode) return { by: decode, callback: true };
  if (message.kind === "response") return { by: messageSymbols(op, message).verify, callback: false };
  return null;
}

/** The paragraph a validator's doc comment adds for a message Sips sends: it checks the shape, not the seal. */
export function sealDoc(op: OperationModel, message: MessageModel): SealDoc {
  const verified = verifiedBy(op, message);
  if (verified === null) return NONE;
  const link = docLink(verified.by.name);
  const line: DocLine = verified.callback
    ? [
        "It checks fields already decoded, never the form's seal: anyone can post to the shop's addresses, so read a post with ",
        link,
        ", which verifies the seal before it reads `Data`, then validates with this.",
      ]
    : [
        "It checks the shape alone, never the seal: a reply is Sips's only once ",
        link,
        " verifies its seal with your key (the client verifies, then validates).",
      ];
  return { lines: ["", line], links: [verified.by] };
}

/** What a guard's doc comment adds for a response: narrowing it trusts nothing (a callback has no guard). */
export function guardSealDoc(op: OperationModel, message: MessageModel): SealDoc {
  const verified = verifiedBy(op, message);
  if (verified === null) return NONE;
  const line: DocLine = [
    "It checks the shape alone, never the seal: narrowed, the value is trusted no more than before (see ",
    docLink(verified.by.name),
    ").",
  ];
  return { lines: ["", line], links: [verified.by] };
}

/** The names a paragraph links to, imported as types: a link is no reason for a module to load another. */
export const linked = (doc: SealDoc): Sym[] => doc.links.map((d) => ({ name: d.name, module: d.module, kind: "type" }));
