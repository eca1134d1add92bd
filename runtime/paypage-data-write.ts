// Writing the `Data` of the Paypage POST interface from a request: its fields
// in descriptor order as key=value pairs joined by "|", a container's fields as
// container.field=value, a list as field=v1,v2 (of containers, field={k=v, k=v},{...}), then the fields the descriptor
// does not know; what the interface cannot carry is reported, never written.

import type { FieldDescriptor } from "./descriptor.js";
import { NULL_TEXT } from "./paypage-data.js";
import { paypageIssue, type PaypageIssue } from "./paypage-issue.js";
import { pointer } from "./json-pointer.js";
import { isPlainObject } from "./message-reads.js";
import { itemsInBracesText } from "./paypage-data-items.js";

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
 * list or container, a list of one empty item) are left out, as
 * `readPaypageData` takes them; an empty required field is an issue. With
 * `refuseNullText`, so is the text null, which `readPaypageData` takes as no
 * value: a request's field would reach Sips as absent. Without it (the mock's
 * responses) a value that is the text null is written as it is, as Sips would;
 * a field without a value is left out.
 */
export function writePaypageData(
  fields: readonly FieldDescriptor[],
  message: Record<string, unknown>,
  refuseNullText = false,
): PaypageDataWriting {
  const out: Writing = { pairs: [], issues: [], refuseNullText };
  writeFields(fields, message, "", "", out);
  const known = fieldNamesOf(fields);
  for (const name of Object.keys(message))
    if (!known.has(name)) writeOther(name, pointer("", name), message[name], 0, out);
  return { text: out.pairs.join("|"), issues: out.issues.length > 0 ? out.issues : undefined };
}

/** What writing gathers: the pairs, the issues, and whether the text null is one. */
interface Writing {
  readonly pairs: string[];
  readonly issues: PaypageIssue[];
  readonly refuseNullText: boolean;
}

const names = new WeakMap<readonly { readonly name: string }[], ReadonlySet<string>>();

/** The names of a descriptor's fields, made once per field list. */
export function fieldNamesOf(fields: readonly { readonly name: string }[]): ReadonlySet<string> {
  let known = names.get(fields);
  if (known === undefined) names.set(fields, (known = new Set(fields.map((f) => f.name))));
  return known;
}

/** A name `readPaypageData` reads as a field's: a letter, then letters, digits or "_". */
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** What a field the descriptor does not know may hold. */
const OTHER_KINDS = "must be text, a list of texts or a plain object";

/** What an item of a list of containers may hold. */
const ITEM_KINDS =
  'each item must be a container of the item\'s fields, of text or numbers without ",", "|", "{" or "}"';

/** The same, where the text null is refused too (a request: it reads back as no value). */
const ITEM_KINDS_NOT_NULL = `${ITEM_KINDS}, and not the text ${NULL_TEXT}`;

/** Containers nested deeper than this in a field the descriptor does not know are not written (a cycle would be endless). */
const MAX_OTHER_DEPTH = 16;

/** A field the descriptor does not know: a container as container.field pairs, a list of texts as v1,v2, text as it is. */
function writeOther(key: string, at: string, value: unknown, depth: number, out: Writing): void {
  const { issues } = out;
  if (value === undefined || value === null) return;
  const name = key.slice(key.lastIndexOf(".") + 1);
  if (!NAME.test(name)) {
    issues.push(notRepresentable(at, 'a field name must be a letter, then letters, digits or "_"'));
  } else if (typeof value === "object" && !Array.isArray(value)) {
    // A Date, a Map or a class instance has no fields of its own to write: refused rather than dropped in silence.
    if (!isPlainObject(value)) issues.push(notRepresentable(at, OTHER_KINDS));
    else if (depth >= MAX_OTHER_DEPTH)
      issues.push(notRepresentable(at, `containers nested more than ${MAX_OTHER_DEPTH} deep`));
    else
      for (const inner of Object.keys(value))
        writeOther(`${key}.${inner}`, pointer(at, inner), (value as Record<string, unknown>)[inner], depth + 1, out);
  } else {
    writeText(key, at, pairText(value, at, issues), false, out);
  }
}

/** A value as the text of its pair: a list's items joined by ","; null when it cannot be (an issue then). */
function pairText(value: unknown, at: string, issues: PaypageIssue[]): string | null {
  if (Array.isArray(value)) return listText(value, at, issues);
  const text = scalarText(value);
  // A symbol or a function: no text at all, so not told of "|" as text with one is.
  if (text === null) issues.push(notRepresentable(at, OTHER_KINDS));
  return text;
}

/** The items of a list as the text of its pair, each without "," or "|"; null when an item cannot be (an issue then). */
function listText(list: readonly unknown[], at: string, issues: PaypageIssue[]): string | null {
  const items: string[] = [];
  let carried = true;
  list.forEach((item, i) => {
    const text = scalarText(item);
    if (text === null || text.includes(",") || text.includes("|")) {
      issues.push(notRepresentable(pointer(at, i), 'a list item must be text without "," or "|"'));
      carried = false;
    } else items.push(text);
  });
  return carried ? items.join(",") : null;
}

/**
 * A value's pair, or its issue: text with "|" cannot be carried, nor (when
 * refused) the text null, which reads back as no value; empty text is left
 * out, an issue for a required field. Null: a value already reported.
 */
function writeText(key: string, at: string, text: string | null, required: boolean, out: Writing): void {
  const { pairs, issues } = out;
  if (text === null) return;
  if (text.includes("|")) issues.push(notRepresentable(at, 'must be text without "|"'));
  else if (text === NULL_TEXT && out.refuseNullText)
    issues.push(notRepresentable(at, `must not be the text ${NULL_TEXT}, which is read as no value`));
  else if (text !== "") pairs.push(`${key}=${text}`);
  else if (required) issues.push(emptyRequired(at));
}

function writeFields(
  fields: readonly FieldDescriptor[],
  record: Record<string, unknown>,
  prefix: string,
  path: string,
  out: Writing,
): void {
  for (const field of fields) {
    const value = Object.hasOwn(record, field.name) ? record[field.name] : undefined;
    if (value === undefined || value === null) continue;
    const key = `${prefix}${field.name}`;
    const at = pointer(path, field.name);
    if (field.type === "container" && typeof value === "object" && !Array.isArray(value)) {
      writeFields(field.fields ?? [], value as Record<string, unknown>, `${key}.`, at, out);
    } else if (field.items?.fields && Array.isArray(value)) {
      // A list of containers: each item in braces, as readPaypageData reads it back.
      const text = itemsInBracesText(field.items.fields, value, out.refuseNullText);
      if (text === null) out.issues.push(notRepresentable(at, out.refuseNullText ? ITEM_KINDS_NOT_NULL : ITEM_KINDS));
      else writeText(key, at, text, field.presence === "required", out);
    } else {
      writeText(key, at, pairText(value, at, out.issues), field.presence === "required", out);
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
