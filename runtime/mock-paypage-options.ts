// What the mock's Paypage is given: the operations it plays payments of, and
// the outcome a test gives each payment, with how the automatic response goes.
// mock.ts types them after the package's operations.

import type { CallbackDescriptor, OperationDescriptor } from "./descriptor.js";
import type { AutomaticResponseReport } from "./mock-automatic-response.js";

/** A JSON object as the mock reads and writes it. */
export type MockPaypageMessage = Record<string, unknown>;

/**
 * The outcome of a payment the mock plays: fields of the response put over
 * the accepted one (responseCode 00 and the spec's example), e.g.
 * `{ responseCode: "05" }` for a refusal, which keeps of the accepted one only
 * what the request said (its acquirerResponseCode and card fields are the
 * accepted payment's: the outcome gives its own). Given the request as the mock read it.
 * One that throws a `MockHttpError` has the browser answered with its status
 * and body, no payment played; anything else it throws, or a return that is
 * no object, is HTTP 500.
 * Without type arguments it takes and gives any JSON object; mock.ts types
 * them after the operations the mock plays payments of.
 */
export type MockPaymentHandler<Request = MockPaypageMessage, Outcome = MockPaypageMessage> = (
  request: Request,
) => Outcome | Promise<Outcome>;

/**
 * The request of a payment, where the mock plays payments of several operations: every field that any of their
 * requests (`Request`, their union) declares, optional, typed as the requests that declare it type it, so that a
 * test reads a field of one without first telling which operation the payment is of (absent for the others).
 */
export type MockPaypageRequest<Request> = {
  readonly [K in Request extends unknown ? keyof Request : never]?: Request extends unknown
    ? K extends keyof Request
      ? Request[K]
      : never
    : never;
};

/**
 * The mock's local Paypage (`startMockServer`'s `paypage`): the outcome of each payment it plays, and how it
 * posts the sealed response to the shop's `automaticResponseUrl`.
 */
export interface MockPaypageOptions<Request = MockPaypageMessage, Outcome = MockPaypageMessage> {
  /** The payment's outcome; accepted (responseCode 00) by default. */
  readonly outcome?: MockPaymentHandler<Request, Outcome> | undefined;
  /** Called once per automatic response, whether it was delivered or not; a throw, or an async one's rejection, is ignored. */
  readonly onAutomaticResponse?: ((report: AutomaticResponseReport) => void) | undefined;
  /** How long the automatic response may take, in milliseconds (default 10000). */
  readonly automaticResponseTimeoutMs?: number | undefined;
}

/** An operation the mock plays payments of: its descriptor, its callback and the callback's example. */
export interface MockPaypageOperation {
  readonly operation: OperationDescriptor<unknown, unknown, string, unknown>;
  readonly callback: CallbackDescriptor<unknown>;
  /** The response fields the spec gives examples for: the accepted payment. */
  readonly example: MockPaypageMessage;
}
