// Whether a genuine post's Data is a response, or the shop's own request form posted back: the same key seals
// both, over the same kind of Data, and the buyer's browser holds the request's. Told from Data alone by the one
// mark the spec's facts give: a request names the addresses its response is posted to, which no response's facts
// hold. A request form that names neither is not told apart (nor is it one Sips takes: it could return nowhere).

import type { FieldDescriptor } from "./descriptor.js";

/** The request's field that gives where Sips posts the response server to server, whatever the browser does. */
export const AUTOMATIC_RESPONSE_FIELD = "automaticResponseUrl";

/** The request's field that gives where the buyer's browser posts the response back to the shop. */
export const NORMAL_RETURN_FIELD = "normalReturnUrl";

/**
 * The request's fields that give where Sips posts the response (server to server, and through the browser): a
 * request names them, the response is posted to them and its facts hold neither. Checked against the response's
 * facts, so that one a page adds to a response stops being a mark of a request. The mock posts its responses to
 * them (mock-paypage.ts).
 */
export const PAYPAGE_RETURN_ADDRESS_FIELDS: readonly string[] = Object.freeze([
  AUTOMATIC_RESPONSE_FIELD,
  NORMAL_RETURN_FIELD,
]);

/**
 * Why `message` (a genuine post's Data, read after the response's `fields`) is a request and not a response, for
 * people; null when it may be a response. Reads field names only, never a value: nothing here quotes a secret.
 */
export function notAResponse(fields: readonly FieldDescriptor[], message: Record<string, unknown>): string | null {
  const addresses = PAYPAGE_RETURN_ADDRESS_FIELDS.filter(
    (name) => Object.hasOwn(message, name) && !fields.some((field) => field.name === name),
  );
  if (addresses.length === 0) return null;
  return `its Data names ${addresses.join(" and ")}, where a response is posted, as the shop's own request form does: a request, not a response, whatever its seal`;
}
