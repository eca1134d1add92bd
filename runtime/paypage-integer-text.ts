// An integer field's text in a Paypage response's `Data` that stays text
// (paypage-data.ts types at most 15 digits as a number, so that no value is
// rounded): validation then finds text where a number belongs and says "must
// be an integer", of a value that is one, written in digits. What such a value
// breaks is its field's numeric format (N12: at most 12 digits, not negative),
// and its issue names that rule, as for a number, with the text as received.
// A field without a format (one whose pages give none) names the limit of
// the typing itself. It stays an error: the field cannot be given as
// the number its type says.

import type { FieldDescriptor, ItemDescriptor } from "./descriptor.js";
import { integerFormatTexts } from "./formats.js";
import { atMostDigits } from "./issue-format.js";
import { EXACT_DIGITS } from "./paypage-data.js";
import { issueWith } from "./validation.js";
import type { ValidationIssue } from "./validation-types.js";

/** An integer in digits, maybe negative. */
const DIGITS = /^-?[0-9]+$/;
/**
 * An integer field's format: its maximum number of digits. Its class is not read: an integer's validator and
 * schema take any format's length as its digits (N12, or AN12 written on an integer), and so does its issue here.
 */
const FORMAT_DIGITS = /^[A-Z]+([0-9]+)$/;

/**
 * `issue` as it names the rule its value breaks: a type issue of an integer
 * field of a format whose value is text in digits becomes the format's
 * issue (negative, or more digits than it admits); any other is returned as it is.
 */
export function integerTextIssue(fields: readonly FieldDescriptor[], issue: ValidationIssue): ValidationIssue {
  const text = issue.received;
  if (issue.code !== "type" || typeof text !== "string" || !DIGITS.test(text)) return issue;
  const field = descriptorAt(fields, issue.path);
  if (field?.type !== "integer") return issue;
  const format = field.format === null ? null : FORMAT_DIGITS.exec(field.format);
  const digits = text.startsWith("-") ? text.length - 1 : text.length;
  if (format !== null) {
    const maxDigits = Number(format[1]);
    const texts = integerFormatTexts(maxDigits);
    if (text.startsWith("-")) return issueWith(issue.path, "format", texts.negative, text);
    if (digits > maxDigits) return issueWith(issue.path, "max-length", texts.digits, text);
  }
  // Only a text of more digits than are typed is an integer left as text ("007" is typed: 7): without a format, or
  // within one longer than the typing (N18), what it breaks is the typing's limit.
  return digits > EXACT_DIGITS
    ? issueWith(issue.path, "max-length", `must have ${atMostDigits(EXACT_DIGITS)}, as a number holds exactly`, text)
    : issue;
}

/** The descriptor of the field or list item at a JSON Pointer of the message (its names need no escape); null when none is. */
function descriptorAt(fields: readonly FieldDescriptor[], path: string): FieldDescriptor | ItemDescriptor | null {
  let here: FieldDescriptor | ItemDescriptor | null = null;
  for (const segment of path.split("/").slice(1)) {
    if (here !== null && "items" in here && here.items !== null) here = here.items;
    else {
      const within: readonly FieldDescriptor[] | null = here === null ? fields : here.fields;
      here = within?.find((f) => f.name === segment) ?? null;
    }
    if (here === null) return null;
  }
  return here;
}
