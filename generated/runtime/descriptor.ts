// Generated from spec/sips.yaml by `npm run generate`. Do not edit.

// The shape of the `operations` registry: what generic tools (a client, a mock
// server, documentation) can rely on for every operation.

import type { SealAlgorithmName, Unsealed } from "./seal.js";
import type { ValidateOptions, ValidationResult } from "./validation.js";
import type { ValueDescriptor } from "../value-lists.js";

export type Presence = "required" | "optional" | "conditional";

export type FieldType = "string" | "integer" | "interfaceVersion";

export interface ValueListDescriptor {
  readonly name: string;
  /** exact: the field takes one of the values; prefix: the values are prefixes of the field's values. */
  readonly match: "exact" | "prefix";
  readonly values: readonly ValueDescriptor[];
}

export interface FieldDescriptor {
  readonly name: string;
  readonly presence: Presence;
  /** When a conditional field must be present, as the documentation puts it. */
  readonly condition: string | null;
  /** Interface version in which the field appeared, e.g. "2.37". */
  readonly since: string;
  readonly type: FieldType;
  readonly description: string;
  readonly valueList: ValueListDescriptor | null;
}

export interface MessageDescriptor<T> {
  /** Name of the TypeScript type. */
  readonly name: string;
  readonly fields: readonly FieldDescriptor[];
  /** Fields that enter the sealing string, in sealing order. */
  readonly sealFields: readonly string[];
  /** Checks a message; never throws. */
  readonly validate: (value: unknown, options?: ValidateOptions) => ValidationResult<T>;
  readonly is: (value: unknown, options?: ValidateOptions) => value is T;
  readonly sealingString: (message: Unsealed<T>) => string;
  readonly seal: (message: Unsealed<T>, secretKey: string, algorithm?: SealAlgorithmName) => string;
  /** Constant-time check of the message's seal; false for a missing or malformed seal. */
  readonly verify: (message: Unsealed<T>, secretKey: string, algorithm?: SealAlgorithmName) => boolean;
}

export interface OperationDescriptor<Request, Response> {
  readonly name: string;
  readonly summary: string;
  readonly family: string | null;
  readonly method: "POST";
  readonly endpoints: { readonly prod: string; readonly test: string };
  readonly interfaceVersion: { readonly prefix: string; readonly recommended: string };
  readonly request: MessageDescriptor<Request>;
  readonly response: MessageDescriptor<Response>;
}
