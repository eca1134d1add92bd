// A reply's status code looked up in its operation's registry: the value of
// the status field's list that a code is, with the meanings its operation's
// page gives it. The mock's refusals word a code with it (the meanings that
// name the operation, where a shared list gives one per operation); the
// client's errors quote only a code it finds, and name the field's codes
// (statusValues) for one it does not, as every text that reports such a code
// tells it (unlistedStatus).

import type { FieldDescriptor, StatusDescriptor, ValueDescriptor } from "./descriptor.js";
import { exampleFirst, namedValue, valuesText } from "./value-list-text.js";

/**
 * The value of the status field's list (among the response's `fields`) that `code` is; undefined where the
 * operation names no status field, the field takes no list, or its list does not hold the code.
 */
export function statusValue(
  status: StatusDescriptor | null,
  fields: readonly FieldDescriptor[],
  code: unknown,
): ValueDescriptor | undefined {
  return statusValues(status, fields).find((v) => v.value === code);
}

/** The values the operation's status field takes (its list for the operation), none where it names no list. */
export function statusValues(
  status: StatusDescriptor | null,
  fields: readonly FieldDescriptor[],
): readonly ValueDescriptor[] {
  if (status === null) return [];
  return fields.find((f) => f.name === status.field)?.valueList?.values ?? [];
}

/**
 * A status code that `values`, its field's list, does not hold, as every text of the package reports one (a
 * client's refused reply, `paypageRedirectionForm`): by `kind` alone, its kind and length (describeKind: an
 * unverified reply may hold anything there, a card number among it), after the codes the field takes, each named
 * as a validator names a value outside its list, `example` (the field's) first (value-list-text.ts); none named
 * where the field takes no list.
 */
export function unlistedStatus(
  values: readonly ValueDescriptor[],
  kind: string,
  example: string | null | undefined,
): string {
  const named = exampleFirst(values, (v) => v.value, example).map((v) => namedValue(v.value, v.meanings));
  const takes = named.length === 0 ? "" : ` (${valuesText(named)})`;
  return `a status its field does not list${takes}, ${kind}`;
}

/**
 * What `value` means for `operation`, to quote: its meanings that name the operation (a shared list may give one
 * per operation, "In response to x: ..."), else all of them, joined by "; "; undefined where it has none. The first
 * alone may be another operation's.
 */
export function meaningFor(value: ValueDescriptor | undefined, operation: string): string | undefined {
  const meanings = value?.meanings ?? [];
  const own = meanings.filter((meaning) => namesWord(meaning, operation));
  const quoted = own.length > 0 ? own : meanings;
  return quoted.length === 0 ? undefined : quoted.join("; ");
}

/** Whether `text` holds `word` as a word of its own: not inside a longer name (cardCheck in cardCheckEnrollment). */
function namesWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1))
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  return false;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);
