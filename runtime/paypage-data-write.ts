// Writing the `Data` of the Paypage POST interface from a request: its fields
// in descriptor order as key=value pairs joined by "|", a container's fields as
// container.field=value, a list as field=v1,v2; what the interface cannot
// carry is reported, never written.

import type { FieldDescriptor } from "./descriptor.js";
import { paypageIssue, type PaypageIssue } from "./paypage-issue.js";
import { pointer } from "./json-pointer.js";

/** The pairs of `Data` for a message, fields in descriptor order; a value the interface cannot carry is an issue. */
export interface PaypageDataWriting {
  readonly text: string;
  readonly issues: PaypageIssue[] | undefined;
}

/**
 * Writes a (validated) message as `Data`: the fields in the order of the
 * descriptor, each container's fields under its name, lists as items joined
 * by ",". Absent, null and empty values (an empty text, list or container) are
 * left out, as `readPaypageData` takes them; an empty required field is an issue.
 */
export function writePaypageData(
  fields: readonly FieldDescriptor[],
  message: Record<string, unknown>,
): PaypageDataWriting {
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
