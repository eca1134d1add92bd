// The request's values a mock reply carries back. Where a reply has a field of
// the request's (a transactionReference, a merchantId), Sips answers with the
// value it was sent, as the Paypage response does: a test that sends its own
// reads them back, not the spec's example's. A container (or a list of them)
// the reply has too is carried back field by field, as the reply describes it.

import type { FieldDescriptor, ItemDescriptor } from "./descriptor.js";
import { isPlainObject } from "./message-reads.js";
import { SEAL_FIELD } from "./platform.js";

/** What a field or a list's item holds, as echoing compares it. */
type Shape = Pick<FieldDescriptor, "type" | "fields"> & { readonly items?: ItemDescriptor | null };

/**
 * The fields of `request` (a verified, valid request, parsed from JSON) that the reply's `fields` also have, of the
 * same type as the request's `sent` fields give it; the seal left out, the reply's being its own. A container's
 * fields, and a list's items, are carried back the same way, into objects and lists of the reply's own: a
 * handler that changes what its mockReply gave changes neither the request nor another copy of the reply.
 */
export function echoedFields(
  fields: readonly FieldDescriptor[],
  sent: readonly FieldDescriptor[],
  request: Record<string, unknown>,
): Record<string, unknown> {
  const byName = new Map(sent.map((f) => [f.name, f]));
  const echoed: Record<string, unknown> = {};
  for (const field of fields) {
    const from = byName.get(field.name);
    if (field.name === SEAL_FIELD || from === undefined || !Object.hasOwn(request, field.name)) continue;
    const value = echoedValue(field, from, request[field.name]);
    if (value !== NOT_ECHOED) echoed[field.name] = value;
  }
  return echoed;
}

/** What echoedValue gives where the request's value does not fit the reply's field. */
const NOT_ECHOED: unique symbol = Symbol("not echoed");

/** The request's value of a field described as `sent`, as the reply's field `replied` holds it. */
function echoedValue(replied: Shape, sent: Shape, value: unknown): unknown {
  if (replied.type !== sent.type) return NOT_ECHOED;
  if (replied.type === "container")
    return isPlainObject(value) ? echoedFields(replied.fields ?? [], sent.fields ?? [], value) : NOT_ECHOED;
  if (replied.type !== "list") return value;
  if (!replied.items || !sent.items || !Array.isArray(value)) return NOT_ECHOED;
  const items: unknown[] = [];
  for (const item of value) {
    const echoed = echoedValue(replied.items, sent.items, item);
    if (echoed === NOT_ECHOED) return NOT_ECHOED;
    items.push(echoed);
  }
  return items;
}

/**
 * The example reply with the request's values in the fields the two share (as echoedFields finds them): a shared
 * field the request left out is left out of the reply too, unless the reply requires it. Sips carries back what it
 * was sent; the example's value there (an orderId, a transactionReference) would be another order's, which a
 * shop's test would take for its own.
 */
export function exampleWithEchoes(
  example: Record<string, unknown>,
  fields: readonly FieldDescriptor[],
  sent: readonly FieldDescriptor[],
  request: Record<string, unknown>,
): Record<string, unknown> {
  const types = new Map(sent.map((f) => [f.name, f.type]));
  const reply: Record<string, unknown> = { ...example };
  // Deleted only where the request has no value, so that the example's order of fields stays. A field the reply
  // requires stays: Sips gives one whatever was sent (the Walletpage response's keyVersion, its key's version).
  for (const field of fields)
    if (
      field.name !== SEAL_FIELD &&
      field.presence !== "required" &&
      types.get(field.name) === field.type &&
      !Object.hasOwn(request, field.name)
    )
      delete reply[field.name];
  return { ...reply, ...echoedFields(fields, sent, request) };
}
