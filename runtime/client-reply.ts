// What a client makes of a reply: an HTTP error, a body that is not a sealed
// message, a seal that does not verify, a message that is not valid, or the
// verified response. The status a refused reply claims is reported as text,
// never trusted.

import type { OperationDescriptor, StatusDescriptor } from "./descriptor.js";
import type { SealAlgorithmName } from "./seal.js";
import { problems } from "./issues.js";
import { SEAL_FIELD } from "./platform.js";
import { isPlainObject, issueWith, NO_ISSUES, type ValidationIssue } from "./validation.js";

/** Why a call failed; `kind` says what happened, `message` says it for people. */
export type ClientError =
  /** The request fails validation: it was not sent. `issues` refuse it, `warnings` are what validation let through. */
  | {
      /** The request fails validation, or the operation has no address in the environment: nothing was sent. */
      readonly kind: "invalid-request";
      /** What failed, for people; never the secret key. */
      readonly message: string;
      /** The problems that refuse the request (what the validator's `errors` are). */
      readonly issues: readonly ValidationIssue[];
      /** What validation let through beside them (a field beyond the spec's facts); empty when there is none. */
      readonly warnings: readonly ValidationIssue[];
    }
  /**
   * The server answered with an HTTP status other than 2xx (a redirect among them: it is not followed), whatever
   * the length of its body: it is read only as far as its excerpt needs (or up to `maxReplyBytes`), then cancelled.
   */
  | {
      /** An HTTP status other than 2xx, a redirect among them (not followed). */
      readonly kind: "http";
      /** What failed, for people: the status, and for a redirect where it points. */
      readonly message: string;
      /** The HTTP status; 0 for a redirect a fetch hides (an opaque redirect). */
      readonly status: number;
      /**
       * The reply's body: its first 1000 characters, then "…" when it is longer (or when it is longer than
       * `maxReplyBytes`, of which only the start up to it is read).
       */
      readonly body: string;
    }
  /** No complete reply within the configured time. */
  | {
      /** No complete reply within `timeoutMs`. */
      readonly kind: "timeout";
      /** What failed, for people. */
      readonly message: string;
      /** The time the call was given, in milliseconds (the configuration's `timeoutMs`). */
      readonly timeoutMs: number;
    }
  /**
   * A reply of a 2xx status longer than the configured `maxReplyBytes`: it was cancelled there, and nothing of it
   * is read. One of another status is an `http` error, its body's start read up to the bound.
   */
  | {
      /** A 2xx reply longer than `maxReplyBytes`: it was cancelled there, and nothing of it is read. */
      readonly kind: "reply-too-large";
      /** What failed, for people. */
      readonly message: string;
      /** The longest reply the call would read, in bytes (the configuration's `maxReplyBytes`). */
      readonly maxReplyBytes: number;
    }
  /** The caller's signal aborted the call. */
  | {
      /** The `signal` passed to the call aborted it. */
      readonly kind: "aborted";
      /** What failed, for people. */
      readonly message: string;
    }
  /** The request could not be sent or its reply read (refused connection, DNS, reset). */
  | {
      /** The request could not be sent or its reply read. */
      readonly kind: "network";
      /** What failed, for people, with the failure's own words (their first 1000 characters). */
      readonly message: string;
    }
  /**
   * A sealed reply that verifies but is not a valid message of the operation (or a body that is not a JSON
   * object; one that is not JSON at all is in its issue's `received`, capped as an HTTP error's body): `issues`
   * are the errors of validation, `warnings` the rest, the request's first (as an ok result gives them).
   * `sealVerified` says what the seal check found (the Paypage decoder's errors say it by carrying their seal
   * facts, `keyIndex` among them): true when the seal verified (the issues are those of a genuine reply), false
   * when there was no object to check it in. Which key verified is no question here: a client holds one key,
   * the one its requests are sealed with.
   */
  | {
      /** The reply is not a JSON object, or its seal verifies but it is not a valid message of the operation. */
      readonly kind: "invalid-response";
      /** What failed, for people. */
      readonly message: string;
      /** The errors of the reply's validation (a body that is not JSON: its text, capped, in `received`). */
      readonly issues: readonly ValidationIssue[];
      /** What validation let through beside them, the request's first; empty when there is none. */
      readonly warnings: readonly ValidationIssue[];
      /** True when the seal verified (the issues are those of a genuine reply), false when there was no object to check it in. */
      readonly sealVerified: boolean;
    }
  /** A reply whose seal is not right for its content: nothing in it can be trusted, not even the status it claims. */
  | ({
      /** The reply's seal is wrong: trust nothing in it. */
      readonly kind: "seal-mismatch";
      /** What failed, for people. */
      readonly message: string;
    } & ClaimedStatus)
  /** A reply without a seal (Sips leaves some refusals unsealed): the status it claims, unverified. */
  | ({
      /** The reply has no seal: the status it claims is unverified. */
      readonly kind: "unsealed-response";
      /** What failed, for people. */
      readonly message: string;
    } & ClaimedStatus);

/** The status code and message a reply claims, when the operation's status field holds text. */
export interface ClaimedStatus {
  /** The status code the reply claims (its operation's status field), unverified; null when it has none as text. */
  readonly statusCode: string | null;
  /** The status message the reply claims, unverified; null when it has none as text. */
  readonly statusMessage: string | null;
}

/** At most this many characters of an HTTP error's body are kept. */
export const BODY_EXCERPT_LENGTH = 1000;

type Reply<Response> =
  | { readonly ok: true; readonly response: Response; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly error: ClientError };

