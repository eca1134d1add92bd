// The request's values a mock reply carries back. Where a reply has a field of
// the request's (a transactionReference, a merchantId), Sips answers with the
// value it was sent, as the Paypage response does: a test that sends its own
// reads them back, not the spec's example's.

import type { FieldDescriptor } from "./descriptor.js";
import { SEAL_FIELD } from "./platform.js";

/**
 * The fields of `request` (a verified, valid request, parsed from JSON) that the reply's `fields` also have, of the
 * same type as the request's `sent` fields give it; the seal left out, the reply's being its own.
 */
export function echoedFields(
  fields: readonly FieldDescriptor[],
  sent: readonly FieldDescriptor[],
  request: Record<string, unknown>,
): Record<string, unknown> {
  const types = new Map(sent.map((f) => [f.name, f.type]));
  const echoed: Record<string, unknown> = {};
  for (const field of fields)
    if (field.name !== SEAL_FIELD && types.get(field.name) === field.type && Object.hasOwn(request, field.name))
      echoed[field.name] = request[field.name];
  return echoed;
}

/**
 * The example reply with the request's values in the fields the two share (as echoedFields finds them): a shared
 * field the request left out is left out of the reply too. Sips carries back what it was sent; the example's
 * value there (an orderId, a transactionReference) would be another order's, which a shop's test would take for
 * its own.
 */
export function exampleWithEchoes(
  example: Record<string, unknown>,
  fields: readonly FieldDescriptor[],
  sent: readonly FieldDescriptor[],
  request: Record<string, unknown>,
): Record<string, unknown> {
  const types = new Map(sent.map((f) => [f.name, f.type]));
  const reply: Record<string, unknown> = { ...example };
  // Deleted only where the request has no value, so that the example's order of fields stays.
  for (const field of fields)
    if (field.name !== SEAL_FIELD && types.get(field.name) === field.type && !Object.hasOwn(request, field.name))
      delete reply[field.name];
  return { ...reply, ...echoedFields(fields, sent, request) };
}
