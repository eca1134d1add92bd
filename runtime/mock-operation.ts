// What the mock server serves: an operation's descriptor and the messages it
// answers with, whatever their type, and the types of a handler of one
// operation (mock.ts names each operation's).

import type { OperationDescriptor } from "./descriptor.js";
import type { SEAL_FIELD } from "./platform.js";

/** A JSON object as the mock reads and writes it. */
export type MockMessage = Record<string, unknown>;

/**
 * Answers a valid, correctly sealed request. Its result is sealed with the
 * server's key, unless it carries a seal of its own, which is sent as it is
 * (to test how a client takes a tampered reply), or a seal of `null`, for
 * which it is sent with no seal (as Sips leaves some refusals). Without type arguments it
 * takes and gives any JSON object, which every operation's handler accepts.
 *
 * `mockReply` gives the reply the mock sends for this request without a
 * handler, unsealed: the example response, the request's values where the
 * reply has the field, and its accepted code, and for an operation the mock
 * plays payments of, the redirection to its local Paypage.
 * Returned, as it is or with fields changed, it is sealed and sent as any
 * reply, and its redirection plays the payment. Each call gives a copy of one
 * reply (one payment), opened only if the reply sent carries its
 * redirectionData: a handler that never calls it, answers otherwise or
 * throws opens none. A handler that takes only the request fits the type and
 * answers as before.
 */
export type MockHandler<Request = MockMessage, Reply = MockMessage> = (
  request: Request,
  mockReply: () => Reply,
) => Reply | Promise<Reply>;

/**
 * What a handler answers for an operation whose response type is `Response`:
 * the whole reply, sent as it is (the mock adds no field of the example), each
 * field it gives of its type. Every field may be left out, the seal for the
 * mock to compute (one given is sent unchanged, `null` sends the reply with no
 * seal), a required one to test how a client takes an incomplete reply; and so
 * a handler of any JSON object fits every operation, whatever fields a release
 * of the spec makes required.
 */
export type MockReply<Response> = {
  readonly [K in keyof Response]?: K extends typeof SEAL_FIELD ? Response[K] | null : Response[K];
};

/**
 * The handler of one operation: its request as the mock validated and
 * verified it, read-only (and so also a `MockMessage`: a handler written for
 * any operation fits), and its reply.
 */
export type MockOperationHandler<Request, Response> = MockHandler<Readonly<Request>, MockReply<Response>>;

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