/**
 * A reply as read: its status, its text, where a redirect points (when it says) and whether it was a redirect the
 * fetch hid (status 0). An error's body is what was read of it, its excerpt's worth when it is longer; `cutAt` is
 * the bound it was cut at when it is longer than that (a success's longer than the bound is no reply but a
 * `reply-too-large` error).
 */
export interface HttpReply {
  readonly status: number;
  readonly body: string;
  readonly location?: string;
  readonly opaqueRedirect?: true;
  readonly cutAt?: number;
}

/**
 * The result of a reply. `requestWarnings` are what the request's validation let through (a field beyond the
 * spec's facts, sent all the same): a result with warnings gives them before the reply's, so that a call that
 * succeeds says what it sent beyond the facts, as a refused one does.
 */
export function readReply<Request, Response>(
  operation: Pick<OperationDescriptor<Request, Response>, "status" | "response">,
  { status, body, location, opaqueRedirect, cutAt }: HttpReply,
  secretKey: string,
  sealAlgorithm: SealAlgorithmName | undefined,
  requestWarnings: readonly ValidationIssue[] = NO_ISSUES,
): Reply<Response> {
  if (status < 200 || status > 299) {
    const message =
      opaqueRedirect === true
        ? "the server answered with a redirect, which the client does not follow (an opaque redirect: the fetch hides its status and Location)"
        : `the server answered HTTP ${status}${statusNote(status, location)}`;
    if (cutAt === undefined) return { ok: false, error: { kind: "http", message, status, body: excerptOf(body) } };
    const cut = `${message}; its body is longer than ${cutAt} bytes (maxReplyBytes): it was not read further`;
    const start = body.length > BODY_EXCERPT_LENGTH ? excerptOf(body) : `${body}…`;
    return { ok: false, error: { kind: "http", message: cut, status, body: start } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // What came instead (a proxy's or a maintenance page, an empty body) is what tells why.
    const notJson = issueWith("", "not-an-object", "the reply is not JSON", excerptOf(body));
    return invalidResponse([notJson], requestWarnings, false);
  }
  if (!isPlainObject(parsed)) {
    const checked = operation.response.validate(parsed);
    return invalidResponse(checked.ok ? [] : checked.errors, joined(requestWarnings, checked.warnings), false);
  }
  if (typeof parsed[SEAL_FIELD] !== "string" || parsed[SEAL_FIELD] === "") {
    const claimed = claimedStatus(operation.status, parsed);
    return {
      ok: false,
      error: { kind: "unsealed-response", message: `the reply has no seal${describe(claimed)}`, ...claimed },
    };
  }
  if (!operation.response.verify(parsed as never, secretKey, sealAlgorithm)) {
    const claimed = claimedStatus(operation.status, parsed);
    return {
      ok: false,
      error: { kind: "seal-mismatch", message: `the reply's seal does not verify${describe(claimed)}`, ...claimed },
    };
  }
  const checked = operation.response.validate(parsed);
  const warnings = joined(requestWarnings, checked.warnings);
  if (!checked.ok) return invalidResponse(checked.errors, warnings, true);
  return { ok: true, response: checked.value, warnings };
}

const joined = (first: readonly ValidationIssue[], then: readonly ValidationIssue[]): readonly ValidationIssue[] =>
  first.length === 0 ? then : then.length === 0 ? first : [...first, ...then];

const excerptOf = (body: string): string =>
  body.length > BODY_EXCERPT_LENGTH ? `${body.slice(0, BODY_EXCERPT_LENGTH)}…` : body;

/** The statuses fetch follows as redirects (the Fetch standard's): the client asks it not to (client-post.ts). */
const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * What a 3xx status is, with where its Location points (capped as a body is: a header may be some 16 KB). Only
 * a redirect is one fetch would have followed; 300 and 304 are told by their names.
 */
function statusNote(status: number, location: string | undefined): string {
  const to = location === undefined ? undefined : excerptOf(location);
  if (REDIRECTS.has(status))
    return ` (a redirect${to === undefined ? "" : ` to ${to}`}, which the client does not follow)`;
  if (status === 300) return ` (multiple choices${to === undefined ? "" : `, the server's preferred one at ${to}`})`;
  if (status === 304) return " (not modified)";
  return to === undefined ? "" : ` (its Location is ${to})`;
}

function invalidResponse(
  issues: readonly ValidationIssue[],
  warnings: readonly ValidationIssue[],
  sealVerified: boolean,
): Reply<never> {
  return {
    ok: false,
    error: {
      kind: "invalid-response",
      message: `the reply is not a valid message (${problems(issues.length)})`,
      issues,
      warnings,
      sealVerified,
    },
  };
}

function claimedStatus(status: StatusDescriptor | null, reply: Record<string, unknown>): ClaimedStatus {
  return { statusCode: textOf(reply, status?.field), statusMessage: textOf(reply, status?.messageField) };
}

function textOf(reply: Record<string, unknown>, field: string | null | undefined): string | null {
  const value = field ? reply[field] : undefined;
  return typeof value === "string" ? value : null;
}

/** The status a reply claims, capped as a body is: what an unverified reply holds may be of any length. */
const describe = (claimed: ClaimedStatus): string =>
  claimed.statusCode === null
    ? ""
    : ` (it claims status ${JSON.stringify(excerptOf(claimed.statusCode))}${claimed.statusMessage === null ? "" : `: ${JSON.stringify(excerptOf(claimed.statusMessage))}`})`;
