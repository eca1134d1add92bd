// What the doc comment of a message's validator says where the message holds
// a sensitive field, or a field beyond its saved facts carries a secret: that
// its issues carry no value, and which secret.

import type { MessageModel } from "../../model/operation-model.js";
import { heldSecrets } from "../../model/sensitive-fields.js";
import { docInline } from "../markdown-escape.js";

/**
 * What the doc comment of a validator says of a message whose issues carry no
 * value: the sensitive fields it holds and what each carries (a name is an
 * identifier, safe in a code span; what it carries is spec text).
 */
export function withheldDoc(message: MessageModel): string[] {
  const held = heldSecrets(message).map(
    (s) => `${s.field === null ? "a field beyond the saved facts" : `\`${s.field}\``} (${docInline(s.secret)})`,
  );
  if (held.length === 0) return [];
  return [
    "",
    `Its issues carry no value (\`received\`): the message holds ${held.join(", ")}, and the value of any of its issues could be it (a field's own, one sent under a misspelt name, the message itself).`,
  ];
}
