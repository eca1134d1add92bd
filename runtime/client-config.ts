// What a client is configured with, checked once: the environment, the shop's
// credentials and how to reach Sips (the fetch it calls: client-fetch.ts). Its
// members are read once, in a guard (client-config-read.ts); the names it gives
// (its environment, the operations of its versions) are checked in
// client-config-names.ts; where a call goes in the configured environment is
// client-endpoint.ts.

import { configKind, describe } from "./issue-format.js";
import type { FetchLike } from "./client-fetch.js";
import { DEFAULT_MAX_REPLY_BYTES } from "./client-reply-body.js";
import type { BaseUrl, UrlObject } from "./operation-addresses.js";
import { assertVersionNames, targetOf } from "./client-config-names.js";
import { readMembers, UnreadableConfig, unreadableError } from "./client-config-read.js";
import { isSealAlgorithmName, SEAL_ALGORITHM_NAMES, type SealAlgorithmName } from "./seal.js";
import { assertKeyForEnvironment, assertSecretKey } from "./secret-key.js";
import { MAX_TIMEOUT_MS } from "./timer-limit.js";

/**
 * A Sips environment by name ("prod", "test", "simu": `E` lists those of the
 * package, so that a misspelt one does not compile), or the base URL of another
 * server (a mock, a proxy) to which each operation's path is appended.
 */
export type Environment<E extends string = string> = E | BaseUrl | UrlObject;

/**
 * How a client reaches Sips; `N` names the operations whose interface version
 * may be set, `E` the environments the package knows, `V` the interface
 * version each operation takes. The package's `ClientConfig` is this with its
 * own operations, environments and versions.
 */
export interface ClientConfigOf<N extends string = string, E extends string = string, V = Record<never, never>> {
  /**
   * An environment ("prod", "test", "simu"...), or a base URL such as "http://127.0.0.1:8080" (a mock server), as
   * text or as a URL object (its `href`).
   */
  readonly environment: Environment<E>;
  /** The shop's identifier, sent in every request. */
  readonly merchantId: string;
  /** The version of `secretKey`, sent in every request. */
  readonly keyVersion: number;
  /** Seals requests and verifies replies; never sent, logged or put in a result. */
  readonly secretKey: string;
  /**
   * The seal algorithm, sent in requests that have a field for it; a request without one names none, and is sealed
   * with the platform's default (HMAC-SHA-256), which Sips verifies it with.
   */
  readonly sealAlgorithm?: SealAlgorithmName | undefined;
  /** The interfaceVersion to send per operation, where the recommended one will not do (or none is documented). */
  // Each operation's version as `V` types it (its requests' interfaceVersion, of its prefix); any text for one `V` does
  // not name.
  readonly interfaceVersions?: { readonly [K in N]?: (K extends keyof V ? V[K] : string) | undefined } | undefined;
  /**
   * The fetch to use; the global one by default. One of your own should honour `init.redirect` ("manual"):
   * a redirect is an error, not followed.
   */
  readonly fetch?: FetchLike | undefined;
  /** How long a call may take, reply included, in milliseconds (default 30000). */
  readonly timeoutMs?: number | undefined;
  /**
   * The longest reply read, in bytes (default 1048576, 1 MiB; a Sips reply is a few kilobytes): a longer one
   * is cancelled once past it, and the call is a `reply-too-large` error. With a status other than 2xx, the call
   * is an `http` error whose body is read only as far as its excerpt needs (about 3 KB, or up to this bound).
   */
  readonly maxReplyBytes?: number | undefined;
  /**
   * Refuse, unsent, a request with a field its operation's spec does not hold (default false). Where an operation's
   * saved facts stop before its page, such a field is otherwise sent, with a warning in the result, as Sips may know
   * it: a misspelt optional field from JavaScript would go to Sips, which ignores it. A field given under
   * `beyondFacts` is sent all the same: it was given apart on purpose. Other operations refuse such a field either
   * way. Replies are read as without it: a field Sips added to a reply is a warning, not a failed call.
   */
  readonly strict?: boolean | undefined;
}

