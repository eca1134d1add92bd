// The status a refused reply claims, as text for a client error: an unsealed
// or unverified reply, or a Sips reply in an HTTP error's body. No seal vouches
// for it, so it is never trusted: its texts are masked and capped, and a code
// its field does not list is told by its length alone, after the codes it takes.

import type { FieldDescriptor, StatusDescriptor } from "./descriptor.js";
import type { ClaimedStatus } from "./client-error.js";
import { BODY_SUMMARY_LENGTH } from "./client-body-summary.js";
import { BODY_EXCERPT_LENGTH, cutTo, maskedExcerpt } from "./client-excerpt.js";
import { SECRET_MASK, type SecretMasker } from "./client-secrets.js";
import { describeKind } from "./issue-format.js";
import { statusValues, unlistedStatus } from "./status-value.js";

/** The status a refused reply claims, its texts masked: a reply that is not Sips's may echo anything there. */
export function claimedStatus(
  status: StatusDescriptor | null,
  reply: Record<string, unknown>,
  mask: SecretMasker,
): ClaimedStatus {
  return { statusCode: textOf(reply, status?.field, mask), statusMessage: textOf(reply, status?.messageField, mask) };
}

/**
 * A claimed status text, masked; one longer than an excerpt is cut to one, as a body is. Masking a text costs its
 * length times the secrets' (each start tries each secret): a megabyte of near-matches of long numeric secrets
 * took seconds, where an excerpt takes at most milliseconds.
 */
function textOf(reply: Record<string, unknown>, field: string | null | undefined, mask: SecretMasker): string | null {
  const value = field ? reply[field] : undefined;
  if (typeof value !== "string") return null;
  return value.length <= BODY_EXCERPT_LENGTH ? mask(value) : maskedExcerpt(value, mask);
}

/** A field name as Sips names the field in error: letters and digits, dots and brackets for a nested one. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9.[\]]{0,63}$/;

/**
 * What an HTTP error's body claims when it is a Sips reply: its status as a refused reply's is told, and the field
 * it names in error (errorFieldName) where it has the shape of a field's name and holds no secret of the request.
 */
export function claimedInBody(
  status: StatusDescriptor | null,
  fields: readonly FieldDescriptor[],
  reply: Record<string, unknown>,
  mask: SecretMasker,
): string {
  const said = claimedText(claimedStatus(status, reply, mask), status, fields, reply, BODY_SUMMARY_LENGTH);
  const errorField = status?.errorField;
  const named = errorField ? reply[errorField] : undefined;
  if (said === "" || typeof named !== "string" || !FIELD_NAME.test(named) || holdsSecret(named, mask)) return said;
  return `${said.slice(0, -1)}, naming the field ${JSON.stringify(named)})`;
}

/**
 * Whether a name in error holds a secret of the request: as written, without the dots and brackets a name may hold
 * (an IBAN printed in groups with dots passes for a nested field's name), or a secret masked already in the body.
 */
function holdsSecret(named: string, mask: SecretMasker): boolean {
  const bare = named.replace(/[.[\]]/g, "");
  return named.includes(SECRET_MASK) || mask(named) !== named || mask(bare) !== bare;
}

/**
 * The status a reply claims, for the error's message: the code quoted where its field's list holds it, else by its
 * length alone (an unverified reply may hold anything in that field, a card number among it, and the message ends
 * up in logs; the error's `statusCode` holds it) after the codes the field takes, as a validator names them
 * (value-list-text.ts); the status message cut at `quoted` characters, "…" included: an excerpt's in a refused
 * reply's message, a summary's in an HTTP error's, whose other quotes are cut so.
 */
export function claimedText(
  claimed: ClaimedStatus,
  status: StatusDescriptor | null,
  fields: readonly FieldDescriptor[],
  reply: Record<string, unknown>,
  quoted: number = BODY_EXCERPT_LENGTH,
): string {
  const code = claimed.statusCode;
  if (code === null) return "";
  const values = statusValues(status, fields);
  const listed = values.some((v) => v.value === code);
  // A code longer than an excerpt was cut in `claimed`: its length is the reply's (a masked one's tells a secret's).
  const whole = status?.field ? reply[status.field] : undefined;
  const kind = describeKind(typeof whole === "string" && whole.length > BODY_EXCERPT_LENGTH ? whole : code);
  const shown = listed ? `status ${JSON.stringify(code)}` : unlistedStatus(values, kind, status?.example);
  return ` (it claims ${shown}${claimed.statusMessage === null ? "" : `: ${JSON.stringify(cutTo(claimed.statusMessage, quoted))}`})`;
}
