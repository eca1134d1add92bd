// What a fetch's rejection says, for the message of a call's network error:
// its message and its cause's (where Node's fetch puts the reason), the
// reasons an AggregateError gathers, capped as a reply's body is, never an
// exception whatever was thrown (a fetch of the caller's own may reject with
// anything); and whether it proves that nothing of the request left the
// client. The exchange that meets it is client-post.ts.

import { excerptOf } from "./client-excerpt.js";
import { anError, isError } from "./is-error.js";

/**
 * The error's own message and its cause's (fetch puts the reason, such as ECONNREFUSED, in the cause). A
 * fetch of the caller's own may reject with anything: an object's `message` is read, and what cannot be
 * described (a getter that throws, an object with no way to be text) is said so, never a rejection. Capped
 * as a reply's body is: such a message may be of any length (a wrapper's that holds the reply it refused).
 */
export function describeError(error: unknown): string {
  return excerptOf(uncappedDescription(error));
}

function uncappedDescription(error: unknown): string {
  try {
    if (!isError(error)) {
      const message =
        typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
      return typeof message === "string" ? message : String(error);
    }
    const cause = isError(error.cause) ? `: ${reasonOf(error.cause)}` : "";
    return `${error.message}${cause}`;
  } catch {
    return "a failure that cannot be described";
  }
}

/**
 * What an error says: its message, else the messages of the errors it gathers. A host whose every
 * address refused or timed out (localhost's ::1 and 127.0.0.1, say) fails as an AggregateError
 * with an empty message of its own.
 */
function reasonOf(error: Error): string {
  if (error.message !== "") return error.message;
  const gathered = (error as { errors?: unknown }).errors;
  const reasons = Array.isArray(gathered)
    ? gathered.filter((e): e is Error => isError(e) && e.message !== "").map((e) => e.message)
    : [];
  const code = (error as { code?: unknown }).code;
  // Its class, in words, where nothing else tells: "fetch failed: an AggregateError with no message".
  return reasons.length > 0
    ? reasons.join("; ")
    : typeof code === "string"
      ? code
      : `${anError(String(error.name))} with no message`;
}

/**
 * The codes of a cause of Node's fetch (undici) that each come before any byte of the request is written, tried
 * against real sockets (test/client/unsent-failures.test.ts): the host has no address (getaddrinfo: ENOTFOUND, and
 * EAI_AGAIN, a resolver that did not answer), the connection was refused (connect: ECONNREFUSED), the server's
 * certificate failed verification in the TLS handshake, which ends before the request is written (untrusted:
 * self-signed, of an untrusted root, with no issuer sent, or with an intermediate whose root is unknown; expired,
 * not yet valid, or naming another host), or undici gave up connecting (UND_ERR_CONNECT_TIMEOUT: no
 * connection, or no finished handshake, within its connect timeout; the request is written only on a connection it
 * gives). Not among them: a connection reset or closed (ECONNRESET, UND_ERR_SOCKET), which may come after the request
 * went, nor the call's own timeout.
 */
const BEFORE_THE_REQUEST: ReadonlySet<string> = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * The global fetch as it was when the package loaded: the platform's own, unless something replaced it before.
 * Read once, so that a fetch put in its place later (a wrapper that retries, by a library or the application) is
 * not taken for it, though it is `globalThis.fetch` by the time a client is made or called.
 */
const PLATFORM_FETCH: unknown = globalFetch();

function globalFetch(): unknown {
  try {
    return globalThis.fetch;
  } catch {
    return undefined;
  }
}

/**
 * Whether `fetch` is the platform's own (see {@link PLATFORM_FETCH}): the one fetch whose failures the client reads
 * as proof, and whose promises end when the call's signal aborts. Any other, whatever it calls, may try a request
 * more than once, and its last failure says nothing of an earlier attempt.
 */
export const isPlatformFetch = (fetch: unknown): boolean => PLATFORM_FETCH !== undefined && fetch === PLATFORM_FETCH;

/**
 * Whether Node's fetch rejected before the request left (see {@link BEFORE_THE_REQUEST}): its cause's code, or,
 * for a host tried at each of its addresses (an AggregateError), the code of every attempt. Only the platform's
 * fetch is asked ({@link isPlatformFetch}), through undici's own Agent as the fetch makes it: one of the caller's
 * own, a global dispatcher of another kind, or an Agent given interceptors or a factory of its own, may have tried
 * before, or again, and its rejection proves nothing.
 * Never throws: what cannot be read proves nothing.
 */
export function failedBeforeSending(error: unknown): boolean {
  try {
    if (!isError(error) || !isError(error.cause) || dispatcherMayRetry()) return false;
    const gathered = (error.cause as { errors?: unknown }).errors;
    return Array.isArray(gathered) && gathered.length > 0
      ? gathered.every((attempt) => isError(attempt) && codeBeforeTheRequest(attempt))
      : codeBeforeTheRequest(error.cause);
  } catch {
    return false;
  }
}

/** Where Node's fetch finds its dispatcher (undici's global one, shared by every copy of undici in the process). */
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");

/**
 * Whether Node's fetch may have gone through a dispatcher that tries a request more than once: one set with undici's
 * setGlobalDispatcher that is not a plain Agent (a RetryAgent, one composed with a retry interceptor, a proxy's), or
 * an Agent given dispatch interceptors in its options (`interceptors: { Agent: [retry] }`, which undici 6 composes
 * into every dispatch, or `Client`'s into every connection's) or a factory of its own (whose pools may retry). Its
 * failure tells of its last attempt alone, and an earlier one may have gone. None set yet (the fetch sets its own
 * Agent) or a plain Agent: tried once. Whatever cannot be read may retry.
 */
function dispatcherMayRetry(): boolean {
  try {
    const dispatcher: unknown = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
    return dispatcher !== undefined && !isPlainAgent(dispatcher);
  } catch {
    return true;
  }
}

/**
 * Whether a dispatcher is undici's Agent as Node's fetch makes it (`new Agent()`): of that class, making its pools
 * with undici's own factory, and given no interceptors. undici keeps its options and factory under symbols of its
 * own, told by their descriptions alone; a version that keeps them otherwise is read as one that may retry.
 */
function isPlainAgent(dispatcher: unknown): boolean {
  if (typeof dispatcher !== "object" || dispatcher === null) return false;
  if ((dispatcher as { constructor?: { name?: unknown } }).constructor?.name !== "Agent") return false;
  const factory = ownSymbolValue(dispatcher, "factory");
  const options = ownSymbolValue(dispatcher, "options");
  return (
    typeof factory === "function" &&
    factory.name === "defaultFactory" &&
    typeof options === "object" &&
    options !== null &&
    (options as { interceptors?: unknown }).interceptors == null
  );
}

/** The value of an object's own symbol of that description (the first one), undefined for none. */
function ownSymbolValue(object: object, description: string): unknown {
  const symbol = Object.getOwnPropertySymbols(object).find((s) => s.description === description);
  return symbol === undefined ? undefined : (object as Record<symbol, unknown>)[symbol];
}

function codeBeforeTheRequest(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && BEFORE_THE_REQUEST.has(code);
}
