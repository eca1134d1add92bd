// A required field absent where the object holds a key near its name, by the
// package's one rule of suggestions (closest-names.ts: `transactionRefrence`,
// `operationAmounx`): the key's issue names the field meant (issues.ts asks
// the rule), and the field's "is required" names the key, so that the error
// alone says what to mend, where a message whose facts stop (facts-stop.ts)
// makes the key's issue a mere warning. Worked out only once such a key is met,
// after the object's fields were checked: a valid message never gets here.

import { REQUIRED_TEXT } from "./issues.js";
import { Issue } from "./site-free.js";
import type { Found } from "./validation.js";
import type { ValidationIssue } from "./validation-types.js";
import { pointer } from "./json-pointer.js";

/** The message of a required field absent where `key`, near its name, was given. */
export const requiredGivenText = (required: string, key: string): string => `${required}; was it given as ${key}?`;

/**
 * Where `unknown`, the issue of `key` (an unknown key of an object whose fields were checked before), names a
 * field meant whose "required" error `found` holds, that error names `key` in its place, unless it names an earlier
 * key already. Nothing else changes: the issue's path and code are the same.
 */
export function requiredGiven(found: Found | undefined, unknown: ValidationIssue, key: string): void {
  const { meant } = unknown;
  if (meant === undefined || found === undefined) return;
  // The key's pointer ends with its own segment ("/" escaped in it): the field's replaces that segment.
  const path = pointer(unknown.path.slice(0, unknown.path.lastIndexOf("/")), meant);
  const errors = found.errors;
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i] as ValidationIssue;
    if (error.path === path && error.code === "required") {
      // A second slip of the same field (two keys given, each one slip away) leaves the first named: each key's own
      // issue names the field, and the error says one key, not a growing list of them.
      if (error.message === REQUIRED_TEXT)
        errors[i] = new Issue(path, "required", requiredGivenText(REQUIRED_TEXT, key));
      return;
    }
  }
}
