// The operations of a run emitted on two threads: the machine's second core
// takes a share of them (the emit stage is most of a first run's work, and
// each operation's files are a function of its scope alone). The main thread
// emits from the first operation on, a second thread (emit-thread.ts) from
// the last down, each claiming an operation before emitting it, so that they
// meet wherever the load of the machine makes them meet. What the second
// thread makes is handed over as it comes; should it stop before making what
// it claimed, the main thread makes it: the files are the same either way.

import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Emitter, OperationScope } from "./generated-file.js";
import { madeOperation, type MadeOperation } from "./made-operation.js";
import { emitters } from "./registry.js";
import { startThread } from "./start-thread.js";
import { BY_MAIN, UNCLAIMED, type ThreadWork } from "./thread-work.js";

/** Whether and when the emit stage takes a second thread. */
export interface EmitThreads {
  /** The fewest operations to emit for which a second thread pays for its start (see emit-files.ts). */
  readonly atLeast: number;
  /** Called for each operation the second thread made, once this thread has it. */
  readonly made?: () => void;
}

/**
 * The fewest operations to emit for which the command takes a second thread.
 * Starting it costs 0.1–0.3 s of CPU (loading the emitters and prettier once
 * more) and handing it an operation about 0.5 ms, against some 18 ms to emit
 * one: below a few dozen operations it would cost more than it takes off.
 */
export const EMIT_THREADS_PAY_AT = 64;

/**
 * The share of the operations given to the second thread, from the last: it
 * has no other work, while the main thread also remembers every operation's
 * files. Past it, the main thread emits the rest whatever the load.
 */
const THREAD_SHARE = 2 / 3;
/** How many operations the main thread emits between looking at what the second thread handed over. */
const LOOK_EVERY = 16;

/**
 * Emits every scope, and gives `each` what each made, with its index: those
 * the main thread made in order, as it makes them; the others as they come.
 */
export async function emitEach(
  scopes: readonly OperationScope[],
  selected: readonly Emitter[],
  threads: EmitThreads | null,
  each: (index: number, made: MadeOperation) => Promise<void>,
): Promise<void> {
  const thread = threads && scopes.length >= threads.atLeast ? emitThread(scopes, selected, threads) : undefined;
  let mine = 0;
  try {
    for (const scope of scopes) {
      if (thread && !thread.claim(mine)) break;
      await each(mine, await madeOperation(scope, selected));
      mine++;
      // What the second thread handed over meanwhile is taken as it comes, not all at the end.
      if (thread && mine % LOOK_EVERY === 0) await new Promise(setImmediate);
    }
    const theirs = scopes.slice(mine).map((_, i) => mine + i);
    await Promise.all(theirs.map(async (i) => each(i, await (thread as EmitThread).made(i))));
  } finally {
    thread?.stop();
  }
}

/** The second thread, seen from the main one. */
interface EmitThread {
  /** Whether the main thread may emit the operation at `index`: false once the second thread claimed it. */
  readonly claim: (index: number) => boolean;
  /** What the operation at `index` made, which the second thread claimed. */
  readonly made: (index: number) => Promise<MadeOperation>;
  readonly stop: () => void;
}

/** The second thread, started; none on a machine of one core, or for emitters it does not know. */
function emitThread(
  scopes: readonly OperationScope[],
  selected: readonly Emitter[],
  threads: EmitThreads,
): EmitThread | undefined {
  const platform = scopes[0]?.platform;
  if (platform === undefined || availableParallelism() < 2) return undefined;
  // It emits with the registry's emitters, which a run may wrap (to count operations) but not replace.
  if (!selected.every((e) => emitters.some((known) => known.name === e.name))) return undefined;
  const first = Math.floor(scopes.length * (1 - THREAD_SHARE));
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * scopes.length));
  const work: ThreadWork = {
    emitters: selected.map((e) => e.name),
    platform,
    operations: scopes.slice(first).map((s) => s.operation),
    first,
    claims,
  };
  const worker: Worker = startThread(new URL("./emit-thread.ts", import.meta.url), work);
  worker.unref();
  const arrived = new Map<number, MadeOperation>();
  const waiting = new Map<number, (made: Promise<MadeOperation>) => void>();
  let stopped = false;
  const here = (index: number) => madeOperation(scopes[index] as OperationScope, selected);
  worker.on("message", ({ index, made }: { index: number; made: MadeOperation }) => {
    threads.made?.();
    const wait = waiting.get(index);
    waiting.delete(index);
    if (wait) wait(Promise.resolve(made));
    else arrived.set(index, made);
  });
  const stop = () => {
    stopped = true;
    for (const [index, wait] of waiting) wait(here(index));
    waiting.clear();
  };
  worker.on("error", stop);
  worker.on("exit", stop);
  return {
    claim: (index) => Atomics.compareExchange(claims, index, UNCLAIMED, BY_MAIN) === UNCLAIMED,
    made: (index) => {
      const made = arrived.get(index);
      arrived.delete(index);
      if (made !== undefined) return Promise.resolve(made);
      if (stopped) return here(index);
      return new Promise((resolve) => waiting.set(index, resolve));
    },
    stop: () => void worker.terminate(),
  };
}
