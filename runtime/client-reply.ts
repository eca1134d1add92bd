// What a client makes of a reply: an HTTP error, a body that is not a sealed
// message, a seal that does not verify, a message that is not valid, or the
// verified response. The status a refused reply claims is reported as text,
// never trusted.

import type { OperationDescriptor } from "./descriptor.js";
import type { SealAlgorithmName } from "./seal.js";
import { problems } from "./issues.js";
import { SEAL_FIELD } from "./platform.js";
import type { ClientError } from "./client-error.js";
import { issueWith, NO_ISSUES } from "./validation.js";
import type { ValidationIssue } from "./validation-types.js";
import { isPlainObject } from "./message-reads.js";
import { namedIssues } from "./issue-format.js";
import { MASK_NOTHING, type SecretMasker, withholding, withoutSecretValues } from "./client-secrets.js";
import { bodySummary } from "./client-body-summary.js";
import { claimedInBody, claimedStatus, claimedText } from "./client-claimed-status.js";
import { cutExcerpt, excerptOf, maskedExcerpt } from "./client-excerpt.js";
import { markVerified, type Verified } from "./verified.js";

/**
 * What a reply whose seal does not verify says to do: Sips seals its reply with the shop's key of the request's
 * keyVersion, so a configured key that is not that one fails every reply so (a forged reply too, which no key fixes).
 */
const SEAL_MISMATCH_ADVICE =
  ": trust nothing in it; if every reply fails so, check that secretKey is the shop's key of the configured keyVersion, which Sips seals its replies with";

/** What any unsealed reply says to do: nothing vouches for what it claims, an accepted code least of all. */
const UNSEALED_ADVICE = ": trust nothing in it";

/**
 * What an unsealed reply that claims the operation's signature-error code says to do: unverified, it may be true,
 * and then the request's seal did not verify, for a key that is not the shop's or a keyVersion Sips holds none of
 * (the mock answers that one unsealed, having no key of it to seal with).
 */
const SIGNATURE_ERROR_ADVICE =
  "; if it is Sips's signature error, the request's seal did not verify: check that secretKey is the shop's key of the configured keyVersion, and that keyVersion names a key the shop has";

// The excerpt's bound and cut, which every error that quotes a reply's text shares, exported from here as before.
export { BODY_EXCERPT_LENGTH, excerptOf } from "./client-excerpt.js";

type Reply<Response> =
  | { readonly ok: true; readonly response: Verified<Response>; readonly warnings: readonly ValidationIssue[] }
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
 * What a reply is read with: the call's key and the request's algorithm, which its seal must verify with, and what
 * the request left to its result. Named, where they were positional: the key and the request's seal are both
 * strings, and one passed in the other's place compiled.
 */
export interface ReplyReading {
  /** The configured secret key: the reply's seal is verified with it, and no text of the result quotes it. */
  readonly secretKey: string;
  /** The request's algorithm, never one the reply names: a reply sealed with another does not verify. */
  readonly sealAlgorithm: SealAlgorithmName | undefined;
  /**
   * What the request's validation let through (a field beyond the spec's facts, sent all the same): a result with
   * warnings gives them before the reply's, so that a call that succeeds says what it sent beyond the facts, as a
   * refused one does.
   */
  readonly requestWarnings?: readonly ValidationIssue[] | undefined;
  /**
   * Keeps the request's secrets out of every text of the reply that goes into the result (client-secrets.ts): a
   * page may echo the request it received.
   */
  readonly mask?: SecretMasker | undefined;
  /** The request's seal, never quoted by an http error's summary of the body. */
  readonly sentSeal?: string | undefined;
}

/**
 * The result of a reply: its response is {@link Verified} only here, once its seal verified with the call's key.
 */
