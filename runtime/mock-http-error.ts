// What a mock handler (or the local Paypage's payment outcome) throws to answer
// with an HTTP status of its choice in place of a Sips reply or a payment: a
// gateway's 502, a maintenance page's 503, so that a shop's tests can play the
// client's `http` error, or a browser's failed payment page, as each arises.

/** Statuses whose replies carry no body (RFC 9110): Node's server drops one given. */
const WITHOUT_BODY = new Set([204, 205, 304]);

/**
 * Thrown by a mock handler or by the Paypage's payment `outcome` (or the
 * rejection of its promise, or returned): the mock answers the request, or the
 * browser's form, with `status` and `body` as text, unsealed, in place of a
 * reply or of the played payment (no automatic response is posted).
 * Anything else either throws is HTTP 500.
 */
export class MockHttpError extends Error {
  /** The HTTP status the mock answers with, from 200 to 599. */
  readonly status: number;
  /** The body the mock sends, as `text/plain`. */
  readonly body: string;

  /**
   * @throws RangeError when `status` is not an integer from 200 to 599, which no HTTP reply of Sips's would be, or
   * when a body is given with a status that carries none (204, 205, 304), which HTTP would drop unsent.
   */
  constructor(status: number, body = "") {
    if (!Number.isInteger(status) || status < 200 || status > 599)
      throw new RangeError(`a mock's HTTP status must be an integer from 200 to 599, not ${String(status)}`);
    if (WITHOUT_BODY.has(status) && String(body) !== "")
      throw new RangeError(
        `an HTTP ${status} carries no body: the mock would not send ${JSON.stringify(String(body))}`,
      );
    super(`the mock answers HTTP ${status}`);
    this.name = "MockHttpError";
    this.status = status;
    this.body = String(body);
  }
}
