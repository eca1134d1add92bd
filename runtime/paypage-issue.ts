// The problems the Paypage POST interface reports: those of a message's
// validation, and those of reading or writing its `Data` text.

import type { ValidationCode } from "./validation-types.js";

/** What can be wrong with a Paypage message beyond what its validation reports. */
export type PaypageIssueCode =
  | ValidationCode
  /** A pair with an empty value ("key="): the field is taken as absent. */
  | "empty-value"
  /** A field given twice, or both as a value and as a container. */
  | "repeated-key"
  /** A pair without "=". */
  | "missing-equals"
  /** A key that is not a field name, or a path of field names joined by ".". */
  | "bad-key"
  /** A reply whose status code says its request failed (paypageRedirectionForm). */
  | "not-accepted"
  /**
   * A value the POST interface cannot carry (a "|" in a value, a "," in a list item, a list of containers; in a
   * request, a line break unless Data is encoded, and the text null, which Sips reads as no value).
   */
  | "not-representable";

/** One problem with a Paypage message, `path` a JSON Pointer as in validation issues. */
export interface PaypageIssue {
  /** JSON Pointer to the field concerned ("/amount"), as in a validation issue. */
  readonly path: string;
  /** What check failed: a validation code, or one of reading `Data` ("empty-value", "repeated-key"...). */
  readonly code: PaypageIssueCode;
  /** What was expected or went wrong, for people; its wording may change, the code does not. */
  readonly message: string;
  /**
   * In an issue of validation, the offending value, as a validation issue holds it (`ValidationIssue.received`,
   * absent where that is); absent in every issue of reading or writing `Data`, which names a pair by its place and
   * length, never by its text.
   */
  readonly received?: unknown;
  /**
   * In an unknown field's issue, the field it is meant for, as a validation issue names it
   * (`ValidationIssue.meant`); the message names it too. Absent in every other issue.
   */
  readonly meant?: string;
}

/** An issue with a Paypage message. */
export const paypageIssue = (path: string, code: PaypageIssueCode, message: string): PaypageIssue => ({
  path,
  code,
  message,
});