export function readReply<Request, Response>(
  operation: Pick<OperationDescriptor<Request, Response>, "status" | "response">,
  { status, body, location, opaqueRedirect, cutAt }: HttpReply,
  { secretKey, sealAlgorithm, requestWarnings = NO_ISSUES, mask = MASK_NOTHING, sentSeal = "" }: ReplyReading,
): Reply<Response> {
  // Every text of the reply the result keeps: as an http error's summary quotes its body, neither the key nor the
  // request's seal, which a reply that echoes the request (a proxy's page, a server of one's own) may hold.
  const shown = withholding(mask, [secretKey, sentSeal]);
  if (status < 200 || status > 299) {
    // Its end masked as a cut text's: an error's body is read only as far as its excerpt needs, maybe inside a secret.
    const excerpt = cutAt === undefined ? maskedExcerpt(body, shown, true) : cutExcerpt(shown(body, true));
    const message =
      opaqueRedirect === true
        ? "the server answered with a redirect, which the client does not follow (an opaque redirect: the fetch hides its status and Location)"
        : `the server answered HTTP ${status}${statusNote(status, location === undefined ? undefined : maskedExcerpt(location, shown))}${
            // A redirect says where it points; another status's body says why, for a log that keeps only the message
            // (one refused unread, past the bound, has nothing to say).
            (status >= 300 && status <= 399) || (cutAt !== undefined && body === "")
              ? ""
              : bodySummary(excerpt, (reply) =>
                  claimedInBody(operation.status, operation.response.fields, reply, shown),
                )
          }`;
    if (cutAt === undefined) return { ok: false, error: { kind: "http", message, sent: "yes", status, body: excerpt } };
    const cut = `${message}; its body is longer than ${cutAt} bytes (maxReplyBytes): it was not read further`;
    return { ok: false, error: { kind: "http", message: cut, sent: "yes", status, body: excerpt } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // What came instead (a proxy's or a maintenance page, an empty body) is what tells why.
    const notJson = issueWith("", "not-an-object", "the reply is not JSON", maskedExcerpt(body, shown));
    return invalidResponse([notJson], requestWarnings, false);
  }
  if (!isPlainObject(parsed)) {
    // A JSON text or number in place of the reply may be the request echoed: its issue is not to quote a secret.
    const checked = operation.response.validate(parsed);
    const errors = checked.ok ? [] : withoutSecretValues(checked.errors, shown);
    return invalidResponse(errors, joined(requestWarnings, withoutSecretValues(checked.warnings, shown)), false);
  }
  if (typeof parsed[SEAL_FIELD] !== "string" || parsed[SEAL_FIELD] === "") {
    const claimed = claimedStatus(operation.status, parsed, shown);
    const signatureError = claimed.statusCode !== null && claimed.statusCode === operation.status?.signatureError;
    return {
      ok: false,
      error: {
        kind: "unsealed-response",
        message: `the reply has no seal${claimedText(claimed, operation.status, operation.response.fields, parsed)}${UNSEALED_ADVICE}${signatureError ? SIGNATURE_ERROR_ADVICE : ""}`,
        sent: "yes",
        ...claimed,
      },
    };
  }
  if (!operation.response.verify(parsed as never, secretKey, sealAlgorithm)) {
    const claimed = claimedStatus(operation.status, parsed, shown);
    return {
      ok: false,
      error: {
        kind: "seal-mismatch",
        message: `the reply's seal does not verify${claimedText(claimed, operation.status, operation.response.fields, parsed)}${SEAL_MISMATCH_ADVICE}`,
        sent: "yes",
        ...claimed,
      },
    };
  }
  const checked = operation.response.validate(parsed);
  // Verified, yet its fields may hold a secret of the request where they should not (echoed into a free text).
  const warnings = joined(requestWarnings, withoutSecretValues(checked.warnings, shown));
  if (!checked.ok) return invalidResponse(withoutSecretValues(checked.errors, shown), warnings, true);
  // The one place a reply becomes Verified: its seal verified with the call's key, its fields valid.
  return { ok: true, response: markVerified(checked.value as Response & object), warnings };
}

const joined = (first: readonly ValidationIssue[], then: readonly ValidationIssue[]): readonly ValidationIssue[] =>
  first.length === 0 ? then : then.length === 0 ? first : [...first, ...then];

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
      message: `the reply is not a valid message (${problems(issues.length)})${namedIssues(issues)}`,
      sent: "yes",
      issues,
      warnings,
      sealVerified,
    },
  };
}
