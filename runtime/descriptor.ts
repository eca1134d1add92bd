// The shape of the `operations` registry: what generic tools (a client, a mock
// server, documentation) can rely on for every operation.

import type { FactsStopDescriptor } from "./facts-stop.js";
import type { FieldDescriptor } from "./field-descriptor.js";
import type { SealAlgorithmName, Unsealed } from "./seal.js";
import type { ValidateOptions, ValidationResult } from "./validation-types.js";

export * from "./field-descriptor.js";
// Of the addresses, only the type users write a base URL with: the helpers that pick an address are the runtime's own.
export type { BaseUrl, UrlObject } from "./operation-addresses.js";

/**
 * How a message travels: `json`, a JSON object sealed by the platform's seal
 * rule (its `seal` field over the sealing string); `data`, the `Data` string of
 * the POST interface (`key=value` pairs joined by `|`), sealed by the form's
 * `Seal` over `Data` exactly as posted (see `decodePaypagePost`).
 */
export type Encoding = "json" | "data";

/**
 * A JSON message of an operation (its request or response) as the `operations` registry describes it: its
 * fields and seal order, and the functions that validate, seal and verify it.
 */
export interface MessageDescriptor<T> {
  /** Name of the TypeScript type. */
  readonly name: string;
  /** A JSON message: `seal`, `verify` and `sealingString` apply. */
  readonly encoding: "json";
  /**
   * Where the spec's saved facts of the message stop before its page does:
   * `validate` then reports a field it does not know as a warning naming the
   * gap (an error with `strict`). Null when the spec holds what the page documents.
   */
  readonly factsStop: FactsStopDescriptor | null;
  /** The interface prefix of its operation, e.g. "AB_CD_". */
  readonly interfacePrefix: string;
  /** Every field of the message, in spec order. */
  readonly fields: readonly FieldDescriptor[];
  /** Fields that enter the sealing string, in sealing order. */
  readonly sealFields: readonly string[];
  /**
   * Checks a message, collecting every problem as `{ path, code, message }`
   * with `path` a JSON Pointer. Never throws, whatever `value` is.
   */
  readonly validate: (value: unknown, options?: ValidateOptions) => ValidationResult<T>;
  /**
   * Whether `value` is a valid message (see `validate`). A response's shape alone, never its seal: narrowed, it
   * is trusted no more than before `verify`.
   */
  readonly is: (value: unknown, options?: ValidateOptions) => value is T;
  /** The string the seal is computed over: the values of the sealed fields, in `sealFields` order. */
  readonly sealingString: (message: Unsealed<T>) => string;
  /**
   * The seal of a message: with `algorithm`, else the algorithm the message
   * names, else the default one.
   *
   * @throws TypeError when the message is not an object, names an unknown algorithm,
   * contains a cycle or cannot be read (a getter, a Proxy trap or a toJSON that throws:
   * its error is the TypeError's `cause`), or the key or `algorithm` is invalid (the key
   * is never shown).
   */
  readonly seal: (message: Unsealed<T>, secretKey: string, algorithm?: SealAlgorithmName) => string;
  /**
   * Whether the message's seal is right for its content and `secretKey`,
   * compared in constant time: false, never an exception, for a missing or
   * malformed seal, an unknown algorithm named by the message, or a message that
   * cannot be read. Without `algorithm` the algorithm the message names is
   * accepted: pass the one you use to refuse any other.
   *
   * @throws TypeError when the key is not a non-empty string with no lone surrogate or `algorithm` is unknown
   * (the key is never shown).
   */
  readonly verify: (message: Unsealed<T>, secretKey: string, algorithm?: SealAlgorithmName) => boolean;
}

/**
 * A message Sips sends to the shop at addresses the request gives (a Paypage
 * response, posted to normalReturnUrl and automaticResponseUrl). With the
 * `data` encoding it has no JSON seal: its seal is the form's `Seal` over
 * `Data` as posted, which the generated decoder verifies before reading
 * anything; so it offers no `seal`, `verify` or `sealingString`.
 */
