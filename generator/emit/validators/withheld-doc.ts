// What the doc comment of a message's validator says where the message holds
// a sensitive field: that its issues carry no value, and which secret.

import type { MessageModel } from "../../model/operation-model.js";
import { sensitiveFields } from "../../model/sensitive-fields.js";
import { docInline } from "../markdown-escape.js";

/**
 * What the doc comment of a validator says of a message whose issues carry no
 * value: the sensitive fields it holds and what each carries (a name is an
 * identifier, safe in a code span; what it carries is spec text).
 */
export function withheldDoc(message: MessageModel): string[] {
  const held = sensitiveFields(message.fields).map((f) => `\`${f.name}\` (${docInline(f.sensitive ?? "")})`);
  if (held.length === 0) return [];
  return [
    "",
    `Its issues carry no value (\`received\`): the message holds ${held.join(", ")}, and the value of any of its issues could be it (a field's own, one sent under a misspelt name, the message itself).`,
  ];
}
