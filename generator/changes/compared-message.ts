// What every field of a message is compared in, taken from the message in
// both specs once: how its changes are worded and classed, whether it is
// sealed, the versions a field's since is judged at, and what its facts and
// withheld values were and are, and the messages themselves (their examples).

import type { MessageModel } from "../model/operation-model.js";
import { withholdsValues } from "../model/sensitive-fields.js";
import type { Renames } from "./field-places.js";
import { floorSaid, messageFloor } from "./floor-moved-fields.js";
import { wordsFor, type MessageWords } from "./message-words.js";
import type { JudgingFloor } from "./since-changes.js";

export interface Compared {
  readonly operation: string;
  /** How the message is classed and named: a callback's changes are worded for the shop that decodes it. */
  readonly words: MessageWords;
  readonly sealed: boolean;
  readonly renamed: Renames;
  /** The lowest version a request valid in both specs declares (a response to it is read at); null where neither gives one. */
  readonly floor: JudgingFloor | null;
  /** The floor's change is said: a since that moved with it lowered is named there (floor-moved-fields.ts). */
  readonly withFloor: boolean;
  /** The message is a request whose facts stopped before its page: the client took fields it did not hold under `beyondFacts`. */
  readonly beyondFacts: boolean;
  /** The message's facts stop in the newer spec: a top-level field it no longer holds is beyond them, warned of. */
  readonly stopsNow: boolean;
  /** Whether the message's issues carry no value, before and after: it holds a sensitive field. */
  readonly withheld: { readonly before: boolean; readonly after: boolean };
  /** The messages compared: their examples, which a response field made required or optional enters or leaves. */
  readonly messages: { readonly before: MessageModel; readonly after: MessageModel };
}

/** The message's `Compared`, from both specs' message and request (see compareMessages). */
export function comparedIn(
  operation: string,
  before: MessageModel,
  after: MessageModel,
  renamed: Renames,
  request: { readonly before: MessageModel; readonly after: MessageModel },
  callback: string | null,
): Compared {
  return {
    operation,
    words: wordsFor(before.kind, callback),
    // A Data message (the Paypage response) is sealed over Data as posted: it has no seal field list.
    sealed: after.encoding === "json",
    renamed,
    // The later of both specs' floors, on both sides: below it a request was refused before or is now, which the
    // floor's own change says (floor-changes.ts) where it moved; a field's since there would say it again.
    floor: messageFloor(before, after, request),
    withFloor: floorSaid(request),
    // A request whose facts stopped took a field it did not hold under beyondFacts, which refuses every field it holds.
    beyondFacts: before.kind === "request" && before.factsStop !== null,
    stopsNow: after.factsStop !== null,
    withheld: { before: withholdsValues(before), after: withholdsValues(after) },
    messages: { before, after },
  };
}
