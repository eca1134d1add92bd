// The fields of a message that carry a secret of the buyer (a card number:
// `sensitive:` in the spec says which secret), and, where its saved facts stop,
// the secret a field beyond them carries (`factsStop.sensitive`: an IBAN in a
// field the facts do not reach). A message that holds one reports its issues
// without the values received: the field's own value, one sent under a misspelt
// name or beyond the facts (an unknown field) and the message itself (not an
// object) could each be the secret, and an issue's value ends up in error
// results, warnings and the mock's refusals.

import type { FieldModel } from "./field-model.js";
import { allFields } from "./field-shape.js";
import type { MessageModel } from "./operation-model.js";

/** The sensitive fields a message holds, at any depth, in the order of its fields. */
export const sensitiveFields = (fields: readonly FieldModel[]): FieldModel[] =>
  allFields(fields).filter((field) => field.sensitive !== null);

/** A secret a message carries: in a field it holds (`field`), or in one beyond its saved facts (`field` null). */
export interface HeldSecret {
  readonly field: string | null;
  readonly secret: string;
}

/** The secrets a message carries: its sensitive fields', then the one beyond its saved facts. */
export const heldSecrets = (message: Pick<MessageModel, "fields" | "factsStop">): HeldSecret[] => [
  ...sensitiveFields(message.fields).map((f) => ({ field: f.name, secret: f.sensitive ?? "" })),
  ...(message.factsStop?.sensitive ? [{ field: null, secret: message.factsStop.sensitive }] : []),
];

/**
 * Whether a message's issues are reported without their values: it carries a secret. The Paypage reading of `Data`
 * decides it again from the field descriptors (runtime/paypage-field-index.ts), held to this on every message by
 * test/paypage/withholding-agrees.test.ts.
 */
export const withholdsValues = (message: Pick<MessageModel, "fields" | "factsStop">): boolean =>
  heldSecrets(message).length > 0;
