// A buffer of megabytes that a read fills off the main thread (the store of
// pieces) has its pages written once from the process itself on the thread
// pool before the read. Where the machine is a virtual one that keeps shadow
// page tables (this project's machines), a page the kernel filled is mapped
// again at the process's own first access: some 7 µs a page, 40–50 ms of the
// main thread for the 22.6 MB store of 1,000 operations, where a page the
// process wrote first is mapped for both at once, on the thread that wrote it.
// Elsewhere it costs the thread pool the random bytes alone, some milliseconds.

import { randomFill } from "node:crypto";

/** Smaller buffers are read as they are: their first touch costs less than the thread pool's round trip. */
const WRITTEN_FIRST_FROM = 1 << 20;

/**
 * A buffer of `size` bytes given to `then`, its pages written on the thread
 * pool first when it is large: whatever they hold then is for the read to
 * overwrite, which must fill it whole (a short read is no entry).
 */
export function mappedFirst(size: number, then: (bytes: Buffer) => void): void {
  const bytes = Buffer.allocUnsafeSlow(size);
  if (size < WRITTEN_FIRST_FROM) then(bytes);
  // Failed, it leaves the pages as they were: the read maps them as before.
  else randomFill(bytes, () => then(bytes));
}
