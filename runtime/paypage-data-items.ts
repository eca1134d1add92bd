// A list of containers in the `Data` of the POST interface: each item in
// braces, its fields as key=value pairs joined by ", ", the items joined by ","
// (the Walletpage response's sample writes
// walletPaymentMeanDataList={paymentMeanId=27, paymentMeanAlias=carte cb, ...}).
// Read through the items' field descriptors, as the pairs of `Data` are; written
// from them, in their order. No field name is written here.

import type { FieldDescriptor } from "./descriptor.js";
import { KEY } from "./paypage-field-index.js";

/** The text Sips writes for a field without a value (paypage-data.ts's NULL_TEXT, not imported: that module imports this one). */
const NULL_TEXT = "null";

/** Where one item's pair ends: a comma, spaces, then the next key and "=". */
const PAIR_END = /,\s*(?=[A-Za-z][A-Za-z0-9_]*=)/;

/** Where one item ends and the next begins. */
const ITEM_END = /\}\s*,\s*\{/;

/** Whether a list's text is written as items in braces (the caller then reads it with `readItemsInBraces`). */
export const isItemsInBraces = (text: string): boolean => text.startsWith("{") && text.endsWith("}");

/**
 * The items of a list of containers written in braces, each a plain object of
 * its fields (a value typed by `typed`, the text null left out, a field the
 * descriptor does not know kept as text for validation to report); null when
 * the text is not such a list (a pair without "=", a key that is not a field
 * name, a key given twice), so that the caller keeps it as text for validation
 * to report.
 */
export function readItemsInBraces(
  fields: readonly FieldDescriptor[],
  text: string,
  typed: (field: FieldDescriptor, value: string) => unknown,
): Record<string, unknown>[] | null {
  const items: Record<string, unknown>[] = [];
  for (const body of text.slice(1, -1).split(ITEM_END)) {
    const item: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const pair of body.trim() === "" ? [] : body.split(PAIR_END)) {
      const equals = pair.indexOf("=");
      if (equals < 0) return null;
      const key = pair.slice(0, equals).trim();
      if (!KEY.test(key) || key.includes(".") || seen.has(key)) return null;
      seen.add(key);
      const value = pair.slice(equals + 1);
      if (value === "" || value === NULL_TEXT) continue;
      const field = fields.find((f) => f.name === key);
      item[key] = field === undefined || field.type === "string" ? value : typed(field, value);
    }
    items.push(item);
  }
  return items;
}

/**
 * A list of containers as the text of its pair; null when an item cannot be written so (the caller reports it).
 * With `refuseNullText` (a request), a value that is the text null cannot either: it reads back as no value.
 */
export function itemsInBracesText(
  fields: readonly FieldDescriptor[],
  items: readonly unknown[],
  refuseNullText = false,
): string | null {
  const texts: string[] = [];
  for (const item of items) {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return null;
    const record = item as Record<string, unknown>;
    const pairs: string[] = [];
    for (const field of fields) {
      const value = Object.hasOwn(record, field.name) ? record[field.name] : undefined;
      if (value === undefined || value === null) continue;
      const text = typeof value === "string" || typeof value === "number" ? String(value) : null;
      // A value with one of the separators would read back as other pairs or items.
      if (text === null || /[,|{}]/.test(text) || (refuseNullText && text === NULL_TEXT)) return null;
      if (text !== "") pairs.push(`${field.name}=${text}`);
    }
    // A field the descriptor does not know is not written: it would read back as text the spec does not hold.
    if (Object.keys(record).some((name) => !fields.some((f) => f.name === name))) return null;
    texts.push(`{${pairs.join(", ")}}`);
  }
  return texts.join(",");
}
