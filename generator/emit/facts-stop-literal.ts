// Where a message's saved facts stop, as the runtime's factsStopValidate takes
// it: the registry and the callback decoder print the same literal.

import type { MessageModel, OperationModel } from "../model/operation-model.js";
import { type Code, ts } from "./ts/code.js";
import { key } from "./ts/escape.js";
import { objectLiteral, property } from "./ts/layouts.js";

/** Whose facts stop, in the registry and in the validator's warning: "x's request", "x's callback (paypageResponse)". */
export const factsStopOf = (op: OperationModel, message: MessageModel): string =>
  op.callback?.message === message ? `${op.name}'s callback (${op.callback.name})` : `${op.name}'s ${message.kind}`;

/** The facts-stop descriptor of one of `op`'s messages, as the runtime takes it; null when its facts do not stop. */
export function factsStopLiteral(op: OperationModel, message: MessageModel): Code {
  const stop = message.factsStop;
  if (!stop) return ts`null`;
  return objectLiteral([
    property(key("of"), factsStopOf(op, message)),
    stop.after === null ? property(key("after"), ts`null`) : property(key("after"), stop.after),
    property(key("see"), stop.see),
    // The secret a field beyond the facts carries: code that logs what is sent has no field descriptor to read it from.
    ...(stop.sensitive === null ? [] : [property(key("sensitive"), stop.sensitive)]),
  ]);
}
