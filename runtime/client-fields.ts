// The caller's fields of a call, copied with one read of each before the
// client fills in its own: the copy is what is validated, sealed and sent, and
// fields that cannot be read, or that the client fills, are refused.

import { readFailure } from "./issues.js";
import { pointer } from "./json-pointer.js";
import { KEY_VERSION_FIELD, MERCHANT_ID_FIELD, SEAL_FIELD } from "./platform.js";
import { issue } from "./validation.js";
import type { ValidationIssue, ValidationResult } from "./validation-types.js";
import { hasOwn, isPlainObject } from "./message-reads.js";

/** Fields the client fills in: a caller who passes one is told, not silently overridden. */
export const FILLED: readonly [typeof MERCHANT_ID_FIELD, typeof KEY_VERSION_FIELD, typeof SEAL_FIELD] = [
  MERCHANT_ID_FIELD,
  KEY_VERSION_FIELD,
  SEAL_FIELD,
];

/** Why the caller's fields are refused before they are filled in: the errors, and what validation let through. */
export interface Refused {
  readonly errors: readonly ValidationIssue[];
  readonly warnings: readonly ValidationIssue[];
}

/**
 * The caller's fields, copied with one read of each (the copy is what is
 * filled in, validated, sealed and sent), or the errors that refuse them.
 * Fields that cannot be read (a getter or a proxy that throws) are refused as
 * the validators refuse them, never with a rejection.
 */
export function copyOfFields(
  fields: unknown,
  validate: (value: unknown) => ValidationResult<unknown>,
): { readonly message: Record<string, unknown> } | Refused {
  try {
    if (!isPlainObject(fields)) return errorsOf(validate(fields));
    const filled = FILLED.filter((name) => hasOwn(fields, name));
    if (filled.length > 0)
      return {
        errors: filled.map((name) =>
          issue(pointer("", name), "unknown-field", "is filled in by the client from its configuration"),
        ),
        // Refused before it is filled in, so not validated as sent: what validation lets through is said all the same.
        warnings: validate(fields).warnings,
      };
    // Not `{ ...fields }`: V8 gives the properties added to such a copy a new hidden class each call
    // (about 5 µs, and every later read of the message, in validation, seal and JSON, then misses its cache).
    // Spread after a prototype, it is a literal whose properties each are defined, never set, as a spread's are.
    return { message: { __proto__: Object.prototype, ...fields } };
  } catch {
    return errorsOf(readFailure(fields));
  }
}

function errorsOf(result: ValidationResult<unknown>): Refused {
  return { errors: result.ok ? [] : result.errors, warnings: result.warnings };
}
