// The errors of a request's interface version that the client filled in: it
// says where the version came from, since the caller's fields did not hold it.

import { pointer } from "./json-pointer.js";
import { issue } from "./validation.js";
import type { ValidationIssue } from "./validation-types.js";

/** How the client filled in a request's version field: none to fill, or from the configuration (or none at all). */
export interface FilledVersion {
  /** The field left without a version: the documentation recommends none and none was configured. */
  readonly unversioned: string | null;
  /** The field given the configuration's `interfaceVersions` entry. */
  readonly configured: string | null;
}

/**
 * The errors of a request whose version the client filled in, or left out:
 * "is required" says where one can be given (added where validation let the
 * field's absence through), and a configured version refused
 * (malformed, or earlier than any the documentation lists) names its entry.
 */
export function whereVersionsGo(
  errors: readonly ValidationIssue[],
  operation: string,
  { unversioned, configured }: FilledVersion,
): readonly ValidationIssue[] {
  if (unversioned !== null) {
    const path = pointer("", unversioned);
    const told = `is required: the documentation recommends no version of ${operation}; give it in the fields or in the configuration's interfaceVersions`;
    const required = issue(path, "required", told);
    // The field may be optional in the spec (its presence undocumented): left out, it is refused all the same,
    // as no version would be sent.
    const said = errors.some((e) => e.path === path && e.code === "required");
    return said ? errors.map((e) => (e.path === path && e.code === "required" ? required : e)) : [required, ...errors];
  }
  if (configured === null) return errors;
  const path = pointer("", configured);
  const from = ` (the configuration's interfaceVersions.${operation})`;
  return errors.map((e) =>
    e.path === path && e.code === "interface-version" ? { ...e, message: e.message + from } : e,
  );
}
