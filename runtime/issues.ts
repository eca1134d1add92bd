// The issues the generated validators report. Each message is a constant that
// says what was expected, worked out by the generator and written into each
// check (from the *Text functions below and in formats.ts); the offending value
// rides along as `received`, by reference. Nothing is described while
// validating: formatIssue (issue-format.ts) describes the value when a person
// reads the issue.

import { addError, addLenient, type Found, failure, issue, issueWith } from "./validation.js";
import type { ValidationIssue, ValidationResult } from "./validation-types.js";
import { hasOwn, isPlainObject, MAX_LIST_ITEMS } from "./message-reads.js";
import { pinnedVersion } from "./interface-version.js";
import { topPointer } from "./json-pointer.js";
import { describe } from "./issue-format.js";
import { Issue, IssueMeant } from "./site-free.js";
import { mayBeNear, nearLengths, nearNames, nearNamesAmong } from "./closest-names.js";

/** "1 problem", "3 problems": the count of an error's issues, as its message says it. */
export const problems = (count: number): string => `${count} problem${count === 1 ? "" : "s"}`;

export const notAnObject = (path: string, value: unknown): ValidationIssue =>
  issueWith(path, "not-an-object", "must be a plain JSON object", value);

/** The result for a message that is not a plain object: one call, for a valid path's code (see {@link unknownTopKeyOf}). */
export const notAnObjectResult = <T>(input: unknown): ValidationResult<T> => failure(notAnObject("", input));

/**
 * The messages of the issues the generator writes in place in each check, as
 * object literals of the same shape as {@link issue} and {@link issueWith}
 * make: building an issue then calls nothing, so its cost does not depend on
 * whether the engine inlined a helper into that validator (it inlines by how
 * often each call ran, and a validator optimised on valid messages first
 * sees its checks' issues as rare).
 */
export const REQUIRED_TEXT = "is required";
export const UNKNOWN_FIELD_TEXT = "is not a field of this message";
/** A value of another type than its field's: one constant message per type. */
export const TYPE_TEXTS = {
  string: "must be a string",
  integer: "must be an integer",
  list: "must be a list",
  object: "must be an object",
} as const;

/**
 * The problems a validation may have found and still name the field an unknown key is meant for: past them, a
 * message is not one a typo explains, and a response of thousands of unknown keys asks the names of its first
 * few alone, so the work a validation spends on suggestions is bounded whatever the message holds.
 */
export const MEANT_WITHIN_PROBLEMS = 16;

/**
 * An unknown field, without its value: the spec cannot say what a field it
 * does not know carries (a card number sent under a misspelt name), and an
 * issue ends up in logs. The value is not even read, so a getter or proxy
 * that would throw leaves that field reported and the rest checked. Code
 * that wants the value reads it from the message, at the issue's path.
 * Where `key` is near exactly one of `names` (closest-names.ts, nearNames:
 * the package's one rule of suggestions; none where several are as close,
 * as the issue would guess), the issue names that field as `meant`: worked
 * out here, once an unknown key is found, never while known keys are walked,
 * and only while `found` holds fewer than {@link MEANT_WITHIN_PROBLEMS}.
 */
export const unknownFieldIssue = (
  path: string,
  key?: string,
  names?: readonly string[],
  found?: Found,
): ValidationIssue =>
  meantIssue(path, key === undefined || names === undefined || pastMeant(found) ? undefined : nearNames(key, names));

/** Whether `found` holds too many problems for an unknown key to name a field meant ({@link MEANT_WITHIN_PROBLEMS}). */
const pastMeant = (found: Found | undefined): boolean =>
  found !== undefined && found.errors.length + found.warnings.length >= MEANT_WITHIN_PROBLEMS;

/** An unknown field's issue, naming the field meant where `near` holds one alone. */
function meantIssue(path: string, near: readonly string[] | undefined): ValidationIssue {
  const meant = near?.length === 1 ? near[0] : undefined;
  return meant === undefined
    ? new Issue(path, "unknown-field", UNKNOWN_FIELD_TEXT)
    : new IssueMeant(path, "unknown-field", meantText(UNKNOWN_FIELD_TEXT, meant), meant);
}

/** An unknown field's message naming the field meant, as the client's refusals do too (beyond-facts.ts). */
export const meantText = (message: string, meant: string): string => `${message}; did you mean ${meant}?`;

/**
 * The issue of an unknown key of a message or container whose fields are
 * `names`, made once per validator at the module's load: the names made
 * comparable then (nearNamesAmong), and the lengths a name near one of them
 * may have, so that a key of no such length asks no name and the issue is
 * made as with no names. `found`, what the validation found before the key,
 * bounds the keys that ask them. The issue is {@link unknownFieldIssue}'s.
 */
export const unknownFieldOf = (
  names: readonly string[],
): ((path: string, key: string, found: Found | undefined) => ValidationIssue) => {
  const lengths = nearLengths(names);
  const near = nearNamesAmong(names);
  return (path, key, found) =>
    meantIssue(path, mayBeNear(key.length, lengths) && !pastMeant(found) ? near(key) : undefined);
};

/**
 * The call a validator's valid path makes for a key its message does not
 * know (a warning unless strict; nothing for a key only inherited), with the
 * message's own {@link unknownFieldOf}, bound at the module's load: the
 * path's code, which must stay small (generator/emit/validators/valid-path.ts),
 * passes no more than before.
 */
export const unknownTopKeyOf =
  (unknownField: (path: string, key: string, found: Found | undefined) => ValidationIssue) =>
  (found: Found | undefined, strict: boolean, fields: Record<string, unknown>, key: string): Found | undefined =>
    hasOwn(fields, key) ? addLenient(found, strict, unknownField(topPointer(key), key, found)) : found;

