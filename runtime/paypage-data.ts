// The `Data` of the Paypage POST interface: fields as key=value pairs joined
// by "|", a container's fields as container.field=value, a list as
// field=v1,v2. Read and written through a message's field descriptors, so
// that each value gets its spec type (an integer field a number, containers
// and lists rebuilt) and no field name is written here.

import type { FieldDescriptor } from "./descriptor.js";
import { describe, pointer, type ValidationCode } from "./validation.js";

/** What can be wrong with `Data` beyond what a message's validation reports. */
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
  /** A value the POST interface cannot carry (a "|" in a value, a "," in a list item, a list of containers). */
  | "not-representable";

/** One problem with a Paypage message, `path` a JSON Pointer as in validation issues. */
export interface PaypageIssue {
  readonly path: string;
  readonly code: PaypageIssueCode;
  readonly message: string;
}

const paypageIssue = (path: string, code: PaypageIssueCode, message: string): PaypageIssue => ({ path, code, message });

/** Sips field names: a letter, then letters, digits or "_"; a container's field is container.field. */
const KEY = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/;

/** Sips writes the text null for a field without a value (Worldline's SDKs drop such pairs too). */
const NULL_TEXT = "null";

const byName = new WeakMap<readonly FieldDescriptor[], ReadonlyMap<string, FieldDescriptor>>();

/** The fields of a message or container by name, computed once per descriptor. */
function fieldsByName(fields: readonly FieldDescriptor[]): ReadonlyMap<string, FieldDescriptor> {
  let map = byName.get(fields);
  if (map === undefined) byName.set(fields, (map = new Map(fields.map((f) => [f.name, f]))));
  return map;
}

/** A message read from `Data`, with the problems of its text; the message is for validation, not yet trusted. */
export interface DataReading {
  readonly message: Record<string, unknown>;
  readonly errors: PaypageIssue[] | undefined;
  readonly warnings: PaypageIssue[] | undefined;
}

/**
 * Reads the pairs of `Data` (already verified and decoded) into a message of
 * `fields`. A value may contain "="; an empty value or the text null leaves the
 * field out (an empty value is reported); a pair without "=", a key that is
 * not a field path and a repeated key are errors. Fields the descriptor does
 * not know are kept as text, for validation to report.
 */
export function readData(fields: readonly FieldDescriptor[], text: string): DataReading {
  const message: Record<string, unknown> = {};
  let errors: PaypageIssue[] | undefined;
  let warnings: PaypageIssue[] | undefined;
  const top = fieldsByName(fields);
  const seen = new Set<string>();
  let start = 0;
  let index = 0;
  // The next "=" at or after `start`, kept across pairs: pairs without one cost no second scan.
  let equals = -1;
  while (text.length > 0 && start <= text.length) {
    let end = text.indexOf("|", start);
    if (end < 0) end = text.length;
    if (equals < start && equals !== -2) {
      equals = text.indexOf("=", start);
      if (equals < 0) equals = -2;
    }
    index++;
    if (equals < 0 || equals > end) {
      (errors ??= []).push(
        pairIssue("missing-equals", `pair ${index} has no "=": ${describe(text.slice(start, end))}`),
      );
    } else {
      const key = text.slice(start, equals);
      const value = text.slice(equals + 1, end);
      const known = top.get(key);
      if (seen.has(key)) {
        (errors ??= []).push(paypageIssue(keyPointer(key), "repeated-key", "is given more than once"));
      } else if (known === undefined && !KEY.test(key)) {
        (errors ??= []).push(
          pairIssue("bad-key", `pair ${index} has a key that is not a field name: ${describe(key)}`),
        );
      } else {
        seen.add(key);
        if (value === "")
          (warnings ??= []).push(paypageIssue(keyPointer(key), "empty-value", "is empty: taken as absent"));
        else if (value !== NULL_TEXT) {
          const problem =
            known !== undefined ? setTop(message, known, value) : setPath(message, top, key.split("."), value);
          if (problem !== null) (errors ??= []).push(problem);
        }
      }
    }
    start = end + 1;
  }
  return { message, errors, warnings };
}

const pairIssue = (code: PaypageIssueCode, message: string): PaypageIssue => paypageIssue("", code, message);

const keyPointer = (key: string): string =>
  key.split(".").reduce<string>((path, segment) => pointer(path, segment), "");

