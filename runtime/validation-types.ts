// What a generated validator takes and gives, as a program reads it: the codes
// of its issues, an issue, the options and the result. Types alone, apart from
// the constants that make the results (validation.ts).

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
  /** An interfaceVersion without the operation's prefix and a version number, or earlier than the lowest its values give. */
  | "interface-version"
  /** A field that appeared in a later interface version than the one declared or pinned. */
  | "version"
  /** A value with characters its Sips format does not admit (N, A, AN, ANS, ANU, ANSU). */
  | "format"
  /** A value longer than its Sips format admits. */
  | "max-length"
  /** The value could not be read: a getter or proxy threw. */
  | "unreadable";

/**
 * One problem found in a message. `formatIssue` renders it for people, with
 * the value received described ("/keyVersion must be an integer, got "1"").
 */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) to the value concerned: "" for the message itself, "/someField" for a field, "/someList/0/someField" inside a list. */
  readonly path: string;
  /** What check failed ("required", "type", "format", "unknown-field"...): stable, for code to test. */
  readonly code: ValidationCode;
  /**
   * What was expected, for people ("must be a string", "must be one of the
   * SealAlgorithm values (HMAC-SHA-256, HMAC-SHA-512, SHA-256)": a list's values
   * are the spec's own and named, a long list's by a few and a count): the same
   * text for every value of a check, the value itself in `received`. Its
   * wording may change, the code does not.
   */
  readonly message: string;
  /**
   * The offending value, as the message holds it (never a copy or a
   * description): a known field's wrong value, the message itself at path "".
   * Only a value that holds no properties (text, a number, a boolean, null):
   * an object or a list (a container, a message that is not a plain object, a
   * list too long) may hold names the spec does not know. Absent when there is
   * no such value to show (a missing field, a message that could not be read,
   * a malformed `options.interfaceVersion`, an object or a list), in every
   * unknown field's issue (the spec cannot say such a value is no card number:
   * read it from the message, at the issue's path, where it is wanted),
   * and in every issue of a message that holds a field carrying a secret of
   * the buyer, such as a card number (its validator's doc comment says so:
   * any value could be the secret); it may be `undefined` itself (a list item).
   * It only ever holds what the message holds: never a key or an option.
   * From a message parsed from JSON it is text, a number, a boolean or null;
   * from one built in code it may be a BigInt or a symbol, and serializing the
   * issue then fails as serializing the message would: `formatIssue` never does.
   */
  readonly received?: unknown;
  /**
   * In an unknown field's issue, the field of the message its name is one
   * slip of the keyboard away from (a character left out, doubled, swapped
   * with the next, or the name in another case), where exactly one is; in a
   * call's or a form's refusal under `strict`, the one field it is closest
   * to within a few edits, case aside (the package's rule of suggestions).
   * The message names it too. Absent in every other issue.
   */
  readonly meant?: string;
}

/**
 * Options of a validator (`validate…`, a descriptor's `validate` and `is`, a decoder's): whether a response's
 * leniencies are errors, and the interface version the fields are held to.
 */
export interface ValidateOptions {
  /**
   * In a response, refuse unknown fields, unknown values of a value list,
   * format deviations and fields newer than `interfaceVersion` instead of
   * reporting them as warnings. Requests are strict without it, but for a
   * request whose saved facts stop before its page (its descriptor's
   * `factsStop`): its unknown top-level fields are warnings unless `strict`
   * is set.
   */
  readonly strict?: boolean | undefined;
  /**
   * Validate as for this interface version (the prefix and a version such as 2.30, or just "2.30")
   * instead of the one a request declares: a field that appeared in a later
   * version is then reported.
   */
  readonly interfaceVersion?: string | undefined;
}

/** What a validator found: the message, typed, or every error, with the warnings either way. */
export type ValidationResult<T> =
  | {
      readonly ok: true;
      /** The message validated: the value given, not a copy. */
      readonly value: T;
      /**
       * What was let through unless strict: in a response, unknown fields and codes, format deviations and fields
       * newer than a pinned version; in a message whose saved facts stop before its page (a request too), a field
       * beyond them. Empty when none.
       */
      readonly warnings: readonly ValidationIssue[];
    }
  | {
      readonly ok: false;
      /** Every problem that refuses the message. */
      readonly errors: readonly ValidationIssue[];
      /** What was let through beside them; empty when none. */
      readonly warnings: readonly ValidationIssue[];
    };
