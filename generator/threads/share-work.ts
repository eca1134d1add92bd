// Work shared by the main thread and a second one (claims.ts): the main
// thread works from the first item on while the second, started here, works
// from the last down. What the second thread makes is handed over as it
// comes; should it stop before making what it claimed (it could not start,
// or failed), the main thread makes it: the result is the same either way.
// Once an item fails, no other is made or given on: what a stage records of
// the items it is given (the memo's writes) all begins before the error goes
// on, never after the command reported it.

import { claimedByMain, newClaims } from "./claims.js";
import { startThread } from "./start-thread.js";

/** The second thread: its module, and what it is given of `count` items. */
export interface SecondThread {
  /** The module it runs, which serves the claims (serve-claims.ts). */
  readonly source: URL;
  /** Its data, given the index of the first item it may take and the claims. */
  readonly data: (first: number, claims: Int32Array) => unknown;
  /**
   * The share of the items it is given, from the last: past it, the main
   * thread makes the rest whatever the load.
   */
  readonly share: number;
  /** Called for each item it made, once the main thread has it. */
  readonly made?: () => void;
  /** An item as the main thread takes it, from what the second thread posted (serve-claims.ts); as posted by default. */
  readonly received?: (posted: unknown) => unknown;
}

/** How many items the main thread makes between looking at what the second thread handed over. */
const LOOK_EVERY = 16;

/**
 * Makes every item of `count`, and gives `each` what each made, with its
 * index: those the main thread made in order, as it makes them; the others
 * as they come. With no second thread, the main thread makes them all; one
 * given is started whatever the machine's cores (the command gives none on a
 * machine of one, cli/run-threads.ts).
 */
export async function shareWork<T>(
  count: number,
  here: (index: number) => Promise<T>,
  second: SecondThread | null,
  each: (index: number, made: T) => Promise<void> | void,
): Promise<void> {
  const thread = second && count > 0 ? started(count, here, second) : undefined;
  try {
    let mine = 0;
    for (; mine < count; mine++) {
      if (thread && !thread.claim(mine)) break;
      await each(mine, await here(mine));
      // What the second thread handed over meanwhile is taken as it comes, not all at the end.
      if (thread && mine % LOOK_EVERY === LOOK_EVERY - 1) await new Promise(setImmediate);
    }
    const theirs = Array.from({ length: count - mine }, (_, i) => mine + i);
    if (thread && theirs.length > 0) await givenAsTheyCome(thread, theirs, each);
  } finally {
    thread?.stop();
  }
}

/**
 * Gives `each` the items the second thread claimed, as they come. Once one
 * fails (its making or `each`), no other is given: the thread is ended with
 * the items it still holds, which the main thread does not make either, and
 * the error goes on once those already given have ended.
 */
async function givenAsTheyCome<T>(
  thread: Started<T>,
  indices: readonly number[],
  each: (index: number, made: T) => Promise<void> | void,
): Promise<void> {
  let failed = false;
  const given = indices.map((i) =>
    thread
      .made(i)
      .then((made) => (failed ? undefined : each(i, made)))
      .catch((error: unknown) => {
        failed = true;
        throw error;
      }),
  );
  try {
    await Promise.all(given);
  } catch (error) {
    thread.drop();
    await Promise.allSettled(given);
    throw error;
  }
}

/** What an item dropped with the thread gives instead of what it made: it is never given on. */
const DROPPED = new Error("dropped: an item failed before this one came");

/** The second thread, seen from the main one. */
interface Started<T> {
  /** Whether the main thread may make the item at `index`: false once the second thread claimed it. */
  readonly claim: (index: number) => boolean;
  /** What the item at `index` made, which the second thread claimed. */
  readonly made: (index: number) => Promise<T>;
  readonly stop: () => void;
  /** Ends the thread after a failure: the items it still holds fail with DROPPED, and none is made here. */
  readonly drop: () => void;
}

function started<T>(count: number, here: (index: number) => Promise<T>, second: SecondThread): Started<T> {
  const first = Math.floor(count * (1 - second.share));
  const claims = newClaims(count);
  const worker = startThread(second.source, second.data(first, claims));
  worker.unref();
  const arrived = new Map<number, T>();
  const waiting = new Map<number, (made: Promise<T>) => void>();
  let stopped = false;
  let dropped = false;
  worker.on("message", ({ index, made: posted }: { index: number; made: unknown }) => {
    if (dropped) return;
    const made = (second.received ? second.received(posted) : posted) as T;
    second.made?.();
    const wait = waiting.get(index);
    waiting.delete(index);
    if (wait) wait(Promise.resolve(made));
    else arrived.set(index, made);
  });
  const stop = () => {
    stopped = true;
    for (const [index, wait] of waiting) wait(dropped ? Promise.reject(DROPPED) : here(index));
    waiting.clear();
  };
  worker.on("error", stop);
  worker.on("exit", stop);
  return {
    claim: (index) => claimedByMain(claims, index),
    made: (index) => {
      const made = arrived.get(index);
      arrived.delete(index);
      if (made !== undefined) return Promise.resolve(made);
      if (dropped) return Promise.reject(DROPPED);
      if (stopped) return here(index);
      return new Promise((resolve) => waiting.set(index, resolve));
    },
    stop: () => void worker.terminate(),
    drop: () => {
      dropped = true;
      stop();
      void worker.terminate();
    },
  };
}