/** A configuration after its checks. */
export interface ResolvedConfig {
  /** The base URL of another server, without a trailing "/"; null for an environment name. */
  readonly base: string | null;
  /** The environment's name; null for a base URL. */
  readonly environment: string | null;
  readonly merchantId: string;
  readonly keyVersion: number;
  readonly secretKey: string;
  readonly sealAlgorithm: SealAlgorithmName | undefined;
  readonly interfaceVersions: { readonly [name: string]: string | undefined };
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly maxReplyBytes: number;
  readonly strict: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

const resolved = new WeakMap<ClientConfigOf, ResolvedConfig>();

/**
 * Checks a configuration once and remembers the result for this object.
 * `environments` are the names the caller knows (a client of every operation
 * knows every environment some operation has); without them, any name is
 * taken, and a call of an operation that lacks it resolves to an error.
 * `operations`, when given, are the only names `interfaceVersions` may hold
 * (an operation's own function takes a configuration shared with others).
 *
 * @throws TypeError for a configuration that cannot work (a programmer error): an
 * environment that is neither a known name nor an http(s) URL, an empty merchantId
 * or secretKey, the public test key for "prod", a keyVersion that is not a non-negative integer, an unknown
 * sealAlgorithm, a timeout that is not a positive number of at most 2^31 - 1 ms, a maxReplyBytes that is not a
 * positive integer, a strict that is not a boolean, an interfaceVersions key naming none of `operations`, a fetch that is not a function, or no
 * fetch at all; or one whose members cannot be read (a getter or proxy threw: its error is the `cause`). The key is
 * never shown.
 */
export function resolveConfig(
  config: ClientConfigOf,
  environments?: readonly string[],
  operations?: readonly string[],
): ResolvedConfig {
  const out = resolveReadable(config, environments, operations);
  if (out instanceof UnreadableConfig) throw unreadableError(out.cause);
  return out;
}

/**
 * `resolveConfig` for a call, which resolves to a result where a configuration cannot be read: what a getter or
 * proxy of it threw, as an `UnreadableConfig`, instead of a TypeError.
 *
 * @throws TypeError for a configuration that cannot work, as `resolveConfig`.
 */
export function resolveCallConfig(config: ClientConfigOf): ResolvedConfig | UnreadableConfig {
  return resolveReadable(config, undefined, undefined);
}

function resolveReadable(
  config: ClientConfigOf,
  environments: readonly string[] | undefined,
  operations: readonly string[] | undefined,
): ResolvedConfig | UnreadableConfig {
  const known = resolved.get(config);
  if (known) return known;
  if (typeof config !== "object" || config === null)
    throw new TypeError(`the client configuration must be an object, got ${configKind(config)}`);
  const members = readMembers(config);
  if (members instanceof UnreadableConfig) return members;
  const out = checked(members, environments, operations);
  resolved.set(config, out);
  return out;
}

/** The checks of `resolveConfig`, on members already read. */
function checked(
  config: ClientConfigOf,
  environments: readonly string[] | undefined,
  operations: readonly string[] | undefined,
): ResolvedConfig {
  const {
    environment,
    merchantId,
    keyVersion,
    secretKey,
    sealAlgorithm,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxReplyBytes = DEFAULT_MAX_REPLY_BYTES,
    strict = false,
    fetch: givenFetch,
  } = config;
  if (typeof merchantId !== "string" || merchantId === "")
    throw new TypeError(`merchantId must be a non-empty string, got ${describe(merchantId)}`);
  if (!Number.isSafeInteger(keyVersion) || keyVersion < 0)
    // A keyVersion read from the environment is a string ("1"): said, so that the fix is plain.
    throw new TypeError(`keyVersion must be a non-negative integer, got ${describe(keyVersion)}`);
  assertSecretKey(secretKey);
  if (sealAlgorithm !== undefined && !isSealAlgorithmName(sealAlgorithm))
    throw new TypeError(
      `sealAlgorithm must be one of ${SEAL_ALGORITHM_NAMES.join(", ")}, got ${describe(sealAlgorithm)}`,
    );
  // A timer's delay is a signed 32-bit count of ms: a longer one fires at once, and every call would time out.
  if (typeof timeoutMs !== "number" || !(timeoutMs > 0) || !(timeoutMs <= MAX_TIMEOUT_MS))
    throw new TypeError(
      `timeoutMs must be a positive number of milliseconds, at most ${MAX_TIMEOUT_MS} (about 24 days), got ${describe(timeoutMs)}`,
    );
  if (!Number.isSafeInteger(maxReplyBytes) || maxReplyBytes <= 0)
    throw new TypeError(`maxReplyBytes must be a positive integer number of bytes, got ${describe(maxReplyBytes)}`);
  // A "true" read from the environment is text: taken as false, it would let through what the caller asked to refuse.
  if (typeof strict !== "boolean") throw new TypeError(`strict must be a boolean, got ${describe(strict)}`);
  if (operations) assertVersionNames(config.interfaceVersions, operations);
  // A fetch given that is not a function is a mistake of the configuration, not a runtime without fetch: say which.
  if (givenFetch !== undefined && typeof givenFetch !== "function")
    throw new TypeError(`fetch must be a function, got ${givenFetch === null ? "null" : typeof givenFetch}`);
  const fetchImpl = givenFetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
  if (typeof fetchImpl !== "function") throw new TypeError("no fetch: pass one in the configuration");
  const where = targetOf(environment, environments);
  assertKeyForEnvironment(secretKey, where.environment);
  return {
    ...where,
    merchantId,
    keyVersion,
    secretKey,
    sealAlgorithm,
    interfaceVersions: { ...config.interfaceVersions },
    fetch: fetchImpl,
    timeoutMs,
    maxReplyBytes,
    strict,
  };
}
