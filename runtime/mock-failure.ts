// What the mock's HTTP 500 says when answering a request fails: a handler
// (or a payment's outcome) that throws, or a handler that returns no message. Its body travels into a client's `http`
// error and from there into a test's log, and a handler's error may quote the
// request it was given (a card number among its fields): so the body names
// where it failed and what kind of error, never an error's message. The error
// itself goes to the mock's `onError`, in the test's own process.

import { kindOfThrown } from "./is-error.js";
import { MockHttpError } from "./mock-http-error.js";

/** Thrown by the mock itself when a handler's reply is no message: its text is the mock's own words. */
export class MockFailure extends Error {
  /** The operation whose handler gave the reply. */
  readonly operation: string;

  constructor(operation: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "MockFailure";
    this.operation = operation;
  }
}

/**
 * What a function of the test threw (or its promise rejected with), with the operation it answered: an operation's
 * handler, or the Paypage's payment outcome (`role`), whose payment the operation started.
 */
export class HandlerFailure extends Error {
  readonly operation: string;
  readonly thrown: unknown;
  readonly role: "handler" | "payment outcome";

  constructor(operation: string, thrown: unknown, role: "handler" | "payment outcome" = "handler") {
    super(`the ${role} of ${operation} threw`);
    this.name = "HandlerFailure";
    this.operation = operation;
    this.thrown = thrown;
    this.role = role;
  }
}

/**
 * What a function of the test gives (an operation's handler, or the Paypage's payment outcome: `role`), awaited:
 * what it throws or its promise rejects with marked as the test's (the 500 names the function, not its message). A
 * MockHttpError thrown, or returned, passes as it is: the answer the function asks for, whichever it is, so that a
 * test answers a payment with a 402 as it answers an operation with a 503. What it returns that is no object (null,
 * a string, a list) is no message, nor fields of one: the 500 says so, whichever function gave it.
 */
export async function calledOfTheTest(
  operation: string,
  role: HandlerFailure["role"],
  call: () => unknown,
): Promise<Record<string, unknown>> {
  let given: unknown;
  try {
    given = await call();
  } catch (error) {
    throw error instanceof MockHttpError ? error : new HandlerFailure(operation, error, role);
  }
  if (given instanceof MockHttpError) throw given;
  if (typeof given === "object" && given !== null && !Array.isArray(given)) return given as Record<string, unknown>;
  const what = given === null ? "null" : Array.isArray(given) ? "an array" : typeof given;
  throw new MockFailure(operation, `the ${role} of ${operation} returned ${what}, not an object`);
}

/**
 * The 500's text for a failure while answering: the mock's own words, or where it failed and the kind of error.
 * `told`: whether the mock was given an `onError`, which then receives the error; without one, the text says how
 * to have it.
 */
export function failureText(error: unknown, told: boolean): string {
  const withheld = `its message is not sent; ${told ? "onError receives it" : "give the mock an onError option to receive it"}`;
  const why =
    error instanceof MockFailure
      ? error.message
      : error instanceof HandlerFailure
        ? `the ${error.role} of ${error.operation} threw ${kindOfThrown(error.thrown)} (${withheld})`
        : `it threw ${kindOfThrown(error)} (${withheld})`;
  return `the mock failed to answer: ${why}`;
}
