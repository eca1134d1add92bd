// Writing the `Data` of the Paypage POST interface from a request: its fields
// in descriptor order as key=value pairs joined by "|", a container's fields as
// container.field=value, a list as field=v1,v2, then the fields the descriptor
// does not know; what the interface cannot carry is reported, never written.

import type { FieldDescriptor } from "./descriptor.js";
import { paypageIssue, type PaypageIssue } from "./paypage-issue.js";
import { pointer } from "./json-pointer.js";
import { isPlainObject } from "./validation.js";

/** The pairs of `Data` for a message, fields in descriptor order; a value the interface cannot carry is an issue. */
export interface PaypageDataWriting {
  readonly text: string;
  readonly issues: PaypageIssue[] | undefined;
}

/**
 * Writes a (validated) message as `Data`: the fields in the order of the
 * descriptor, each container's fields under its name, lists as items joined
 * by ","; then, in the message's order, the fields the descriptor does not know
 * (beyond the spec's facts, which validation lets through with a warning), by
 * the shapes of their values. Absent, null and empty values (an empty text,
 * list or container) are left out, as `readPaypageData` takes them; an empty
 * required field is an issue.
 */
export function writePaypageData(
  fields: readonly FieldDescriptor[],
  message: Record<string, unknown>,
): PaypageDataWriting {
  const pairs: string[] = [];
  const issues: PaypageIssue[] = [];
  writeFields(fields, message, "", "", pairs, issues);
  const known = namesOf(fields);
  for (const name of Object.keys(message))
    if (!known.has(name)) writeOther(name, pointer("", name), message[name], 0, pairs, issues);
  return { text: pairs.join("|"), issues: issues.length > 0 ? issues : undefined };
}

const names = new WeakMap<readonly FieldDescriptor[], ReadonlySet<string>>();

function namesOf(fields: readonly FieldDescriptor[]): ReadonlySet<string> {
  let known = names.get(fields);
  if (known === undefined) names.set(fields, (known = new Set(fields.map((f) => f.name))));
  return known;
}

/** A name `readPaypageData` reads as a field's: a letter, then letters, digits or "_". */
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Containers nested deeper than this in a field the descriptor does not know are not written (a cycle would be endless). */
const MAX_OTHER_DEPTH = 16;

/** A field the descriptor does not know: a container as container.field pairs, a list of texts as v1,v2, text as it is. */
function writeOther(
  key: string,
  at: string,
  value: unknown,
  depth: number,
  pairs: string[],
  issues: PaypageIssue[],
): void {
  if (value === undefined || value === null) return;
  const name = key.slice(key.lastIndexOf(".") + 1);
  if (!NAME.test(name)) {
    issues.push(notRepresentable(at, 'a field name must be a letter, then letters, digits or "_"'));
  } else if (Array.isArray(value)) {
    const items = listItems(value, at, issues);
    if (items.length > 0) pairs.push(`${key}=${items.join(",")}`);
  } else if (typeof value === "object") {
    // A Date, a Map or a class instance has no fields of its own to write: refused rather than dropped in silence.
    if (!isPlainObject(value)) issues.push(notRepresentable(at, "must be text, a list of texts or a plain object"));
    else if (depth >= MAX_OTHER_DEPTH)
      issues.push(notRepresentable(at, `containers nested more than ${MAX_OTHER_DEPTH} deep`));
    else
      for (const inner of Object.keys(value))
        writeOther(
          `${key}.${inner}`,
          pointer(at, inner),
          (value as Record<string, unknown>)[inner],
          depth + 1,
          pairs,
          issues,
        );
  } else {
    const text = scalarText(value);
    if (text === null || text.includes("|")) issues.push(notRepresentable(at, 'must be text without "|"'));
    else if (text !== "") pairs.push(`${key}=${text}`);
  }
}

/** The items of a list as text, each without "," or "|"; an item that cannot be is an issue. */
function listItems(list: readonly unknown[], at: string, issues: PaypageIssue[]): string[] {
  const items: string[] = [];
  list.forEach((item, i) => {
    const text = scalarText(item);
    if (text === null || text.includes(",") || text.includes("|"))
      issues.push(notRepresentable(pointer(at, i), 'a list item must be text without "," or "|"'));
    else items.push(text);
  });
  return items;
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
      const items = listItems(value, at, issues);
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
