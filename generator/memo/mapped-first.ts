// A buffer of megabytes that a read fills off the main thread (the store of
// pieces) has its pages written once from the process itself on the thread
// pool before the read. On this project's machines (virtual ones), a page the
// kernel filled in a read costs again at the process's own first access, some
// 7 µs a page: 40–50 ms of the main thread for the 22.6 MB store of 1,000
// operations. A page the process wrote first costs nothing more there, on any
// thread. Elsewhere this costs the thread pool the random bytes alone.

import { randomFill } from "node:crypto";

/** Smaller buffers are read as they are: their first touch costs less than the thread pool's round trip. */
const WRITTEN_FIRST_FROM = 1 << 20;

/** What writes the pages: anything from the process itself, off the main thread. */
type Fill = (bytes: Buffer, done: (error: Error | null) => void) => void;

/**
 * A buffer of `size` bytes given to `then`, its pages written on the thread
 * pool first (`fill`) when it is large: whatever they hold then is for the read
 * to overwrite, which must fill it whole (a short read is no entry).
 */
export function mappedFirst(size: number, then: (bytes: Buffer) => void, fill: Fill = randomFill): void {
  const bytes = Buffer.allocUnsafeSlow(size);
  if (size < WRITTEN_FIRST_FROM) then(bytes);
  // Failed, it leaves the pages as they were: the read maps them as before.
  else fill(bytes, () => then(bytes));
}
