// A caller's signal, and the abort it passes on to the calls it covers: one
// listener on the signal for all of them, removed with the last.

import type { AbortSignalLike } from "./client-fetch.js";

/**
 * A call's signal, null taken as none. A signal is an AbortSignal, or an object that listens as one does:
 * anything else (an AbortController passed for its signal) is a programmer's error, a TypeError, as a
 * configuration that cannot work is.
 */
export function callSignal(signal: AbortSignalLike | null | undefined): AbortSignalLike | undefined {
  if (signal === undefined || signal === null) return undefined;
  const listens = signal as { addEventListener?: unknown; removeEventListener?: unknown };
  if (
    typeof signal !== "object" ||
    typeof listens.addEventListener !== "function" ||
    typeof listens.removeEventListener !== "function"
  )
    throw new TypeError("options.signal must be an AbortSignal (an AbortController's signal)");
  return signal;
}

/** The calls in flight under a caller's signal, and the one listener that passes its abort on to them. */
interface Followers {
  readonly calls: Set<AbortController>;
  readonly onAbort: () => void;
}

const followersOf = new WeakMap<AbortSignalLike, Followers>();

/**
 * Passes the abort of the caller's `signal` on to `controller` until the returned function is called. The
 * calls a signal covers share one listener on it: a listener each would put more than ten on a signal that a
 * batch of calls shares, and Node then warns of a leak that there is not.
 */
export function followAbort(signal: AbortSignalLike, controller: AbortController): () => void {
  let followers = followersOf.get(signal);
  if (followers === undefined) {
    const calls = new Set<AbortController>();
    const onAbort = () => {
      for (const call of calls) call.abort();
    };
    followers = { calls, onAbort };
    // Kept only once the signal listens: one that throws leaves no followers that no listener serves.
    signal.addEventListener("abort", onAbort, { once: true });
    followersOf.set(signal, followers);
  }
  const { calls, onAbort } = followers;
  calls.add(controller);
  return () => {
    calls.delete(controller);
    if (calls.size > 0) return;
    signal.removeEventListener("abort", onAbort);
    followersOf.delete(signal);
  };
}
