// One call of a Sips operation, for every generated client method: fill in the
// configured fields, validate, seal, POST, then read, verify and validate the
// reply. Every outcome is a result: nothing here throws for a failed call, and
// the secret key never enters a result or a message.

import type { OperationDescriptor, StatusDescriptor } from "./descriptor.js";
import type { AbortSignalLike } from "./client-fetch.js";
import { resolveCallConfig, type ClientConfigOf } from "./client-config.js";
import { UnreadableConfig } from "./client-config-read.js";
import { endpointUrl, repeatedBasePath } from "./client-endpoint.js";
import { callSignal, UNREADABLE_SIGNAL } from "./client-abort.js";
import { unreadableConfigResult, unreadableOptionsResult } from "./client-refusals.js";
import { sealedRequest } from "./client-sealed-request.js";
import type { BeyondFactsFields } from "./beyond-facts.js";
import { postJson } from "./client-post.js";
import type { ClientError } from "./client-error.js";
import { readReply } from "./client-reply.js";
import { maskedFailure, secretMasker, withholding } from "./client-secrets.js";
import type { KEY_VERSION_FIELD, MERCHANT_ID_FIELD, SEAL_FIELD } from "./platform.js";
import type { ValidationIssue } from "./validation-types.js";
import { assertKeyForBase } from "./secret-key.js";
import type { Verified } from "./verified.js";

export type { ClientError } from "./client-error.js";

/** The request as a client method takes it: without the fields the client fills, the version field optional. */
export type ClientFields<Request, VersionField extends string> = Omit<
  Request,
  typeof MERCHANT_ID_FIELD | typeof KEY_VERSION_FIELD | typeof SEAL_FIELD | VersionField
> &
  Partial<Pick<Request, Extract<keyof Request, VersionField>>>;

/** The request as a client method takes it where its facts stop: its fields, and those beyond them under `beyondFacts`. */
export type ClientFieldsBeyondFacts<Request, VersionField extends string> = ClientFields<Request, VersionField> &
  BeyondFactsFields<Request>;

/**
 * What a call reads of an operation: its descriptor, or the part of it an
 * operation with a callback binds its client function to (so that a bundle of
 * that function leaves out the callback's validator).
 */
export type ClientOperation<
  Request,
  Response,
  Environment extends string = string,
  Recommended extends string | null = string | null,
  Status extends StatusDescriptor | null = StatusDescriptor | null,
> = Pick<
  OperationDescriptor<Request, Response, Environment, unknown, Recommended, Status>,
  "name" | "endpoints" | "interfaceVersion" | "status" | "request" | "response"
>;

/** Options of one call of a client's operation (`sips.refund(fields, options)`). */
export interface CallOptions {
  /** Cancels the call: it then resolves to an error of kind "aborted". */
  readonly signal?: AbortSignalLike | undefined;
}

/**
 * A verified, valid reply (whatever its status code: read it), or what went wrong. `warnings` are what
 * validation let through: the request's (a field beyond the spec's facts, sent all the same), then the reply's.
 */
export type ClientResult<Response> =
  | {
      readonly ok: true;
      /**
       * The reply, its seal verified with the configured key and its fields valid, whatever its status code: read
       * the code. {@link Verified}: code that acts on it can take `Verified<…Response>`, which fields no seal
       * vouches for (a validator's, an object literal) do not compile as.
       */
      readonly response: Verified<Response>;
      /** What validation let through: the request's (a field beyond the spec's facts), then the reply's. */
      readonly warnings: readonly ValidationIssue[];
    }
  | {
      readonly ok: false;
      /** What went wrong: `kind` says what, `message` says it for people. */
      readonly error: ClientError;
    };

/**
 * Calls an operation (the generated client methods call this). Rejects only,
 * with a TypeError, for a configuration that cannot work (see `resolveConfig`; also the public test key with a base
 * URL at the host of the operation's "prod" address, whatever its scheme or port)
 * or a signal that is not an AbortSignal, whatever the fields; an environment the operation has no JSON address in,
 * a configuration, options or a signal whose getter or proxy throws, and a signal whose addEventListener throws when called, resolve
 * to an `invalid-request` error, with nothing sent.
 */
export async function callOperation<Request, Response>(
  operation: ClientOperation<Request, Response>,
  config: ClientConfigOf,
  fields: unknown,
  options: CallOptions = {},
): Promise<ClientResult<Response>> {
  // A configuration whose getter or proxy throws is a result, as unreadable options are: the call never rejects for it.
  const resolved = resolveCallConfig(config);
  if (resolved instanceof UnreadableConfig) return unreadableConfigResult();
  // A signal that cannot work rejects as the configuration does, whatever the fields (a null is taken as none).
  let given: CallOptions["signal"];
  try {
    given = options?.signal;
  } catch {
    // Options whose getter or proxy throws: a result, as options the validators cannot read give one.
    return unreadableOptionsResult();
  }
  // Its members read once, here: a signal whose getter or proxy throws is unreadable options too.
  const signal = callSignal(given);
  if (signal === UNREADABLE_SIGNAL) return unreadableOptionsResult();
  const endpoint = endpointUrl(resolved, operation);
  if ("missing" in endpoint) {
    // Also as an issue, as paypagePostForm gives it: code that reports an invalid request's issues reports this one.
    const issue: ValidationIssue = { path: "", code: "required", message: endpoint.missing };
    const message = `${endpoint.missing}; it was not sent`;
    return { ok: false, error: { kind: "invalid-request", message, sent: "no", issues: [issue], warnings: [] } };
  }
  // Production's own server given as a base URL: refused as "prod" is, which resolveCallConfig cannot tell alone.
  if (resolved.base !== null) assertKeyForBase(resolved.secretKey, resolved.base, operation.endpoints, atJsonAddress);
  const sealed = sealedRequest(operation, resolved, fields);
  if (!sealed.ok) return sealed;
  const exchange = await postJson(
    endpoint.url,
    sealed.body,
    resolved.fetch,
    resolved.timeoutMs,
    signal,
    resolved.maxReplyBytes,
  );
  // The request's secrets, as sent, kept out of what the reply's texts give the result (a page may echo them), and
  // out of a failed fetch's words (one of the caller's own may quote the request it was handed).
  const mask = secretMasker(operation.request, sealed.body);
  if ("error" in exchange)
    return { ok: false, error: maskedFailure(exchange.error, withholding(mask, [resolved.secretKey, sealed.seal])) };
  // The reply is verified with the request's algorithm, never with one the reply names: a reply sealed with another does not verify.
  const read = readReply(operation, exchange, {
    secretKey: resolved.secretKey,
    sealAlgorithm: sealed.algorithm,
    requestWarnings: sealed.warnings,
    mask,
    sentSeal: sealed.seal,
  });
  // A base URL whose path starts the operation's own (a reference page's base address, or a proxy's mount): the error asks.
  if (read.ok || read.error.kind !== "http" || resolved.base === null) return read;
  const note = repeatedBasePath(resolved.base, operation);
  return note === "" ? read : { ok: false, error: { ...read.error, message: `${read.error.message}${note}` } };
}

const atJsonAddress = (url: string): string => url;
