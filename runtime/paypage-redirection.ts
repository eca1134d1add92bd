// Taking the buyer to Paypage after a JSON initialization: the form that
// carries the reply's redirection fields (redirectionUrl, redirectionVersion,
// redirectionData), which `renderPaypageAutoPost` turns into a page.

import type { ValueDescriptor } from "./field-descriptor.js";
import { describe, describeKind, namedIssues } from "./issue-format.js";
import { problems, unreadable } from "./issues.js";
import type { PaypageIssue } from "./paypage-issue.js";
import { isPaypageFormAction, type PaypageForm, type PaypageFormField } from "./paypage-request.js";
import { pointer } from "./json-pointer.js";
import { isPlainObject } from "./message-reads.js";
import { unlistedStatus } from "./status-value.js";

/**
 * The reply's status field and the code that says the initialization
 * succeeded: a reply with another code is refused, its code named with its
 * meaning in `values` (the field's value list, as the `operations` registry
 * gives it) and the message the reply gives with it (`messageField`).
 */
export interface RedirectionStatusNames {
  readonly field: string;
  readonly accepted: string;
  readonly messageField?: string | undefined;
  readonly values?: readonly ValueDescriptor[] | undefined;
  /** The field's example, named first among `values` (as its validator names them): the registry's status's. */
  readonly example?: string | null | undefined;
}

/** Which fields of an initialization reply hold the URL to post to, which are posted, and which tells it succeeded. */
export interface RedirectionFieldNames {
  readonly url: string;
  readonly posted: readonly string[];
  /** Absent: the reply is taken as accepted, its status checked before. */
  readonly status?: RedirectionStatusNames | undefined;
}

/**
 * The fields of a Paypage initialization reply (a JSON initialization with a
 * POST form address and a callback), as Worldline's samples post them. Its
 * status names no values: the package's `PAYPAGE_REDIRECTION_FIELDS` is this
 * with its operation's status and value list (`redirectionFieldsOf`).
 */
export const REDIRECTION_FIELDS: RedirectionFieldNames = Object.freeze({
  url: "redirectionUrl",
  posted: Object.freeze(["redirectionVersion", "redirectionData"]),
  status: Object.freeze({ field: "redirectionStatusCode", accepted: "00", messageField: "redirectionStatusMessage" }),
});

/**
 * `REDIRECTION_FIELDS` with the status of the operation's reply as the spec
 * gives it, with the status field's value list in `values`: a refused code is
 * then quoted with its meaning, as any other text of the package quotes a
 * listed value. Null: `REDIRECTION_FIELDS` as it is.
 */
export function redirectionFieldsOf(status: RedirectionStatusNames | null): RedirectionFieldNames {
  return status === null ? REDIRECTION_FIELDS : Object.freeze({ ...REDIRECTION_FIELDS, status: Object.freeze(status) });
}

/** Why `paypageRedirectionForm` cannot take the buyer to Paypage with a reply. */
export interface PaypageRedirectionError {
  /** The reply cannot take the buyer to Paypage: not an object, a status other than the accepted one, or a redirection field missing. */
  readonly kind: "invalid-reply";
  /** What failed, for people. */
  readonly message: string;
  /** Each problem of the reply (a refused status with its code and what it means). */
  readonly issues: readonly PaypageIssue[];
}

/** What `paypageRedirectionForm` gives: the form the buyer's browser posts to Paypage, or why the reply cannot give one. */
export type PaypageRedirectionResult =
  | {
      readonly ok: true;
      /** The form for the buyer's browser to post to Paypage: `renderPaypageAutoPost` writes a page that posts it. */
      readonly form: PaypageForm;
    }
  | {
      readonly ok: false;
      /** Why the reply cannot be posted. */
      readonly error: PaypageRedirectionError;
    };

/**
 * The form that takes the buyer to Paypage after a JSON initialization: the
 * reply's URL as action, its other redirection fields posted. The reply must
 * have been verified (its seal) before: this only reads it. A reply whose
 * status is not the accepted one is refused (Paypage cannot work from a failed
 * initialization), with its code and, when `names.status.values` lists it, what it means. Never throws: a reply
 * without these fields says which.
 */
export function redirectionForm(reply: unknown, names: RedirectionFieldNames): PaypageRedirectionResult {
  const issues: PaypageIssue[] = [];
  let action = "";
  const fields: PaypageFormField[] = [];
  try {
    // Named by its kind alone: a reply the package cannot read may hold anything (a page, a token), and an issue's
    // message ends up in logs.
    if (!isPlainObject(reply))
      return invalidReply([
        { path: "", code: "not-an-object", message: `must be a plain JSON object, got ${describeKind(reply)}` },
      ]);
    const read = (name: string): unknown => (Object.hasOwn(reply, name) ? reply[name] : undefined);
    if (names.status !== undefined) {
      const refused = statusIssue(names.status, read);
      if (refused !== null) return invalidReply([refused]);
    }
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

/** The issue of a reply whose status is not the accepted one, null for an accepted one. */
function statusIssue(status: RedirectionStatusNames, read: (name: string) => unknown): PaypageIssue | null {
  const code = read(status.field);
  if (code === status.accepted) return null;
  const listed = status.values?.find((v) => v.value === code);
  const meanings = listed?.meanings ?? [];
  const message = status.messageField === undefined ? undefined : read(status.messageField);
  return {
    path: pointer("", status.field),
    code: code === undefined ? "required" : "not-accepted",
    message: [
      // A code the field's list holds is quoted; any other (one this release does not know, a value sent in the
      // wrong field) by its kind and length after the codes the field takes, as the client tells a claimed status.
      `must be ${JSON.stringify(status.accepted)} (the initialization accepted), got ${gotText(status, listed, code)}`,
      ...(meanings.length > 0 ? [`: ${meanings.join("; ")}`] : []),
      ...(typeof message === "string" && message !== "" ? [` (the reply says ${describe(message)})`] : []),
    ].join(""),
  };
}

/** The code a refused reply gives: quoted where its field's list holds it, absent as such, else as unlistedStatus says it. */
function gotText(status: RedirectionStatusNames, listed: ValueDescriptor | undefined, code: unknown): string {
  if (listed !== undefined) return describe(code);
  return code === undefined
    ? describeKind(code)
    : unlistedStatus(status.values ?? [], describeKind(code), status.example);
}

function invalidReply(issues: readonly PaypageIssue[]): { ok: false; error: PaypageRedirectionError } {
  return {
    ok: false,
    error: {
      kind: "invalid-reply",
      message: `the reply cannot be posted to Paypage (${problems(issues.length)})${namedIssues(issues)}`,
      issues,
    },
  };
}