export interface CallbackDescriptor<T> {
  /** Name of the TypeScript type. */
  readonly name: string;
  readonly summary: string;
  readonly encoding: Encoding;
  /** How it is sealed: "data" (the form's Seal over Data as posted) or "json" (the platform's seal rule). */
  readonly seal: Encoding;
  readonly fields: readonly FieldDescriptor[];
  readonly factsStop: FactsStopDescriptor | null;
  /**
   * Checks decoded fields as a response (forward compatible unless `strict`). Never throws. It verifies no seal:
   * what Sips posts is read with the operation's decoder (`decodePaypageResponse`), which verifies it first. No
   * guard (`is`): narrowing fields read from a post would trust them.
   */
  readonly validate: (value: unknown, options?: ValidateOptions) => ValidationResult<T>;
}

/**
 * The response field that carries an operation's status, and the codes that
 * mean accepted, format error and signature (seal) error: each null when no
 * public source says which it is.
 */
export interface StatusDescriptor {
  readonly field: string;
  /** The response field with the text that comes with the code, if any. */
  readonly messageField: string | null;
  /**
   * The response field that names the request field in error when the code is `formatError` (errorFieldName),
   * if the response has one.
   */
  readonly errorField: string | null;
  readonly accepted: string | null;
  readonly formatError: string | null;
  readonly signatureError: string | null;
  /**
   * The status field's example, named first among its codes where a text names them (value-list-text.ts,
   * exampleFirst), as its validator names them; null where the field has none. Absent, none is put first.
   */
  readonly example?: string | null | undefined;
}

/** An environment's addresses, by kind, as the documentation gives them. */
export interface EndpointAddresses {
  /** The JSON API's address: where the client posts. */
  readonly json?: string;
  /** The address of the HTML form a browser posts (Paypage). */
  readonly post?: string;
  readonly soap?: string;
}

/**
 * One Sips operation: where it is, how its messages are checked and sealed.
 * `Environment` names the environments with a JSON address (`"prod" | "test"`),
 * so that an environment the operation lacks is a compile error.
 */
export interface OperationDescriptor<
  Request,
  Response,
  Environment extends string = string,
  Callback = unknown,
  Recommended extends string | null = string | null,
  Status extends StatusDescriptor | null = StatusDescriptor | null,
> {
  /** The operation's name as Sips spells it, and its key in `operations`. */
  readonly name: string;
  /** What it does, as the documentation puts it. */
  readonly summary: string;
  /** The product family (In-App, Office, ...); null when the spec gives none. */
  readonly family: string | null;
  /**
   * What a call does at Sips: `"reads"` (it only reads, so it may be sent again after any failure but
   * `invalid-request`) or `"changes"` (it changes something, an initialization opening a session counts:
   * after a failure with `sent: "maybe"` or `"yes"`, find out what became of the first before sending it again).
   */
  readonly effect: "reads" | "changes";
  readonly method: "POST";
  /** The JSON address of the operation in each environment that has one ("prod", "test", "simu"...). */
  readonly endpoints: { readonly [E in Environment]: string };
  /** Every address the documentation gives, by environment and kind. */
  readonly addresses: { readonly [environment: string]: EndpointAddresses };
  readonly interfaceVersion: {
    /** The interface prefix of the JSON messages. */
    readonly prefix: string;
    /**
     * The recommended interfaceVersion for `prefix` (null when none is publicly documented). Typed as the
     * literal it is (`Recommended`), so that it fits the client's `interfaceVersions` without a cast.
     */
    readonly recommended: Recommended;
    /** Every recommended version the documentation gives, by interface prefix ("HP_" for the Paypage form). */
    readonly recommendedByPrefix: { readonly [prefix: string]: string };
    /**
     * The prefix of the POST interface's versions ("HP_"), the only ones a POST form's `InterfaceVersion` may name:
     * Paypage refuses a form that names the JSON interface's. Null when the operation has no POST interface (the
     * documentation recommends a version of no other interface beside `prefix`, or of more than one, so that none
     * can be told to be the POST interface's).
     */
    readonly postPrefix: string | null;
  };
  /**
   * Where the response says how the request went; null when the spec does not say. Typed as the operation has
   * it (`Status`: `StatusDescriptor` or `null`), so that `operations.cancel.status.field` needs no check.
   */
  readonly status: Status;
  /** The request: its fields, validation and seal. */
  readonly request: MessageDescriptor<Request>;
  /** The response: its fields, validation and seal verification. */
  readonly response: MessageDescriptor<Response>;
  /** The message Sips sends back at addresses the request gives; null when the operation has none. */
  readonly callback: CallbackDescriptor<Callback> | null;
}