/** A top-level field of the message (the common case, kept apart for speed). */
function setTop(message: Record<string, unknown>, field: FieldDescriptor, value: string): PaypageIssue | null {
  if (Object.hasOwn(message, field.name)) return conflict(`/${field.name}`);
  message[field.name] = typed(field, value);
  return null;
}

/** A field at a path of names ("container.field"), creating the containers on the way. */
function setPath(
  message: Record<string, unknown>,
  top: ReadonlyMap<string, FieldDescriptor>,
  segments: readonly string[],
  value: string,
): PaypageIssue | null {
  let target = message;
  let fields: ReadonlyMap<string, FieldDescriptor> | undefined = top;
  let path = "";
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i] ?? "";
    const field: FieldDescriptor | undefined = fields?.get(name);
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
    fields = field?.fields ? fieldsByName(field.fields) : undefined;
  }
  return null;
}

const conflict = (path: string): PaypageIssue =>
  paypageIssue(path, "repeated-key", "is given more than once (as a value and as a container)");

/** Integers as Sips writes them: digits, maybe a minus sign. */
const INTEGER = /^-?[0-9]{1,15}$/;

/**
 * A value as its field's type holds it: a number for an integer field, an
 * array for a list (its items typed in turn), the text otherwise. A value that
 * does not fit the type stays text, for validation to report.
 */
function typed(field: FieldDescriptor | { readonly type: string; readonly items?: unknown }, value: string): unknown {
  switch (field.type) {
    case "integer":
      return INTEGER.test(value) ? Number(value) : value;
    case "list": {
      const items = (field as FieldDescriptor).items;
      const parts = value.split(",");
      return items?.type === "integer" ? parts.map((part) => typed(items, part)) : parts;
    }
    default:
      return value;
  }
}

/** The pairs of `Data` for a message, fields in descriptor order; a value the interface cannot carry is an issue. */
export interface DataWriting {
  readonly text: string;
  readonly issues: PaypageIssue[] | undefined;
}

/**
 * Writes a (validated) message as `Data`: the fields in the order of the
 * descriptor, each container's fields under its name, lists as items joined
 * by ",". Absent, null and empty values (an empty text, list or container) are
 * left out, as `readData` takes them; an empty required field is an issue.
 */
export function writeData(fields: readonly FieldDescriptor[], message: Record<string, unknown>): DataWriting {
  const pairs: string[] = [];
  const issues: PaypageIssue[] = [];
  writeFields(fields, message, "", "", pairs, issues);
  return { text: pairs.join("|"), issues: issues.length > 0 ? issues : undefined };
}

function writeFields(
  fields: readonly FieldDescriptor[],
  record: Record<string, unknown>,
  prefix: string,
  path: string,
  pairs: string[],
  issues: PaypageIssue[],
): void {
  for (const field of fields) {
    const value = Object.hasOwn(record, field.name) ? record[field.name] : undefined;
    if (value === undefined || value === null) continue;
    const key = `${prefix}${field.name}`;
    const at = pointer(path, field.name);
    if (field.type === "container" && typeof value === "object" && !Array.isArray(value)) {
      writeFields(field.fields ?? [], value as Record<string, unknown>, `${key}.`, at, pairs, issues);
    } else if (Array.isArray(value)) {
      const items: string[] = [];
      value.forEach((item, i) => {
        const text = scalarText(item);
        if (text === null || text.includes(",") || text.includes("|"))
          issues.push(notRepresentable(pointer(at, i), 'a list item must be text without "," or "|"'));
        else items.push(text);
      });
      if (items.length > 0) pairs.push(`${key}=${items.join(",")}`);
      else if (field.presence === "required") issues.push(emptyRequired(at));
    } else {
      const text = scalarText(value);
      if (text === null || text.includes("|")) issues.push(notRepresentable(at, 'must be text without "|"'));
      else if (text !== "") pairs.push(`${key}=${text}`);
      else if (field.presence === "required") issues.push(emptyRequired(at));
    }
  }
}

function scalarText(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return null;
}

const emptyRequired = (path: string): PaypageIssue =>
  paypageIssue(path, "required", "is empty, which the POST interface carries as no value");

const notRepresentable = (path: string, what: string): PaypageIssue =>
  paypageIssue(path, "not-representable", `cannot be carried by the POST interface: ${what}`);
