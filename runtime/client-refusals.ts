// The results of a call refused before anything is sent: options or a
// configuration that cannot be read, and an invalid request.

import type { ClientError } from "./client-error.js";
import { UNREADABLE_CONFIG_TEXT } from "./client-config-read.js";
import { namedIssues } from "./issue-format.js";
import { problems, UNREADABLE_OPTIONS_TEXT } from "./issues.js";
import type { ValidationIssue } from "./validation-types.js";

/** A call's result when it is refused: the failure of every `ClientResult` (client.ts, which imports this file). */
export type RefusedCall = { readonly ok: false; readonly error: ClientError };

/** The result of options whose getter or proxy throws, the signal's members included: nothing is sent. */
export const unreadableOptionsResult = (): RefusedCall => ({
  ok: false,
  error: { kind: "invalid-request", message: UNREADABLE_OPTIONS_TEXT, sent: "no", issues: [], warnings: [] },
});
/** The result of a configuration whose getter or proxy throws: nothing is sent. */
export const unreadableConfigResult = (): RefusedCall => ({
  ok: false,
  error: { kind: "invalid-request", message: UNREADABLE_CONFIG_TEXT, sent: "no", issues: [], warnings: [] },
});

/** A request refused before it is sent: its issues, and the warnings validation gave. */
export function invalidRequestResult(
  issues: readonly ValidationIssue[],
  warnings: readonly ValidationIssue[],
): RefusedCall {
  return {
    ok: false,
    error: {
      kind: "invalid-request",
      message: `the request is invalid (${problems(issues.length)}); it was not sent${namedIssues(issues)}`,
      sent: "no",
      issues,
      warnings,
    },
  };
}
