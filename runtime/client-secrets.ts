// The secrets of the request a call sent, kept out of the reply's text. A
// proxy's, a firewall's or a server's error page may echo the request it
// received, card number and all, and a client error carries part of that page
// (an `http` error's body, a reply that is not JSON as an issue's `received`,
// a Location, the status a refused reply claims, the words of a failed fetch):
// each of those is masked before it goes into a result, which code logs whole.
// A reply's field that holds one (Sips echoing a card number into a free text
// field) is not quoted by the result's issues.

import type { ClientError } from "./client-error.js";
import type { FieldDescriptor } from "./field-descriptor.js";
import { holdsSecret } from "./sensitive-fields.js";
import type { FactsStopDescriptor } from "./facts-stop.js";
import { isPlainObject } from "./message-reads.js";
import { maskedText, type SecretPattern, secretPattern } from "./secret-spans.js";
import { Issue } from "./site-free.js";
import type { ValidationIssue } from "./validation-types.js";

/**
 * What stands for a secret of the request in a reply's text. Fixed, whatever the value: its length would tell
 * a secret's (a 15-digit card from a 16-digit one), and one text for all makes it easy to find in a log.
 */
export const SECRET_MASK = "[withheld]";

/** What a request's secrets are read by: its fields, and whether a field beyond its facts may be a secret. */
export interface SecretFields {
  readonly fields: readonly FieldDescriptor[];
  readonly factsStop: FactsStopDescriptor | null;
}

/** Masks a reply's text; `cut`: the text may end inside a secret (its end was not read), whose start is masked too. */
export interface SecretMasker {
  (text: string, cut?: boolean): string;
  /** Whether the request holds a secret at all (its body is read then, once, if it was not). */
  readonly holdsSecrets: () => boolean;
  /**
   * Whether `text` quotes a text withheld beside the request's secrets (the key, the request's seal: withholding),
   * found by a plain search: for a text too long to mask, which the request's secrets alone would leave shown.
   */
  readonly quotesWithheld?: (text: string) => boolean;
}

/** Nothing to mask: a request without secrets, or a reply not read against one. */
export const MASK_NOTHING: SecretMasker = Object.assign((text: string) => text, { holdsSecrets: () => false });

/**
 * The masker of the request sent as `body` (its JSON, as sealed): every value of a field marked sensitive, at any
 * depth (containers and list items), and where its facts stop with a secret beyond them, every top-level field the
 * spec does not hold. Read only when a text is masked (an error's, rarely), and once; a request without a secret
 * is not parsed.
 */
export function secretMasker(request: SecretFields, body: string): SecretMasker {
  // Nothing read before a text is masked: a call that succeeds pays for this closure alone.
  let pattern: SecretPattern | null | undefined;
  const patternRead = () => (pattern === undefined ? (pattern = secretPattern(secretsOf(request, body))) : pattern);
  const mask = (text: string, cut = false): string => {
    const read = patternRead();
    if (read === null || text === "") return text;
    return maskedText(text, read, SECRET_MASK, cut);
  };
  return Object.assign(mask, { holdsSecrets: () => patternRead() !== null });
}

/**
 * `mask` that also withholds `texts` (an empty one withholds nothing), as written and as JSON escapes them: the
 * secret key and the request's seal, which an http error's summary never quotes (client-body-summary.ts), kept out
 * of the body and the other texts of a reply that go into the result too, since code logs an error whole. A sealed
 * request is a credential for that request: one read from a log could be sent again. Whether the request holds
 * secrets stays `mask`'s: the key and the seal are in every request.
 */
export function withholding(mask: SecretMasker, texts: readonly string[]): SecretMasker {
  // Read only when a text is masked: an error with no text to mask pays for this closure alone.
  let pattern: SecretPattern | null | undefined;
  let forms: readonly string[] | undefined;
  const masked = (text: string, cut = false): string => {
    if (text === "") return text;
    pattern ??= secretPattern((forms ??= jsonForms(texts)));
    const first = mask(text, cut);
    return pattern === null ? first : maskedText(first, pattern, SECRET_MASK, cut);
  };
  const quotesWithheld = (text: string): boolean => (forms ??= jsonForms(texts)).some((form) => text.includes(form));
  return Object.assign(masked, { holdsSecrets: mask.holdsSecrets, quotesWithheld });
}

