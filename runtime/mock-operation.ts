// What the mock server serves: an operation's descriptor and the messages it
// answers with, whatever their type.

import type { OperationDescriptor } from "./descriptor.js";

/** A JSON object as the mock reads and writes it. */
export type MockMessage = Record<string, unknown>;

/**
 * Answers a valid, correctly sealed request. Its result is sealed with the
 * server's key, unless it carries a seal of its own, which is sent as it is
 * (to test how a client takes a tampered reply).
 */
export type MockHandler = (request: MockMessage) => MockMessage | Promise<MockMessage>;

/** An operation as the mock serves it: its descriptor and the response it answers with by default. */
export interface MockOperation {
  readonly operation: OperationDescriptor<unknown, unknown>;
  readonly example: MockMessage;
  /** The example of what it posts back (its callback), for an operation the mock plays payments of. */
  readonly callbackExample?: MockMessage;
}

/** An operation for `serveOperations`; the mock checks and seals messages whatever their type. */
export function mockOperation<Request, Response, Environment extends string, Callback>(served: {
  readonly operation: OperationDescriptor<Request, Response, Environment, Callback>;
  readonly example: MockMessage;
  readonly callbackExample?: MockMessage;
}): MockOperation {
  const operation = served.operation as unknown as OperationDescriptor<unknown, unknown>;
  return served.callbackExample === undefined
    ? { operation, example: served.example }
    : { operation, example: served.example, callbackExample: served.callbackExample };
}
