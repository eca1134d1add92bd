// A local Sips server for tests: every operation at its endpoint's path, on
// 127.0.0.1. It checks requests as Sips does (format, then seal) and answers
// with the operation's documented codes, or with the example response or a
// handler's, sealed with the test key (mock-answer.ts). An operation with a
// callback and a POST form address is a local Paypage too (mock-paypage.ts).

import { createServer } from "node:http";
import { answerRequest, mockSiteOf } from "./mock-answer.js";
import { sendJson } from "./mock-http.js";
import type { MockHandler, MockOperation } from "./mock-operation.js";
import type { MockPaypageOptions } from "./mock-paypage.js";
import { assertSecretKey } from "./secret-key.js";

export * from "./mock-operation.js";

export interface MockServerOptions<N extends string = string> {
  /** The port to listen on; 0 or absent for any free port. */
  readonly port?: number;
  /** The key requests are verified and replies sealed with. */
  readonly secretKey: string;
  /** Replies per operation, instead of the example response. */
  readonly handlers?: { readonly [K in N]?: MockHandler };
  /** The local Paypage: the payment's outcome (accepted by default) and reports of automatic responses. */
  readonly paypage?: MockPaypageOptions;
}

export interface MockServer {
  /** The server's origin, e.g. "http://127.0.0.1:40123": a client's `environment`. */
  readonly url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Starts a mock of the given operations.
 *
 * @throws TypeError when the key is not a non-empty string or the port is not an integer from 0 to 65535.
 */
export async function serveOperations(
  operations: readonly MockOperation[],
  options: MockServerOptions,
): Promise<MockServer> {
  const { port = 0, secretKey, handlers = {} } = options;
  assertSecretKey(secretKey);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new TypeError("port must be an integer from 0 to 65535");
  const site = mockSiteOf(operations, secretKey, handlers, options.paypage);
  const server = createServer((req, res) => {
    // A handler that throws or returns something other than an object: a 500, as a failing server would answer.
    void answerRequest(req, res, site).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: "the mock failed to answer" });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const actual = typeof address === "object" && address !== null ? address.port : port;
  site.origin = `http://127.0.0.1:${actual}`;
  return {
    url: site.origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
