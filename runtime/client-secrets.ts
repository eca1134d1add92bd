// The secrets of the request a call sent, kept out of the reply's text. A
// proxy's, a firewall's or a server's error page may echo the request it
// received, card number and all, and a client error carries part of that page
// (an `http` error's body, a reply that is not JSON as an issue's `received`,
// a Location, the status a refused reply claims): each of those is masked
// before it goes into a result, which code logs whole.

import type { FieldDescriptor } from "./field-descriptor.js";
import { holdsSecret } from "./sensitive-fields.js";
import type { FactsStopDescriptor } from "./facts-stop.js";
import { isPlainObject } from "./message-reads.js";

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
export type SecretMasker = (text: string, cut?: boolean) => string;

/** Nothing to mask: a request without secrets, or a reply not read against one. */
export const MASK_NOTHING: SecretMasker = (text) => text;

/**
 * The masker of the request sent as `body` (its JSON, as sealed): every value of a field marked sensitive, at any
 * depth (containers and list items), and where its facts stop with a secret beyond them, every top-level field the
 * spec does not hold. Read only when a text is masked (an error's, rarely), and once; a request without a secret
 * is not parsed.
 */
export function secretMasker(request: SecretFields, body: string): SecretMasker {
  // Nothing read before a text is masked: a call that succeeds pays for this closure alone.
  let pattern: { readonly whole: RegExp; readonly end: RegExp } | null | undefined;
  return (text, cut = false) => {
    if (pattern === undefined) pattern = patternOf(secretsOf(request, body));
    if (pattern === null || text === "") return text;
    const masked = text.replace(pattern.whole, SECRET_MASK);
    return cut ? masked.replace(pattern.end, SECRET_MASK) : masked;
  };
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
  if (typeof value === "string") {
    if (value === "") return;
    found.add(value);
    // A page that quotes the request's JSON quotes a value as JSON escapes it (a quote, a backslash, a control).
    const escaped = JSON.stringify(value).slice(1, -1);
    if (escaped !== value) found.add(escaped);
  } else if (typeof value === "number") found.add(String(value));
  else if (Array.isArray(value)) for (const item of value) leaves(item, found);
  else if (isPlainObject(value)) for (const key of Object.keys(value)) leaves(value[key], found);
}

/**
 * One expression for every secret, the longest first (so that a secret within another is not matched instead of
 * it), and one for the start of a secret at the text's end. A secret of letters and digits matches with a space or
 * a dash between any two of its characters too, as a page may print a card number or an IBAN in groups.
 */
function patternOf(secrets: readonly string[]): { readonly whole: RegExp; readonly end: RegExp } | null {
  if (secrets.length === 0) return null;
  const sorted = [...secrets].sort((a, b) => b.length - a.length);
  const units = sorted.map(unitsOf);
  const whole = units.map((u) => u.join(""));
  // "a(?:b(?:c)?)?$": the text ends with the first one, two or more units of a secret (all of them: a secret whole);
  // a grouped secret's start may end with its separator, the cut falling between a group and the next.
  const end = units.map(
    (u, i) =>
      `${u.reduceRight((rest, unit) => `${unit}(?:${rest})?`)}${isGrouped(sorted[i] as string) ? SEPARATOR : ""}`,
  );
  return { whole: new RegExp(whole.join("|"), "g"), end: new RegExp(`(?:${end.join("|")})$`) };
}

/**
 * Whether a secret may be printed in groups: one of letters and digits, as a card number is in groups of four
 * digits and an IBAN in groups of four characters ("FR76 3000 6000 ...", its printed form).
 */
const isGrouped = (secret: string): boolean => /^[A-Za-z0-9]+$/.test(secret);

/** What may stand between two groups of a grouped secret: a space or a dash, or nothing. */
const SEPARATOR = "[ -]?";

/** A secret's characters as expressions: each escaped; a character of a grouped secret may follow a separator. */
function unitsOf(secret: string): string[] {
  const grouped = isGrouped(secret);
  return Array.from(secret, (c, i) =>
    grouped ? (i === 0 ? c : `${SEPARATOR}${c}`) : c.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&"),
  );
}