/** An object expected where a container is, in the containers' checks. */
export const expectedObject = (path: string, value: unknown): ValidationIssue =>
  issueWith(path, "type", TYPE_TEXTS.object, value);

export const unreadable = (): ValidationIssue =>
  issue("", "unreadable", "could not be read (a property getter or proxy threw)");

/** Why options are refused whose reading threw, in a validation's error and in the client's and decoder's results. */
export const UNREADABLE_OPTIONS_TEXT = "options could not be read (a property getter or proxy threw)";

/** The error of options whose reading threw: no message is judged against options no one can read. */
export const unreadableOptions = (): ValidationIssue => issue("", "unreadable", UNREADABLE_OPTIONS_TEXT);

/** The result for options whose reading threw (see {@link unreadableOptions}), whatever the message. */
export const optionsFailure = <T>(): ValidationResult<T> => failure(unreadableOptions());

/**
 * The result for a validation whose reading threw: not an object when the
 * message is not a plain one (what checking before reading would have said),
 * else the options' error when it was their read that threw (`optionsThrew`:
 * the validator marks where it reads them), else unreadable. The options are
 * not read again to tell: a getter that threw once may not throw twice.
 */
export function readFailure<T>(input: unknown, optionsThrew = false): ValidationResult<T> {
  try {
    if (!isPlainObject(input)) return failure(notAnObject("", input));
  } catch {
    // Its prototype cannot be read either: unreadable.
  }
  return optionsThrew ? optionsFailure() : failure(unreadable());
}

/** The message of a malformed interface version: the generator writes it into each check. */
export const interfaceVersionText = (prefix: string): string => `must be ${prefix} followed by a version number`;

/**
 * The message of a request's interfaceVersion older than the lowest its
 * operation's interfaceVersion values give (`lowest`, such as "AB_2.0"), naming
 * the recommended one where there is one: the generator writes it into the
 * check. It says no earlier version is documented, not that a list was read:
 * a value may be inferred from the recommended version where a page is cut.
 */
export const versionFloorText = (lowest: string, recommended: string | null): string =>
  `must be ${lowest} or later: no earlier version is documented${recommended === null ? "" : ` (${recommended} is recommended)`}`;

/** What the issues of a pinned version name it ({@link pinnedAs} renames it). */
const PINNED_VERSION_OPTION = "options.interfaceVersion";

/**
 * `issues` of a validation whose version was pinned another way than by its
 * options (a form's configuration, a posted form's InterfaceVersion), each
 * issue of options.interfaceVersion naming `name` instead: its caller gave
 * no options.
 */
export const pinnedAs = <I extends { readonly path: string; readonly code: string; readonly message: string }>(
  issues: readonly I[],
  name: string,
): I[] =>
  issues.map((e) =>
    e.path === "" && e.code === "interface-version" && e.message.startsWith(PINNED_VERSION_OPTION)
      ? { ...e, message: `${name}${e.message.slice(PINNED_VERSION_OPTION.length)}` }
      : e,
  );

/**
 * An issue of options.interfaceVersion, `message` saying what it must be. The
 * value is not part of the message, so it is no `received`: the message describes it.
 */
const pinnedIssue = (message: string, value: unknown): ValidationIssue =>
  issue("", "interface-version", `${PINNED_VERSION_OPTION} ${message}, got ${describe(value)}`);

/** The issue of a malformed options.interfaceVersion. */
export const badPinnedVersion = (prefix: string, value: unknown): ValidationIssue =>
  pinnedIssue(interfaceVersionText(prefix), value);

/** The problem of a malformed `options.interfaceVersion`, as the first error; undefined when it is absent or well formed. */
export const pinnedVersionError = (prefix: string, pinned: unknown): Found | undefined =>
  pinned !== undefined && pinnedVersion(pinned, prefix) < 0
    ? addError(undefined, badPinnedVersion(prefix, pinned))
    : undefined;

/**
 * {@link pinnedVersionError} for a request whose operation documents a lowest
 * version (`floor`, major * 10000 + minor, and `floorMessage` naming it): a
 * pinned version earlier than that is refused too, as a declared one would be.
 */
export function pinnedFloorError(
  prefix: string,
  pinned: unknown,
  floor: number,
  floorMessage: string,
): Found | undefined {
  if (pinned === undefined) return undefined;
  const version = pinnedVersion(pinned, prefix);
  if (version < 0) return addError(undefined, badPinnedVersion(prefix, pinned));
  // Below the floor, no field is held to the version pinned (no field check takes one below it).
  return version < floor ? addError(undefined, pinnedIssue(floorMessage, pinned)) : undefined;
}

/**
 * A field that appeared in interface version major.minor, after the version
 * checked against (pinned, else declared); `value` is the field's. The message
 * names that version, so it is built: versions are few, and so are such issues.
 */
export function sinceIssue(
  path: string,
  major: number,
  minor: number,
  pinned: unknown,
  declared: unknown,
  value: unknown,
): ValidationIssue {
  const origin =
    pinned === undefined ? `the request declares ${String(declared)}` : `validation is pinned to ${String(pinned)}`;
  return issueWith(path, "version", `appeared in interface version ${major}.${minor}, but ${origin}`, value);
}

/** The message of a list longer than {@link MAX_LIST_ITEMS}. */
export const TOO_MANY_ITEMS_TEXT: string = `must have at most ${MAX_LIST_ITEMS} items`;
