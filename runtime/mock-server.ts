// A local Sips server for tests: every operation at its endpoint's path, on
// 127.0.0.1. It checks a request's seal, then its format, and answers
// with the operation's documented codes, or with the example response or a
// handler's, sealed with the test key (mock-answer.ts). An operation with a
// callback and a POST form address is a local Paypage too (mock-paypage.ts).
// Its key may be one per keyVersion (mock-keys.ts).

import { createServer } from "node:http";
import { watchClientSockets } from "./mock-client-sockets.js";
import { answerRequest } from "./mock-answer.js";
import { mockSiteOf } from "./mock-site.js";
import { sendJson, sendText } from "./mock-http.js";
import { MockHttpError } from "./mock-http-error.js";
import type { MockHandler, MockOperation } from "./mock-operation.js";
import type { MockPaypageOptions } from "./mock-paypage-options.js";
import { mockKeysOf, type MockSecretKeys } from "./mock-keys.js";
import { failureText, HandlerFailure, MockFailure } from "./mock-failure.js";
import { describe } from "./issue-format.js";
import type { MockCall } from "./mock-calls.js";

export * from "./mock-operation.js";
export type { MockSecretKeys } from "./mock-keys.js";
export type { MockCall } from "./mock-calls.js";

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

/** A mock server; `N` names the operations its record of calls names. */
export interface MockServer<N extends string = string> {
  /** The server's origin, e.g. "http://127.0.0.1:40123": a client's `environment`. */
  readonly url: `http://${string}`;
  /**
   * The calls the mock answered (a JSON body posted to an operation's endpoint), oldest answer first, since it
   * started or `clearCalls()` last ran: a copy. Empty when started with `recordCalls: false`.
   */
  calls(): readonly MockCall<N>[];
  /** Forgets the calls answered so far. */
  clearCalls(): void;
  /**
   * Stops listening, closes open connections and ends the automatic responses in flight (each reported to
   * `paypage.onAutomaticResponse` before it resolves), posting none after; called again, it resolves when that is done.
   * Once it resolves, a client of this process has dropped its kept connections: a call is refused, sent "no".
   * It waits for each (a socket of this process that reads the close but keeps its own side open, `allowHalfOpen`,
   * holds it until that socket closes); a client in another process, or in another thread of this one (a
   * `Worker`: Node announces a socket to the thread that made it), is not waited for.
   */
  close(): Promise<void>;
}

/**
 * Starts a mock of the given operations, `N` their names.
 *
 * @throws TypeError when the options are not an object, a key is not a non-empty string with no lone surrogate (or a keyVersion not an integer of at most
 * 10 digits, or no key is given), the port is not an integer from 0 to 65535, a handler is named after no
 * operation served or is not a function, or the Paypage options cannot work (a timeout that is not an integer from 1 to 2^31 - 1 ms, an outcome or
 * listener that is not a function).
 */
export async function serveOperations<N extends string = string>(
  operations: readonly MockOperation[],
  options: MockServerOptionsOf<string, object, object>,
): Promise<MockServer<N>> {
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
  const site = mockSiteOf(operations, keys, handlers, paypage, recordCalls);
  const server = createServer((req, res) => {
    // A handler that throws or returns something other than an object: a 500, as a failing server would answer,
    // its body saying where it failed (a client's http error shows it), the error itself given to onError, since
    // the mock's user is the one to mend it. A MockHttpError is the answer the handler (or payment outcome) asked for.
    void answerRequest(req, res, site).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else if (error instanceof MockHttpError) {
        sendText(res, error.status, error.body);
        site.calls.sent(res, error.status, error.body, false);
      } else site.calls.sent(res, 500, sendJson(res, 500, { error: failureText(error, onError !== undefined) }), true);
      if (!(error instanceof MockHttpError)) tell(onError, error);
    });
  });
  // An idle connection is never closed by the mock, only by its client (and by close()): Node's server closes one
  // some 5 s after its last reply (a Keep-Alive hint tells the client), and a client whose event loop is busy (a
  // test suite's hundreds of calls in parallel, in the mock's own process) may send its next request on it as the
  // server closes it, which the kernel answers with a reset: a "read ECONNRESET" for a call that did nothing wrong.
  // Without the timeout, no hint is sent, and each client drops an idle connection by its own clock.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const actual = typeof address === "object" && address !== null ? address.port : port;
  const url: MockServer["url"] = `http://127.0.0.1:${actual}`;
  site.origin = url;
  // The connections this process's clients keep to the mock, which close() waits to see closed (mock-client-sockets.ts).
  const clients = watchClientSockets();
  // One closing, whoever asks: a second server.close() fails with "Server is not running".
  let closing: Promise<void> | undefined;
  return {
    url,
    // The operations' names are N's: the caller's list of operations is named so (mock.ts).
    calls: () => site.calls.list() as readonly MockCall<N>[],
    clearCalls: () => site.calls.clear(),
    close: () =>
      (closing ??= Promise.all([
        new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        }),
        site.paypage.close(),
      ]).then(() => clients.closed(actual))),
  };
}

/** The longest timeout a timer can keep (2^31 - 1 ms): past it, AbortSignal.timeout fires at once. */
const MAX_TIMEOUT_MS = 2_147_483_647;

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
      throw new TypeError(`handlers.${name}: the mock serves no such operation (it serves ${served.join(", ")})`);
    if (handler !== undefined && handler !== null && typeof handler !== "function")
      throw new TypeError(`handlers.${name} must be a function, got ${describe(handler)}`);
  }
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

/** Gives `onError` what failed, with the operation whose handler failed; a listener that throws changes nothing. */
function tell(onError: MockServerOptionsOf["onError"], error: unknown): void {
  if (onError === undefined) return;
  try {
    if (error instanceof HandlerFailure) onError(error.thrown, error.operation);
    else onError(error, error instanceof MockFailure ? error.operation : null);
  } catch {
    // The answer is sent; the listener's failure is the test's to see in its own assertions.
  }
}
