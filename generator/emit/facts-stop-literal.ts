// Where a message's saved facts stop, as the runtime's factsStopValidate takes
// it: the registry and the callback decoder print the same literal.

import type { MessageModel } from "../model/ir.js";
import { type Code, ts } from "./ts/code.js";
import { key } from "./ts/escape.js";
import { objectLiteral, property } from "./ts/layouts.js";

/** The facts-stop descriptor of a message, as the runtime takes it; null when its facts do not stop. */
export function factsStopLiteral(of: string, message: MessageModel): Code {
  const stop = message.factsStop;
  if (!stop) return ts`null`;
  return objectLiteral([
    property(key("of"), of),
    stop.after === null ? property(key("after"), ts`null`) : property(key("after"), stop.after),
    property(key("see"), stop.see),
  ]);
}
