// The mock's automatic response: the Paypage response posted server to server
// to the shop's automaticResponseUrl, as Sips does whatever the browser does.
// What became of it is reported to the mock's user, never thrown: a shop that
// is down or slow does not stop the payment.

import type { AbortSignalLike } from "./client-fetch.js";
import type { PaypageFormField } from "./paypage-request.js";
import { describeError } from "./client-fetch-failure.js";

/** What became of a response posted to automaticResponseUrl: a failure is reported here, never thrown. */
export interface AutomaticResponseReport {
  readonly url: string;
  /** The HTTP status the shop answered (a redirect is not followed), or null when the post failed (with `error`). */
  readonly status: number | null;
  /**
   * Why the post failed, as the client's network error says it: fetch's message and its cause's, where the reason
   * is (`fetch failed: connect ECONNREFUSED 127.0.0.1:9`); null when the shop answered.
   */
  readonly error: string | null;
}

/**
 * Posts `fields` as a form to `url`, then hands what became of it to `onReport`: a listener that throws, or an
 * async one that rejects, is ignored. `closed` ends the post when the mock closes, its reason then the report's error.
 */
export async function postAutomaticResponse(
  url: string,
  fields: readonly PaypageFormField[],
  timeoutMs: number,
  onReport: (report: AutomaticResponseReport) => unknown,
  // Typed as the client's: a declaration naming the global AbortSignal fails where a consumer has no DOM or Node types.
  closed: AbortSignalLike,
): Promise<void> {
  const body = new URLSearchParams(fields.map((f): [string, string] => [f.name, f.value])).toString();
  let report: AutomaticResponseReport;
  try {
    const reply = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
      signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), closed as AbortSignal]),
      // Reported as the shop answered it: followed, a 301 or 302 would reach the shop as a GET without the form
      // and be reported as the status of that GET (no public source says whether Sips follows one).
      redirect: "manual",
    });
    await drain(reply.body?.getReader());
    report = { url, status: reply.status, error: null };
  } catch (error) {
    // fetch's own message says only "fetch failed": the reason (a refused connection, a name not found) is its cause.
    report = { url, status: null, error: describeError(error) };
  }
  try {
    const returned = onReport(report);
    // An async listener's rejection is ignored as a throw is: left unhandled, it would end the mock's process.
    if (isThenable(returned)) returned.then(undefined, () => {});
  } catch {
    // A listener that throws (or whose promise cannot be read) does not stop the payment.
  }
}

/**
 * The most of a shop's answer read, in bytes: its body says nothing the report keeps, and is read only so that its
 * connection ends cleanly. A shop's answer is a few bytes; past this, the rest is cancelled, since one read whole
 * (an endless one, or one as fast as loopback) filled memory by gigabytes until the timeout.
 */
const MAX_ANSWER_BYTES = 64 * 1024;

/** Reads a shop's answer to its end, or to MAX_ANSWER_BYTES, then cancels the rest (not awaited: it may never settle). */
async function drain(
  reader: { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } | undefined,
) {
  if (reader === undefined) return;
  for (let read = 0; ;) {
    const { done, value } = await reader.read();
    if (done) return;
    read += value?.byteLength ?? 0;
    if (read > MAX_ANSWER_BYTES) {
      reader.cancel().catch(() => {});
      return;
    }
  }
}

/** Whether a listener gave a promise (or any thenable): its rejection needs a handler. */
function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
