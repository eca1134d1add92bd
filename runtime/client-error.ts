// Why a call failed, as the client tells it: one kind per way a call can
// fail, each with what a caller needs to act on it. The status an unverified
// reply claims is text, never trusted. Each kind says, as `sent`, whether the
// request may have reached Sips, so that code deciding whether to send it again
// reads a field rather than a table of kinds.

import type { ValidationIssue } from "./validation-types.js";

/**
 * Why a call failed; `kind` says what happened, `message` says it for people, `sent` whether Sips may have acted
 * on the request: `"no"` nothing left the client; `"maybe"` it may have left, and no reply came back; `"yes"` a
 * reply came back (from Sips, or a proxy before it; its status at least, when its body then failed), so it went,
 * and may have been acted on whatever the reply says.
 */
export type ClientError =
  /** The request fails validation: it was not sent. `issues` refuse it, `warnings` are what validation let through. */
  | {
      /** The request fails validation, or the operation has no address in the environment: nothing was sent. */
      readonly kind: "invalid-request";
      /** Nothing was sent: Sips did not act on it. */
      readonly sent: "no";
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
      /** A reply came back: the request went, and may have been acted on whatever the status. */
      readonly sent: "yes";
      /**
       * What failed, for people: the status, and for a redirect where it points; for another, a line of the body
       * (the status a Sips reply claims, a page's title or first line, escaped and cut short), or that it is empty.
       */
      readonly message: string;
      /** The HTTP status; 0 for a redirect a fetch hides (an opaque redirect). */
      readonly status: number;
      /**
       * The reply's body, at most 1000 characters: whole, or its start then "…" when it is longer (or when it
       * is longer than `maxReplyBytes`, of which only the start up to it is read). The request's secrets, its
       * seal and the key are masked in it as "[withheld]", as a page that echoes the request would show them.
       */
      readonly body: string;
    }
  /**
   * No complete reply within the configured time: `sent` is `"maybe"` when no reply came (the request may have
   * gone and been acted on), `"yes"` with the reply's `status` when its status came but not its whole body.
   */
  | ({
      /** No complete reply within `timeoutMs`. */
      readonly kind: "timeout";
      /** `"maybe"` when no reply came; `"yes"` when the reply's status came (then in `status`) but not its whole body. */
      readonly sent: "maybe" | "yes";
      /** What failed, for people. */
      readonly message: string;
      /** The time the call was given, in milliseconds (the configuration's `timeoutMs`). */
      readonly timeoutMs: number;
    } & StatusCame)
  /**
   * A reply of a 2xx status longer than the configured `maxReplyBytes`: it was cancelled there, and nothing of it
   * is read. One of another status is an `http` error, its body's start read up to the bound.
   */
  | {
      /** A 2xx reply longer than `maxReplyBytes`: it was cancelled there, and nothing of it is read. */
      readonly kind: "reply-too-large";
      /** A reply came back: the request went, and may have been acted on. */
      readonly sent: "yes";
      /** What failed, for people. */
      readonly message: string;
      /** The longest reply the call would read, in bytes (the configuration's `maxReplyBytes`). */
      readonly maxReplyBytes: number;
    }
  /**
   * The caller's signal aborted the call: `sent` is `"no"` when it had aborted before the request was sent,
   * `"maybe"` when it aborted after, before a reply came, `"yes"` with the reply's `status` when it aborted once
   * that status had come, while its body was read.
   */
  | ({
      /** The `signal` passed to the call aborted it. */
      readonly kind: "aborted";
      /** `"no"` before it was sent, `"maybe"` before a reply came, `"yes"` once its status came (then in `status`). */
      readonly sent: "no" | "maybe" | "yes";
      /** What failed, for people. */
      readonly message: string;
    } & StatusCame)
  /**
   * The request could not be sent or its reply read (refused connection, DNS, reset, a connection cut while the
   * reply's body came), or a fetch of one's own gave a status that is not an integer from 100 to 599: not an HTTP
   * reply, whatever its body holds. `sent` is `"no"` when the platform's fetch (the client's, given no `fetch`)
   * failed before it wrote the request: the host has no address (its cause's code `ENOTFOUND` or `EAI_AGAIN`), the
   * connection was refused (`ECONNREFUSED`, at every address tried), the server's certificate failed verification
   * (`DEPTH_ZERO_SELF_SIGNED_CERT`, `SELF_SIGNED_CERT_IN_CHAIN`, `UNABLE_TO_VERIFY_LEAF_SIGNATURE`,
   * `UNABLE_TO_GET_ISSUER_CERT_LOCALLY`, `CERT_HAS_EXPIRED`, `CERT_NOT_YET_VALID`, `ERR_TLS_CERT_ALTNAME_INVALID`),
   * or it gave up connecting
   * (`UND_ERR_CONNECT_TIMEOUT`), through undici's own Agent (a global dispatcher of another kind, or an Agent given
   * interceptors or a factory, may have tried before: see the users' guide). The platform's fetch is the global one as
   * the package found it when it loaded: one put in its place later (a wrapper that retries) is one of one's own.
   * `"maybe"` when no reply came otherwise (the request may have gone and been acted on: a connection reset or
   * closed, which may come before the request or after it, or any failure of a fetch of one's own, which may have
   * tried more than once), or a fetch of one's own gave no HTTP status; `"yes"` with the reply's `status` when that
   * status came and reading its body failed.
   */
  | ({
      /** The request could not be sent or its reply read. */
      readonly kind: "network";
      /**
       * `"no"` when the platform's fetch failed before writing the request (refused, no address, a certificate
       * refused, no connection within its connect timeout); `"maybe"` when no reply came otherwise; `"yes"` when
       * the reply's status came (then in `status`) and its body failed.
       */
      readonly sent: "no" | "maybe" | "yes";
      /** What failed, for people, with the failure's own words (at most 1000 characters of them, a "…" included). */
      readonly message: string;
    } & StatusCame)
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
      /** A reply came back: the request went, and may have been acted on. */
      readonly sent: "yes";
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
      /** A reply came back: the request went, and may have been acted on. */
      readonly sent: "yes";
      /** What failed, for people. */
      readonly message: string;
    } & ClaimedStatus)
  /** A reply without a seal (Sips leaves some refusals unsealed): the status it claims, unverified. */
  | ({
      /** The reply has no seal: the status it claims is unverified. */
      readonly kind: "unsealed-response";
      /** A reply came back: the request went, and may have been acted on. */
      readonly sent: "yes";
      /** What failed, for people. */
      readonly message: string;
    } & ClaimedStatus);

/** The status code and message a reply claims, when the operation's status field holds text. */
export interface ClaimedStatus {
  /** The status code the reply claims (its operation's status field), unverified, masked and cut as the message is. */
  readonly statusCode: string | null;
  /**
   * The status message the reply claims, unverified; null when it has none as text. The request's secrets masked;
   * one longer than `BODY_EXCERPT_LENGTH` is cut to an excerpt ending in "…", as an http error's body is.
   */
  readonly statusMessage: string | null;
}

/**
 * Whether a failure came before the reply's status or after it: before, `sent` says what may have happened and
 * there is no `status`; after (its body cut, timed out or aborted while read), `sent` is `"yes"` and `status` is
 * the HTTP status the reply had, as an `http` error's would be (a gateway's 502 whose page was cut is still a 502).
 */
export type StatusCame =
  | {
      /** No reply had come when the call failed. */
      readonly sent: "no" | "maybe";
      readonly status?: never;
    }
  | {
      /** The reply's status came: the request went, and may have been acted on. */
      readonly sent: "yes";
      /** The HTTP status the reply had before its body failed. */
      readonly status: number;
    };
