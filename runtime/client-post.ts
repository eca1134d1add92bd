// The exchange of one call over HTTP: the sealed body POSTed as JSON and the
// reply's text read, within the call's timeout and until its caller aborts,
// every failure told as an error of the call, never thrown (client.ts).

import type { FetchInit, FetchLike } from "./client-fetch.js";
import type { ClientError } from "./client-error.js";
import { BODY_EXCERPT_LENGTH, excerptOf } from "./client-excerpt.js";
import type { HttpReply } from "./client-reply.js";
import { boundedText, discardBody, headerOf } from "./client-reply-body.js";
import { type CallerSignal, followAbort } from "./client-abort.js";
import { describeError, failedBeforeSending, isPlatformFetch } from "./client-fetch-failure.js";

const JSON_HEADERS = { "content-type": "application/json" } as const;

const SIGNAL_REFUSED = "options could not be used (the signal's addEventListener threw); the request was not sent";

/**
 * The reply's status and text (and where a redirect points, when it says; whether it was a redirect the fetch
 * hid, status 0), or why there is none.
 */
export type Exchange = HttpReply | { readonly error: ClientError };

/**
 * POSTs the body and reads the reply's text, within the timeout and until the caller aborts (`given`, its
 * signal as the call read it), up to `maxReplyBytes` bytes.
 */
export async function postJson(
  url: string,
  body: string,
  fetch: FetchLike,
  timeoutMs: number,
  given: CallerSignal | undefined,
  maxReplyBytes: number,
): Promise<Exchange> {
  if (given?.aborted)
    return { error: { kind: "aborted", message: "the call was aborted before it was sent", sent: "no" } };
  const controller = new AbortController();
  // The caller's abort passed on, with nothing added to a call without a signal (null taken as none); before
  // the timer is set, so that a signal that throws leaves no timer behind to hold the process.
  let unfollow: (() => void) | undefined;
  try {
    unfollow = given === undefined ? undefined : followAbort(given, controller);
  } catch {
    // Its addEventListener threw when called: options the call cannot use, a result as for those it cannot read.
    return { error: { kind: "invalid-request", message: SIGNAL_REFUSED, sent: "no", issues: [], warnings: [] } };
  }
  let timedOut = false;
  // Set once the reply's status and headers have come: a failure after that (a body cut, a timeout or an abort
  // while it is read) followed a reply, so the request reached the server, and the error says so, with the status.
  const seen: ReplySeen = { status: null };
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const init: FetchInit = {
      method: "POST",
      headers: JSON_HEADERS,
      body,
      signal: controller.signal,
      redirect: "manual",
    };
    const exchange = exchangeOver(url, init, fetch, maxReplyBytes, seen);
    // Node's fetch ends its promises when the signal aborts; a fetch of the caller's own (or one put in the global
    // fetch's place) may not, and the call must still end at its timeout or its caller's abort.
    return await (isPlatformFetch(fetch) ? exchange : untilAborted(exchange, controller.signal));
  } catch (error) {
    const { status } = seen;
    // The status that came is kept: a 502 whose page was cut tells as much as one read whole.
    const came = status === null ? ({ sent: "maybe" } as const) : ({ sent: "yes", status } as const);
    // Before the status, what the log reader must weigh before sending it again: it may have gone, as sent says.
    const during =
      status === null ? `: ${MAYBE_SENT}` : ` (its status came, ${statusSaid(status)}, not its whole body)`;
    if (timedOut)
      return {
        error: { kind: "timeout", message: `no complete reply within ${timeoutMs} ms${during}`, ...came, timeoutMs },
      };
    // The caller's abort, as passed on to the call's own controller: the caller's signal is not read again.
    if (controller.signal.aborted)
      return { error: { kind: "aborted", message: `the call was aborted${during}`, ...came } };
    // Node's own fetch failing before it wrote the request (a refused connection, a name with no address): not sent.
    // Not a fetch that replaced it as the global one (a wrapper that retries): its last failure hides the others.
    if (status === null && isPlatformFetch(fetch) && failedBeforeSending(error))
      return { error: { kind: "network", message: `the request was not sent: ${describeError(error)}`, sent: "no" } };
    // Else what `sent` says, in words: a reset, or a close of a connection kept from an earlier call, may come once
    // the request was written, and looks alike before.
    const failed =
      status === null
        ? `${MAYBE_SENT}, and no reply came`
        : `its reply's body (${statusSaid(status)}) could not be read`;
    return { error: { kind: "network", message: `${failed}: ${describeError(error)}`, ...came } };
  } finally {
    clearTimeout(timer);
    unfollow?.();
  }
}

