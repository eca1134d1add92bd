// What reading a Paypage response answers: the response, or why the post was
// not accepted. Its own module because verifying the seal
// (paypage-verify.ts) and decoding `Data` (paypage-response.ts) each give some
// of these errors; no result or message holds the key.

import type { PaypageIssue } from "./paypage-issue.js";
import type { SealAlgorithmName } from "./seal.js";
import type { Verified } from "./verified.js";

/** Why a post was not accepted; `kind` says what happened, `message` says it for people. */
export type PaypageResponseError =
  /**
   * Not a Paypage response that can be read: too large, unreadable, no `Data`, fields given twice, an unknown
   * `Encode` or `SealAlgorithm`; or, its seal verified, a `Data` that is not text in its `Encode` or not key=value
   * pairs: a genuine post, which then says what its seal does, as `invalid-response` does (`keyIndex` present).
   */
  | ({
      /** Not a Paypage response that can be read; `keyIndex` present when its seal verified. */
      readonly kind: "malformed";
      /** What failed, for people; never a key. */
      readonly message: string;
      /** The problems of a genuine post's `Data` (pairs that cannot be read); empty for a post not read this far. */
      readonly issues: readonly PaypageIssue[];
    } & (PaypageSealFacts | { readonly [fact in keyof PaypageSealFacts]?: never }))
  /** No `Seal`: nothing in the post can be trusted. */
  | {
      /** No `Seal`: trust nothing in the post. */
      readonly kind: "unsealed";
      /** What failed, for people. */
      readonly message: string;
    }
  /** A seal that is not right for `Data` and the key (or a `SealAlgorithm` other than the one pinned): nothing in the post can be trusted. */
  | {
      /** A wrong seal, or another `SealAlgorithm` than the one pinned: trust nothing in the post. */
      readonly kind: "seal-mismatch";
      /** What failed, for people; never a key. */
      readonly message: string;
    }
  /**
   * Genuine, but no response: its `Data` is the shop's own request form (which the buyer's browser holds) posted
   * back: it names where a response is posted (`normalReturnUrl`, `automaticResponseUrl`), which the response's
   * facts do not hold. Sealed with the shop's key, it says which key and algorithm, as a genuine post does.
   */
  | ({
      /** A genuine post that is a request, not a response: no outcome, nothing to act on. */
      readonly kind: "not-a-response";
      /** What it is, for people; names fields, never a value. */
      readonly message: string;
    } & PaypageSealFacts)
  /**
   * Genuine, but its fields are not a valid message: `issues` are the errors of validation, `warnings` the rest.
   * The seal verified, so it says, as an accepted response does, with which algorithm and key (a shop replacing
   * its key logs which key these come back with too) and the form's `InterfaceVersion`.
   */
  | ({
      /** A genuine post (its seal verified) whose fields are not a valid message. */
      readonly kind: "invalid-response";
      /** What failed, for people. */
      readonly message: string;
      /** The errors of the fields' validation. */
      readonly issues: readonly PaypageIssue[];
      /** What validation let through beside them; empty when none. */
      readonly warnings: readonly PaypageIssue[];
    } & PaypageSealFacts);

/** What a post whose seal verified says of it beyond its fields, accepted or not. */
export interface PaypageSealFacts {
  /** The algorithm the seal verified with. */
  readonly sealAlgorithm: SealAlgorithmName;
  /** Which of the keys given verified the seal: 0 for one key, or the first in the list that did (newest first, so more than 0 is an older key). */
  readonly keyIndex: number;
  /** The form's `InterfaceVersion` as posted, whatever interface it names: outside `Data` and its seal, reported and never read. */
  readonly interfaceVersion: string | null;
}

/**
 * What a decoder gives (`decodePaypageResponse`, `decodeWalletpageResponse`): the fields of a post whose seal
 * verified, typed and valid, with what the seal said; or why nothing of the post is to be trusted.
 */
export type PaypageResponseResult<T> =
  | ({
      readonly ok: true;
      /** The fields of `Data`, typed and validated, from a post whose seal verified: see {@link Verified}. */
      readonly response: Verified<T>;
      /** What was taken leniently: empty values, unknown fields or codes, format deviations. */
      readonly warnings: readonly PaypageIssue[];
    } & PaypageSealFacts)
  | {
      readonly ok: false;
      /** Why the post was not accepted: `kind` says what, `message` says it for people. */
      readonly error: PaypageResponseError;
    };

const NO_ISSUES: readonly PaypageIssue[] = Object.freeze([]);

/** A post that cannot be read: before its seal verifies, or after (its `Data`), with what the seal said. */
export const malformed = (
  message: string,
  sealed: PaypageSealFacts | null = null,
  issues: readonly PaypageIssue[] = NO_ISSUES,
): { ok: false; error: PaypageResponseError } => ({
  ok: false,
  error: sealed === null ? { kind: "malformed", message, issues } : { kind: "malformed", message, issues, ...sealed },
});

/** A post whose seal is missing or wrong: nothing in it can be trusted. */
export const untrusted = (
  kind: "unsealed" | "seal-mismatch",
  message: string,
): { ok: false; error: PaypageResponseError } => ({
  ok: false,
  error: { kind, message },
});
