// One call of a Sips operation, for every generated client method: fill in the
// configured fields, validate, seal, POST, then read, verify and validate the
// reply. Every outcome is a result: nothing here throws for a failed call, and
// the secret key never enters a result or a message.

import type { OperationDescriptor, StatusDescriptor } from "./descriptor.js";
import type { AbortSignalLike } from "./client-fetch.js";
import { resolveCallConfig, type ClientConfigOf } from "./client-config.js";
import { UnreadableConfig } from "./client-config-read.js";
import { endpointUrl } from "./client-endpoint.js";
import { callSignal, UNREADABLE_SIGNAL } from "./client-abort.js";
import { copyOfFields } from "./client-fields.js";
import { invalidRequestResult, unreadableConfigResult, unreadableOptionsResult } from "./client-refusals.js";
import { requestFacts } from "./client-request-facts.js";
import { whereVersionsGo, type FilledVersion } from "./client-versions.js";
import { mergeBeyondFacts, type BeyondFactsFields } from "./beyond-facts.js";
import { postJson } from "./client-post.js";
import type { ClientError } from "./client-error.js";
import { readReply } from "./client-reply.js";
import {
  DEFAULT_SEAL_ALGORITHM,
  KEY_VERSION_FIELD,
  MERCHANT_ID_FIELD,
  SEAL_ALGORITHM_FIELD,
  SEAL_FIELD,
} from "./platform.js";
import { isSealAlgorithmName, sealAlgorithmOf } from "./seal.js";
import { pointer } from "./json-pointer.js";
import { isWellFormed } from "./text-prefix.js";
import { issue, type ValidationIssue } from "./validation.js";
import { hasOwn } from "./message-reads.js";
import { assertKeyForBase } from "./secret-key.js";

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
      /** The reply, its seal verified and its fields valid, whatever its status code: read the code. */
      readonly response: Response;
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
 * URL at the origin of the operation's "prod" address)
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
  const { request } = operation;
  const copied = copyOfFields(fields, request.validate);
  if ("errors" in copied) return invalidRequestResult(copied.errors, copied.warnings);
  const { message } = copied;
  const { versionField, hasMerchantId, hasKeyVersion, namesAlgorithm, names, filled } = requestFacts(request);
  // Where the request's facts stop, the fields beyond them become its own before it is filled in, validated and sealed.
  if (request.factsStop !== null) {
    const refused = mergeBeyondFacts(message, names, filled);
    if (refused.length > 0) return invalidRequestResult(refused, []);
  }
  // A request without the field names no algorithm, so Sips verifies it with the platform's default, which seals it
  // here too: one named among its fields would not be the seal's.
  if (!namesAlgorithm && hasOwn(message, SEAL_ALGORITHM_FIELD))
    return invalidRequestResult([issue(pointer("", SEAL_ALGORITHM_FIELD), "unknown-field", NOT_NAMED)], []);
  let version: FilledVersion = UNFILLED;
  if (versionField !== undefined && message[versionField] === undefined) {
    const configured = resolved.interfaceVersions[operation.name];
    const given = configured ?? operation.interfaceVersion.recommended;
    if (given === null || given === undefined) version = { unversioned: versionField, configured: null };
    else {
      message[versionField] = given;
      if (configured !== undefined) version = { unversioned: null, configured: versionField };
    }
  }
  // The credentials go in the fields the request has: an operation described without one gets none.
  if (hasMerchantId) message[MERCHANT_ID_FIELD] = resolved.merchantId;
  if (hasKeyVersion) message[KEY_VERSION_FIELD] = resolved.keyVersion;
  // The algorithm: the request's own sealAlgorithm, else the configured one, sent where the request has the field;
  // the platform's default where it has none (sealed with the configured one, it named none, and Sips verified
  // it with the default: it failed, as the package's own mock refused it). Its own field only: one inherited from a
  // polluted Object.prototype is neither validated nor sent.
  let named = hasOwn(message, SEAL_ALGORITHM_FIELD) ? message[SEAL_ALGORITHM_FIELD] : undefined;
  if (namesAlgorithm && named === undefined && resolved.sealAlgorithm !== undefined) {
    named = message[SEAL_ALGORITHM_FIELD] = resolved.sealAlgorithm;
  }
  const algorithm = namesAlgorithm ? (isSealAlgorithmName(named) ? named : undefined) : DEFAULT_SEAL_ALGORITHM;
  let unsealed = false;
  let unsealable: ValidationIssue | null = null;
  try {
    message[SEAL_FIELD] = request.seal(message as never, resolved.secretKey, algorithm);
  } catch {
    // A value the seal cannot use (an unknown algorithm named in the fields): the validation below says which.
    delete message[SEAL_FIELD];
    unsealed = true;
    // But for a text with no UTF-8 form, which it lets through: said here, where it would only miss the seal.
    if (!wellFormedSealingString(request, message)) unsealable = issue("", "unreadable", LONE_SURROGATE);
  }
  const checked = request.validate(message);
  if (unsealable !== null) {
    const others = checked.ok ? [] : checked.errors.filter((e) => e.path !== SEAL_PATH || e.code !== "required");
    return invalidRequestResult([...whereVersionsGo(others, operation.name, version), unsealable], checked.warnings);
  }
  if (!checked.ok || version.unversioned !== null) {
    const errors = checked.ok ? [] : checked.errors;
    // Where validation finds nothing but the seal missing, a value threw as the seal wrote it as JSON (a toJSON).
    if (unsealed && errors.length > 0 && errors.every((e) => e.path === SEAL_PATH && e.code === "required"))
      return invalidRequestResult([NOT_WRITABLE], checked.warnings);
    return invalidRequestResult(whereVersionsGo(errors, operation.name, version), checked.warnings);
  }
  // Sealed, so named or defaulted to a known algorithm: the one the reply must be sealed with too.
  const used = sealAlgorithmOf(message, algorithm) ?? undefined;

  let body: string;
  try {
    body = JSON.stringify(message);
  } catch {
    // A nested value's toJSON, getter or proxy that throws only now (the copy is shallow): a result, not a rejection.
    return invalidRequestResult([NOT_WRITABLE], checked.warnings);
  }
  const exchange = await postJson(
    endpoint.url,
    body,
    resolved.fetch,
    resolved.timeoutMs,
    signal,
    resolved.maxReplyBytes,
  );
  if ("error" in exchange) return { ok: false, error: exchange.error };
  // The reply is verified with the request's algorithm, never with one the reply names: a reply sealed with another does not verify.
  return readReply(operation, exchange, resolved.secretKey, used, checked.warnings);
}

const atJsonAddress = (url: string): string => url;
const UNFILLED: FilledVersion = { unversioned: null, configured: null };
const SEAL_PATH = pointer("", SEAL_FIELD);
const NOT_WRITABLE = Object.freeze(
  issue("", "unreadable", "could not be written as JSON (a toJSON, getter or proxy threw)"),
);
const NOT_NAMED = "is not a field of this request, which names no algorithm and is sealed with the platform's default";

const LONE_SURROGATE = "could not be sealed: a text holds a lone surrogate, which has no UTF-8 form";

/** Whether a request's sealing string has a UTF-8 form (no lone surrogate); true when it cannot be made at all. */
function wellFormedSealingString(request: { sealingString(message: never): string }, message: object): boolean {
  try {
    return isWellFormed(request.sealingString(message as never));
  } catch {
    return true;
  }
}
