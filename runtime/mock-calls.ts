// The mock's record of the calls it answered: which operation, the request as
// it came, whether its seal verified, and the reply sent. The mock answers
// cancel, refund and validate alike (the same example fields and code, and so
// the same seal for the same key), so a test tells which one its code called
// from here, not from the reply. Read from the object startMockServer gives;
// the command line's mock, which no test reads, keeps none.

import type { MockMessage } from "./mock-operation.js";

/** One call the mock answered: a POST of a body to an operation's JSON endpoint, and the reply to it. */
export interface MockCall<N extends string = string> {
  /** The operation whose endpoint was called. */
  readonly operation: N;
  /**
   * The request's fields as they came, its seal among them: the JSON body parsed apart from what a handler was
   * given, so that a handler's changes do not show here. Null for a body that is JSON but no object.
   */
  readonly request: MockMessage | null;
  /** Whether the request's seal verified, with the key of the keyVersion it names: false for a refusal of its seal. */
  readonly sealVerified: boolean;
  /**
   * The reply as sent: its HTTP status, and its body, parsed (a reply's fields, its seal among them, as a client
   * reads them), or as text where it is no JSON (a handler's `MockHttpError`).
   */
  readonly reply: { readonly status: number; readonly body: MockMessage | string };
}

/** A call read, not yet answered. */
interface Pending {
  readonly operation: string;
  readonly request: MockMessage | null;
  sealVerified: boolean;
}

/**
 * The calls one mock answered, in the order it answered them. A call is known by the response it is answered on
 * (`res`, any object here, so that this module needs no node:http): a failed handler's answer is sent by the
 * server's catch (mock-server.ts), away from the code that read the request.
 */
export class MockCalls {
  readonly #answered: MockCall[] = [];
  readonly #pending = new WeakMap<object, Pending>();
  readonly #keeping: boolean;

  constructor(keeping: boolean) {
    this.#keeping = keeping;
  }

  /** A request's body read (`text`, parsed as `parsed`) for `operation`, to be answered on `res`. */
  read(res: object, operation: string, text: string, parsed: unknown): void {
    if (!this.#keeping) return;
    // Parsed again: the parsed body is what the handler gets, and may change.
    const request =
      typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
        ? (JSON.parse(text) as MockMessage)
        : null;
    this.#pending.set(res, { operation, request, sealVerified: false });
  }

  /** The request answered on `res` has a seal that verified. */
  verified(res: object): void {
    const pending = this.#pending.get(res);
    if (pending) pending.sealVerified = true;
  }

  /** The answer sent on `res`, as its text (`json`: whether that is JSON); nothing for a request not read as a call. */
  sent(res: object, status: number, text: string, json: boolean): void {
    const pending = this.#pending.get(res);
    if (!pending) return;
    this.#pending.delete(res);
    const body = json ? (JSON.parse(text) as MockMessage) : text;
    this.#answered.push({ ...pending, reply: { status, body } });
  }

  /** The calls answered so far, oldest first: a copy, which later calls do not change. */
  list(): readonly MockCall[] {
    return [...this.#answered];
  }

  clear(): void {
    this.#answered.length = 0;
  }
}
