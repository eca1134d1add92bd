// What a mock server is started with, and its check before it listens: an
// option that could not work as meant (a misspelt handler, a port or timeout
// out of range, a listener that is no function) is a TypeError when the server
// starts, not a failure of every request after.

import type { MockHandler, MockOperation } from "./mock-operation.js";
import type { MockPaypageOptions } from "./mock-paypage-options.js";
import { mockKeysOf, type MockKeys, type MockSecretKeys } from "./mock-keys.js";
import { nearNames, youMean } from "./closest-names.js";
import { describe } from "./issue-format.js";
import { cutTo } from "./client-excerpt.js";
import { MAX_TIMEOUT_MS } from "./timer-limit.js";

/** What the mock server is started with, checked. */
export interface MockSettings {
  readonly port: number;
  readonly keys: MockKeys;
  readonly handlers: { readonly [name: string]: MockHandler | undefined };
  readonly paypage: MockPaypageOptions | undefined;
  readonly onError: ((error: unknown, operation: string | null) => void) | undefined;
  readonly recordCalls: boolean;
}

/**
 * `N` names the operations served; `Handlers` types each one's handler, as
 * mock.ts's `MockHandlers` does, and `Paypage` the local Paypage's options
 * (any JSON object in and out by default). `MockServerOptions` is this with
 * the package's operations.
 */
export interface MockServerOptionsOf<
  N extends string = string,
  Handlers extends object = { readonly [K in N]?: MockHandler },
  Paypage extends object = MockPaypageOptions,
> {
  /** The port to listen on; 0 or absent for any free port. */
  readonly port?: number | undefined;
  /**
   * The key requests are verified and replies sealed with: one key whatever a request's keyVersion, or
   * a key per keyVersion (`{ 1: oldKey, 2: newKey }`), a request then checked and answered with the key
   * of the keyVersion it names (one naming a keyVersion without a key gets the seal failure's answer).
   */
  readonly secretKey: MockSecretKeys;
  /** Replies per operation, instead of the mock's own (the example response, a local Paypage's redirection), which each may fall back to. */
  readonly handlers?: Handlers | undefined;
  /** The local Paypage: the payment's outcome (accepted by default) and reports of automatic responses. */
  readonly paypage?: Paypage | undefined;
  /**
   * Told of each failure answered with HTTP 500: what a handler or the Paypage's payment outcome threw (or its
   * promise rejected with), or the mock's own error, with the operation whose handler or payment threw (null
   * otherwise). The 500's body names the
   * handler and the error's name alone: a message may quote the request, and the body reaches the client's
   * error and the test's log. The mock logs nothing itself. What this throws is ignored.
   */
  readonly onError?: ((error: unknown, operation: string | null) => void) | undefined;
  /** Whether the mock keeps a record of the calls it answers (`calls()`); true by default. */
  readonly recordCalls?: boolean | undefined;
}

/** The mock's options, checked against the operations it serves; throws a TypeError for the first that cannot work. */
export function mockSettingsOf(
  operations: readonly MockOperation[],
  options: MockServerOptionsOf<string, object, object>,
): MockSettings {
  // From JavaScript, a call without options met "Cannot read properties of undefined (reading 'port')".
  if (typeof options !== "object" || options === null)
    throw new TypeError("startMockServer takes its options, { secretKey } at least");
  const { port = 0, secretKey, onError, recordCalls = true } = options;
  // Each handler's types are its operation's, and the outcome's those of the payments played, held where the
  // server is started (mock.ts's startMockServer): here each is called with a request the mock has checked.
  const handlers = (options.handlers ?? {}) as { readonly [name: string]: MockHandler | undefined };
  const paypage = options.paypage as MockPaypageOptions | undefined;
  const keys = mockKeysOf(secretKey);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new TypeError(`port must be an integer from 0 to 65535, got ${describe(port)}`);
  assertHandlers(handlers, operations);
  if (onError !== undefined && typeof onError !== "function")
    throw new TypeError(`onError must be a function, got ${describe(onError)}`);
  if (paypage !== undefined) assertPaypageOptions(paypage);
  if (typeof recordCalls !== "boolean")
    throw new TypeError(`recordCalls must be a boolean, got ${describe(recordCalls)}`);
  return { port, keys, handlers, paypage, onError, recordCalls };
}

/**
 * Handlers that would never answer as meant: one named after no operation served (a misspelt name, which a
 * configuration typed loosely lets through) would be left unused, the example answered instead; one that is not a
 * function would fail each request.
 */
function assertHandlers(
  handlers: { readonly [name: string]: MockHandler | undefined },
  operations: readonly MockOperation[],
): void {
  if (typeof handlers !== "object" || handlers === null)
    throw new TypeError(`handlers must be an object, got ${describe(handlers)}`);
  const served = operations.map((o) => o.operation.name);
  for (const [name, handler] of Object.entries(handlers)) {
    if (!served.includes(name))
      throw new TypeError(
        `handlers.${cutTo(name, NAME_SHOWN_LENGTH)}: the mock serves no such operation (${servedLike(name, served)})`,
      );
    if (handler !== undefined && handler !== null && typeof handler !== "function")
      throw new TypeError(`handlers.${name} must be a function, got ${describe(handler)}`);
  }
}

/** How many characters of a name of no operation served an error quotes (a handler's, urlOf's): code may build any text. */
export const NAME_SHOWN_LENGTH = 80;

/** A misspelt operation's closest served (a handler's, urlOf's), as the client's interfaceVersions names them, or every one served. */
export function servedLike(name: string, served: readonly string[]): string {
  const near = nearNames(name, served);
  return near.length > 0 ? youMean(near) : `it serves ${served.join(", ")}`;
}

/**
 * Options that would fail every payment, refused when the server starts: a
 * timeout a timer cannot keep (the automatic response aborted at once, or
 * AbortSignal.timeout throwing for a fraction), an outcome or listener that is
 * not a function.
 */
function assertPaypageOptions(options: MockPaypageOptions): void {
  if (typeof options !== "object" || options === null)
    throw new TypeError(`paypage must be an object, got ${describe(options)}`);
  const { outcome, onAutomaticResponse, automaticResponseTimeoutMs: timeout } = options;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0 && timeout <= MAX_TIMEOUT_MS))
    throw new TypeError(
      `paypage.automaticResponseTimeoutMs must be an integer from 1 to ${MAX_TIMEOUT_MS} (ms), got ${describe(timeout)}`,
    );
  if (outcome !== undefined && typeof outcome !== "function")
    throw new TypeError(`paypage.outcome must be a function, got ${describe(outcome)}`);
  if (onAutomaticResponse !== undefined && typeof onAutomaticResponse !== "function")
    throw new TypeError(`paypage.onAutomaticResponse must be a function, got ${describe(onAutomaticResponse)}`);
}
