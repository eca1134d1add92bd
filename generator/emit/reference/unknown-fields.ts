// What a reference page says of the fields of a message that the spec does
// not hold: how validation takes them and, where the saved facts stop, what a
// program does with the fields beyond them; and, where the message holds a
// sensitive field, that no issue carries a value.

import { BEYOND_FACTS_FIELD } from "../../../runtime/beyond-facts.js";
import type { MessageModel } from "../../model/operation-model.js";
import { heldSecrets } from "../../model/sensitive-fields.js";
import { codeSpan, inlineText } from "../markdown-escape.js";

/** Markdown of a sentence or a few: what validation makes of a field the spec does not know; where the saved facts stop, the gap. */
export function unknownFieldsText(message: MessageModel): string {
  return [unknownText(message), ...withheldText(message)].join(" ");
}

function unknownText(message: MessageModel): string {
  const stop = message.factsStop;
  if (stop) {
    const after = stop.after === null ? "" : ` (the last field they hold is ${stop.after})`;
    const gap = `The spec's saved facts of this message stop before its page does${after}; Sips documents more fields at ${stop.see}. A field the spec does not hold is a warning naming this gap, an error when validation is strict.${message.kind === "response" ? " Unknown values and format deviations are warnings unless validation is strict." : ""}`;
    return `${inlineText(gap)} ${beyondFactsText(message)}`;
  }
  return inlineText(
    message.unknownFields === "error"
      ? "Unknown fields are refused."
      : "Unknown fields, unknown values and format deviations are warnings unless validation is strict.",
  );
}

/**
 * Where the message holds a sensitive field, or a field beyond its facts
 * carries a secret: that its issues carry no value
 * (`received`), so that neither a result nor a refusal shows the secret.
 */
function withheldText(message: MessageModel): string[] {
  const held = heldSecrets(message).map(
    (s) => `${s.field === null ? "a field beyond the saved facts" : codeSpan(s.field)} (${inlineText(s.secret)})`,
  );
  if (held.length === 0) return [];
  return [
    `This message holds ${held.join(", ")}: no issue of its validation carries a value (${codeSpan("received")}), whatever field it names, so that no error result, warning or refusal shows it.`,
  ];
}

/**
 * What a program does with a field beyond the facts (its types keep the known
 * fields exact): a call sends one apart from the known fields, a message
 * received holds it as `unknown`.
 */
const beyondFactsText = (message: MessageModel): string =>
  message.kind === "request"
    ? `A call sends fields beyond the saved facts under ${codeSpan(BEYOND_FACTS_FIELD)} (the package README's "Where the facts stop" says how).`
    : `The message's type reads a field beyond the saved facts as ${codeSpan("unknown")}, to be narrowed before use.`;
