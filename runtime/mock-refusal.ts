// How the mock refuses a request: with the operation's documented code and its
// meaning, sealed, or HTTP 400 with the reason where no public source gives the
// code. What to send, not the sending: mock-answer.ts sends it.

import type { OperationDescriptor } from "./descriptor.js";
import { formatIssue } from "./issue-format.js";
import type { MockMessage } from "./mock-operation.js";
import { SEAL_FIELD } from "./platform.js";
import type { SealAlgorithmName } from "./seal.js";
import { meaningFor, statusValue } from "./status-value.js";
import type { ValidationIssue } from "./validation-types.js";

/** A JSON answer: its HTTP status and body. */
export interface MockAnswer {
  readonly status: number;
  readonly body: MockMessage;
}

/**
 * The answer to a request refused for its format (`errors`, its validation's), sealed with `secretKey` (unsealed
 * without one), its issues for people. Where the operation's status names an error field (errorFieldName), it holds
 * the first field in error.
 */
export function mockFormatRefusal(
  operation: OperationDescriptor<unknown, unknown>,
  secretKey: string | null,
  algorithm: SealAlgorithmName | undefined,
  errors: readonly ValidationIssue[],
): MockAnswer {
  const errorField = operation.status?.errorField;
  const named = errorField ? fieldOf(errors) : undefined;
  const more: MockMessage = errorField && named !== undefined ? { [errorField]: named } : {};
  return mockRefusal(
    operation,
    "formatError",
    secretKey,
    algorithm,
    {
      error: "the request is invalid",
      // For people: each message with its value described, the values themselves not echoed.
      issues: errors.map((i) => ({ path: i.path, code: i.code, message: formatIssue(i) })),
    },
    more,
  );
}

/**
 * The request field of the first issue at a field: its path's first key, "~1" and "~0" read back as "/" and "~"
 * (RFC 6901); undefined when every issue is about the message itself (path "").
 */
function fieldOf(errors: readonly ValidationIssue[]): string | undefined {
  const path = errors.find((issue) => issue.path !== "")?.path;
  return path?.slice(1).split("/")[0]?.replaceAll("~1", "/").replaceAll("~0", "~");
}

/**
 * The answer to a refused request: the operation's documented code with its meaning and `more` fields, sealed
 * (unsealed without a key); HTTP 400 with the reason when no public source gives the code.
 */
export function mockRefusal(
  operation: OperationDescriptor<unknown, unknown>,
  which: "formatError" | "signatureError",
  secretKey: string | null,
  algorithm: SealAlgorithmName | undefined,
  undocumented: MockMessage,
  more: MockMessage = {},
): MockAnswer {
  const status = operation.status;
  const code = status?.[which];
  if (!status || !code) return { status: 400, body: undocumented };
  const meaning = meaningFor(statusValue(status, operation.response.fields, code), operation.name);
  const reply: MockMessage = { [status.field]: code, ...more };
  if (status.messageField !== null && meaning !== undefined) reply[status.messageField] = meaning;
  if (secretKey !== null) reply[SEAL_FIELD] = operation.response.seal(reply as never, secretKey, algorithm);
  return { status: 200, body: reply };
}
