// The issues of a message that holds a sensitive field (a card number): each
// without the value received. The field's own value, a value sent under a
// misspelt name (an unknown field) and the message itself (not a plain
// object) could each be the secret, and an issue travels far: into the
// client's error results, its warnings, the mock's refusals, and whatever
// logs them. The message still names each problem by its path and code.

import { Issue } from "./site-free.js";
import type { ValidationIssue, ValidationResult } from "./validation-types.js";

/** An issue as it is, or without its value where it has one. */
const withoutValue = (issue: ValidationIssue): ValidationIssue =>
  "received" in issue ? new Issue(issue.path, issue.code, issue.message) : issue;

/** Issues without their values; the list itself where none has one. */
function withoutValues(issues: readonly ValidationIssue[]): readonly ValidationIssue[] {
  return issues.some((issue) => "received" in issue) ? issues.map(withoutValue) : issues;
}

/**
 * A validation's result with no value in its issues (errors and warnings); a
 * valid message without warnings, the usual case, as it is. The generated
 * validators of a message that holds a sensitive field return every result
 * through it.
 */
export function withheldValues<T>(result: ValidationResult<T>): ValidationResult<T> {
  if (result.ok)
    return result.warnings.length === 0
      ? result
      : { ok: true, value: result.value, warnings: withoutValues(result.warnings) };
  return { ok: false, errors: withoutValues(result.errors), warnings: withoutValues(result.warnings) };
}
