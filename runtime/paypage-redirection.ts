// Taking the buyer to Paypage after a JSON initialization: the form that
// carries the reply's redirection fields (redirectionUrl, redirectionVersion,
// redirectionData), which `renderPaypageAutoPost` turns into a page.

import { describe, problems, unreadable } from "./issues.js";
import type { PaypageIssue } from "./paypage-issue.js";
import { isPaypageFormAction, type PaypageForm, type PaypageFormField } from "./paypage-request.js";
import { pointer } from "./json-pointer.js";
import { isPlainObject } from "./validation.js";

/** Which fields of an initialization reply hold the URL to post to, and which are posted. */
export interface RedirectionFieldNames {
  readonly url: string;
  readonly posted: readonly string[];
}

/** The fields of a Paypage initialization reply (paymentWebInit, JSON), as Worldline's samples post them. */
export const PAYPAGE_REDIRECTION_FIELDS: RedirectionFieldNames = Object.freeze({
  url: "redirectionUrl",
  posted: Object.freeze(["redirectionVersion", "redirectionData"]),
});

export interface PaypageRedirectionError {
  readonly kind: "invalid-reply";
  readonly message: string;
  readonly issues: readonly PaypageIssue[];
}

export type PaypageRedirectionResult =
  { readonly ok: true; readonly form: PaypageForm } | { readonly ok: false; readonly error: PaypageRedirectionError };

/**
 * The form that takes the buyer to Paypage after a JSON initialization: the
 * reply's URL as action, its other redirection fields posted. The reply must
 * have been verified (its seal) and accepted (its status code) before: this
 * only reads it. Never throws: a reply without these fields says which.
 */
export function paypageRedirectionForm(
  reply: unknown,
  names: RedirectionFieldNames = PAYPAGE_REDIRECTION_FIELDS,
): PaypageRedirectionResult {
  const issues: PaypageIssue[] = [];
  let action = "";
  const fields: PaypageFormField[] = [];
  try {
    if (!isPlainObject(reply))
      return invalidReply([
        { path: "", code: "not-an-object", message: `must be a plain JSON object, got ${describe(reply)}` },
      ]);
    const read = (name: string): unknown => (Object.hasOwn(reply, name) ? reply[name] : undefined);
    const url = read(names.url);
    if (isPaypageFormAction(url)) action = url;
    else
      issues.push({
        path: pointer("", names.url),
        code: url === undefined ? "required" : "format",
        message: `must be an http(s) URL, got ${describe(url)}`,
      });
    for (const name of names.posted) {
      const value = read(name);
      if (typeof value === "string" && value !== "") fields.push({ name, value });
      else
        issues.push({
          path: pointer("", name),
          code: value === undefined ? "required" : "type",
          message: `must be a non-empty string, got ${describe(value)}`,
        });
    }
  } catch {
    return invalidReply([unreadable()]);
  }
  return issues.length > 0 ? invalidReply(issues) : { ok: true, form: { action, method: "POST", fields } };
}

function invalidReply(issues: readonly PaypageIssue[]): { ok: false; error: PaypageRedirectionError } {
  return {
    ok: false,
    error: {
      kind: "invalid-reply",
      message: `the reply cannot be posted to Paypage (${problems(issues.length)})`,
      issues,
    },
  };
}
