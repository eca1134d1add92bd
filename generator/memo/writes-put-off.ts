// A process that generates again and again (--watch, a memo kept in memory)
// keeps in memory what the next save reuses: the store of every operation's
// pieces and the shared files of the run before. Their entries on disk
// (tens of megabytes, hashed and written on every save) serve only a new
// process. Such writes are put off here, each in a slot that a later write of
// the same kind replaces, and made once, when the process stops watching
// (flushPutOff). A process killed first loses them: the next run makes those
// entries again, which costs time, never correctness (an entry is written
// whole or not at all, disk-memo.ts).

import type { Memo } from "./memo.js";
import { keepsInMemory } from "./kept-in-memory.js";

const putOff = new WeakMap<Memo, Map<string, () => Promise<void>>>();

/**
 * `write()` now, or, for a memo kept in memory, when it is flushed: the write
 * put off before in the same `slot` is dropped (it would be read only by a
 * process that starts from the run it was made in, and a later run replaced it).
 */
export async function writeWhenStopped(memo: Memo, slot: string, write: () => Promise<void>): Promise<void> {
  if (!keepsInMemory(memo)) return write();
  let writes = putOff.get(memo);
  if (writes === undefined) putOff.set(memo, (writes = new Map()));
  writes.set(slot, write);
}

/** Drops the write put off in `slot`: what it would write is no longer there to write (a buffer lent again). */
export function dropPutOff(memo: Memo, slot: string): void {
  putOff.get(memo)?.delete(slot);
}

/**
 * Makes every write put off for `memo`, in the order they were put off. One
 * that fails (a text it reads lazily from the memo was removed meanwhile, a
 * full disk) is left unmade, as a memo write that fails is: the next run
 * makes that entry again. Ctrl-C must still end the watch as it always does.
 */
export async function flushPutOff(memo: Memo): Promise<void> {
  const writes = putOff.get(memo);
  if (writes === undefined) return;
  putOff.delete(memo);
  for (const write of writes.values()) {
    try {
      await write();
    } catch {
      // Left for the next run to make (see above).
    }
  }
}
