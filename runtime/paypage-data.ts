// Reading the `Data` of the Paypage POST interface: fields as key=value pairs
// joined by "|", a container's fields as container.field=value, a list as
// field=v1,v2 (of containers, field={k=v, k=v},{...}: paypage-data-items.ts). Read through a message's field descriptors, so that each value
// gets its spec type (an integer field a number, containers and lists
// rebuilt) and no field name is written here. Runs on every response: keys are
// matched among the few fields with the same first letter, not hashed.

import type { FieldDescriptor } from "./descriptor.js";
import { fieldIndex, KEY, matchField, type FieldIndex } from "./paypage-field-index.js";
import { describeKind } from "./issue-format.js";
import { paypageIssue, type PaypageIssue } from "./paypage-issue.js";
import { pointer } from "./json-pointer.js";
import { isItemsInBraces, readItemsInBraces } from "./paypage-data-items.js";

export type { PaypageIssue, PaypageIssueCode } from "./paypage-issue.js";

/** Sips writes the text null for a field without a value (Worldline's SDKs drop such pairs too). */
export const NULL_TEXT = "null";

/**
 * Makes the message objects: plain objects (their prototype is
 * Object.prototype, as for `{}`), but made by a constructor, so that V8 gives
 * them room for their fields up front: growing an object field by field cost
 * more than reading the fields.
 */
const PlainObject = function PlainObject() {} as unknown as { new (): Record<string, unknown>; prototype: object };
PlainObject.prototype = Object.prototype;

/** A message read from `Data`, with the problems of its text; the message is for validation, not yet trusted. */
export interface PaypageDataReading {
  readonly message: Record<string, unknown>;
  readonly errors: PaypageIssue[] | undefined;
  readonly warnings: PaypageIssue[] | undefined;
}

/**
 * Reads the pairs of `Data` (already verified and decoded) into a message of
 * `fields`. A value may contain "="; an empty value or the text null leaves the
 * field out (an empty value is reported); a pair without "=", a key that is
 * not a field path and a repeated key are errors. Fields the descriptor does
 * not know are kept as text, for validation to report. The errors quote no
 * text of a message that carries a secret: in a field of `fields` marked
 * sensitive, or beyond them (`secretBeyondFacts`, a field the spec does not hold).
 */
export function readPaypageData(
  fields: readonly FieldDescriptor[],
  text: string,
  secretBeyondFacts = false,
): PaypageDataReading {
  const index = fieldIndex(fields);
  const withholds = secretBeyondFacts || index.withholds;
  const message = new PlainObject();
  /** Which known fields were given (a second pair for one is a repeat), with or without a value. */
  const given = new Array<boolean>(fields.length);
  /** Dotted keys and fields the descriptor does not know, and which of them were given. */
  let others: Record<string, unknown> | undefined;
  let otherKeys: Set<string> | undefined;
  let errors: PaypageIssue[] | undefined;
  let warnings: PaypageIssue[] | undefined;
  let start = 0;
  let pair = 0;
  // The next "=" at or after `start`, kept across pairs: pairs without one cost no second scan.
  let equals = -1;
  while (text.length > 0 && start <= text.length) {
    let end = text.indexOf("|", start);
    if (end < 0) end = text.length;
    if (equals < start && equals !== -2) {
      equals = text.indexOf("=", start);
      if (equals < 0) equals = -2;
    }
    pair++;
    if (equals < 0 || equals > end) {
      (errors ??= []).push(missing(pair, withholds ? null : text.slice(start, end)));
      start = end + 1;
      continue;
    }
    const key = text.slice(start, equals);
    const at = matchField(index, key);
    if (at >= 0) {
      const field = fields[at] as FieldDescriptor;
      if (given[at] === true) {
        (errors ??= []).push(paypageIssue(pointer("", key), "repeated-key", "is given more than once"));
      } else {
        given[at] = true;
        if (equals + 1 === end) (warnings ??= []).push(emptyValue(key));
        else {
          const value = text.slice(equals + 1, end);
          // Stored under the field's own name: a key made from the text would be looked up in V8's string table first.
          if (value !== NULL_TEXT) message[field.name] = field.type === "string" ? value : typed(field, value);
        }
      }
    } else {
      const value = text.slice(equals + 1, end);
      if (!KEY.test(key)) {
        (errors ??= []).push(badKey(pair, withholds ? null : key));
      } else if ((otherKeys ??= new Set()).has(key)) {
        (errors ??= []).push(paypageIssue(keyPointer(key), "repeated-key", "is given more than once"));
      } else {
        otherKeys.add(key);
        if (value === "") (warnings ??= []).push(emptyValue(key));
        else if (value !== NULL_TEXT) {
          const problem = setPath((others ??= {}), index, key.split("."), value);
          if (problem !== null) (errors ??= []).push(problem);
        }
      }
    }
    start = end + 1;
  }
  // Dotted keys and unknown fields join the known ones; a name given both ways is a conflict.
  if (others !== undefined) {
    for (const key of Object.keys(others)) {
      const at = index.byName.get(key);
      if (at !== undefined && given[at] === true) (errors ??= []).push(conflict(pointer("", key)));
      else message[key] = others[key];
    }
  }
  return { message, errors, warnings };
}

