// Generated from spec/sips.yaml by `npm run generate`. Do not edit.

// Shared by every generated validator: the result and issue types, and the
// helpers that build issues. Validators never throw, whatever the input.

/** What went wrong, as a stable code that programs can switch on. */
export type ValidationCode =
  /** The value is not a plain JSON object. */
  | "not-an-object"
  /** A required field is absent. */
  | "required"
  /** A field has the wrong JSON type. */
  | "type"
  /** A field the message does not have (a warning in responses unless strict). */
  | "unknown-field"
  /** A value outside the field's value list (a warning in responses unless strict). */
  | "unknown-value"
  /** An interfaceVersion without the operation's prefix and a version number. */
  | "interface-version"
  /** A field that appeared in a later interface version than the one declared or pinned. */
  | "version"
  /** A value with characters its Sips format does not admit (N, A, AN, ANS, ANU, ANSU). */
  | "format"
  /** A value longer than its Sips format admits. */
  | "max-length"
  /** The value could not be read: a getter or proxy threw. */
  | "unreadable";

/** One problem found in a message. */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) to the value concerned: "" for the message itself, "/someField" for a field, "/someList/0/someField" inside a list. */
  readonly path: string;
  readonly code: ValidationCode;
  /** For people; its wording may change, the code does not. */
  readonly message: string;
}

export interface ValidateOptions {
  /**
   * Responses only: refuse unknown fields, unknown values of a value list,
   * format deviations and fields newer than `interfaceVersion` instead of
   * reporting them as warnings. Requests are always strict.
   */
  readonly strict?: boolean;
  /**
   * Validate as for this interface version ("IR_MB_2.30", or just "2.30")
   * instead of the one a request declares: a field that appeared in a later
   * version is then reported.
   */
  readonly interfaceVersion?: string;
}

/** Where the checks of one validation put what they find; passed down to the container checks. */
export interface CheckContext {
  readonly errors: ValidationIssue[];
  /**
   * Forward-compatible problems (unknown fields and values, format deviations,
   * fields newer than the version): errors in requests and strict responses,
   * warnings otherwise.
   */
  readonly lenient: ValidationIssue[];
  /** The interface version checked against, as major * 10000 + minor; -1 when there is none. */
  readonly version: number;
  /** Where that version comes from, for messages: "the request declares IR_MB_2.30". */
  readonly versionSource: string;
}