/** What the message of an error whose `sent` is "maybe" says, so that a log tells it to whoever would send it again. */
const MAYBE_SENT = "the request may have been sent";

/**
 * A status that came, as an error's message says it: "HTTP 502"; the 0 of a redirect the fetch hid is no HTTP
 * status, and is said to be that redirect.
 */
const statusSaid = (status: number): string => (status === 0 ? "an opaque redirect" : `HTTP ${status}`);

/** The reply's status once it and the headers came (null before), set by the exchange for the error that may follow. */
interface ReplySeen {
  status: number | null;
}

/**
 * The bytes an error's body is read to: its excerpt's characters and one more, to tell that it is longer. A
 * UTF-16 unit comes of at most 3 bytes (an invalid sequence's replacement too), and the decoder holds back the
 * at most 3 bytes of a character cut at the end.
 */
const EXCERPT_BYTES = 3 * (BODY_EXCERPT_LENGTH + 2);

/**
 * The reply's status, Location and text, as the fetch gives them. A success's text longer than the bound is a
 * reply-too-large error. An error status's body is read only as far as its excerpt needs, then cancelled (or cut
 * at the bound, when that comes first): the status, known before the body is read, is what tells why the call
 * failed (a proxy's 502 with a large page), and the start of its body, shown as an excerpt, is all the http error
 * keeps of it.
 */
async function exchangeOver(
  url: string,
  init: FetchInit,
  fetch: FetchLike,
  maxReplyBytes: number,
  seen: ReplySeen,
): Promise<Exchange> {
  const reply = await fetch(url, init);
  const { status } = reply;
  if (!isHttpStatus(status) && !(status === 0 && reply.type === "opaqueredirect")) {
    discardBody(reply.body);
    // A fetch of one's own gave this: what it did with the request, the client cannot tell.
    const message = `the reply cannot be read as HTTP: ${describeStatus(status)}`;
    return { error: { kind: "network", message, sent: "maybe" } };
  }
  // An HTTP status came: whatever happens to the body, the server replied.
  seen.status = status;
  const failed = status < 200 || status > 299;
  const location = status >= 300 && status < 400 ? headerOf(reply.headers, "location") : undefined;
  const { text, end } = await boundedText(reply, maxReplyBytes, failed ? EXCERPT_BYTES : undefined);
  if (end === "bound" && !failed) {
    const message = `the reply is longer than ${maxReplyBytes} bytes (maxReplyBytes); it was not read further`;
    return { error: { kind: "reply-too-large", message, sent: "yes", maxReplyBytes } };
  }
  return {
    status,
    body: text,
    ...(location === undefined ? {} : { location }),
    ...(status === 0 && reply.type === "opaqueredirect" ? { opaqueRedirect: true as const } : {}),
    ...(end === "bound" ? { cutAt: maxReplyBytes } : {}),
  };
}

/**
 * An HTTP status: an integer from 100 to 599 (RFC 9110, section 15). `(status | 0) === status` holds for an
 * integer of 32 bits only: never NaN, a string, undefined or 2.5.
 */
const isHttpStatus = (status: number): boolean => (status | 0) === status && status >= 100 && status <= 599;

/**
 * What a fetch of one's own gave as a status that is none (a fetch that follows the Fetch standard gives none
 * such but the opaque redirect's 0), for the message: a text capped as a body is, a number as it reads, or the
 * type of anything else.
 */
function describeStatus(status: unknown): string {
  const shown =
    typeof status === "string"
      ? JSON.stringify(excerptOf(status))
      : typeof status === "number"
        ? `${status}`
        : typeof status;
  return `its status is ${shown}, not an integer from 100 to 599`;
}

/**
 * The exchange, or a rejection once the signal aborts, whichever comes first. An exchange given up on may
 * still settle later: the handlers below take its rejection then, never an unhandled rejection.
 */
function untilAborted(exchange: Promise<Exchange>, signal: AbortSignal): Promise<Exchange> {
  return new Promise<Exchange>((resolve, reject) => {
    const onAbort = () => reject(new Error("aborted"));
    // The handlers first, even where the signal has aborted already (the fetch, as it was called, may have
    // aborted it): an exchange left without them would reject unhandled later.
    exchange.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
}
