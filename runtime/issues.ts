// The issues the generated validators report, each with a message that
// describes the offending value (length-capped, never an exception). The
// constant part of a message that depends on the field (its value list, its
// format) is written by the generator into each check, from the
// *Text functions below: at run time only the value is described and appended.

import {
  addError,
  type Found,
  failure,
  isPlainObject,
  issue,
  MAX_LIST_ITEMS,
  pinnedVersion,
  type ValidationIssue,
  type ValidationResult,
} from "./validation.js";

/** Strings longer than this are cut in messages. */
const MAX_SHOWN = 40;

/** A short, safe description of a value for messages: never the whole of a long string, never an exception. */
export function describe(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value.length > MAX_SHOWN
        ? `${quote(value.slice(0, MAX_SHOWN))}… (${value.length} characters)`
        : quote(value);
    case "number":
      return `number ${value}`;
    case "boolean":
      return value ? "boolean true" : "boolean false";
    case "bigint":
      return `bigint ${value}`;
    case "undefined":
      return "undefined";
    case "symbol":
      return "symbol";
    default:
      // An object or a function.
      return value === null ? "null" : describeObject(value as object);
  }
}

/** An object or a function: Array.isArray throws on a revoked proxy. */
function describeObject(value: object): string {
  try {
    if (Array.isArray(value)) return "an array";
  } catch {
    return "an unreadable value";
  }
  return typeof value === "function" ? "function" : "an object";
}

/**
 * Whether JSON writes a string as it is between quotes (no character to
 * escape): most values of messages are, and quoting them by hand saves a call
 * to JSON.stringify, which costs more than the rest of an issue.
 */
function quotable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Control characters, quotes, backslashes and surrogates (lone ones are escaped).
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/** A string as JSON writes it. */
const quote = (text: string): string => (quotable(text) ? `"${text}"` : JSON.stringify(text));

/** A short string shown as it is, between quotes. */
const plain = (text: string): boolean => text.length <= MAX_SHOWN && quotable(text);

/**
 * `prefix` and the {@link describe} of `value`, in as few concatenations as
 * the value allows: messages are built on the path of every invalid message.
 */
export function describeAfter(prefix: string, value: unknown): string {
  switch (typeof value) {
    case "string":
      return plain(value) ? `${prefix}"${value}"` : prefix + describe(value);
    case "number":
      return `${prefix}number ${value}`;
    case "boolean":
      return value ? `${prefix}boolean true` : `${prefix}boolean false`;
    default:
      return value === null ? `${prefix}null` : prefix + describe(value);
  }
}

export const notAnObject = (path: string, value: unknown): ValidationIssue =>
  issue(path, "not-an-object", describeAfter("must be a plain JSON object, got ", value));

export const missingField = (path: string): ValidationIssue => issue(path, "required", "is required");

// A value of another type than its field's: the message's prefix a constant per type.
export const expectedString = (path: string, value: unknown): ValidationIssue =>
  issue(path, "type", describeAfter("must be a string, got ", value));
export const expectedInteger = (path: string, value: unknown): ValidationIssue =>
  issue(path, "type", describeAfter("must be an integer, got ", value));
export const expectedList = (path: string, value: unknown): ValidationIssue =>
  issue(path, "type", describeAfter("must be a list, got ", value));
export const expectedObject = (path: string, value: unknown): ValidationIssue =>
  issue(path, "type", describeAfter("must be an object, got ", value));

export const unknownField = (path: string): ValidationIssue =>
  issue(path, "unknown-field", "is not a field of this message");

/** What follows the value in the message of a value outside its list: the generator writes it into each check. */
export const unknownValueText = (listName: string): string => ` is not a value of ${listName}`;

/** A value outside its field's value list; `text` is {@link unknownValueText} of the list. */
export const unknownValue = (path: string, value: string, text: string): ValidationIssue =>
  issue(path, "unknown-value", plain(value) ? `"${value}"${text}` : describe(value) + text);

export const unreadable = (): ValidationIssue =>
  issue("", "unreadable", "could not be read (a property getter or proxy threw)");

/**
 * The result for a message whose reading threw: not an object when it is not a
 * plain one (what checking before reading would have said), else unreadable.
 */
export function readFailure<T>(input: unknown): ValidationResult<T> {
  try {
    if (!isPlainObject(input)) return failure(notAnObject("", input));
  } catch {
    // Its prototype cannot be read either: unreadable.
  }
  return failure(unreadable());
}

/** The start of the message of a malformed interface version: the generator writes it into each check. */
export const interfaceVersionText = (prefix: string): string => `must be ${prefix} followed by a version number, got `;

/** An interface version field that is not the prefix and a version number; `text` is {@link interfaceVersionText} of the prefix. */
export const badInterfaceVersion = (path: string, value: unknown, text: string): ValidationIssue =>
  issue(path, "interface-version", describeAfter(text, value));

/** The issue of a malformed options.interfaceVersion. */
export const badPinnedVersion = (prefix: string, value: unknown): ValidationIssue =>
  issue("", "interface-version", describeAfter(`options.interfaceVersion ${interfaceVersionText(prefix)}`, value));

/** The problem of a malformed `options.interfaceVersion`, as the first error; undefined when it is absent or well formed. */
export const pinnedVersionError = (prefix: string, pinned: unknown): Found | undefined =>
  pinned !== undefined && pinnedVersion(pinned, prefix) < 0
    ? addError(undefined, badPinnedVersion(prefix, pinned))
    : undefined;

/** A field that appeared in interface version major.minor, after the version checked against (pinned, else declared). */
export function sinceIssue(
  path: string,
  major: number,
  minor: number,
  pinned: unknown,
  declared: unknown,
): ValidationIssue {
  const origin =
    pinned === undefined ? `the request declares ${String(declared)}` : `validation is pinned to ${String(pinned)}`;
  return issue(path, "version", `appeared in interface version ${major}.${minor}, but ${origin}`);
}

/** The issue of a list longer than {@link MAX_LIST_ITEMS}. */
export const tooManyItems = (path: string): ValidationIssue =>
  issue(path, "max-length", `must have at most ${MAX_LIST_ITEMS} items`);