/** "IR_MB_2.30" (with its prefix) or "2.30" as major * 10000 + minor; -1 when malformed (leading zeros included). */
export function versionNumber(text: string, prefix: string): number {
  const match = /^(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/.exec(text.startsWith(prefix) ? text.slice(prefix.length) : text);
  return match ? Number(match[1]) * 10000 + Number(match[2]) : -1;
}

/**
 * The context of one validation: the interface version is the pinned one
 * (options.interfaceVersion), else the one the message declares, else none.
 */
export function checkContext(
  errors: ValidationIssue[],
  lenient: ValidationIssue[],
  declared: unknown,
  options: ValidateOptions,
  prefix: string,
  kind: string,
): CheckContext {
  const pinned: unknown = options.interfaceVersion;
  if (pinned !== undefined) {
    const version = typeof pinned === "string" ? versionNumber(pinned, prefix) : -1;
    if (version < 0) {
      errors.push(
        issue(
          "",
          "interface-version",
          `options.interfaceVersion must be ${prefix} followed by a version number, got ${describe(pinned)}`,
        ),
      );
    }
    return { errors, lenient, version, versionSource: `validation is pinned to ${String(pinned)}` };
  }
  if (typeof declared === "string" && declared.startsWith(prefix)) {
    return {
      errors,
      lenient,
      version: versionNumber(declared, prefix),
      versionSource: `the ${kind} declares ${declared}`,
    };
  }
  return { errors, lenient, version: -1, versionSource: "" };
}

export const tooNew = (path: string, since: string, ctx: CheckContext): ValidationIssue =>
  issue(path, "version", `appeared in interface version ${since}, but ${ctx.versionSource}`);

/** The Sips character classes. */
const FORMATS = {
  N: { pattern: /^[0-9]*$/, words: "digits" },
  A: { pattern: /^[A-Za-z]*$/, words: "letters" },
  AN: { pattern: /^[A-Za-z0-9]*$/, words: "letters and digits" },
  ANS: { pattern: /^[\x20-\x7E]*$/, words: "printable ASCII characters" },
  ANU: { pattern: /^[\p{L}\p{N}]*$/u, words: "letters and digits, Unicode included" },
  ANSU: { pattern: /^[^\p{Cc}]*$/u, words: "any characters but control characters" },
} as const;

export type FormatClass = keyof typeof FORMATS;

/** Length in characters (code points), as Sips counts it. */
function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A text against a Sips format such as AN35: its characters, then its length. Null when it conforms. */
export function textFormatIssue(
  path: string,
  value: string,
  charClass: FormatClass,
  maxLength: number,
): ValidationIssue | null {
  const format = FORMATS[charClass];
  if (!format.pattern.test(value))
    return issue(path, "format", `must hold only ${format.words} (${charClass}${maxLength}), got ${describe(value)}`);
  const length = value.length > maxLength ? characters(value) : value.length;
  if (length > maxLength)
    return issue(
      path,
      "max-length",
      `must be at most ${maxLength} characters (${charClass}${maxLength}), got ${length}`,
    );
  return null;
}

/** An integer against a numeric format such as N12: not negative, at most that many digits. */
export function integerFormatIssue(path: string, value: number, maxLength: number): ValidationIssue | null {
  if (value < 0) return issue(path, "format", `must not be negative (N${maxLength}), got ${describe(value)}`);
  // Compared as numbers: String(1e21) is "1e+21", five characters.
  if (value >= 10 ** maxLength)
    return issue(path, "max-length", `must have at most ${maxLength} digits (N${maxLength}), got ${describe(value)}`);
  return null;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly errors: readonly ValidationIssue[]; readonly warnings: readonly ValidationIssue[] };

const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

/** A plain object: `{}` or `Object.create(null)`, not an array, a class instance or a primitive. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Appends a key to a JSON Pointer, escaping "~" and "/". */
export function pointer(parent: string, key: string | number): string {
  const text = String(key);
  return `${parent}/${text.includes("~") || text.includes("/") ? text.replaceAll("~", "~0").replaceAll("/", "~1") : text}`;
}

const MAX_SHOWN = 40;

/** A short, safe description of a value for messages: never the whole of a long string. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return value.length > MAX_SHOWN
        ? `${JSON.stringify(value.slice(0, MAX_SHOWN))}… (${value.length} characters)`
        : JSON.stringify(value);
    case "number":
    case "boolean":
    case "bigint":
      return `${typeof value} ${String(value)}`;
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

export const issue = (path: string, code: ValidationCode, message: string): ValidationIssue => ({
  path,
  code,
  message,
});

export const notAnObject = (path: string, value: unknown): ValidationIssue =>
  issue(path, "not-an-object", `must be a plain JSON object, got ${describe(value)}`);

export const missingField = (path: string): ValidationIssue => issue(path, "required", "is required");

export const wrongType = (path: string, expected: string, value: unknown): ValidationIssue =>
  issue(path, "type", `must be ${expected}, got ${describe(value)}`);

export const unknownField = (path: string): ValidationIssue =>
  issue(path, "unknown-field", "is not a field of this message");

export const unknownValue = (path: string, value: string, listName: string): ValidationIssue =>
  issue(path, "unknown-value", `${describe(value)} is not a value of ${listName}`);

export const unreadable = (): ValidationIssue =>
  issue("", "unreadable", "could not be read (a property getter or proxy threw)");

/** Turns collected issues into the result; `value` is returned as is, never copied. */
export function result<T>(value: unknown, errors: ValidationIssue[], warnings: ValidationIssue[]): ValidationResult<T> {
  const shownWarnings = warnings.length === 0 ? NO_ISSUES : warnings;
  return errors.length === 0
    ? { ok: true, value: value as T, warnings: shownWarnings }
    : { ok: false, errors, warnings: shownWarnings };
}
