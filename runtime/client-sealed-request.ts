// The request a call sends: the caller's fields copied, filled in with the
// configuration's version, credentials and algorithm, sealed, validated and
// written as JSON; or the result that refuses it, with nothing sent. The
// secret key seals it and goes nowhere else.

import type { OperationDescriptor } from "./descriptor.js";
import type { ResolvedConfig } from "./client-config.js";
import { copyOfFields } from "./client-fields.js";
import { invalidRequestResult, type RefusedCall } from "./client-refusals.js";
import { requestFacts } from "./client-request-facts.js";
import { whereVersionsGo, type FilledVersion } from "./client-versions.js";
import { mergeBeyondFacts, refusedAmongFields } from "./beyond-facts.js";
import {
  DEFAULT_SEAL_ALGORITHM,
  KEY_VERSION_FIELD,
  MERCHANT_ID_FIELD,
  SEAL_ALGORITHM_FIELD,
  SEAL_FIELD,
} from "./platform.js";
import { isSealAlgorithmName, sealAlgorithmOf, type SealAlgorithmName } from "./seal.js";
import { pointer } from "./json-pointer.js";
import { isWellFormed } from "./text-prefix.js";
import { issue } from "./validation.js";
import type { ValidationIssue } from "./validation-types.js";
import { hasOwn } from "./message-reads.js";

/** A request ready to be posted. */
export interface SealedRequest {
  readonly ok: true;
  /** The request as JSON, its seal among its fields. */
  readonly body: string;
  /** The seal it carries: never quoted from a reply (an error page may echo the request). */
  readonly seal: string;
  /** The algorithm it is sealed with: the reply must be sealed with it too. */
  readonly algorithm: SealAlgorithmName | undefined;
  /** What validation let through (a field beyond the spec's facts, sent all the same). */
  readonly warnings: readonly ValidationIssue[];
}

/** The request `fields` make for `operation` under the configuration `resolved`, or why it is refused. */
export function sealedRequest<Request>(
  operation: Pick<OperationDescriptor<Request, unknown>, "name" | "interfaceVersion" | "request">,
  resolved: ResolvedConfig,
  fields: unknown,
): SealedRequest | RefusedCall {
  const { request } = operation;
  const copied = copyOfFields(fields, request.validate);
  if ("errors" in copied) return invalidRequestResult(copied.errors, copied.warnings);
  const { message } = copied;
  const { versionField, hasMerchantId, hasKeyVersion, namesAlgorithm, names, filled } = requestFacts(request);
  // Where the request's facts stop, the fields beyond them become its own before it is filled in, validated and sealed.
  // Elsewhere validation refuses every unknown field, strict or not.
  if (request.factsStop !== null) {
    const among = refusedAmongFields(message, names, resolved.strict, request.fields);
    if (among.length > 0) return invalidRequestResult(among, []);
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
  return { ok: true, body, seal: String(message[SEAL_FIELD]), algorithm: used, warnings: checked.warnings };
}

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
