// An issue as people read it: formatIssue describes the value received
// (length-capped, never an exception) when a person reads the issue, never
// while validating (issues.ts).

import { textPrefix } from "./text-prefix.js";
import type { ValidationCode } from "./validation-types.js";

/** Strings longer than this are cut in messages. */
const MAX_SHOWN = 40;

/** A short, safe description of a value for messages: never the whole of a long string, never an exception. */
export function describe(value: unknown): string {
  switch (typeof value) {
    case "string":
      // The length in code points, as max-length counts it: an emoji is one character, not two UTF-16 units.
      return value.length > MAX_SHOWN
        ? `${quote(textPrefix(value, MAX_SHOWN))}… (${characters(value)} characters)`
        : quote(value);
    case "number":
      return `number ${value}`;
    case "boolean":
      return value ? "boolean true" : "boolean false";
    case "bigint":
      return `bigint ${value}`;
    case "undefined":
      return "undefined";
    case "symbol":
      return "symbol";
    default:
      // An object or a function.
      return value === null ? "null" : describeObject(value as object);
  }
}

/** An object or a function: Array.isArray throws on a revoked proxy. */
function describeObject(value: object): string {
  try {
    if (Array.isArray(value)) return "an array";
  } catch {
    return "an unreadable value";
  }
  return typeof value === "function" ? "function" : "an object";
}

/** A string as JSON writes it (lone surrogates escaped). */
const quote = (text: string): string => JSON.stringify(text);

/**
 * A value by its kind alone, for a value that may hold anything (a reply the package cannot read): its type, and a
 * text's length in characters or a list's in items, never a character of it. Never throws.
 */
export function describeKind(value: unknown): string {
  switch (typeof value) {
    case "string":
      return `a string of ${counted(characters(value), "character")}`;
    case "object":
      if (value === null) return "null";
      try {
        return Array.isArray(value) ? `an array of ${counted(value.length, "item")}` : "an object";
      } catch {
        return "an unreadable value";
      }
    case "undefined":
      return "undefined";
    default:
      // number, boolean, bigint, symbol, function: the article of each starts with a consonant.
      return `a ${typeof value}`;
  }
}

/**
 * What was given where a configuration (an object) was taken: its kind, and a string by that alone, not its
 * length: a key or a URL passed in the configuration's place is not for a log, nor is how long it is.
 */
export const configKind = (value: unknown): string => (typeof value === "string" ? "a string" : describeKind(value));

/** "1 item", "3 items". */
const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** Length in characters (code points), as Sips counts it. */
export function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * The issues whose rendering ends with the value received ("…, got number 7").
 * An unknown field is named by its path, a version issue by its message, and
 * neither shows its value.
 */
const SHOWS_RECEIVED: ReadonlySet<ValidationCode> = new Set<ValidationCode>([
  "not-an-object",
  "type",
  "unknown-value",
  "interface-version",
  "format",
  "max-length",
]);

/**
 * The issues whose value the spec does not know, rendered by its kind and length alone ({@link describeKind}): a
 * value outside its field's list, or a message that is not an object, may be anything (a card number sent in the
 * wrong field, a page), and a rendered issue ends up in logs. An unknown field's value is not rendered at all.
 */
const SHOWS_KIND_ONLY: ReadonlySet<ValidationCode> = new Set<ValidationCode>(["not-an-object", "unknown-value"]);

/**
 * What the rendering says of the value received: a value the spec does not know
 * by its kind, a text too long by its length in the unit of its limit, a list
 * too long by nothing (its length is in the message), anything else by {@link describe}.
 */
function shownValue(code: string, message: string, value: unknown): string | null {
  if (SHOWS_KIND_ONLY.has(code as ValidationCode)) return describeKind(value);
  if (code !== "max-length") return describe(value);
  if (typeof value === "string") return textLength(message, value);
  return typeof value === "number" ? describe(value) : null;
}

/**
 * The words of every limit counted in digits ("at most 12 digits"): an integer's format (formats.ts) and a number
 * of Data too long to be typed (paypage-integer-text.ts) write them with this, and {@link textLength} reads a
 * message's unit from them, so that the rendering counts digits exactly where a message says it counts them. An
 * issue carries no unit of its own: its shape is public, and a field for it would cost every invalid message.
 */
const AT_MOST = "at most";
const DIGITS = "digits";
export const atMostDigits = (count: number): string => `${AT_MOST} ${count} ${DIGITS}`;
/** A message that says its limit in digits, as {@link atMostDigits} words it. */
const DIGITS_LIMIT = new RegExp(`\\b${AT_MOST} \\d+ ${DIGITS}\\b`);

/**
 * A text too long, counted as its limit counts (the message says which): "13 digits" for an integer written as
 * text, its sign left out; "41 characters" (code points) for any other text. A bare count would not say what it counts.
 */
function textLength(message: string, text: string): string {
  if (!DIGITS_LIMIT.test(message)) return counted(characters(text), "character");
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  return counted(digits, "digit");
}

/**
 * An issue as people read it: its path (left out for the message itself), its
 * message and, where it tells what was wrong, a short description of the
 * value received ("/keyVersion must be an integer, got "1""): quoted for a
 * known field's value, by its kind and length for a value outside its field's
 * list or a message that is not an object ("got a string of 16 characters").
 * Never throws, whatever value was received.
 */
export function formatIssue(problem: {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly received?: unknown;
}): string {
  const value =
    "received" in problem && SHOWS_RECEIVED.has(problem.code as ValidationCode)
      ? shownValue(problem.code, problem.message, problem.received)
      : null;
  const text = value === null ? problem.message : `${problem.message}, got ${value}`;
  return problem.path === "" ? text : `${problem.path} ${text}`;
}

/** How many issues an error's message renders: the rest are in the error's `issues`, where code reads them all. */
const ISSUES_NAMED = 3;

/**
 * The end of an error's message: its first issues as {@link formatIssue} renders them, after a colon
 * (": /currencyCode must be one of the CurrencyCode values (978 for Euro, …), got a string of 2 characters"), so that a message
 * logged alone says what was wrong, not only how many things were; empty for no issue. The rendering quotes
 * only what every text of the package may quote.
 */
export function namedIssues(issues: readonly Parameters<typeof formatIssue>[0][]): string {
  if (issues.length === 0) return "";
  const named = issues.slice(0, ISSUES_NAMED).map(formatIssue);
  if (issues.length > ISSUES_NAMED) named.push(`and ${issues.length - ISSUES_NAMED} more`);
  return `: ${named.join("; ")}`;
}
