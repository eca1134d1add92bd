// What a mock handler throws to answer with an HTTP status of its choice in
// place of a Sips reply: a gateway's 502, a maintenance page's 503, so that a
// shop's tests can play the client's `http` error as each arises.

/**
 * Thrown by a mock handler (or the rejection of its promise): the mock answers
 * the request with `status` and `body` as text, unsealed, in place of a reply.
 * Anything else a handler throws is HTTP 500.
 */
export class MockHttpError extends Error {
  /** The HTTP status the mock answers with, from 200 to 599. */
  readonly status: number;
  /** The body the mock sends, as `text/plain`. */
  readonly body: string;

  /** @throws RangeError when `status` is not an integer from 200 to 599, which no HTTP reply of Sips's would be. */
  constructor(status: number, body = "") {
    if (!Number.isInteger(status) || status < 200 || status > 599)
      throw new RangeError(`a mock's HTTP status must be an integer from 200 to 599, not ${String(status)}`);
    super(`the mock answers HTTP ${status}`);
    this.name = "MockHttpError";
    this.status = status;
    this.body = String(body);
  }
}