// A pair that cannot be read is text the spec does not know: a pair cut or garbled in transit may be a card number,
// so it is described by its length, never quoted; a message that holds a secret gets these without even that.
const missing = (pair: number, text: string | null): PaypageIssue =>
  paypageIssue("", "missing-equals", `pair ${pair} has no "="${quoted(text)}`);

const badKey = (pair: number, key: string | null): PaypageIssue =>
  paypageIssue("", "bad-key", `pair ${pair} has a key that is not a field name${quoted(key)}`);

const quoted = (text: string | null): string => (text === null ? "" : `: ${describeKind(text)}`);

const emptyValue = (key: string): PaypageIssue =>
  paypageIssue(keyPointer(key), "empty-value", "is empty: taken as absent");

const keyPointer = (key: string): string =>
  key.split(".").reduce<string>((path, segment) => pointer(path, segment), "");

const conflict = (path: string): PaypageIssue =>
  paypageIssue(path, "repeated-key", "is given more than once (as a value and as a container)");

/** A field at a path of names ("container.field"), creating the containers on the way. */
function setPath(
  target: Record<string, unknown>,
  index: FieldIndex | undefined,
  segments: readonly string[],
  value: string,
): PaypageIssue | null {
  let path = "";
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i] ?? "";
    const at = index?.byName.get(name);
    const field = at === undefined ? undefined : index?.fields[at];
    path = pointer(path, name);
    const existing = Object.hasOwn(target, name) ? target[name] : undefined;
    if (i === segments.length - 1) {
      if (existing !== undefined) return conflict(path);
      target[name] = field === undefined ? value : typed(field, value);
      return null;
    }
    if (existing === undefined) target[name] = {};
    else if (typeof existing !== "object" || existing === null || Array.isArray(existing)) return conflict(path);
    target = target[name] as Record<string, unknown>;
    index = field?.fields ? fieldIndex(field.fields) : undefined;
  }
  return null;
}

/** The most digits an integer of `Data` is typed with: a number holds every integer of 15 digits exactly. */
export const EXACT_DIGITS = 15;

/** Integers as Sips writes them: digits, maybe a minus sign, few enough to be exact. */
const INTEGER = new RegExp(`^-?[0-9]{1,${EXACT_DIGITS}}$`);

/**
 * A value as its field's type holds it: a number for an integer field, an
 * array for a list (its items typed in turn), the text otherwise. A value that
 * does not fit the type stays text, for validation to report.
 */
function typed(field: { readonly type: string; readonly items?: FieldDescriptor["items"] }, value: string): unknown {
  switch (field.type) {
    case "integer":
      return INTEGER.test(value) ? Number(value) : value;
    case "list": {
      const items = field.items;
      // A list of containers: its items in braces (a text that is not such a list stays text).
      if (items?.fields && isItemsInBraces(value)) return readItemsInBraces(items.fields, value, typed) ?? value;
      const parts = value.split(",");
      return items?.type === "integer" ? parts.map((part) => typed(items, part)) : parts;
    }
    default:
      return value;
  }
}
