// A caller's signal, and the abort it passes on to the calls it covers: one
// listener on the signal for all of them, removed with the last.

import type { AbortSignalLike } from "./client-fetch.js";

/**
 * A caller's signal as a call uses it: the signal, whether it had aborted, and its two listening methods, each
 * read once when the call began (a getter or proxy is not asked again).
 */
export interface CallerSignal {
  /** The signal itself: the calls it covers share one listener on it. */
  readonly signal: object;
  readonly aborted: boolean;
  readonly addEventListener: (type: "abort", listener: () => void, options: { readonly once: true }) => void;
  readonly removeEventListener: (type: "abort", listener: () => void) => void;
}

/** A signal whose members could not be read (a getter or a proxy threw). */
export const UNREADABLE_SIGNAL = "unreadable";

/**
 * A call's signal, null taken as none, with its members read once. A signal is an AbortSignal, or an object
 * that listens as one does: anything else (an AbortController passed for its signal) is a programmer's error,
 * a TypeError, as a configuration that cannot work is. One whose members cannot be read is
 * {@link UNREADABLE_SIGNAL}: the call gives a result, as for other options that cannot be read.
 */
export function callSignal(
  signal: AbortSignalLike | null | undefined,
): CallerSignal | undefined | typeof UNREADABLE_SIGNAL {
  if (signal === undefined || signal === null) return undefined;
  if (typeof signal !== "object") throw notASignal();
  const listens = signal as { addEventListener?: unknown; removeEventListener?: unknown; aborted?: unknown };
  let addEventListener: unknown;
  let removeEventListener: unknown;
  let aborted: boolean;
  try {
    addEventListener = listens.addEventListener;
    removeEventListener = listens.removeEventListener;
    aborted = !!listens.aborted;
  } catch {
    return UNREADABLE_SIGNAL;
  }
  if (typeof addEventListener !== "function" || typeof removeEventListener !== "function") throw notASignal();
  return {
    signal,
    aborted,
    addEventListener: addEventListener as CallerSignal["addEventListener"],
    removeEventListener: removeEventListener as CallerSignal["removeEventListener"],
  };
}

const notASignal = () => new TypeError("options.signal must be an AbortSignal (an AbortController's signal)");

/** The calls in flight under a caller's signal, and the one listener that passes its abort on to them. */
interface Followers {
  readonly calls: Set<AbortController>;
  readonly onAbort: () => void;
}

const followersOf = new WeakMap<object, Followers>();

/**
 * Passes the abort of the caller's signal on to `controller` until the returned function is called. The
 * calls a signal covers share one listener on it: a listener each would put more than ten on a signal that a
 * batch of calls shares, and Node then warns of a leak that there is not. The signal's methods are those read
 * when the call began, called on the signal.
 *
 * @throws what the signal's addEventListener throws: the call is then not made.
 */
export function followAbort(caller: CallerSignal, controller: AbortController): () => void {
  const { signal } = caller;
  let followers = followersOf.get(signal);
  if (followers === undefined) {
    const calls = new Set<AbortController>();
    const onAbort = () => {
      for (const call of calls) call.abort();
    };
    followers = { calls, onAbort };
    // Kept only once the signal listens: one that throws leaves no followers that no listener serves.
    apply(caller.addEventListener, signal, ["abort", onAbort, { once: true }]);
    followersOf.set(signal, followers);
  }
  const { calls, onAbort } = followers;
  calls.add(controller);
  return () => {
    calls.delete(controller);
    if (calls.size > 0) return;
    followersOf.delete(signal);
    try {
      apply(caller.removeEventListener, signal, ["abort", onAbort]);
    } catch {
      // A signal whose removeEventListener throws keeps a listener that aborts no call: the call's outcome stands,
      // and a later call under it listens anew.
    }
  };
}

const apply = Reflect.apply;