/** Each text (none empty) as written and as JSON escapes it, where that differs: a page may quote the request's JSON. */
function jsonForms(texts: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const text of texts) addWithJsonForm(text, forms);
  return [...forms];
}

/** `text`, unless empty, into `forms`, and as JSON escapes it (a quote, a backslash, a control) where that differs. */
function addWithJsonForm(text: string, forms: Set<string>): void {
  if (text === "") return;
  forms.add(text).add(JSON.stringify(text).slice(1, -1));
}

/** The longest value an issue is checked for a secret in; a longer one is not shown where the request holds any. */
export const LONGEST_CHECKED_VALUE = 1000;

/**
 * A reply's issues without a value that holds a secret of the request: an issue whose `received` is a text or a
 * number that holds one is given without it, as a validator of a message with a secret field gives every issue
 * (withheld-values.ts): Sips may put a card number into a free text field of a reply whose fields are none of them
 * secret, and an issue goes whole into logs. Its path and code still tell what was wrong. A text longer than
 * LONGEST_CHECKED_VALUE (a reply that is one long JSON string) is not shown whenever the request holds a secret:
 * masking costs a text's length times the secrets', seconds for a megabyte; nor where it quotes the key or the
 * request's seal (a plain search). The list itself where none changes.
 */
export function withoutSecretValues(
  issues: readonly ValidationIssue[],
  mask: SecretMasker,
): readonly ValidationIssue[] {
  const holds = (issue: ValidationIssue): boolean => {
    const value = issue.received;
    if (typeof value !== "string" && typeof value !== "number") return false;
    const text = String(value);
    if (text.length > LONGEST_CHECKED_VALUE) return mask.holdsSecrets() || mask.quotesWithheld?.(text) === true;
    return mask(text) !== text;
  };
  const held = issues.map(holds);
  if (!held.includes(true)) return issues;
  return issues.map((issue, i) => (held[i] ? new Issue(issue.path, issue.code, issue.message) : issue));
}

/** The request's secret texts, as sent and as JSON escapes them where it does. */
function secretsOf(request: SecretFields, body: string): readonly string[] {
  const beyond = request.factsStop?.sensitive !== undefined;
  if (!beyond && !holdsSecret(request.fields)) return [];
  let sent: unknown;
  try {
    sent = JSON.parse(body);
  } catch {
    return [];
  }
  const found = new Set<string>();
  collect(request.fields, sent, beyond, found);
  return [...found];
}

/** The secrets of a message or container `value` whose fields are `fields`; `beyond`: an unknown field is one. */
function collect(fields: readonly FieldDescriptor[] | null, value: unknown, beyond: boolean, found: Set<string>): void {
  if (!isPlainObject(value)) return;
  for (const name of Object.keys(value)) {
    const field = fields?.find((f) => f.name === name);
    const held = value[name];
    if (field === undefined ? beyond : field.sensitive !== undefined) leaves(held, found);
    else if (field?.type === "container") collect(field.fields, held, false, found);
    else if (field?.type === "list" && Array.isArray(held) && field.items?.fields)
      for (const item of held) collect(field.items.fields, item, false, found);
  }
}

/** Every text and number in `value`, at any depth, as text (the JSON of a number is its String). */
function leaves(value: unknown, found: Set<string>): void {
  // A page that quotes the request's JSON quotes a value as JSON escapes it.
  if (typeof value === "string") addWithJsonForm(value, found);
  else if (typeof value === "number") found.add(String(value));
  else if (Array.isArray(value)) for (const item of value) leaves(item, found);
  else if (isPlainObject(value)) for (const key of Object.keys(value)) leaves(value[key], found);
}

/**
 * A failure with the request's secrets masked in its words: a `network` error's message quotes what a fetch of one's
 * own rejected with (or the status it gave), which may hold the request it was handed. Those words are cut to an
 * excerpt before this sees them: one that ends in "…" may end inside a secret, whose start is masked too.
 */
export function maskedFailure(error: ClientError, mask: SecretMasker): ClientError {
  if (error.kind !== "network") return error;
  const cut = error.message.endsWith("…");
  const message = cut ? `${mask(error.message.slice(0, -1), true)}…` : mask(error.message);
  return message === error.message ? error : { ...error, message };
}
