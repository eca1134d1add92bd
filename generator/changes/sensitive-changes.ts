// A field made sensitive, or no longer: what its message's issues carry
// changes (model/sensitive-fields.ts). Accepted messages and types stay as
// they were; a program that reads an issue's `received` finds none, or finds
// one again.

import type { FieldModel } from "../model/field-model.js";
import type { MessageModel } from "../model/operation-model.js";
import { sensitiveFields, withholdsValues } from "../model/sensitive-fields.js";
import type { ChangeClass } from "./change.js";
import { issuesOf, type MessageWords } from "./message-words.js";
import { fieldFirst, fieldIs } from "./place-words.js";

/**
 * The change of a field's sensitivity, with its classes; null when it carries the same secret, or none, in both.
 * `withheld`: whether its message's issues carry no value before and after; where another field of it carries a
 * secret on the side without this one's, they carry none either way, and only the docs change.
 */
export function sensitiveChange(
  words: MessageWords,
  before: FieldModel,
  after: FieldModel,
  withheld: { readonly before: boolean; readonly after: boolean },
): { readonly classes: ChangeClass[]; readonly summary: string } | null {
  if (before.sensitive === after.sensitive) return null;
  const name = after.name;
  const issues = issuesOf(words);
  if (after.sensitive === null)
    return withheld.after
      ? {
          classes: ["docs"],
          summary: `${fieldIs(name)}no longer sensitive: ${issues} carry no value all the same, as another field of it already carries a secret.`,
        }
      : {
          classes: ["additive"],
          summary: `${fieldIs(name)}no longer sensitive: ${issues} carry their values again (received), and formatIssue shows them.`,
        };
  if (before.sensitive !== null)
    return {
      classes: ["docs"],
      summary: `${fieldFirst(name)}what it carries is worded otherwise (${after.sensitive}).`,
    };
  return withheld.before
    ? {
        classes: ["docs"],
        summary: `${fieldIs(name)}sensitive (${after.sensitive}): ${issues} already carried no value, as another field of it carries a secret.`,
      }
    : {
        classes: ["additive"],
        summary: `${fieldIs(name)}sensitive (${after.sensitive}): ${issues} carry no value (received) any more, nor does formatIssue show one; what is accepted or refused is unchanged.`,
      };
}

/**
 * What a field added or removed, carrying a secret at any depth, changes in its message's issues: null where the
 * message withholds its issues' values on the other side too (`withheldThere`: another field carries one), so that
 * nothing changes.
 */
export function sensitiveFieldChange(
  words: MessageWords,
  field: FieldModel,
  added: boolean,
  withheldThere: boolean,
): string | null {
  const held = sensitiveFields([field]);
  if (withheldThere || held.length === 0) return null;
  const carried = held.map((f) => `${f.name}: ${f.sensitive}`).join(", ");
  const issues = issuesOf(words);
  return added
    ? `${field.name} is added carrying a secret (${carried}): ${issues} carry no value (received) any more, nor does formatIssue show one.`
    : `${field.name}, removed, carried a secret (${carried}): ${issues} carry their values again (received), and formatIssue shows them.`;
}

/**
 * The change of the secret a field beyond a message's saved facts carries (`factsStop.sensitive`), with its
 * classes; null when it is the same, or none, in both. Where a field of the message carries a secret on the side
 * without this one, its issues carry no value either way, and only the docs change.
 */
export function beyondFactsSecretChange(
  words: MessageWords,
  before: MessageModel,
  after: MessageModel,
): { readonly classes: ChangeClass[]; readonly summary: string } | null {
  const [was, is] = [before.factsStop?.sensitive ?? null, after.factsStop?.sensitive ?? null];
  if (was === is) return null;
  const [message, issues] = [words.noun, issuesOf(words)];
  if (is === null)
    return withholdsValues(after)
      ? {
          classes: ["docs"],
          summary: `no field beyond the ${message}'s saved facts is said to carry a secret any more; ${issues} carry no value all the same, as a field of it carries one.`,
        }
      : {
          classes: ["additive"],
          summary: `no field beyond the ${message}'s saved facts is said to carry a secret any more: ${issues} carry their values again (received), and formatIssue shows them.`,
        };
  if (was !== null)
    return {
      classes: ["docs"],
      summary: `what a field beyond the ${message}'s saved facts carries is worded otherwise (${is}).`,
    };
  return withholdsValues(before)
    ? {
        classes: ["docs"],
        summary: `a field beyond the ${message}'s saved facts carries a secret (${is}); ${issues} already carried no value, as a field of it carries one.`,
      }
    : {
        classes: ["additive"],
        summary: `a field beyond the ${message}'s saved facts carries a secret (${is}): ${issues} carry no value (received) any more, nor does formatIssue show one; what is accepted or refused is unchanged.`,
      };
}
