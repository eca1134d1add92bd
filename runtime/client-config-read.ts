// A client's configuration read once, each member by name inside a guard: a
// getter or proxy trap that throws gives what it threw, for the caller to make
// the documented TypeError (createClient) or a result (a call) of it.

import { configKind } from "./issue-format.js";

/**
 * The members of a configuration as read, whatever their types (client-config.ts checks them): its `ClientConfigOf`
 * is not imported here, which imports this file.
 */
interface Members {
  readonly environment?: unknown;
  readonly merchantId?: unknown;
  readonly keyVersion?: unknown;
  readonly secretKey?: unknown;
  readonly sealAlgorithm?: unknown;
  readonly interfaceVersions?: unknown;
  readonly fetch?: unknown;
  readonly timeoutMs?: unknown;
  readonly maxReplyBytes?: unknown;
  readonly strict?: unknown;
}

/**
 * A copy of a configuration, each member (and each entry of `interfaceVersions`) read once, for a client to keep:
 * a getter that answers otherwise on a later read cannot change it.
 *
 * @throws TypeError, its `cause` what was thrown, where a getter or proxy of the configuration throws.
 */
export function copyConfig<C extends object>(config: C): C {
  if (typeof config !== "object" || config === null)
    throw new TypeError(`the client configuration must be an object, got ${configKind(config)}`);
  const copy = readMembers(config);
  if (copy instanceof UnreadableConfig) throw unreadableError(copy.cause);
  return copy;
}

/** What reading a configuration threw: a getter's or proxy trap's error. */
export class UnreadableConfig {
  readonly cause: unknown;
  constructor(cause: unknown) {
    this.cause = cause;
  }
}

/** Said of a configuration a getter or proxy of which threw. */
export const UNREADABLE_CONFIG_TEXT = "the client configuration could not be read (a property getter or proxy threw)";

/** The TypeError of a configuration that cannot be read, what was thrown its cause. */
export const unreadableError = (cause: unknown): TypeError => new TypeError(UNREADABLE_CONFIG_TEXT, { cause });

/**
 * Each member read once, by name (an inherited one too, as a class's getter), inside a guard: a getter or proxy trap
 * that throws gives what it threw. `interfaceVersions` is copied as an object spread copies it, once.
 */
export function readMembers<C extends object>(given: C): C | UnreadableConfig {
  const config = given as Members;
  try {
    const versions = config.interfaceVersions;
    return {
      environment: config.environment,
      merchantId: config.merchantId,
      keyVersion: config.keyVersion,
      secretKey: config.secretKey,
      sealAlgorithm: config.sealAlgorithm,
      interfaceVersions: typeof versions === "object" && versions !== null ? { ...versions } : versions,
      fetch: config.fetch,
      timeoutMs: config.timeoutMs,
      maxReplyBytes: config.maxReplyBytes,
      strict: config.strict,
    } as unknown as C;
  } catch (error) {
    return new UnreadableConfig(error);
  }
}
