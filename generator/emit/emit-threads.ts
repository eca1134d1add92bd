// The operations of a run emitted on two threads (threads/share-work.ts): the
// machine's second core takes a share of them, the emit stage being most of
// a first run's work, and each operation's files a function of its scope
// alone. The second thread (emit-thread.ts) emits with the registry's
// emitters, which a run may wrap (to count operations) but not replace.

import type { Emitter, OperationScope } from "./generated-file.js";
import { madeOperation, type MadeOperation } from "./made-operation.js";
import { receivedOperation, type PostedOperation } from "./posted-operation.js";
import { emitters } from "./registry.js";
import { shareWork } from "../threads/share-work.js";
import type { ThreadWork } from "./thread-work.js";

/** Whether and when the emit stage takes a second thread. */
export interface EmitThreads {
  /** The fewest operations to emit for which a second thread pays for its start. */
  readonly atLeast: number;
  /** Called for each operation the second thread made, once this thread has it. */
  readonly made?: () => void;
}

/**
 * The fewest operations to emit for which the command takes a second thread.
 * A second thread loads, compiles and warms up the emitters once more, and
 * collects its own garbage: measured as processes of the command on
 * synthetic specs, with the read stage's thread, 2–3 s more CPU in all; at
 * 100 operations it took nothing off the main thread, at 300 about 2 s, at
 * 1,000 some 6–9 s (of 19–23). Below a few hundred operations, a machine of
 * two cores would finish no sooner.
 */
export const EMIT_THREADS_PAY_AT = 256;

/**
 * The share of the operations given to the second thread, from the last: it
 * has no other work, while the main thread also remembers every operation's
 * files.
 */
const THREAD_SHARE = 2 / 3;

/**
 * Emits every scope, and gives `each` what each made, with its index: those
 * the main thread made in order, as it makes them; the others as they come.
 * `records`: with a store of pieces, the emitters whose pieces its records
 * keep as bytes; the second thread then makes the record of each operation it
 * emits (posted-operation.ts).
 */
export function emitEach(
  scopes: readonly OperationScope[],
  selected: readonly Emitter[],
  threads: EmitThreads | null,
  each: (index: number, made: MadeOperation) => Promise<void> | void,
  records?: ReadonlySet<string>,
): Promise<void> {
  const platform = scopes[0]?.platform;
  const known = selected.every((e) => emitters.some((registered) => registered.name === e.name));
  const second =
    threads && platform && known && scopes.length >= threads.atLeast
      ? {
          source: new URL("./emit-thread.ts", import.meta.url),
          data: (first: number, claims: Int32Array): ThreadWork => ({
            emitters: selected.map((e) => e.name),
            platform,
            operations: scopes.slice(first).map((s) => s.operation),
            first,
            claims,
            ...(records && { recordsAsBytes: [...records] }),
          }),
          share: THREAD_SHARE,
          // Its files come as bytes, encoded and hashed there (posted-operation.ts).
          received: (posted: unknown) => receivedOperation(posted as PostedOperation),
          ...(threads.made && { made: threads.made }),
        }
      : null;
  const here = (index: number) => madeOperation(scopes[index] as OperationScope, selected);
  return shareWork(scopes.length, here, second, each);
}
