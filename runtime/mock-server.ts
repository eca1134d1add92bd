// A local Sips server for tests: every operation at its endpoint's path, on
// 127.0.0.1. It checks a request's seal, then its format, and answers
// with the operation's documented codes, or with the example response or a
// handler's, sealed with the test key (mock-answer.ts). An operation with a
// callback and a POST form address is a local Paypage too (mock-paypage.ts).
// Its key may be one per keyVersion (mock-keys.ts).

import { createServer } from "node:http";
import { watchClientSockets } from "./mock-client-sockets.js";
import { portRefused } from "./mock-port-refused.js";
import { answerRequest } from "./mock-answer.js";
import { mockSiteOf, servedUrl } from "./mock-site.js";
import { sendJson, sendText } from "./mock-http.js";
import { MockHttpError } from "./mock-http-error.js";
import type { MockOperation } from "./mock-operation.js";
import { failureText, HandlerFailure, MockFailure } from "./mock-failure.js";
import type { MockCall } from "./mock-calls.js";
import { mockSettingsOf, type MockServerOptionsOf } from "./mock-server-options.js";

export * from "./mock-operation.js";
export type { MockSecretKeys } from "./mock-keys.js";
export type { MockCall } from "./mock-calls.js";
export type { MockServerOptionsOf } from "./mock-server-options.js";

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
   * The URL the mock serves `operation` at (`url` and the path of its PROD address, where a client given `url`
   * posts), for a call a test makes itself: `fetch(mock.urlOf("cardOrder"), { method: "POST", ... })`.
   *
   * @throws TypeError for a name of no operation the mock serves, naming the closest one; once `close()` was
   * called, for any name: the port may already serve another program.
   */
  urlOf(operation: N): `http://${string}`;
  /**
   * Stops listening, closes open connections and ends the automatic responses in flight (each reported to
   * `paypage.onAutomaticResponse` before it resolves), posting none after; called again, it resolves when that is done.
   * Once it resolves, a client of this thread has dropped its kept connections and the port refuses a connection: a
   * call is refused, sent "no" (even while another thread starts child processes, whose forks hold the port a moment).
   * It waits for each, a second at most (a socket of this thread that reads the close but keeps its own side open,
   * `allowHalfOpen`, holds it that long), keeping the process alive meanwhile; a client in another process, or in
   * another thread of this one (a `Worker`: Node announces a socket to the thread that made it), is not waited for.
   * Those waits run on the platform's timers, taken as the mock loads: a test's fake timers, installed and never
   * advanced, do not hold it.
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
  const { port, keys, handlers, paypage, onError, recordCalls } = mockSettingsOf(operations, options);
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
  // The connections this thread's clients keep to the mock, which close() waits to see closed (mock-client-sockets.ts).
  const clients = watchClientSockets();
  // One closing, whoever asks: a second server.close() fails with "Server is not running".
  let closing: Promise<void> | undefined;
  return {
    url,
    // The operations' names are N's: the caller's list of operations is named so (mock.ts).
    calls: () => site.calls.list() as readonly MockCall<N>[],
    clearCalls: () => site.calls.clear(),
    // Closed, the mock's port is free for another program: a URL there would reach that one.
    urlOf: (operation) => servedUrl(site, operation, closing !== undefined),
    close: () =>
      (closing ??= Promise.all([
        new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        }),
        site.paypage.close(),
      ])
        .then(() => clients.closed(actual))
        // A process forked meanwhile may still hold the listening socket (mock-port-refused.ts).
        .then(() => portRefused(actual))),
  };
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
